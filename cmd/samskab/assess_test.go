package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/samskab/samskab/checklist"
)

// fakePrompter replays scripted replies. When they run out it calls
// onEmpty (if set) and then reports what ctx says, or the end of input.
type fakePrompter struct {
	replies []Reply
	inputs  []string
	asked   []QuestionPrompt
	onEmpty func()
}

func (f *fakePrompter) Input(ctx context.Context, label string, required bool) (string, error) {
	if len(f.inputs) == 0 {
		return "", io.EOF
	}
	s := f.inputs[0]
	f.inputs = f.inputs[1:]
	return s, nil
}

func (f *fakePrompter) Choose(context.Context, string, []string) (int, error) { return 0, nil }

func (f *fakePrompter) Question(ctx context.Context, q QuestionPrompt) (Reply, error) {
	f.asked = append(f.asked, q)
	if len(f.replies) == 0 {
		if f.onEmpty != nil {
			f.onEmpty()
		}
		if ctx.Err() != nil {
			return Reply{}, ctx.Err()
		}
		return Reply{}, io.EOF
	}
	r := f.replies[0]
	f.replies = f.replies[1:]
	return r, nil
}

func answer(text string) Reply {
	r, ok := parseAnswer(text)
	if !ok {
		panic("bad test answer " + text)
	}
	return r
}

type assessRig struct {
	opts   *AssessOptions
	p      *fakePrompter
	stdout *bytes.Buffer
	stderr *bytes.Buffer
}

// newAssessRig sets up `assess FILE --lang en` with a fake prompter, as if
// on a terminal (tty) or with piped input.
func newAssessRig(t *testing.T, file string, tty bool, rubrics ...string) *assessRig {
	t.Helper()
	rig := &assessRig{p: &fakePrompter{}, stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	f := &Factory{
		IO:     &IOStreams{In: strings.NewReader(""), Out: rig.stdout, ErrOut: rig.stderr, InTTY: tty},
		Getenv: func(string) string { return "" },
		Global: &GlobalOptions{Lang: "en", Rubrics: rubrics},
	}
	rig.opts = &AssessOptions{Factory: f, File: file, Format: "json", GapBelow: checklist.DefaultGapBelow,
		Ctx:         context.Background(),
		Now:         func() time.Time { return time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC) },
		NewPrompter: func(*AssessOptions, checklist.Lang) Prompter { return rig.p }}
	return rig
}

func exitCode(err error) int { return reportError(io.Discard, err) }

func TestAssessBackSkipAndNotes(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	rig := newAssessRig(t, file, false, "vaeksthus")
	rig.opts.Project, rig.opts.Respondent, rig.opts.Notes = "Gå-venner", "Mette", true
	skipWithNote := Reply{Value: checklist.AnswerValue{Note: "ask Bent"}}
	naWithNote := answer("na")
	naWithNote.Value.Note = "no budget yet"
	rig.p.replies = []Reply{answer("3"), {Back: true}, answer(""), naWithNote,
		skipWithNote, answer("dk"), answer("0"), answer("1"), answer("2"), answer("4")}
	if err := assessRun(rig.opts); err != nil {
		t.Fatalf("%v\n%s", err, rig.stderr)
	}
	want := "# samskab case file, written by `samskab assess`. See the report with: samskab score " + file + `
samskab: 1
project:
  name: Gå-venner
rubrics: [vaeksthus]
responses:
  - respondent: Mette
    date: 2026-05-01
    answers:
      vfl-c1.q1: 3
      vfl-c1.q2: {score: na, note: "no budget yet"}
      vfl-c2.q1: {score: ~, note: "ask Bent"}
      vfl-c2.q2: dk
      vfl-c3.q1: 0
      vfl-c3.q2: 1
      vfl-c4.q1: 2
      vfl-c4.q2: 4
`
	if got := readFile(t, file); got != want {
		t.Errorf("file:\n%s\nwant:\n%s", got, want)
	}
	// Question 1, back from 2 to 1 (answered: 3, no way further back), then 2…8.
	wantNumbers := []int{1, 2, 1, 2, 3, 4, 5, 6, 7, 8}
	for i, q := range rig.p.asked {
		if q.Number != wantNumbers[i] || q.Total != 8 || q.CanGoBack != (i != 0 && i != 2) || !q.Notes {
			t.Errorf("prompt %d: number %d of %d, back %v, notes %v", i, q.Number, q.Total, q.CanGoBack, q.Notes)
		}
	}
	if cur := rig.p.asked[2].Current; cur == nil || cur.Kind != checklist.Scored || cur.Score != 3 {
		t.Errorf("going back showed current answer %+v, want 3", cur)
	}
	if !strings.HasPrefix(rig.stdout.String(), `{"schema_version": 1`) && !strings.HasPrefix(rig.stdout.String(), "{\n") {
		t.Errorf("stdout is not the JSON report:\n%s", rig.stdout)
	}
}

