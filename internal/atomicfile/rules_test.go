//go:build linux

package atomicfile

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/sys/unix"
)

// The three ways in: each must apply every rule.
var writers = []struct {
	name  string
	write func(path, data string) error
}{
	{"WriteFile", func(path, data string) error { return WriteFile(path, []byte(data)) }},
	{"Create", func(path, data string) error {
		f, err := Create(path)
		if err != nil {
			return err
		}
		if _, err := f.Write([]byte(data)); err != nil {
			return err
		}
		return f.Commit()
	}},
	{"Update", func(path, data string) error {
		return Update(path, func([]byte, bool) ([]byte, error) { return []byte(data), nil })
	}},
}

// A regular file keeps its mode (the old code kept only the nine
// permission bits and lost set-group-ID, sticky and the group).
func TestReplaceKeepsMode(t *testing.T) {
	for _, w := range writers {
		for _, perm := range []fs.FileMode{0o600, 0o640, 0o664, 0o755, 0o644 | fs.ModeSetgid} {
			t.Run(w.name+"/"+perm.String(), func(t *testing.T) {
				dir := t.TempDir()
				path := join(dir, "plan.yaml")
				writeFile(t, path, "old", perm)
				if err := w.write(path, "new"); err != nil {
					t.Fatal(err)
				}
				if got := readFile(t, path); got != "new" {
					t.Errorf("content %q, want %q", got, "new")
				}
				if got := mode(t, path); got != perm {
					t.Errorf("mode %v, want the old file's %v", got, perm)
				}
				assertClean(t, dir)
			})
		}
	}
}

// The group of a shared file stays (the old code gave the file the
// writer's own group, locking the rest of the group out).
func TestReplaceKeepsGroup(t *testing.T) {
	requireRoot(t, "giving a file another group")
	path := join(t.TempDir(), "plan.yaml")
	writeFile(t, path, "old", 0o660)
	if err := os.Chown(path, 0, 65534); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if gid := info.Sys().(*syscall.Stat_t).Gid; gid != 65534 {
		t.Errorf("group %d after the write, want 65534 as before", gid)
	}
}

