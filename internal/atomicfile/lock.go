package atomicfile

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"sync"
)

// Locked is an exclusive lock on a file, for a read-modify-write of it.
//
// The lock is flock(2) (LockFileEx on Windows) on ".NAME.lock" beside the
// final target of the path, not on the file itself: a write replaces the
// file by rename, and a lock on the old inode would be lost with it. Being
// beside the final target, the lock is the same whether a writer comes
// through a symbolic link or the real name. flock locks belong to an open
// file, not a process, so goroutines of one process exclude each other too.
//
// The holder removes the lock file on Unlock, so none is left lying around;
// a waiter that then gets the lock on the removed file notices (the name
// no longer leads to the file it locked) and tries again.
type Locked struct {
	path   string   // as the caller gave it
	target string   // the final target path led to when locked
	name   string   // the lock file
	f      *os.File // holds the lock
	once   sync.Once
}

// Lock waits for the exclusive lock on path (see Locked).
func Lock(path string) (*Locked, error) {
	return LockContext(context.Background(), path)
}

// LockContext is Lock that gives up when ctx is done, returning ctx's error.
func LockContext(ctx context.Context, path string) (*Locked, error) {
	return lockFor(path, ctx)
}

// lockFor locks the final target of path, resolving again under the lock
// in case a link was changed meanwhile.
func lockFor(path string, ctx context.Context) (*Locked, error) {
	if ctx == nil {
		ctx = context.Background()
	}
	for range maxLinks {
		target, _, err := resolve(path)
		if err != nil {
			return nil, refusal("lock", path, target, 0, err)
		}
		name := lockName(target)
		f, err := acquire(ctx, name)
		if err != nil {
			if ctx.Err() != nil && errors.Is(err, ctx.Err()) {
				return nil, err
			}
			return nil, refusal("lock", path, target, 0, err)
		}
		l := &Locked{path: path, target: target, name: name, f: f}
		if again, _, err := resolve(path); err == nil && again == target {
			return l, nil
		}
		l.Unlock()
	}
	return nil, refusal("lock", path, path, 0, ErrLinkChanged) // a link flipping back and forth
}

// acquire opens the lock file and locks it, until the file locked is the
// one the name leads to.
func acquire(ctx context.Context, name string) (*os.File, error) {
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		f, err := os.OpenFile(name, os.O_RDONLY|os.O_CREATE|oNoFollow, 0o666)
		if err != nil {
			return nil, err
		}
		if err := lockWait(ctx, f); err != nil {
			return nil, err // lockWait has closed f or handed it on
		}
		if sameFile(f, name) {
			return f, nil
		}
		f.Close()
	}
}

func sameFile(f *os.File, name string) bool {
	held, err := f.Stat()
	if err != nil {
		return false
	}
	now, err := os.Lstat(name)
	return err == nil && os.SameFile(held, now)
}

// lockWait locks f, waiting. When ctx is done first, it returns ctx's
// error and leaves f to a goroutine that closes it once the lock comes,
// since a waiting flock cannot be called off.
func lockWait(ctx context.Context, f *os.File) error {
	if ok, err := tryLock(f); ok || err != nil {
		if err != nil {
			f.Close()
		}
		return err
	}
	if ctx.Done() == nil {
		if err := waitLock(f); err != nil {
			f.Close()
			return err
		}
		return nil
	}
	got := make(chan error, 1)
	go func() { got <- waitLock(f) }()
	select {
	case err := <-got:
		if err != nil {
			f.Close()
		}
		return err
	case <-ctx.Done():
		go func() {
			<-got
			f.Close()
		}()
		return ctx.Err()
	}
}

// Unlock releases the lock. It may be called more than once.
func (l *Locked) Unlock() {
	l.once.Do(func() {
		if removeLockFiles {
			os.Remove(l.name) // still ours: only a holder removes it
		}
		l.f.Close()
	})
}

// ReadFile reads the locked file: its content, and whether it exists. A
// file that could not be replaced is refused here already, before the
// caller builds a change on it; a named pipe does not block the read.
func (l *Locked) ReadFile() ([]byte, bool, error) {
	target, info, err := resolve(l.path)
	switch {
	case err != nil:
		return nil, false, refusal("read", l.path, target, 0, err)
	case target != l.target:
		return nil, false, refusal("read", l.path, target, 0, ErrLinkChanged)
	case info == nil:
		return nil, false, nil
	}
	if kind, err := checkReplaceable(info); err != nil {
		return nil, false, refusal("read", l.path, target, kind, err)
	}
	f, err := os.OpenFile(target, os.O_RDONLY|oNoFollow|oNonBlock, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, refusal("read", l.path, target, 0, err)
	}
	defer f.Close()
	opened, err := f.Stat()
	if err != nil {
		return nil, false, refusal("read", l.path, target, 0, err)
	}
	if kind, err := checkReplaceable(opened); err != nil {
		return nil, false, refusal("read", l.path, target, kind, err)
	}
	data, err := readAll(f, opened.Size())
	if err != nil {
		return nil, false, refusal("read", l.path, target, 0, err)
	}
	return data, true, nil
}

// WriteFile replaces the locked file with data, keeping the lock.
func (l *Locked) WriteFile(data []byte) error {
	f, err := Create(l.path)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.commitLocked(l.target)
}
