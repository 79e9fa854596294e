package atomicfile

import (
	"bytes"
	"context"
	"io"
)

// Update changes path under its lock: lock, read the file as it is now,
// let change make the new content from it, write that atomically, unlock.
// exists is false when the file does not exist yet (current is then nil).
// An error from change is returned as it is, and nothing is written; new
// content equal to the current content is not written either.
//
// change must not write path itself (WriteFile would wait for the lock
// Update holds).
func Update(path string, change func(current []byte, exists bool) ([]byte, error)) error {
	return UpdateContext(context.Background(), path, change)
}

// UpdateContext is Update that gives up waiting for the lock when ctx is done.
func UpdateContext(ctx context.Context, path string, change func(current []byte, exists bool) ([]byte, error)) error {
	lk, err := LockContext(ctx, path)
	if err != nil {
		return err
	}
	defer lk.Unlock()
	current, exists, err := lk.ReadFile()
	if err != nil {
		return err
	}
	next, err := change(current, exists)
	if err != nil {
		return err
	}
	if exists && bytes.Equal(next, current) {
		return nil
	}
	return lk.WriteFile(next)
}

// readAll reads r to the end; size is a hint, as a file may grow meanwhile.
func readAll(r io.Reader, size int64) ([]byte, error) {
	var buf bytes.Buffer
	if size > 0 && size < 1<<30 {
		buf.Grow(int(size) + 1)
	}
	_, err := buf.ReadFrom(r)
	return buf.Bytes(), err
}
