//go:build linux

package atomicfile

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// appendLine is the read-modify-write every concurrency test does: a lost
// update would lose a line.
func appendLine(path, line string) error {
	return Update(path, func(cur []byte, exists bool) ([]byte, error) {
		if exists != (len(cur) > 0) {
			return nil, fmt.Errorf("exists %v with %d bytes", exists, len(cur))
		}
		return append(cur, line+"\n"...), nil
	})
}

// checkLines says which of want are missing from the file or doubled.
func checkLines(t *testing.T, path string, want []string) {
	t.Helper()
	got := strings.Split(strings.TrimSuffix(readFile(t, path), "\n"), "\n")
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("the file has %d lines, want %d; first lines %q", len(got), len(want), got[:min(5, len(got))])
	}
}

// Many goroutines, half of them through a symbolic link: every line
// arrives (the old code had no lock at all), and no lock file is left.
func TestUpdateManyGoroutines(t *testing.T) {
	dir := t.TempDir()
	path := join(dir, "plan.yaml")
	symlink(t, "plan.yaml", join(dir, "link.yaml"))
	const workers, each = 32, 8
	var wg sync.WaitGroup
	var want []string
	for w := range workers {
		for i := range each {
			want = append(want, fmt.Sprintf("g%02d-%d", w, i))
		}
		wg.Go(func() {
			p := path
			if w%2 == 1 {
				p = join(dir, "link.yaml")
			}
			for i := range each {
				if err := appendLine(p, fmt.Sprintf("g%02d-%d", w, i)); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	checkLines(t, path, want)
	assertClean(t, dir)
}

// Many processes, each with a few goroutines.
func TestUpdateManyProcesses(t *testing.T) {
	dir := t.TempDir()
	path := join(dir, "plan.yaml")
	const procs = 6
	var cmds []*strings.Builder
	var wg sync.WaitGroup
	for p := range procs {
		out := &strings.Builder{}
		cmds = append(cmds, out)
		cmd := child(t, "appender", "TARGET="+path, "WHO=p"+strconv.Itoa(p))
		cmd.Stdout = out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		wg.Go(func() {
			if err := cmd.Wait(); err != nil {
				t.Errorf("process %d: %v", p, err)
			}
		})
	}
	wg.Wait()
	var want []string
	for p := range procs {
		want = append(want, appenderLines("p"+strconv.Itoa(p))...)
	}
	checkLines(t, path, want)
	assertClean(t, dir)
}

func appenderLines(who string) []string {
	var lines []string
	for g := range 3 {
		for i := range 10 {
			lines = append(lines, fmt.Sprintf("%s-g%d-%d", who, g, i))
		}
	}
	return lines
}

func init() {
	children["appender"] = func() {
		lines := appenderLines(os.Getenv("WHO"))
		var wg sync.WaitGroup
		for g := range 3 {
			wg.Go(func() {
				for _, l := range lines[g*10 : (g+1)*10] {
					if err := appendLine(os.Getenv("TARGET"), l); err != nil {
						fmt.Fprintln(os.Stderr, err)
						os.Exit(1)
					}
				}
			})
		}
		wg.Wait()
	}
}

// LockContext gives up when its context ends, and the lock it was
// waiting for is not left taken by the abandoned wait.
func TestLockContextGivesUp(t *testing.T) {
	dir := t.TempDir()
	path := join(dir, "plan.yaml")
	held, err := Lock(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if l, err := LockContext(ctx, path); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("LockContext while held: %v, %v; want DeadlineExceeded", l, err)
	}
	if err := UpdateContext(ctx, path, nil); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("UpdateContext with an ended context: %v", err)
	}
	held.Unlock()
	held.Unlock() // twice is harmless
	if err := appendLine(path, "after"); err != nil {
		t.Fatal(err)
	}
	checkLines(t, path, []string{"after"})
	assertClean(t, dir)
}

// A lock holder excludes others in the same process (flock locks belong
// to the open file, not the process): a second Lock waits for Unlock.
func TestLockExcludesInProcess(t *testing.T) {
	path := join(t.TempDir(), "plan.yaml")
	first, err := Lock(path)
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	var mu sync.Mutex
	note := func(s string) { mu.Lock(); order = append(order, s); mu.Unlock() }
	done := make(chan struct{})
	go func() {
		second, err := Lock(path)
		if err != nil {
			t.Error(err)
			close(done)
			return
		}
		note("second locked")
		second.Unlock()
		close(done)
	}()
	// Whatever the scheduling, the second Lock cannot succeed before this.
	note("first unlocks")
	first.Unlock()
	<-done
	if !slices.Equal(order, []string{"first unlocks", "second locked"}) {
		t.Errorf("order %v", order)
	}
}

// Update hands change the file as it is, passes change's error through
// untouched, and does not rewrite a file that did not change.
func TestUpdateContract(t *testing.T) {
	dir := t.TempDir()
	path := join(dir, "plan.yaml")
	err := Update(path, func(cur []byte, exists bool) ([]byte, error) {
		if exists || cur != nil {
			t.Errorf("a missing file came as exists=%v, %q", exists, cur)
		}
		return []byte("one\n"), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	mine := errors.New("conflict")
	if err := Update(path, func([]byte, bool) ([]byte, error) { return []byte("lost"), mine }); err != mine {
		t.Errorf("change's error came back as %v", err)
	}
	before := snapshot(t, path)
	if err := Update(path, func(cur []byte, _ bool) ([]byte, error) { return cur, nil }); err != nil {
		t.Fatal(err)
	}
	if after := snapshot(t, path); after != before {
		t.Errorf("an unchanged file was rewritten: %s, was %s", after, before)
	}
	assertClean(t, dir)
}

// A blind write (WriteFile, Commit) waits for a lock holder, so that it
// cannot land between an Update's read and its write and be undone by it.
func TestBlindWriteWaitsForTheLock(t *testing.T) {
	dir := t.TempDir()
	symlink(t, "real.yaml", join(dir, "link.yaml"))
	held, err := Lock(join(dir, "link.yaml")) // the same lock, through the link
	if err != nil {
		t.Fatal(err)
	}
	var order []string
	var mu sync.Mutex
	note := func(s string) { mu.Lock(); order = append(order, s); mu.Unlock() }
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := WriteFile(join(dir, "real.yaml"), []byte("blind")); err != nil {
			t.Error(err)
		}
		note("written")
	}()
	if err := held.WriteFile([]byte("holder")); err != nil {
		t.Fatal(err)
	}
	note("holder wrote")
	held.Unlock()
	<-done
	if !slices.Equal(order, []string{"holder wrote", "written"}) {
		t.Errorf("order %v", order)
	}
	if got := readFile(t, join(dir, "real.yaml")); got != "blind" {
		t.Errorf("the file reads %q, want the later write", got)
	}
	assertClean(t, dir)
}
