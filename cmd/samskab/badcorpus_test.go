package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBadCorpusCovered fails when a file in testdata/bad has no case in a
// testdata/script/bad_*.txtar script, so the corpus cannot grow untested.
func TestBadCorpusCovered(t *testing.T) {
	files, err := filepath.Glob("../../testdata/bad/*")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad-input corpus: %v", err)
	}
	scripts, err := filepath.Glob("../../testdata/script/bad_*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	for _, s := range scripts {
		data, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		all.Write(data)
	}
	for _, f := range files {
		ref := "$BAD/" + filepath.Base(f)
		if !strings.Contains(all.String(), ref) {
			t.Errorf("%s has no end-to-end case; add one that copies %s in testdata/script/bad_*.txtar", f, ref)
		}
	}
}
