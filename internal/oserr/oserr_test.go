package oserr

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
	"testing"
)

func TestDescribe(t *testing.T) {
	for _, tt := range []struct {
		err       error
		key, text string
	}{
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.ENOENT}, "os-not-exist", "no such file"},
		{&fs.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, "os-permission", "permission denied"},
		{&fs.PathError{Op: "read", Path: "x", Err: syscall.EISDIR}, "os-is-dir", syscall.EISDIR.Error()},
		{&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.ENOSPC}, "os-no-space", (&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.ENOSPC}).Error()},
		{errors.New("something else"), Other, "something else"},
	} {
		var e *Error
		if !errors.As(Describe(tt.err), &e) || e.Key != tt.key || e.Error() != tt.text {
			t.Errorf("Describe(%v) = %#v, want key %s and %q", tt.err, Describe(tt.err), tt.key, tt.text)
		}
		if !errors.Is(Describe(tt.err), errors.Unwrap(tt.err)) && errors.Unwrap(tt.err) != nil {
			t.Errorf("Describe(%v) lost the error it describes", tt.err)
		}
	}
	if Describe(nil) != nil {
		t.Error("Describe(nil) is not nil")
	}
}
