package checklist

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadSized(t *testing.T) {
	text := strings.Repeat("samskab ", 1000) // 8,000 bytes
	for _, size := range []int64{0, 10, 7999, 8000, 8001, 100_000} {
		// The size from Stat is only a hint: the file may have grown or
		// shrunk since, and reads may come in small pieces.
		got, err := readSized(iotest.HalfReader(strings.NewReader(text)), size)
		if err != nil || string(got) != text {
			t.Errorf("size hint %d: read %d bytes, err %v; want all %d", size, len(got), err, len(text))
		}
	}
	if _, err := readSized(iotest.ErrReader(io.ErrUnexpectedEOF), 10); err == nil {
		t.Error("a read error was not reported")
	}
}

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.csv")
	if err := os.WriteFile(path, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := CreateAtomic(path)
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

	g, err := CreateAtomic(filepath.Join(dir, "aborted.csv"))
	if err != nil {
		t.Fatal(err)
	}
	g.Write([]byte("half"))
	g.Abort()
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "report.csv" {
		t.Errorf("after Abort the folder holds %v; want only report.csv", entries)
	}
	if _, err := CreateAtomic(dir); err == nil {
		t.Error("CreateAtomic accepted a folder")
	}
}
