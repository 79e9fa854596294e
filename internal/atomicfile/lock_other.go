//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package atomicfile

import (
	"errors"
	"os"
)

const removeLockFiles = false

var errNoLocking = errors.New("file locking is not supported on this system")

func tryLock(*os.File) (bool, error) { return false, errNoLocking }

func waitLock(*os.File) error { return errNoLocking }
