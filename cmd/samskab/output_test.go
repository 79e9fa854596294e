package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// TestWorkbookRefusesTerminal: a workbook is never written to a terminal,
// by any command; with --out it is fine.
func TestWorkbookRefusesTerminal(t *testing.T) {
	for name, build := range map[string]func(*Factory) *cobra.Command{
		"score":   func(f *Factory) *cobra.Command { return NewCmdScore(f, func(*ScoreOptions) error { return nil }) },
		"batch":   func(f *Factory) *cobra.Command { return NewCmdBatch(f, func(*BatchOptions) error { return nil }) },
		"compare": func(f *Factory) *cobra.Command { return NewCmdCompare(f, func(*CompareOptions) error { return nil }) },
	} {
		t.Run(name, func(t *testing.T) {
			for _, tc := range []struct {
				args    []string
				wantErr string
			}{
				{[]string{"a.yaml", "b.yaml", "--format", "xlsx"}, "a workbook is binary; give --out FILE.xlsx"},
				{[]string{"a.yaml", "b.yaml", "--format", "xlsx", "--out", "r.xlsx"}, ""},
			} {
				if name == "score" {
					tc.args = append(tc.args[:1:1], tc.args[2:]...)
				}
				f, out, _ := testFactory(true, nil)
				cmd := build(f)
				cmd.SetArgs(tc.args)
				cmd.SetOut(&bytes.Buffer{})
				cmd.SetErr(&bytes.Buffer{})
				err := cmd.Execute()
				switch {
				case tc.wantErr == "" && err != nil:
					t.Errorf("%v: %v", tc.args, err)
				case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
					t.Errorf("%v: got %v, want %q", tc.args, err, tc.wantErr)
				}
				if out.Len() > 0 {
					t.Errorf("%v: wrote to stdout", tc.args)
				}
			}
		})
	}
}

// TestOutWritesAtomically: --out leaves the finished file and no
// temporary file beside it.
func TestOutWritesAtomically(t *testing.T) {
	dir := t.TempDir()
	f, out, _ := testFactory(false, nil)
	path := filepath.Join(dir, "r.xlsx")
	o := outputFlags{Out: path}
	if err := o.write(f, []byte("PK data")); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || out.Len() != 0 {
		t.Errorf("entries %v, stdout %q", entries, out)
	}
}
