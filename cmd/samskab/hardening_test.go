//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// hostileCase is a valid case file whose names carry attacks on the views
// that show them: markup, a script link, spreadsheet formulas.
const hostileCase = `samskab: 1
project:
  name: "<script>alert(1)</script> [x](javascript:alert(1)) =HYPERLINK(\"http://evil\")"
  owner: "-2+3"
rubrics: [cok]
responses:
  - respondent: "@SUM(A1)"
    answers: {cok-01.q1: 3, cok-01.q2: 1}
`

// hostileName is a file name with an OSC hyperlink and an ESC sequence.
const hostileName = "x\x1b]8;;https:evil\x07y\x1b[2J.yaml"

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestOutputCarriesNoAttack: every view of a hostile file and file name
// shows the text, never a control sequence, markup, link or formula.
func TestOutputCarriesNoAttack(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, hostileName)
	writeFile(t, file, hostileCase)
	broken := filepath.Join(dir, "b\x1b[31m.yaml")
	writeFile(t, broken, "samskab: 1\n")
	checks := []struct {
		args []string
		bad  []string // must not appear on stdout or stderr
		want []string // must appear on stdout
	}{
		{[]string{"score", file}, []string{"\x1b", "\x07"}, []string{`\x1b`}},
		{[]string{"score", file, "--format", "markdown"}, []string{"\x1b", "<script>", "[x](javascript:"}, []string{"&lt;script&gt;", `\[x\]`}},
		{[]string{"score", file, "--format", "csv"}, []string{"\x1b", ",=HYPERLINK", ",<script>"}, []string{`'<script>`[1:]}},
		{[]string{"batch", dir}, []string{"\x1b", "\x07"}, []string{`\x1b`}},
		{[]string{"batch", dir, "--format", "markdown"}, []string{"\x1b", "<script>", "[x](javascript:"}, []string{"&lt;script&gt;"}},
		{[]string{"batch", dir, "--format", "csv"}, []string{"\x1b", ",-2+3", `,"=HYPERLINK`, ",=HYPERLINK"}, []string{",'-2+3,"}},
		{[]string{"check", file, "--min-overall", "99"}, []string{"\x1b", "\x07"}, nil},
	}
	for _, c := range checks {
		stdout, stderr, _ := runMain(t, c.args...)
		for _, bad := range c.bad {
			if strings.Contains(stdout, bad) || strings.Contains(stderr, bad) {
				t.Errorf("%q: output holds %q\nstdout:\n%s\nstderr:\n%s", c.args[:2], bad, stdout, stderr)
			}
		}
		for _, want := range c.want {
			if !strings.Contains(stdout+stderr, want) {
				t.Errorf("%q: output lacks %q\nstdout:\n%s\nstderr:\n%s", c.args[:2], want, stdout, stderr)
			}
		}
	}
}

// TestSARIFHelpURIOnlyHTTP: a user rubric's javascript: source link never
// becomes a SARIF helpUri.
func TestSARIFHelpURIOnlyHTTP(t *testing.T) {
	dir := t.TempDir()
	rubric := "samskab-rubric: 1\nid: evil\nversion: 1\ntitle: {da: Ond, en: Evil}\nitems:\n" +
		"  - id: e1\n    title: {da: Et, en: One}\n    weight: 1\n    themes: [dialogue]\n" +
		"    source: {name: X, url: \"javascript:alert(1)\"}\n" +
		"    questions:\n      - {id: q1, text: {da: spørgsmål, en: question}}\n" +
		"    action: {da: gør noget, en: do something}\n"
	writeFile(t, filepath.Join(dir, "evil.yaml"), rubric)
	plan := filepath.Join(dir, "plan", "plan.yaml")
	if err := os.Mkdir(filepath.Dir(plan), 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, plan, "samskab: 1\nproject: {name: P}\nrubrics: [evil]\nresponses:\n  - answers: {e1.q1: 0}\n")
	stdout, stderr, _ := runMain(t, "check", plan, "--rubrics", dir, "--min-item", "50", "--format", "sarif")
	if !strings.Contains(stdout, `"ruleId"`) {
		t.Fatalf("no SARIF result:\n%s\n%s", stdout, stderr)
	}
	if strings.Contains(stdout, "javascript:") {
		t.Errorf("SARIF holds the javascript: link:\n%s", stdout)
	}
}

// TestInitRefusesDeviceBeforeRendering: the device is refused before the
// template is made, so it is the one problem reported even when the
// template could not be made either (an unknown rubric).
func TestInitRefusesDeviceBeforeRendering(t *testing.T) {
	stdout, stderr, code := runMain(t, "init", "--force", "/dev/null", "--rubric", "no-such-rubric")
	if code != exitInvalid || stdout != "" || !strings.Contains(stderr, "character device") {
		t.Errorf("exit %d, stdout %q, stderr %q; want exit 2 naming the device", code, stdout, stderr)
	}
}