func TestAssessStoppedBySignalKeepsAnswers(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	rig := newAssessRig(t, file, false, "vaeksthus")
	rig.opts.Project, rig.opts.Respondent = "P", "Mette (projektleder)"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rig.opts.Ctx = ctx
	rig.p.replies = []Reply{answer("3"), answer("2"), answer("na")}
	rig.p.onEmpty = cancel // the signal arrives while question 4 waits
	err := assessRun(rig.opts)
	if code := exitCode(err); code != exitInterrupted {
		t.Fatalf("exit code %d (%v), want 130", code, err)
	}
	if !strings.HasSuffix(readFile(t, file), "    answers:\n      vfl-c1.q1: 3\n      vfl-c1.q2: 2\n      vfl-c2.q1: na\n") {
		t.Errorf("file:\n%s", readFile(t, file))
	}
	wantHint := "Stopped at question 4 of 8. Every answer so far is saved in " + file + ".\n" +
		"Resume with: samskab assess " + file + " --respondent 'Mette (projektleder)' --rubric vaeksthus\n"
	if !strings.HasSuffix(rig.stderr.String(), wantHint) {
		t.Errorf("stderr:\n%s\nwant it to end with:\n%s", rig.stderr, wantHint)
	}
	if rig.stdout.Len() > 0 {
		t.Errorf("stdout has %q; an interrupted run prints no report", rig.stdout)
	}
}

func TestAssessStoppedBeforeFirstAnswerWritesNothing(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	rig := newAssessRig(t, file, false, "cok")
	rig.opts.Project = "P"
	err := assessRun(rig.opts)
	if code := exitCode(err); code != exitInterrupted {
		t.Fatalf("exit code %d (%v), want 130", code, err)
	}
	if _, err := os.Stat(file); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("%s was written: %v", file, err)
	}
	if !strings.Contains(rig.stderr.String(), "nothing was written") {
		t.Errorf("stderr: %s", rig.stderr)
	}
}

// TestAssessResumeKeepsFile resumes one respondent of a file with comments
// and two other respondents: only the resumed answers may change.
func TestAssessResumeKeepsFile(t *testing.T) {
	orig, err := os.ReadFile("../../testdata/cases/havdrup-ensomhed.yaml")
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "havdrup.yaml")
	if err := os.WriteFile(file, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	rig := newAssessRig(t, file, false, "frivilligraadet")
	rig.opts.Respondent = "grethe (borger, 78 år)" // case does not matter
	rig.p.replies = []Reply{answer("2"), answer("dk")}
	if err := assessRun(rig.opts); err != nil {
		t.Fatalf("%v\n%s", err, rig.stderr)
	}
	var numbers []int
	for _, q := range rig.p.asked {
		numbers = append(numbers, q.Number)
	}
	if len(numbers) != 2 || numbers[0] != 9 || numbers[1] != 10 {
		t.Errorf("asked questions %v, want [9 10]: fr-p5.q1 and fr-p5.q2", numbers)
	}
	old := `      fr-p5.q1: {score: ~, note: "Spørg mig igen efter næste fællesmøde"}` + "\n"
	want := strings.Replace(string(orig), old,
		`      fr-p5.q1: {score: 2, note: "Spørg mig igen efter næste fællesmøde"}`+"\n      fr-p5.q2: dk\n", 1)
	if got := readFile(t, file); got != want {
		t.Errorf("file changed beyond the two answers:\n%s", got)
	}
	if !strings.Contains(rig.stderr.String(), "Resuming the response of Grethe (borger, 78 år) in "+file+" at question 9 of 12.") {
		t.Errorf("stderr: %s", rig.stderr)
	}
}

