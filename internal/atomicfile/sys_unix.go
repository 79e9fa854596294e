//go:build unix

package atomicfile

import (
	"io/fs"
	"os"
	"syscall"
)

// Flags for opening a resolved target or a lock file: never through a link
// planted after resolve, and never blocking on a named pipe.
const (
	oNoFollow = syscall.O_NOFOLLOW
	oNonBlock = syscall.O_NONBLOCK
)

// umask as the process started; read once, because reading it means
// setting it, which is not safe while other goroutines create files.
var umask = func() fs.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return fs.FileMode(m) & fs.ModePerm
}()

func ownedByCaller(info fs.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return !ok || int(st.Uid) == os.Geteuid()
}

// readOnly: the owner's write bit is clear; root, whom permissions do not
// stop, honours a file with no write bit at all.
func readOnly(info fs.FileInfo) bool {
	if os.Geteuid() == 0 {
		return info.Mode().Perm()&0o222 == 0
	}
	return info.Mode().Perm()&0o200 == 0
}

// keepGroup gives the new file the old one's group, where the caller may;
// without it, a file shared through a group would leave the group.
func keepGroup(f *os.File, info fs.FileInfo) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return
	}
	now, err := f.Stat()
	if err != nil {
		return
	}
	if nst, ok := now.Sys().(*syscall.Stat_t); ok && nst.Gid != st.Gid {
		_ = f.Chown(-1, int(st.Gid)) // best effort: not a member of the group
	}
}

// syncDir makes the rename itself durable.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// folderWritable: the caller may create and rename files in dir.
func folderWritable(dir string) error {
	if err := syscall.Access(dir, 0x2|0x1); err != nil { // W_OK|X_OK
		return &os.PathError{Op: "access", Path: dir, Err: err}
	}
	return nil
}