func TestGapBelowRefusesNonPercent(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	writeFile(t, file, "samskab: 1\nproject: {name: P}\nrubrics: [cok]\nresponses:\n  - answers: {cok-01.q1: 3}\n")
	for _, v := range []string{"nan", "NaN", "inf", "-inf", "-1", "0", "101"} {
		stdout, stderr, code := runMain(t, "score", file, "--gap-below", v)
		if code != exitInvalid || stdout != "" || !strings.Contains(stderr, "--gap-below") {
			t.Errorf("--gap-below %s: exit %d, stderr %q; want exit 2", v, code, stderr)
		}
	}
}

func TestHexadecimalAnswerIsNoScore(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	writeFile(t, file, "samskab: 1\nproject: {name: P}\nrubrics: [cok]\nresponses:\n  - answers: {cok-01.q1: 0x3}\n")
	_, stderr, code := runMain(t, "score", file)
	if code != exitInvalid || !strings.Contains(stderr, "0x3, a hexadecimal number") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestAliasActorIsTheActorsID: `actor: *k` with `id: &k kommune` is the
// actor kommune, not an unknown actor named after the anchor.
func TestAliasActorIsTheActorsID(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	writeFile(t, file, "samskab: 1\nproject: {name: P}\nrubrics: [cok]\nactors:\n  - id: &k kommune\n    kind: municipality\n"+
		"responses:\n  - actor: *k\n    answers: {cok-01.q1: 3}\n  - actor: *k2\n    answers: {cok-01.q1: 3}\n")
	data, _ := os.ReadFile(file)
	writeFile(t, file, strings.Replace(string(data), "*k2", "kommunen", 1))
	_, stderr, code := runMain(t, "score", file)
	if code != exitInvalid || strings.Contains(stderr, `"k"`) || !strings.Contains(stderr, `unknown actor "kommunen"`) {
		t.Errorf("exit %d, stderr %q; want only the misspelt actor refused", code, stderr)
	}
}

// TestBatchSkipsFIFO: a named pipe in a batch folder is reported and
// skipped (exit 3), instead of a read that waits forever.
func TestBatchSkipsFIFO(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "a.yaml"), "samskab: 1\nproject: {name: P}\nrubrics: [cok]\nresponses:\n  - answers: {cok-01.q1: 3}\n")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	_, stderr, code := runMain(t, "batch", dir, "--format", "jsonl")
	if code != exitPartial || !strings.Contains(stderr, "named pipe") {
		t.Errorf("exit %d, stderr %q; want 3 and the pipe named", code, stderr)
	}
	// Named on the command line, too.
	_, stderr, code = runMain(t, "score", filepath.Join(dir, "pipe.yaml"))
	if code != exitInvalid || !strings.Contains(stderr, "named pipe") {
		t.Errorf("score of a FIFO: exit %d, stderr %q", code, stderr)
	}
}

// TestRubricsFolderSkipsFIFO: a named pipe among user rubrics is skipped
// with a warning.
func TestRubricsFolderSkipsFIFO(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.yaml"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	stdout, stderr, code := runMain(t, "rubrics", "--rubrics", dir)
	if code != exitOK || stdout == "" || !strings.Contains(stderr, "pipe.yaml: is not a regular file") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestBatchScoresALinkedFileOnce: a folder reached directly and through a
// symbolic link is scored once.
func TestBatchScoresALinkedFileOnce(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real")
	if err := os.Mkdir(real, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(real, "a.yaml"), "samskab: 1\nproject: {name: P}\nrubrics: [cok]\nresponses:\n  - answers: {cok-01.q1: 3}\n")
	if err := os.Symlink("real", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runMain(t, "batch", real, filepath.Join(dir, "link"), "--format", "jsonl")
	if code != exitOK || strings.Count(stdout, `"status":"ok"`) != 1 {
		t.Errorf("exit %d, %d cases scored, want 1\n%s\n%s", code, strings.Count(stdout, `"status":"ok"`), stdout, stderr)
	}
}

// TestMetaIsBudgeted: an alias bomb under meta is refused, fast and clear.
func TestMetaIsBudgeted(t *testing.T) {
	var b strings.Builder
	b.WriteString("samskab: 1\nproject: {name: P}\nrubrics: [cok]\nresponses:\n  - answers: {cok-01.q1: 3}\nmeta:\n")
	b.WriteString("  a: &a [" + strings.Repeat("x,", 999) + "x]\n")
	b.WriteString("  b: &b [" + strings.Repeat("*a,", 999) + "*a]\n")
	b.WriteString("  c: [" + strings.Repeat("*b,", 999) + "*b]\n")
	file := filepath.Join(t.TempDir(), "plan.yaml")
	writeFile(t, file, b.String())
	_, stderr, code := runMain(t, "score", file)
	if code != exitInvalid || !strings.Contains(stderr, "aliases") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