// A symbolic link is written through to its final target and stays a
// link (the old code replaced the link by a regular file).
func TestWriteThroughLinks(t *testing.T) {
	cases := []struct {
		name string
		// make builds the links in dir and returns the path to write and
		// the final target.
		make func(t *testing.T, dir string) (path, target string)
	}{
		{"relative", func(t *testing.T, dir string) (string, string) {
			writeFile(t, join(dir, "real.yaml"), "old", 0o640)
			symlink(t, "real.yaml", join(dir, "plan.yaml"))
			return join(dir, "plan.yaml"), join(dir, "real.yaml")
		}},
		{"absolute", func(t *testing.T, dir string) (string, string) {
			writeFile(t, join(dir, "real.yaml"), "old", 0o640)
			symlink(t, join(dir, "real.yaml"), join(dir, "plan.yaml"))
			return join(dir, "plan.yaml"), join(dir, "real.yaml")
		}},
		{"into another folder", func(t *testing.T, dir string) (string, string) {
			mkdir(t, join(dir, "a"))
			mkdir(t, join(dir, "b"))
			writeFile(t, join(dir, "b", "real.yaml"), "old", 0o640)
			symlink(t, "../b/real.yaml", join(dir, "a", "plan.yaml"))
			return join(dir, "a", "plan.yaml"), join(dir, "b", "real.yaml")
		}},
		{"chain of relative and absolute", func(t *testing.T, dir string) (string, string) {
			mkdir(t, join(dir, "b"))
			writeFile(t, join(dir, "b", "real.yaml"), "old", 0o640)
			symlink(t, join(dir, "b", "real.yaml"), join(dir, "b", "second"))
			symlink(t, "b/second", join(dir, "first"))
			symlink(t, "first", join(dir, "plan.yaml"))
			return join(dir, "plan.yaml"), join(dir, "b", "real.yaml")
		}},
		{"through a linked folder and ..", func(t *testing.T, dir string) (string, string) {
			// x/up -> ../y/z, so x/up/.. is y, not x: the link text must
			// not be cleaned lexically.
			mkdir(t, join(dir, "x"))
			mkdir(t, join(dir, "y", "z"))
			writeFile(t, join(dir, "y", "real.yaml"), "old", 0o640)
			symlink(t, "../y/z", join(dir, "x", "up"))
			symlink(t, "up/../real.yaml", join(dir, "x", "plan.yaml"))
			return join(dir, "x", "plan.yaml"), join(dir, "y", "real.yaml")
		}},
		{"dangling: the target is created", func(t *testing.T, dir string) (string, string) {
			symlink(t, "new.yaml", join(dir, "plan.yaml"))
			return join(dir, "plan.yaml"), join(dir, "new.yaml")
		}},
	}
	for _, w := range writers {
		for _, c := range cases {
			t.Run(w.name+"/"+c.name, func(t *testing.T) {
				dir := t.TempDir()
				path, target := c.make(t, dir)
				linkText, _ := os.Readlink(path)
				wantMode := fs.FileMode(0o640)
				if _, err := os.Lstat(target); err != nil {
					wantMode = 0o666 &^ umask
				}
				if err := w.write(path, "new"); err != nil {
					t.Fatal(err)
				}
				if m := mode(t, path); m&fs.ModeSymlink == 0 {
					t.Fatalf("%s is no longer a link but %v", path, m)
				}
				if now, _ := os.Readlink(path); now != linkText {
					t.Errorf("link now says %q, want %q", now, linkText)
				}
				if got := readFile(t, target); got != "new" {
					t.Errorf("target holds %q, want %q", got, "new")
				}
				if got := mode(t, target); got != wantMode {
					t.Errorf("target mode %v, want %v", got, wantMode)
				}
				filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
					if err == nil && d.IsDir() {
						assertClean(t, p)
					}
					return nil
				})
			})
		}
	}
}

// A link loop is refused, and the link stays (the old code renamed over it).
func TestLinkLoopRefused(t *testing.T) {
	dir := t.TempDir()
	symlink(t, "b", join(dir, "a"))
	symlink(t, "a", join(dir, "b"))
	for _, w := range writers {
		err := w.write(join(dir, "a"), "new")
		if !errors.Is(err, ErrSymlinkLoop) {
			t.Errorf("%s: error %v, want ErrSymlinkLoop", w.name, err)
		}
		if m := mode(t, join(dir, "a")); m&fs.ModeSymlink == 0 {
			t.Errorf("%s: the link was replaced", w.name)
		}
	}
	assertClean(t, dir)
}