func TestAssessNothingLeftToAnswer(t *testing.T) {
	file := filepath.Join(t.TempDir(), "aalborg.yaml")
	data, err := os.ReadFile("../../testdata/cases/aalborg-ungeliv.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := checklist.ParseCase(file, data, mustCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	rig := newAssessRig(t, file, false, "vaeksthus")
	rig.opts.Respondent = c.Responses[0].Respondent
	if err := assessRun(rig.opts); err != nil {
		t.Fatalf("%v\n%s", err, rig.stderr)
	}
	if len(rig.p.asked) != 0 || rig.stdout.Len() == 0 {
		t.Errorf("asked %d questions, report %d bytes; want none asked and a report", len(rig.p.asked), rig.stdout.Len())
	}
	if readFile(t, file) != string(data) {
		t.Error("the file changed")
	}
}

func TestAssessUsageErrors(t *testing.T) {
	havdrup, err := os.ReadFile("../../testdata/cases/havdrup-ensomhed.yaml")
	if err != nil {
		t.Fatal(err)
	}
	twice := strings.Replace(string(havdrup), "respondent: Bent (koordinator, besøgsvennerne)", "respondent: Mette (projektleder)", 1)
	tests := []struct {
		name, existing string
		set            func(*AssessOptions)
		rubrics        []string
		want           string
	}{
		{"new file without project", "", func(o *AssessOptions) {}, nil,
			"does not exist yet; name the project with --project to create it"},
		{"unknown rubric", "", func(o *AssessOptions) { o.Project = "P" }, []string{"cokk"},
			"unknown rubric cokk"},
		{"undeclared actor", string(havdrup), func(o *AssessOptions) { o.Actor = "kommunen" }, nil,
			`unknown actor "kommunen" for --actor; `},
		{"two responses by one respondent", twice, func(o *AssessOptions) { o.Respondent = "Mette (projektleder)" }, nil,
			`has 2 responses by "Mette (projektleder)"`},
		{"invalid file", "samskab: 1\nproject: {name: P}\nresponses: [{answers: {cok-01.q1: 7}}]\n", func(o *AssessOptions) {}, nil,
			"outside the scale"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "plan.yaml")
			if tt.existing != "" {
				if err := os.WriteFile(file, []byte(tt.existing), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			rig := newAssessRig(t, file, false, tt.rubrics...)
			tt.set(rig.opts)
			err := assessRun(rig.opts)
			var msg bytes.Buffer
			if code := reportError(&msg, err); code != exitInvalid || !strings.Contains(msg.String(), tt.want) {
				t.Errorf("exit %d, message %q; want 2 and %q", code, msg.String(), tt.want)
			}
			if len(rig.p.asked) > 0 || (tt.existing != "" && readFile(t, file) != tt.existing) {
				t.Error("questions were asked or the file changed")
			}
		})
	}
}

// TestAssessAsksWhatIsMissingOnATerminal: project, owner and respondent
// come from prompts when the flags leave them out.
func TestAssessAsksWhatIsMissingOnATerminal(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	rig := newAssessRig(t, file, true, "vaeksthus")
	rig.p.inputs = []string{"Gå-venner", "", "Mette"}
	rig.p.replies = []Reply{answer("4")}
	err := assessRun(rig.opts)
	if code := exitCode(err); code != exitInterrupted {
		t.Fatalf("exit code %d (%v), want 130", code, err)
	}
	got := readFile(t, file)
	for _, want := range []string{"  name: Gå-venner\n", "  - respondent: Mette\n", "      vfl-c1.q1: 4\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("file lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "owner") {
		t.Errorf("an empty owner was written:\n%s", got)
	}
}

func TestNewCmdAssessFlags(t *testing.T) {
	f := &Factory{IO: &IOStreams{Out: io.Discard, ErrOut: io.Discard}, Getenv: func(string) string { return "" }, Global: &GlobalOptions{}}
	var got *AssessOptions
	cmd := NewCmdAssess(f, func(o *AssessOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--project", "P", "--owner", "O", "--respondent", "R", "--actor", "a", "--notes", "--format", "csv", "--gap-below", "60"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if got.File != "samskab.yaml" || got.Project != "P" || got.Owner != "O" || got.Respondent != "R" ||
		got.Actor != "a" || !got.Notes || got.Format != "csv" || got.GapBelow != 60 {
		t.Errorf("parsed %+v", got)
	}
	cmd = NewCmdAssess(f, func(o *AssessOptions) error { return nil })
	cmd.SetArgs([]string{"plan.yaml", "--format", "html5"})
	if err := cmd.Execute(); exitCode(err) != exitInvalid {
		t.Errorf("bad --format: %v", err)
	}
}

func TestShellQuote(t *testing.T) {
	for in, want := range map[string]string{
		"plan.yaml":            "plan.yaml",
		"Mette (projektleder)": "'Mette (projektleder)'",
		"Ole's plan":           `'Ole'\''s plan'`,
		"":                     "''",
		"Grethe":               "Grethe",
	} {
		if got := shellQuote(in); got != want {
			t.Errorf("shellQuote(%q) = %s, want %s", in, got, want)
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func mustCatalog(t *testing.T) *checklist.Catalog {
	t.Helper()
	cat, err := checklist.LoadCatalog(checklist.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return cat
}
