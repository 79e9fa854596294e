//go:build darwin || freebsd || netbsd || openbsd || dragonfly

package prompt

import "golang.org/x/sys/unix"

// keepOutputProcessing: see termout_linux.go.
func keepOutputProcessing(fd int) {
	t, err := unix.IoctlGetTermios(fd, unix.TIOCGETA)
	if err != nil {
		return
	}
	t.Oflag |= unix.OPOST | unix.ONLCR
	_ = unix.IoctlSetTermios(fd, unix.TIOCSETA, t)
}

// discardPendingInput: see termout_linux.go. The argument 1 is FREAD
// (sys/fcntl.h), the input queue; x/sys/unix does not export it.
func discardPendingInput(fd int) {
	_ = unix.IoctlSetPointerInt(fd, unix.TIOCFLUSH, 1)
}
