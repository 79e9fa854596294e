package atomicfile

import (
	"os"
	"path/filepath"
	"testing"
)

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.csv")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("before Commit the file reads %q, want the old content", data)
	}
	if err := f.Commit(); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	info, _ := os.Stat(path)
	if string(data) != "new" || info.Mode().Perm() != 0o600 {
		t.Errorf("after Commit: %q, mode %v; want \"new\" and the old file's 0600", data, info.Mode().Perm())
	}
	f.Abort() // after Commit: nothing happens

	g, err := Create(filepath.Join(dir, "aborted.csv"))
	if err != nil {
		t.Fatal(err)
	}
	g.Write([]byte("half"))
	g.Abort()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "report.csv" {
		t.Errorf("after Abort the folder holds %v; want only report.csv", entries)
	}
	if _, err := Create(dir); err == nil {
		t.Error("Create accepted a folder")
	}
}
