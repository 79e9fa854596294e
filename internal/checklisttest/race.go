//go:build race

package checklisttest

// RaceEnabled is set when testing with -race, which slows tests and
// inflates allocation counts.
const RaceEnabled = true
