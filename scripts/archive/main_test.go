package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestArchivesAreReproducible writes each format twice from files whose
// own times and modes differ between the runs, and requires the same bytes
// and the entries the release needs.
func TestArchivesAreReproducible(t *testing.T) {
	mtime := time.Unix(1764633600, 0).UTC()
	for _, ext := range []string{".tar.gz", ".zip"} {
		t.Run(ext, func(t *testing.T) {
			var outputs [][]byte
			for run := 0; run < 2; run++ {
				dir := t.TempDir()
				bin := writeFile(t, dir, "samskab", "binary", 0o700+os.FileMode(run)*0o055, time.Now().Add(time.Duration(run)*time.Hour))
				doc := writeFile(t, dir, "LICENSE", "licence text", 0o600, time.Now())
				out := filepath.Join(dir, "out"+ext)
				if err := archiveFiles(out, "samskab_v1_test", mtime, bin, doc); err != nil {
					t.Fatal(err)
				}
				data, err := os.ReadFile(out)
				if err != nil {
					t.Fatal(err)
				}
				outputs = append(outputs, data)
			}
			if !bytes.Equal(outputs[0], outputs[1]) {
				t.Fatal("two archives of the same content differ")
			}
			want := []string{"samskab_v1_test/ 755", "samskab_v1_test/samskab 755 binary", "samskab_v1_test/LICENSE 644 licence text"}
			got := listEntries(t, ext, outputs[0], mtime)
			if len(got) != len(want) {
				t.Fatalf("entries %q, want %q", got, want)
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("entry %d: %q, want %q", i, got[i], want[i])
				}
			}
		})
	}
}

func TestRefusesUnknownFormat(t *testing.T) {
	dir := t.TempDir()
	f := writeFile(t, dir, "a", "x", 0o644, time.Now())
	if err := archiveFiles(filepath.Join(dir, "out.rar"), "d", time.Unix(0, 0), f); err == nil {
		t.Fatal("no error for a .rar output")
	}
}

// archiveFiles calls run with the files as a list.
func archiveFiles(out, dir string, mtime time.Time, files ...string) error {
	return run(out, dir, mtime, files)
}

func writeFile(t *testing.T, dir, name, content string, mode os.FileMode, when time.Time) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, when, when); err != nil {
		t.Fatal(err)
	}
	return p
}

// listEntries returns "name mode content" per entry, and fails on an entry
// whose time is not mtime.
func listEntries(t *testing.T, ext string, data []byte, mtime time.Time) []string {
	t.Helper()
	var entries []string
	add := func(name string, mode os.FileMode, modTime time.Time, r io.Reader) {
		if !modTime.Equal(mtime) {
			t.Errorf("%s: time %v, want %v", name, modTime, mtime)
		}
		body, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		e := name + " " + strconvOctal(mode.Perm())
		if len(body) > 0 {
			e += " " + string(body)
		}
		entries = append(entries, e)
	}
	if ext == ".zip" {
		zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			add(f.Name, f.Mode(), f.Modified, rc)
			rc.Close()
		}
		return entries
	}
	gz, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if gz.Name != "" || !gz.ModTime.IsZero() {
		t.Errorf("gzip header carries name %q and time %v", gz.Name, gz.ModTime)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return entries
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Uid != 0 || h.Gid != 0 || h.Uname != "root" {
			t.Errorf("%s: owner %d/%d %s, want root", h.Name, h.Uid, h.Gid, h.Uname)
		}
		add(h.Name, os.FileMode(h.Mode), h.ModTime, tr)
	}
}

func strconvOctal(m os.FileMode) string {
	return string([]byte{'0' + byte(m>>6&7), '0' + byte(m>>3&7), '0' + byte(m&7)})
}
