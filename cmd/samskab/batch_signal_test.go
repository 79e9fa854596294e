//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/samskab/samskab/internal/gencases"
)

// TestBatchOutSurvivesSignals: SIGTERM, SIGHUP or SIGINT during
// `batch --out` leave the old file as it was and no temporary file.
func TestBatchOutSurvivesSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGHUP, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd, dir := samskabCommand(t, "batch", "cases", "--out", "out.csv", "--format", "csv", "--jobs", "1")
			if _, err := gencases.Write(filepath.Join(dir, "cases"), 1500); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(dir, "out.csv")
			if err := os.WriteFile(out, []byte("old\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// Wait for the temporary file: the batch has started writing.
			deadline := time.Now().Add(hangGuard)
			for len(tempFiles(t, dir)) == 0 && time.Now().Before(deadline) {
				time.Sleep(time.Millisecond)
			}
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			code := exitStatus(t, cmd.Wait())
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if code == 0 {
				// The batch finished before the signal: a complete file.
				if !strings.HasSuffix(string(got), "\n") || string(got) == "old\n" {
					t.Errorf("exit 0 but out.csv is not a complete new report")
				}
			} else {
				if code != exitInterrupted {
					t.Errorf("exit %d, want 130", code)
				}
				if string(got) != "old\n" {
					t.Errorf("out.csv changed after an interrupted batch: %.80q", got)
				}
			}
			if tmp := tempFiles(t, dir); len(tmp) > 0 {
				t.Errorf("temporary files left behind: %v", tmp)
			}
		})
	}
}

func tempFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			out = append(out, e.Name())
		}
	}
	return out
}
