//go:build !race

package checklist

const raceEnabled = false
