//go:build linux

package atomicfile

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// generation is the content a writer child puts in the file: complete when
// it ends with its "end" line.
func generation(gen int) string {
	var b strings.Builder
	for i := range 400 {
		fmt.Fprintf(&b, "generation %d record %03d %s\n", gen, i, strings.Repeat("x", 60))
	}
	fmt.Fprintf(&b, "end of generation %d\n", gen)
	return b.String()
}

// writeGeneration writes gen record by record, stopping when ctx ends.
func writeGeneration(ctx context.Context, f *File, gen, upto int) error {
	records := strings.SplitAfter(generation(gen), "\n")
	if upto >= 0 {
		records = records[:upto]
	}
	for i, line := range records {
		if i%10 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if _, err := f.Write([]byte(line)); err != nil {
			return err
		}
	}
	return nil
}

func init() {
	// midwrite commits generation 1, writes half of generation 2, says
	// "half", then stops at the signal as a command would: abort, exit 130.
	// With stuck=1 it never looks at the context again, so only a second
	// signal ends it.
	children["midwrite"] = func() {
		ctx, stop := NotifyContext(context.Background())
		defer stop()
		path := os.Getenv("TARGET")
		if err := WriteFile(path, []byte(generation(1))); err != nil {
			panic(err)
		}
		f, err := Create(path)
		if err != nil {
			panic(err)
		}
		if err := writeGeneration(ctx, f, 2, 200); err != nil {
			panic(err)
		}
		fmt.Println("half")
		if os.Getenv("STUCK") == "1" {
			context.AfterFunc(ctx, func() { fmt.Println("cancelled by", context.Cause(ctx)) })
			time.Sleep(time.Hour)
		}
		<-ctx.Done()
		fmt.Println("cancelled by", context.Cause(ctx))
		f.Abort()
		os.Exit(InterruptedExit)
	}
	// writer rewrites the file generation after generation until a signal.
	children["writer"] = func() {
		ctx, stop := NotifyContext(context.Background())
		defer stop()
		path := os.Getenv("TARGET")
		for gen := 1; ; gen++ {
			f, err := Create(path)
			if err != nil {
				panic(err)
			}
			if err := writeGeneration(ctx, f, gen, -1); err != nil {
				f.Abort()
				os.Exit(InterruptedExit)
			}
			if err := f.Commit(); err != nil {
				panic(err)
			}
			if gen == 1 {
				fmt.Println("committed")
			}
		}
	}
}

var stopSignalsTested = []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT}

// A signal in the middle of a write leaves the old file and no temporary
// file: the old code caught only SIGINT, so SIGTERM and SIGHUP left the
// temporary file behind.
func TestSignalMidWrite(t *testing.T) {
	for _, sig := range stopSignalsTested {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := join(dir, "report.csv")
			cmd := child(t, "midwrite", "TARGET="+path)
			out := startChild(t, cmd)
			waitFor(t, out, "half")
			cmd.Process.Signal(sig)
			waitFor(t, out, "cancelled by interrupted by "+sig.String())
			checkExit(t, cmd, InterruptedExit)
			if got := readFile(t, path); got != generation(1) {
				t.Errorf("the file is not the old one: %d bytes", len(got))
			}
			assertClean(t, dir)
		})
	}
}

// A command that does not stop at the first signal is ended by the
// second, and still leaves no temporary file.
func TestSecondSignalCleansUp(t *testing.T) {
	for _, sig := range stopSignalsTested {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := join(dir, "report.csv")
			cmd := child(t, "midwrite", "TARGET="+path, "STUCK=1")
			out := startChild(t, cmd)
			waitFor(t, out, "half")
			if len(leftovers(t, dir)) != 1 {
				t.Fatalf("expected the temporary file while writing, found %v", leftovers(t, dir))
			}
			cmd.Process.Signal(sig)
			waitFor(t, out, "cancelled by")
			cmd.Process.Signal(sig)
			checkExit(t, cmd, InterruptedExit)
			if got := readFile(t, path); got != generation(1) {
				t.Errorf("the file is not the old one: %d bytes", len(got))
			}
			assertClean(t, dir)
		})
	}
}

// Whenever the signal comes, the file is one complete generation.
func TestSignalAnyMoment(t *testing.T) {
	for _, sig := range stopSignalsTested {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			path := join(dir, "report.csv")
			cmd := child(t, "writer", "TARGET="+path)
			out := startChild(t, cmd)
			waitFor(t, out, "committed")
			cmd.Process.Signal(sig)
			checkExit(t, cmd, InterruptedExit)
			got := readFile(t, path)
			var gen int
			fmt.Sscanf(got, "generation %d", &gen)
			if gen < 1 || got != generation(gen) {
				t.Errorf("the file is not one complete generation (%d bytes, starts generation %d)", len(got), gen)
			}
			assertClean(t, dir)
		})
	}
}

func startChild(t *testing.T, cmd *exec.Cmd) <-chan string {
	t.Helper()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	return lines(t, stdout)
}

func waitFor(t *testing.T, out <-chan string, prefix string) {
	t.Helper()
	for line := range out {
		if strings.HasPrefix(line, prefix) {
			return
		}
		t.Logf("child said %q", line)
	}
	t.Fatalf("the child ended without saying %q", prefix)
}

func checkExit(t *testing.T, cmd *exec.Cmd, want int) {
	t.Helper()
	err := cmd.Wait()
	var ee *exec.ExitError
	if code := cmd.ProcessState.ExitCode(); code != want || (err != nil && !errors.As(err, &ee)) {
		t.Errorf("child ended with %v (code %d), want exit %d", err, code, want)
	}
}
