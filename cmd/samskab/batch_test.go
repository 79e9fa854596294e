package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samskab/samskab/internal/iostreams"
)

// runMain runs the command line with buffers for streams.
func runMain(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	io := &iostreams.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
	getenv := func(k string) string {
		if k == "SAMSKAB_LANG" {
			return "en"
		}
		return ""
	}
	code = Main(args, io, getenv)
	return out.String(), errOut.String(), code
}

// TestBatchOutputIsTheSameForAnyJobs scores many small files, some broken,
// with one worker and with many: every format must be byte-identical.
// Run with -race, this also checks the worker pool for data races.
func TestBatchOutputIsTheSameForAnyJobs(t *testing.T) {
	dir := t.TempDir()
	for i := range 300 {
		body := fmt.Sprintf("samskab: 1\nproject: {name: Projekt %d, owner: Kommune %d}\nrubrics: [cok]\nresponses:\n"+
			"  - respondent: R\n    answers: {cok-01.q1: %d, cok-02.q1: %d, cok-03.q1: dk}\n", i, i%7, i%5, (i/5)%5)
		if i%23 == 7 {
			body = "samskab: 1\nproject: {name: broken}\nresponses:\n  - answers: {cok-01.q1: 5}\n"
		}
		sub := filepath.Join(dir, fmt.Sprintf("group-%d", i%4))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("case-%03d.yaml", i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, format := range []string{"table", "csv", "jsonl", "json", "markdown"} {
		out1, err1, code1 := runMain(t, "batch", dir, "--jobs", "1", "--format", format)
		if code1 != exitPartial {
			t.Fatalf("%s: exit %d, want %d (some files are broken)\n%s", format, code1, exitPartial, err1)
		}
		if n := strings.Count(err1, "outside the scale"); n != 13 {
			t.Errorf("%s: %d problems on stderr, want 13 (one per broken file: i = 7, 30, …, 283)", format, n)
		}
		for _, jobs := range []string{"2", "8", "32"} {
			out, errOut, code := runMain(t, "batch", dir, "--jobs", jobs, "--format", format)
			if code != code1 || out != out1 || errOut != err1 {
				t.Errorf("%s: --jobs %s gives different output than --jobs 1", format, jobs)
			}
		}
	}
}

func TestBatchFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"batch"}, "requires at least 1 arg"},
		{[]string{"batch", ".", "--jobs", "-1"}, "--jobs must be 1 or more"},
		{[]string{"batch", ".", "--format", "xml"}, `unknown format "xml"`},
		{[]string{"batch", ".", "--gap-below", "0"}, "--gap-below must be"},
		{[]string{"batch", ".", "--rubric", "nope"}, "unknown rubric nope"},
	} {
		out, errOut, code := runMain(t, tc.args...)
		if code != exitInvalid || out != "" || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, out, errOut, tc.want)
		}
	}
}

// The json document must be valid JSON, and its cases the same objects as
// the lines of jsonl.
func TestBatchJSONMatchesJSONL(t *testing.T) {
	cases, err := filepath.Abs("../../testdata/cases")
	if err != nil {
		t.Fatal(err)
	}
	doc, _, code := runMain(t, "batch", cases, "--format", "json")
	lines, _, code2 := runMain(t, "batch", cases, "--format", "jsonl")
	if code != 0 || code2 != 0 {
		t.Fatalf("exit %d and %d", code, code2)
	}
	var parsed struct {
		SchemaVersion int               `json:"schema_version"`
		Cases         []json.RawMessage `json:"cases"`
		Summary       struct {
			Cases int `json:"cases"`
		} `json:"summary"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal([]byte(doc), &parsed); err != nil {
		t.Fatalf("json output is not valid JSON: %v", err)
	}
	want := strings.Split(strings.TrimSuffix(lines, "\n"), "\n")
	if parsed.SchemaVersion != 1 || parsed.Summary.Cases != 5 || len(parsed.Cases) != len(want) || parsed.Errors == nil {
		t.Fatalf("json: version %d, %d cases in summary, %d cases, errors %v; jsonl has %d lines",
			parsed.SchemaVersion, parsed.Summary.Cases, len(parsed.Cases), parsed.Errors, len(want))
	}
	for i, c := range parsed.Cases {
		if string(c) != want[i] {
			t.Errorf("case %d:\n json  %s\n jsonl %s", i, c, want[i])
		}
	}
}
