package atomicfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
)

// File is a replacement of a file written as it is produced: the data goes
// to a temporary file beside the target, and only Commit puts it in place.
// Until then readers see the old file (or none), and Abort, AbortAll or a
// signal handled by NotifyContext leave nothing behind.
//
// A File is used by one goroutine; only AbortAll may run alongside it.
type File struct {
	path    string      // as the caller gave it
	tmp     *os.File    // in the target's folder
	tmpName string      // tmp's path
	newMode fs.FileMode // the mode tmp was created with when the target was new; 0 otherwise
	private bool        // the target gets 0600 whatever its mode was
	state   fileState   // guarded by registry.mu
}

type fileState int

const (
	open fileState = iota
	committed
	aborted
)

// registry holds every File not yet committed or aborted, for AbortAll.
var registry = struct {
	mu   sync.Mutex
	open map[*File]struct{}
}{open: map[*File]struct{}{}}

// Create starts replacing path. It refuses at once what Commit would
// refuse, so that a long run does not end in a refusal.
func Create(path string) (*File, error) { return create(path, false) }

// CreatePrivate is Create for a file that only its owner may read and
// write: the new content gets mode 0600 whatever mode the old file had,
// and is never readable by others on its way there.
func CreatePrivate(path string) (*File, error) { return create(path, true) }

func create(path string, private bool) (*File, error) {
	target, info, err := resolve(path)
	if err != nil {
		return nil, refusal("write", path, target, 0, err)
	}
	if info != nil {
		if kind, err := checkReplaceable(info); err != nil {
			return nil, refusal("write", path, target, kind, err)
		}
	}
	// A new file is created as the shell would create it (0666 less the
	// umask, default ACLs applied by the kernel); a replacement starts
	// private, so nobody can open it before it has the old file's mode.
	perm := fs.FileMode(0o600)
	if info == nil && !private {
		perm = 0o666
	}
	tmp, err := createTemp(target, perm)
	if err != nil {
		return nil, refusal("write", path, target, 0, err)
	}
	f := &File{path: path, tmp: tmp, tmpName: tmp.Name(), private: private}
	if info == nil {
		if st, err := tmp.Stat(); err == nil {
			f.newMode = st.Mode().Perm()
		}
	}
	registry.mu.Lock()
	registry.open[f] = struct{}{}
	registry.mu.Unlock()
	return f, nil
}

// Check says whether path could be replaced now, without writing: the
// refusals of Create, and a folder the caller may not write in. A command
// calls it before it asks questions or does long work whose result it
// could not save.
func Check(path string) error {
	target, info, err := resolve(path)
	if err != nil {
		return refusal("write", path, target, 0, err)
	}
	if info != nil {
		if kind, err := checkReplaceable(info); err != nil {
			return refusal("write", path, target, kind, err)
		}
	}
	if err := folderWritable(folderOf(target)); err != nil {
		return refusal("write", path, target, 0, err)
	}
	return nil
}

// createTemp makes ".NAME.tmp-RANDOM" in target's folder, exclusively.
func createTemp(target string, perm fs.FileMode) (*os.File, error) {
	dir, base := filepath.Split(target)
	for {
		var b [8]byte
		_, _ = rand.Read(b[:])
		name := dir + "." + base + ".tmp-" + hex.EncodeToString(b[:])
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL|oNoFollow, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
}

// Write adds p to the new content.
func (f *File) Write(p []byte) (int, error) {
	n, err := f.tmp.Write(p)
	if err != nil {
		if st := f.currentState(); st != open {
			return n, refusal("write", f.path, f.path, 0, f.stateErr(st))
		}
		return n, refusal("write", f.path, f.path, 0, err)
	}
	return n, nil
}

func (f *File) currentState() fileState {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	return f.state
}

func (f *File) stateErr(st fileState) error {
	if st == committed {
		return ErrCommitted
	}
	return ErrAborted
}

// Commit puts the new content in place: sync, lock the target, check it
// again (it may have changed since Create), give the new file the old
// one's mode, rename, sync the folder. On error the target is untouched
// and the temporary file is gone. A second Commit reports ErrCommitted.
func (f *File) Commit() error {
	lk, err := lockFor(f.path, nil)
	if err != nil {
		f.Abort()
		return err
	}
	defer lk.Unlock()
	return f.commitLocked(lk.target)
}

// commitLocked is Commit for a caller that holds target's lock.
func (f *File) commitLocked(target string) error {
	if st := f.currentState(); st != open {
		return refusal("write", f.path, target, 0, f.stateErr(st))
	}
	fail := func(kind fs.FileMode, err error) error {
		f.Abort()
		return refusal("write", f.path, target, kind, err)
	}
	now, info, err := resolve(f.path)
	if err != nil {
		return fail(0, err)
	}
	if now != target {
		return fail(0, ErrLinkChanged)
	}
	mode := f.newMode
	if info != nil {
		kind, err := checkReplaceable(info)
		if err != nil {
			return fail(kind, err)
		}
		mode = keptMode(info)
		keepGroup(f.tmp, info)
	} else if mode == 0 {
		mode = 0o666 &^ umask // the target was removed since Create
	}
	if f.private {
		mode = 0o600
	}
	if err := f.tmp.Sync(); err != nil {
		return fail(0, err)
	}
	if err := f.tmp.Chmod(mode); err != nil {
		return fail(0, err)
	}
	if err := f.tmp.Close(); err != nil {
		return fail(0, err)
	}
	if err := f.rename(target); err != nil {
		return refusal("write", f.path, target, 0, err)
	}
	if err := syncDir(folderOf(target)); err != nil {
		return refusal("write", f.path, target, 0, err)
	}
	return nil
}

// rename is the commit point, under the registry's lock so that AbortAll
// either sees the file committed or removes it before the rename.
func (f *File) rename(target string) error {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	if f.state != open {
		return f.stateErr(f.state)
	}
	delete(registry.open, f)
	if err := os.Rename(f.tmpName, target); err != nil {
		f.state = aborted
		os.Remove(f.tmpName)
		return err
	}
	f.state = committed
	return nil
}

// Abort removes the temporary file; the target stays as it was. It does
// nothing after Commit or a previous Abort.
func (f *File) Abort() {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	f.abortLocked()
}

func (f *File) abortLocked() {
	if f.state != open {
		return
	}
	f.state = aborted
	delete(registry.open, f)
	os.Remove(f.tmpName)
	f.tmp.Close()
}

// AbortAll removes every temporary file of this process not yet committed,
// for a signal handler: after it, each target is its old self, and a
// Commit racing with it either finished its rename before or fails with
// ErrAborted.
func AbortAll() {
	registry.mu.Lock()
	defer registry.mu.Unlock()
	for f := range registry.open {
		f.abortLocked()
	}
}

// WriteFile replaces path with data: Create, Write, Commit.
func WriteFile(path string, data []byte) error { return replaceWith(path, data, false) }

// WritePrivateFile is WriteFile for a file that only its owner may read
// and write (see CreatePrivate).
func WritePrivateFile(path string, data []byte) error { return replaceWith(path, data, true) }

func replaceWith(path string, data []byte, private bool) error {
	f, err := create(path, private)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}
