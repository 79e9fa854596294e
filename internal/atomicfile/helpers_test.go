package atomicfile

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// childEnv names the helper a re-executed test binary runs (see TestMain).
const childEnv = "ATOMICFILE_TEST_CHILD"

func TestMain(m *testing.M) {
	if name := os.Getenv(childEnv); name != "" {
		run, ok := children[name]
		if !ok {
			fmt.Fprintln(os.Stderr, "unknown child", name)
			os.Exit(99)
		}
		run()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// children are the helpers a test runs in a process of their own.
var children = map[string]func(){}

// child returns a command that runs the helper name in a new process of
// this test binary, with extra environment.
func child(t *testing.T, name string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(append(os.Environ(), childEnv+"="+name), env...)
	cmd.Stderr = &prefixWriter{t: t}
	return cmd
}

// prefixWriter logs a child's stderr through t.
type prefixWriter struct{ t *testing.T }

func (w *prefixWriter) Write(p []byte) (int, error) {
	w.t.Logf("child: %s", strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// lines reads a child's stdout line by line on a channel, to the end.
func lines(t *testing.T, r io.Reader) <-chan string {
	ch := make(chan string, 16)
	go func() {
		defer close(ch)
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			ch <- sc.Text()
		}
	}()
	return ch
}

func writeFile(t *testing.T, path, data string, perm fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(data), perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, perm); err != nil { // past the umask
		t.Fatal(err)
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// leftovers lists temporary and lock files in dir: after any write,
// committed or not, there must be none.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") || strings.HasSuffix(e.Name(), ".lock") {
			left = append(left, e.Name())
		}
	}
	return left
}

func assertClean(t *testing.T, dirs ...string) {
	t.Helper()
	for _, dir := range dirs {
		if left := leftovers(t, dir); len(left) > 0 {
			t.Errorf("left behind in %s: %v", dir, left)
		}
	}
}

func mode(t *testing.T, path string) fs.FileMode {
	t.Helper()
	info, err := os.Lstat(path)
	if err != nil {
		t.Fatal(err)
	}
	return info.Mode()
}

func requireRoot(t *testing.T, why string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skipf("skipped: needs root (%s); run the tests as root to cover it", why)
	}
}

func join(dir string, names ...string) string {
	return filepath.Join(append([]string{dir}, names...)...)
}
