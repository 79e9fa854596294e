//go:build linux

package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// The rules as an ordinary user sees them, run as user 65534 ("nobody")
// in a copy of this test binary: a file without the owner's write bit is
// read-only even when the group or others may write it, and another user's
// file in one's own folder is refused, where the old code's rename would
// have replaced it (the folder being writable is all a rename needs).
func TestRulesAsOrdinaryUser(t *testing.T) {
	requireRoot(t, "running a process as another user")
	base, err := os.MkdirTemp("", "atomicfile-nobody-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(base) })
	bin := join(base, "atomicfile.test")
	copyExecutable(t, bin)
	work := join(base, "work")
	mkdir(t, work)
	os.Chmod(base, 0o755)
	own := func(path string, uid int, perm fs.FileMode) {
		writeFile(t, path, "old", perm)
		if err := os.Chown(path, uid, uid); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Chown(work, 65534, 65534); err != nil {
		t.Fatal(err)
	}
	own(join(work, "mine.yaml"), 65534, 0o640)
	own(join(work, "readonly.yaml"), 65534, 0o444)
	own(join(work, "groupwritable.yaml"), 65534, 0o464)
	own(join(work, "roots.yaml"), 0, 0o666)

	cmd := exec.Command(bin, "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"=asuser", "DIR="+work)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("as user 65534: %v\n%s", err, out)
	}
	if got := readFile(t, join(work, "mine.yaml")); got != "new" {
		t.Errorf("one's own file reads %q, want it replaced", got)
	}
	if got := mode(t, join(work, "mine.yaml")); got != 0o640 {
		t.Errorf("one's own file has mode %v, want 0640 kept", got)
	}
	for _, name := range []string{"readonly.yaml", "groupwritable.yaml", "roots.yaml"} {
		if got := readFile(t, join(work, name)); got != "old" {
			t.Errorf("%s reads %q, want it untouched", name, got)
		}
	}
	assertClean(t, work)
}

func init() {
	children["asuser"] = func() {
		dir := os.Getenv("DIR")
		failed := false
		for _, c := range []struct {
			name string
			want error
		}{
			{"mine.yaml", nil},
			{"readonly.yaml", ErrReadOnly},
			{"groupwritable.yaml", ErrReadOnly},
			{"roots.yaml", ErrNotOwner},
		} {
			for _, w := range writers {
				err := w.write(join(dir, c.name), "new")
				if c.want == nil && err != nil || c.want != nil && !errors.Is(err, c.want) {
					fmt.Printf("%s %s: %v, want %v\n", w.name, c.name, err, c.want)
					failed = true
				}
			}
		}
		if err := Check(join(dir, "mine.yaml")); err != nil {
			fmt.Println("Check on one's own file:", err)
			failed = true
		}
		if err := Check("/plan.yaml"); !errors.Is(err, fs.ErrPermission) || err.Error() != "cannot be written: permission denied" {
			fmt.Println("Check in a folder one may not write:", err)
			failed = true
		}
		if failed {
			os.Exit(1)
		}
	}
}

func copyExecutable(t *testing.T, to string) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	in, err := os.Open(self)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}
