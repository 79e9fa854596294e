package atomicfile

import (
	"errors"
	"os"
	"testing"
)

// Until Commit, readers see the old file; Abort leaves nothing; a second
// Commit and a Write after Commit are errors, not silent.
func TestCreateCommitAbort(t *testing.T) {
	dir := t.TempDir()
	path := join(dir, "report.csv")
	writeFile(t, path, "old", 0o600)
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != "old" {
		t.Errorf("before Commit the file reads %q", got)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, path); got != "new" {
		t.Errorf("after Commit the file reads %q", got)
	}
	if err := f.Commit(); !errors.Is(err, ErrCommitted) {
		t.Errorf("a second Commit: %v, want ErrCommitted", err)
	}
	if _, err := f.Write([]byte("more")); err == nil {
		t.Error("a Write after Commit succeeded")
	}
	f.Abort() // after Commit: nothing happens
	if got := readFile(t, path); got != "new" {
		t.Errorf("Abort after Commit changed the file to %q", got)
	}

	if err := Check(join(dir, "aborted.csv")); err != nil {
		t.Errorf("Check on a new file in a writable folder: %v", err)
	}
	g, err := Create(join(dir, "aborted.csv"))
	if err != nil {
		t.Fatal(err)
	}
	g.Write([]byte("half"))
	g.Abort()
	if err := g.Commit(); !errors.Is(err, ErrAborted) {
		t.Errorf("Commit after Abort: %v, want ErrAborted", err)
	}
	if _, err := os.Lstat(join(dir, "aborted.csv")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("an aborted new file exists: %v", err)
	}
	assertClean(t, dir)
}

// AbortAll removes every open temporary file, and a Commit after it fails
// with ErrAborted instead of writing.
func TestAbortAll(t *testing.T) {
	dir := t.TempDir()
	old := join(dir, "old.csv")
	writeFile(t, old, "old", 0o644)
	a, err := Create(old)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Create(join(dir, "new.csv"))
	if err != nil {
		t.Fatal(err)
	}
	a.Write([]byte("new"))
	b.Write([]byte("new"))
	if len(leftovers(t, dir)) != 2 {
		t.Fatalf("want two temporary files while writing, have %v", leftovers(t, dir))
	}
	AbortAll()
	assertClean(t, dir)
	for _, f := range []*File{a, b} {
		if err := f.Commit(); !errors.Is(err, ErrAborted) {
			t.Errorf("Commit after AbortAll: %v, want ErrAborted", err)
		}
	}
	if got := readFile(t, old); got != "old" {
		t.Errorf("the old file reads %q", got)
	}
	if _, err := os.Lstat(join(dir, "new.csv")); err == nil {
		t.Error("the new file was written after AbortAll")
	}
}

// Messages leave the path to the caller, say what is wrong, and keep the
// operating system's reason reachable.
func TestErrorMessages(t *testing.T) {
	dir := t.TempDir()
	missing := join(dir, "no", "such", "folder", "plan.yaml")
	err := WriteFile(missing, []byte("x"))
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, os.ErrNotExist) || e.Path != missing {
		t.Fatalf("a missing folder: %#v", err)
	}
	if got, want := err.Error(), "does not exist (or its folder does not)"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
	for _, c := range []struct {
		err  error
		want string
	}{
		{&Error{Path: "p", Err: ErrReadOnly}, "is read-only; make it writable first if it should change"},
		{&Error{Path: "p", Target: "/x/real", Err: ErrNotOwner}, "leads to /x/real, which belongs to another user; only a file of one's own can be replaced"},
		{&Error{Path: "p", Kind: "a socket", Err: ErrNotRegular}, "is a socket, not a regular file; only a regular file can be replaced"},
	} {
		if got := c.err.Error(); got != c.want {
			t.Errorf("message %q, want %q", got, c.want)
		}
	}
}
