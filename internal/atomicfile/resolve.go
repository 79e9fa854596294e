package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// maxLinks is how many symbolic links resolve follows, as Linux does.
const maxLinks = 40

// resolve follows path through symbolic links to the file a write should
// replace. It returns that target (equal to path when path is no link) and
// its Lstat, or nil info when the target does not exist yet: writing
// through a dangling link creates its target, as the shell does.
//
// Link text is joined to the link's folder without cleaning, so that ".."
// after a linked folder means what the kernel says it means.
func resolve(path string) (string, fs.FileInfo, error) {
	p := path
	for range maxLinks + 1 {
		info, err := os.Lstat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return p, nil, nil
		}
		if err != nil {
			return p, nil, err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			return p, info, nil
		}
		link, err := os.Readlink(p)
		if err != nil {
			return p, nil, err
		}
		if !filepath.IsAbs(link) {
			dir, _ := filepath.Split(p)
			link = dir + link
		}
		p = link
	}
	return p, nil, ErrSymlinkLoop
}

// folderOf is the folder a file lives in, for its temporary and lock files.
func folderOf(path string) string {
	dir, _ := filepath.Split(path)
	if dir == "" {
		return "."
	}
	return dir
}

// lockName is the lock file for target: ".NAME.lock" beside it.
func lockName(target string) string {
	dir, base := filepath.Split(target)
	return dir + "." + base + ".lock"
}

// checkReplaceable says why the existing file info describes must not be
// replaced, or nil when it may be.
func checkReplaceable(info fs.FileInfo) (special fs.FileMode, err error) {
	mode := info.Mode()
	switch {
	case mode.IsDir():
		return 0, ErrIsDir
	case !mode.IsRegular():
		return mode.Type(), ErrNotRegular
	case !ownedByCaller(info):
		return 0, ErrNotOwner
	case readOnly(info):
		return 0, ErrReadOnly
	}
	return 0, nil
}

func kindOf(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeCharDevice != 0:
		return "a character device"
	case mode&fs.ModeDevice != 0:
		return "a block device"
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}

// refusal builds the *Error for path, whose final target is target.
func refusal(op, path, target string, special fs.FileMode, err error) *Error {
	e := &Error{Op: op, Path: path, Mode: special, Err: err}
	if special != 0 {
		e.Kind = kindOf(special)
	}
	if target != path {
		e.Target = target
	}
	return e
}

// keptMode is what of an existing file's mode a replacement carries over.
func keptMode(info fs.FileInfo) fs.FileMode {
	return info.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
}
