//go:build linux

package prompt

import "golang.org/x/sys/unix"

// keepOutputProcessing turns the terminal's output processing back on
// after term.MakeRaw. Raw mode is wanted for the keys only: without
// OPOST/ONLCR every "\n" the form prints moves down without returning to
// the first column, and the form is drawn as a staircase.
func keepOutputProcessing(fd int) {
	t, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	if err != nil {
		return
	}
	t.Oflag |= unix.OPOST | unix.ONLCR
	_ = unix.IoctlSetTermios(fd, unix.TCSETS, t)
}

// discardPendingInput drops what was typed on the terminal but not yet read.
func discardPendingInput(fd int) {
	_ = unix.IoctlSetInt(fd, unix.TCFLSH, unix.TCIFLUSH)
}
