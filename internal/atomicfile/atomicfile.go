// Package atomicfile replaces files safely: data goes to a temporary file in
// the target's folder and a rename puts it in place, so readers see the old
// file or the new one, never a half-written one.
package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/samskab/samskab/internal/oserr"
)

// File is WriteFile for output that is written as it is
// produced: the data goes to a temporary file in the target's folder, and
// only Commit puts it in place. Until then readers see the old file (or
// none), and an aborted run leaves nothing behind.
type File struct {
	f    *os.File
	path string
	perm fs.FileMode
	done bool
}

// Create starts writing path.
func Create(path string) (*File, error) {
	perm := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return nil, errors.New("is a folder; expected a file name")
		}
		perm = info.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, oserr.Describe(err)
	}
	return &File{f: f, path: path, perm: perm}, nil
}

func (a *File) Write(p []byte) (int, error) { return a.f.Write(p) }

// Commit syncs the data and renames the temporary file to the target.
func (a *File) Commit() error {
	if a.done {
		return nil
	}
	a.done = true
	name := a.f.Name()
	for _, step := range []func() error{a.f.Sync, func() error { return a.f.Chmod(a.perm) }, a.f.Close} {
		if err := step(); err != nil {
			a.f.Close()
			os.Remove(name)
			return oserr.Describe(err)
		}
	}
	if err := os.Rename(name, a.path); err != nil {
		os.Remove(name)
		return oserr.Describe(err)
	}
	return nil
}

// Abort removes the temporary file. It does nothing after Commit.
func (a *File) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.f.Close()
	os.Remove(a.f.Name())
}

// WriteFile writes data to path through a temporary file in the same folder
// and a rename, so readers see the old file or the new one, never a
// half-written one. An existing file keeps its permissions.
func WriteFile(path string, data []byte) error {
	f, err := Create(path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return oserr.Describe(err)
	}
	return f.Commit()
}
