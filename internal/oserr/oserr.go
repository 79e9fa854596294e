// Package oserr turns file-system errors into the short sentences samskab
// prints after a file name.
package oserr

import (
	"errors"
	"io/fs"
)

// Describe turns file-system errors into short sentences without repeating
// the path, which the caller prints in front.
func Describe(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return errors.New("no such file")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
