package checklist

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// AtomicFile is WriteFileAtomic for output that is written as it is
// produced: the data goes to a temporary file in the target's folder, and
// only Commit puts it in place. Until then readers see the old file (or
// none), and an aborted run leaves nothing behind.
type AtomicFile struct {
	f    *os.File
	path string
	perm fs.FileMode
	done bool
}

// CreateAtomic starts writing path.
func CreateAtomic(path string) (*AtomicFile, error) {
	perm := fs.FileMode(0o644)
	if info, err := os.Stat(path); err == nil {
		if info.IsDir() {
			return nil, errors.New("is a folder; expected a file name")
		}
		perm = info.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, describeOSError(err)
	}
	return &AtomicFile{f: f, path: path, perm: perm}, nil
}

func (a *AtomicFile) Write(p []byte) (int, error) { return a.f.Write(p) }

// Commit syncs the data and renames the temporary file to the target.
func (a *AtomicFile) Commit() error {
	if a.done {
		return nil
	}
	a.done = true
	name := a.f.Name()
	for _, step := range []func() error{a.f.Sync, func() error { return a.f.Chmod(a.perm) }, a.f.Close} {
		if err := step(); err != nil {
			a.f.Close()
			os.Remove(name)
			return describeOSError(err)
		}
	}
	if err := os.Rename(name, a.path); err != nil {
		os.Remove(name)
		return describeOSError(err)
	}
	return nil
}

// Abort removes the temporary file. It does nothing after Commit.
func (a *AtomicFile) Abort() {
	if a.done {
		return
	}
	a.done = true
	a.f.Close()
	os.Remove(a.f.Name())
}