// What may not be replaced is refused by every writer, named in the
// message, and left exactly as it was. The old code replaced every one of
// these except the folder, which it failed on with an untyped error.
func TestRefusals(t *testing.T) {
	cases := []struct {
		name     string
		root     string // why root is needed, or ""
		make     func(t *testing.T, path string)
		want     error
		wantText string
	}{
		{"folder", "", func(t *testing.T, p string) { mkdir(t, p) }, ErrIsDir, "is a folder"},
		{"named pipe", "", func(t *testing.T, p string) {
			if err := syscall.Mkfifo(p, 0o666); err != nil {
				t.Fatal(err)
			}
		}, ErrNotRegular, "is a named pipe (FIFO), not a regular file"},
		{"socket", "", func(t *testing.T, p string) {
			l, err := net.Listen("unix", p)
			if err != nil {
				t.Fatal(err)
			}
			l.(*net.UnixListener).SetUnlinkOnClose(false)
			t.Cleanup(func() { l.Close() })
		}, ErrNotRegular, "is a socket, not a regular file"},
		{"character device", "making a device node", func(t *testing.T, p string) {
			// A private twin of /dev/null (1:3): if the rule broke, the
			// test must not replace the machine's /dev/null.
			if err := unix.Mknod(p, unix.S_IFCHR|0o666, int(unix.Mkdev(1, 3))); err != nil {
				t.Skipf("skipped: cannot make a device node here (%v)", err)
			}
		}, ErrNotRegular, "is a character device, not a regular file"},
		{"read-only 0444", "", func(t *testing.T, p string) { writeFile(t, p, "old", 0o444) }, ErrReadOnly, "is read-only"},
		{"read-only 0400", "", func(t *testing.T, p string) { writeFile(t, p, "old", 0o400) }, ErrReadOnly, "is read-only"},
		{"another user's file", "giving a file away", func(t *testing.T, p string) {
			writeFile(t, p, "old", 0o666)
			if err := os.Chown(p, 65534, 65534); err != nil {
				t.Fatal(err)
			}
		}, ErrNotOwner, "belongs to another user"},
	}
	for _, w := range writers {
		for _, c := range cases {
			for _, viaLink := range []bool{false, true} {
				name := w.name + "/" + c.name
				if viaLink {
					name += "/through a link"
				}
				t.Run(name, func(t *testing.T) {
					if c.root != "" {
						requireRoot(t, c.root)
					}
					dir := t.TempDir()
					target := join(dir, "thing")
					c.make(t, target)
					path := target
					if viaLink {
						path = join(dir, "plan.yaml")
						symlink(t, "thing", path)
					}
					before := snapshot(t, target)
					if err := Check(path); !errors.Is(err, c.want) {
						t.Errorf("Check: %v, want %v", err, c.want)
					}
					err := w.write(path, "new")
					if !errors.Is(err, c.want) {
						t.Fatalf("error %v, want %v", err, c.want)
					}
					var e *Error
					if !errors.As(err, &e) || !strings.Contains(e.Error(), c.wantText) {
						t.Errorf("message %q, want it to say %q", err, c.wantText)
					}
					if viaLink && (e == nil || e.Target != target || !strings.Contains(e.Error(), "leads to "+target)) {
						t.Errorf("message %q does not name the link's target %s", err, target)
					}
					if after := snapshot(t, target); after != before {
						t.Errorf("the file changed: %s, was %s", after, before)
					}
					assertClean(t, dir)
				})
			}
		}
	}
}

// Create refuses at once, so that a long batch does not end in a refusal,
// and does not block on a named pipe.
func TestCreateRefusesEarly(t *testing.T) {
	path := join(t.TempDir(), "out.csv")
	if err := syscall.Mkfifo(path, 0o666); err != nil {
		t.Fatal(err)
	}
	if f, err := Create(path); !errors.Is(err, ErrNotRegular) {
		t.Errorf("Create on a FIFO: %v, %v; want ErrNotRegular", f, err)
	}
}

// Commit looks again: a file turned into something else since Create is
// still refused, and left alone.
func TestCommitChecksAgain(t *testing.T) {
	dir := t.TempDir()
	path := join(dir, "out.csv")
	writeFile(t, path, "old", 0o644)
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Write([]byte("new"))
	os.Remove(path)
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := f.Commit(); !errors.Is(err, ErrNotRegular) {
		t.Errorf("Commit over a FIFO: %v, want ErrNotRegular", err)
	}
	if m := mode(t, path); m&fs.ModeNamedPipe == 0 {
		t.Errorf("the FIFO was replaced: mode %v", m)
	}
	assertClean(t, dir)
}

// The temporary file is made in the final target's folder: with the
// target on another file system than the link, a temporary file beside
// the link could not be renamed onto the target.
func TestTemporaryBesideTheTarget(t *testing.T) {
	other, err := os.MkdirTemp("/dev/shm", "atomicfile-")
	if err != nil {
		t.Skipf("skipped: no /dev/shm for a second file system (%v)", err)
	}
	t.Cleanup(func() { os.RemoveAll(other) })
	dir := t.TempDir()
	var a, b unix.Stat_t
	if unix.Stat(dir, &a) != nil || unix.Stat(other, &b) != nil || a.Dev == b.Dev {
		t.Skip("skipped: the temporary folder and /dev/shm are on one file system")
	}
	target := join(other, "real.yaml")
	writeFile(t, target, "old", 0o600)
	symlink(t, target, join(dir, "plan.yaml"))
	for _, w := range writers {
		if err := w.write(join(dir, "plan.yaml"), w.name); err != nil {
			t.Fatalf("%s across file systems: %v", w.name, err)
		}
		if got := readFile(t, target); got != w.name {
			t.Errorf("%s: target holds %q", w.name, got)
		}
	}
	assertClean(t, dir, other)
}

