// Package oserr turns file-system errors into the short sentences samskab
// prints after a file name.
package oserr

import (
	"errors"
	"io/fs"
	"syscall"
)

// Error is a file-system error told without the path, which the caller
// prints in front. Key names its message among the file-system errors of
// the message catalog (checklist/render/catalog, key tags "os-…"), where a
// caller that knows the reader's language finds its wording; Error is the
// English.
type Error struct {
	Key string
	Err error // the operating system's error, without the path
}

// Other is the Key of an error without a message of its own; its
// wording shows the operating system's text.
const Other = "os-other"

// reasons are the errors with a message of their own, by Key: a function,
// not a package-level table, so that it costs nothing at start.
func reasons() []reason {
	return []reason{
		{"os-not-exist", fs.ErrNotExist},
		{"os-permission", fs.ErrPermission},
		{"os-is-dir", syscall.EISDIR},
		{"os-not-dir", syscall.ENOTDIR},
		{"os-loop", syscall.ELOOP},
		{"os-name-too-long", syscall.ENAMETOOLONG},
		{"os-no-space", syscall.ENOSPC},
		{"os-read-only-fs", syscall.EROFS},
		{"os-io", syscall.EIO},
		{"os-too-many-open", syscall.EMFILE},
		{"os-address-in-use", syscall.EADDRINUSE},
	}
}

type reason struct {
	key string
	err error
}

// Keys lists every Key Describe can give, for a test that each has a message.
func Keys() []string {
	keys := []string{Other}
	for _, r := range reasons() {
		keys = append(keys, r.key)
	}
	return keys
}

func (e *Error) Error() string {
	switch e.Key {
	case "os-not-exist":
		return "no such file"
	case "os-permission":
		return "permission denied"
	}
	return e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Describe turns a file-system error into an *Error: which error it is,
// without the path. It returns nil for nil.
func Describe(err error) error {
	if err == nil {
		return nil
	}
	var oe *Error
	if errors.As(err, &oe) {
		return oe
	}
	inner := err
	var pe *fs.PathError
	if errors.As(err, &pe) {
		inner = pe.Err
	}
	for _, r := range reasons() {
		if errors.Is(err, r.err) {
			return &Error{Key: r.key, Err: inner}
		}
	}
	return &Error{Key: Other, Err: inner}
}
