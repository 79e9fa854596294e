//go:build !unix

package atomicfile

import (
	"io/fs"
	"os"
)

const (
	oNoFollow = 0
	oNonBlock = 0
)

// umask does not exist here; the 0666 of a new file is what the system
// makes of it (on Windows: not read-only).
const umask fs.FileMode = 0

func ownedByCaller(fs.FileInfo) bool { return true }

func readOnly(info fs.FileInfo) bool { return info.Mode().Perm()&0o200 == 0 }

func keepGroup(*os.File, fs.FileInfo) {}

// syncDir: a folder cannot be opened for syncing on Windows, and a rename
// there is made durable by the file system itself.
func syncDir(string) error { return nil }

func folderWritable(dir string) error {
	info, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !info.IsDir() {
		return &os.PathError{Op: "access", Path: dir, Err: os.ErrNotExist}
	}
	return nil
}
