//go:build race

package checklist

// raceEnabled is set when testing with -race, which slows tests and
// inflates allocation counts.
const raceEnabled = true
