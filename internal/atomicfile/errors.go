package atomicfile

import (
	"errors"
	"io/fs"
	"os"
)

// Reasons a write or lock is refused. Every error this package returns for
// them is an *Error that errors.Is matches against one of these.
var (
	ErrIsDir       = errors.New("is a folder; expected a file name")
	ErrNotRegular  = errors.New("is not a regular file; only a regular file can be replaced")
	ErrReadOnly    = errors.New("is read-only; make it writable first if it should change")
	ErrNotOwner    = errors.New("belongs to another user; only a file of one's own can be replaced")
	ErrSymlinkLoop = errors.New("leads through too many symbolic links (a loop?)")
	ErrAborted     = errors.New("was not written: the write was cancelled")
	ErrCommitted   = errors.New("was already written; nothing more can be added")
	ErrLinkChanged = errors.New("now leads somewhere else than when it was locked")
)

// Error is a refused or failed write, read or lock.
type Error struct {
	Op     string      // "write", "read" or "lock"
	Path   string      // the path as the caller gave it
	Target string      // the file a symbolic link led to; "" when Path is no link
	Kind   string      // for ErrNotRegular: "a character device", "a named pipe (FIFO)", …
	Mode   fs.FileMode // for ErrNotRegular: the file's type bits, which Kind names
	Err    error       // one of the Err* values above, or the operating system's error
}

// Error says what is wrong without repeating Path, which samskab's
// commands print in front of the message.
func (e *Error) Error() string {
	msg := describe(e.Err)
	if e.Kind != "" {
		msg = "is " + e.Kind + ", not a regular file; only a regular file can be replaced"
	}
	if e.Target != "" {
		return "leads to " + e.Target + ", which " + msg
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// describe turns file-system errors into short sentences without the path.
func describe(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "does not exist (or its folder does not)"
	case errors.Is(err, fs.ErrPermission):
		return "cannot be written: permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Op + ": " + pe.Err.Error()
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Op + ": " + le.Err.Error()
	}
	return err.Error()
}
