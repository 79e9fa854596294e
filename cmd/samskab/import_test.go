package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNewCmdImportFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    ImportOptions
		wantErr string
	}{
		{[]string{"svar.csv", "--into", "h.yaml"}, ImportOptions{Export: "svar.csv", Into: "h.yaml"}, ""},
		{[]string{"svar.xlsx", "--into", "h.yaml", "--dry-run", "--project", "Havdrup"},
			ImportOptions{Export: "svar.xlsx", Into: "h.yaml", DryRun: true, Project: "Havdrup"}, ""},
		{[]string{"svar.csv"}, ImportOptions{}, "--into FILE is required"},
		{nil, ImportOptions{}, "expects EXPORT"},
	} {
		f, _, _ := testFactory(false, nil)
		var got *ImportOptions
		cmd := NewCmdImport(f, func(o *ImportOptions) error { got = o; return nil })
		cmd.SetArgs(tc.args)
		cmd.SetOut(&bytes.Buffer{})
		cmd.SetErr(&bytes.Buffer{})
		err := cmd.Execute()
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%v: got %v, want %q", tc.args, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		tc.want.Factory = f
		if *got != tc.want {
			t.Errorf("%v: got %+v, want %+v", tc.args, *got, tc.want)
		}
	}
}

// TestWriteIfUnchanged: a file that changed (or appeared) since it was
// read is not overwritten; the import plans again from what is there.
func TestWriteIfUnchanged(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "h.yaml")
	if err := writeIfUnchanged(path, nil, false, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if err := writeIfUnchanged(path, nil, false, []byte("again")); !errors.Is(err, errChangedMeanwhile) {
		t.Errorf("file appeared meanwhile: got %v", err)
	}
	if err := writeIfUnchanged(path, []byte("old"), true, []byte("x")); !errors.Is(err, errChangedMeanwhile) {
		t.Errorf("file changed meanwhile: got %v", err)
	}
	if err := writeIfUnchanged(path, []byte("new"), true, []byte("newer")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); string(data) != "newer" {
		t.Errorf("file holds %q", data)
	}
}

// TestUpdateFileStartsOver: when another writer changes the file between
// the read and the write, the change is planned again from the new
// content, so the other writer's bytes are kept.
func TestUpdateFileStartsOver(t *testing.T) {
	path := filepath.Join(t.TempDir(), "h.yaml")
	if err := os.WriteFile(path, []byte("a\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	calls := 0
	err := updateFile(path, func(current []byte, exists bool) ([]byte, error) {
		calls++
		if calls == 1 { // someone else writes while we work
			if err := os.WriteFile(path, []byte("a\nb\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return append(current, "mine\n"...), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); string(data) != "a\nb\nmine\n" || calls != 2 {
		t.Errorf("file %q after %d calls", data, calls)
	}
}
