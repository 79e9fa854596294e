package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/samskab/samskab/checklist/yamlfile"
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

// TestImportConcurrent: imports of different exports into one file at
// the same moment all land; the file lock serialises them and each plans
// from what the other wrote.
func TestImportConcurrent(t *testing.T) {
	dir := t.TempDir()
	into := filepath.Join(dir, "h.yaml")
	const n = 6
	exports := make([]string, n)
	for i := range exports {
		exports[i] = filepath.Join(dir, fmt.Sprintf("svar%d.csv", i))
		csv := fmt.Sprintf("Navn;cok-01.q1;cok-01.q2\nPerson %d;Helt enig;%d\n", i, i%5)
		if err := os.WriteFile(exports[i], []byte(csv), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range exports {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f, _, _ := testFactory(false, nil)
			errs[i] = importRun(&ImportOptions{Factory: f, Export: exports[i], Into: into, Project: "Havdrup"})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("import %d: %v", i, err)
		}
	}
	f, _, _ := testFactory(false, nil)
	cat, err := f.Catalog()
	if err != nil {
		t.Fatal(err)
	}
	c, err := yamlfile.ReadCaseFile(into, cat)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Responses) != n {
		t.Fatalf("%d responses in the file, want %d", len(c.Responses), n)
	}
}