// A new file gets 0666 less the umask (the old code wrote 0644 whatever
// the umask). The umask is process-wide, so the writes run in a process of
// their own, which sets each umask in turn.
var umaskCases = []struct{ umask, want fs.FileMode }{
	{0o022, 0o644}, {0o077, 0o600}, {0o002, 0o664}, {0o027, 0o640}, {0, 0o666},
}

func TestNewFileFollowsUmask(t *testing.T) {
	dir := t.TempDir()
	if out, err := child(t, "umask", "DIR="+dir).Output(); err != nil {
		t.Fatalf("child failed: %v %s", err, out)
	}
	for _, c := range umaskCases {
		for _, w := range writers {
			path := join(dir, octal(c.umask)+"-"+w.name)
			if got := mode(t, path); got != c.want {
				t.Errorf("%s with umask %03o: mode %v, want %v", w.name, c.umask, got, c.want)
			}
		}
	}
}

func init() {
	children["umask"] = func() {
		for _, c := range umaskCases {
			syscall.Umask(int(c.umask))
			for _, w := range writers {
				if err := w.write(join(os.Getenv("DIR"), octal(c.umask)+"-"+w.name), "new"); err != nil {
					panic(err)
				}
			}
		}
	}
}

// snapshot describes a file for "is it untouched": type, mode, owner, size,
// inode and, for a regular file, content.
func snapshot(t *testing.T, path string) string {
	t.Helper()
	info, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	st := info.Sys().(*syscall.Stat_t)
	s := info.Mode().String() + " " + itoa(int(st.Uid)) + " " + itoa(int(st.Ino)) + " " + itoa(int(info.Size()))
	if info.Mode().IsRegular() {
		s += " " + readFile(t, path)
	}
	return s
}

func symlink(t *testing.T, oldname, newname string) {
	t.Helper()
	if err := os.Symlink(oldname, newname); err != nil {
		t.Fatal(err)
	}
}

func mkdir(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(path, 0o755); err != nil {
		t.Fatal(err)
	}
}

// A private file is 0600 from its temporary file on, whatever the umask
// and whatever mode the file it replaces had; through a link, the target
// gets it and the link stays.
func TestWritePrivateFile(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name string
		old  fs.FileMode // 0: no file yet
	}{{"new", 0}, {"was 0644", 0o644}, {"was 0666", 0o666}, {"was 0600", 0o600}} {
		t.Run(tc.name, func(t *testing.T) {
			path := join(dir, strings.ReplaceAll(tc.name, " ", "-"))
			if tc.old != 0 {
				writeFile(t, path, "old", tc.old)
			}
			f, err := CreatePrivate(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := mode(t, f.tmpName); got != 0o600 {
				t.Errorf("temporary file mode %v, want 0600", got)
			}
			f.Abort()
			if err := WritePrivateFile(path, []byte("new")); err != nil {
				t.Fatal(err)
			}
			if got := mode(t, path); got != 0o600 {
				t.Errorf("mode %v, want 0600", got)
			}
			if got := readFile(t, path); got != "new" {
				t.Errorf("content %q", got)
			}
		})
	}
	target := join(dir, "target")
	writeFile(t, target, "old", 0o644)
	link := join(dir, "link")
	if err := os.Symlink("target", link); err != nil {
		t.Fatal(err)
	}
	if err := WritePrivateFile(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if m := mode(t, link); m&fs.ModeSymlink == 0 || mode(t, target) != 0o600 || readFile(t, target) != "new" {
		t.Errorf("through a link: link %v, target %v %q", m, mode(t, target), readFile(t, target))
	}
	assertClean(t, dir)
}
