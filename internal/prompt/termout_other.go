//go:build !linux && !darwin && !freebsd && !netbsd && !openbsd && !dragonfly

package prompt

// keepOutputProcessing: see termout_linux.go. Other systems keep output
// processing in raw mode already, or have no termios.
func keepOutputProcessing(int) {}

// discardPendingInput: see termout_linux.go. Nothing to flush elsewhere.
func discardPendingInput(int) {}
