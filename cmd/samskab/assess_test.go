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
	"github.com/samskab/samskab/internal/iostreams"
	"github.com/samskab/samskab/internal/prompt"
)

// fakePrompter replays scripted replies. When they run out it calls
// onEmpty (if set) and then reports what ctx says, or the end of input.
type fakePrompter struct {
	replies []prompt.Reply
	inputs  []string
	asked   []prompt.QuestionPrompt
	onEmpty func()
	before  func(n int) // called before question n (from 0) is answered
	choice  int         // what Choose picks
	options []string    // what Choose offered
}

func (f *fakePrompter) Input(ctx context.Context, label string, required bool) (string, error) {
	if len(f.inputs) == 0 {
		return "", io.EOF
	}
	s := f.inputs[0]
	f.inputs = f.inputs[1:]
	return s, nil
}

func (f *fakePrompter) Choose(_ context.Context, _ string, options []string) (int, error) {
	f.options = options
	return f.choice, nil
}

func (f *fakePrompter) Question(ctx context.Context, q prompt.QuestionPrompt) (prompt.Reply, error) {
	if f.before != nil {
		f.before(len(f.asked))
	}
	f.asked = append(f.asked, q)
	if len(f.replies) == 0 {
		if f.onEmpty != nil {
			f.onEmpty()
		}
		if ctx.Err() != nil {
			return prompt.Reply{}, ctx.Err()
		}
		return prompt.Reply{}, io.EOF
	}
	r := f.replies[0]
	f.replies = f.replies[1:]
	return r, nil
}

func answer(text string) prompt.Reply {
	r, ok := prompt.ParseAnswer(text)
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
		IO:     &iostreams.IOStreams{In: strings.NewReader(""), Out: rig.stdout, ErrOut: rig.stderr, InTTY: tty},
		Getenv: func(string) string { return "" },
		Global: &GlobalOptions{Lang: "en", Rubrics: rubrics},
	}
	rig.opts = &AssessOptions{Factory: f, File: file, Format: "json", GapBelow: checklist.DefaultGapBelow,
		Ctx:         context.Background(),
		Now:         func() time.Time { return time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC) },
		NewPrompter: func(*AssessOptions, checklist.Lang) prompt.Prompter { return rig.p }}
	return rig
}

func exitCode(err error) int { return reportError(io.Discard, err, checklist.English) }

func TestAssessBackSkipAndNotes(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	rig := newAssessRig(t, file, false, "vaeksthus")
	rig.opts.Project, rig.opts.Respondent, rig.opts.Notes = "Gå-venner", "Mette", true
	skipWithNote := prompt.Reply{Value: checklist.AnswerValue{Note: "ask Bent"}}
	naWithNote := answer("na")
	naWithNote.Value.Note = "no budget yet"
	rig.p.replies = []prompt.Reply{answer("3"), {Back: true}, answer(""), naWithNote,
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
	rig.p.replies = []prompt.Reply{answer("3"), answer("2"), answer("na")}
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
	rig.p.replies = []prompt.Reply{answer("2"), answer("dk")}
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

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestAssessKeepsChangesMadeMeanwhile: two respondents answer into the
// same file at once, and one adds a comment in an editor; no save may
// overwrite what the other wrote.
func TestAssessKeepsChangesMadeMeanwhile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	rig := newAssessRig(t, file, false, "vaeksthus")
	rig.opts.Project, rig.opts.Respondent = "P", "Mette"
	rig.p.replies = []prompt.Reply{answer("3"), answer("2"), answer("1")}
	rig.p.before = func(n int) {
		switch n {
		case 1: // between Mette's first and second answer, Bent starts in the same file
			bent := newAssessRig(t, file, false, "vaeksthus")
			bent.opts.Respondent = "Bent"
			bent.p.replies = []prompt.Reply{answer("0")}
			if err := assessRun(bent.opts); exitCode(err) != exitInterrupted {
				t.Fatalf("Bent's run: %v", err)
			}
		case 2:
			data := readFile(t, file)
			data = strings.Replace(data, "responses:\n", "# added by hand\nresponses:\n", 1)
			if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	err := assessRun(rig.opts)
	if exitCode(err) != exitInterrupted {
		t.Fatalf("%v\n%s", err, rig.stderr)
	}
	got := readFile(t, file)
	want := "# added by hand\nresponses:\n  - respondent: Mette\n    date: 2026-05-01\n    answers:\n" +
		"      vfl-c1.q1: 3\n      vfl-c1.q2: 2\n      vfl-c2.q1: 1\n" +
		"  - respondent: Bent\n    date: 2026-05-01\n    answers:\n      vfl-c1.q1: 0\n"
	if !strings.HasSuffix(got, want) {
		t.Errorf("file:\n%s\nwant it to end with:\n%s", got, want)
	}
}

// TestAssessEndOfInput: piped answers that run out stop with exit 130.
func TestAssessEndOfInput(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	rig := newAssessRig(t, file, false, "cok")
	rig.opts.Project, rig.opts.Respondent = "P", "R"
	rig.opts.IO.In = strings.NewReader("3\n2\n")
	rig.opts.NewPrompter = defaultPrompter
	err := assessRun(rig.opts)
	if code := exitCode(err); code != exitInterrupted {
		t.Fatalf("exit code %d (%v), want 130", code, err)
	}
	if got := readFile(t, file); !strings.HasSuffix(got, "      cok-01.q1: 3\n      cok-01.q2: 2\n") {
		t.Errorf("file:\n%s", got)
	}
	if !strings.Contains(rig.stderr.String(), "Stopped at question 3 of 20.") {
		t.Errorf("stderr:\n%s", rig.stderr)
	}
}

// TestAssessAudience asks the lead only the questions marked for the lead
// (vfl-c1.q2, vfl-c3.q2 and vfl-c4.q2 are for partners and citizens), writes only
// those, and scores each item from the questions answered.
func TestAssessAudience(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	rig := newAssessRig(t, file, false, "vaeksthus")
	rig.opts.Project, rig.opts.Respondent, rig.opts.Audience = "Gå-venner", "Mette", checklist.AudienceLead
	rig.p.replies = []prompt.Reply{answer("4"), answer("3"), answer("1"), answer("2")}
	if err := assessRun(rig.opts); err != nil {
		t.Fatalf("%v\n%s", err, rig.stderr)
	}
	var asked []string
	for _, q := range rig.p.asked {
		asked = append(asked, q.Ref.ID())
		if q.Total != 4 {
			t.Errorf("%s: numbered out of %d, want 4", q.Ref.ID(), q.Total)
		}
	}
	if want := "vfl-c1.q1 vfl-c2.q1 vfl-c3.q1 vfl-c4.q1"; strings.Join(asked, " ") != want {
		t.Errorf("asked %s, want %s", strings.Join(asked, " "), want)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want := `    answers:
      vfl-c1.q1: 4
      vfl-c2.q1: 3
      vfl-c3.q1: 1
      vfl-c4.q1: 2
`
	if !strings.HasSuffix(string(data), want) {
		t.Errorf("file:\n%s\nwant it to end with:\n%s", data, want)
	}
	// vfl-c1 = 4 (q1 only), vfl-c2 = 3 (q1 only), vfl-c3 = 1 (q1 only), vfl-c4 = 2 (q1 only):
	// (4 + 3 + 1 + 2) / 4 = 2.5, every item covered.
	if out := rig.stdout.String(); !strings.Contains(out, `"score": 2.5,`) || !strings.Contains(out, `"coverage": 1.0`) {
		t.Errorf("report:\n%s", rig.stdout)
	}
}

func TestAssessAudienceFlag(t *testing.T) {
	f := &Factory{IO: &iostreams.IOStreams{Out: io.Discard, ErrOut: io.Discard}, Getenv: func(string) string { return "" }, Global: &GlobalOptions{}}
	var got *AssessOptions
	cmd := NewCmdAssess(f, func(o *AssessOptions) error { got = o; return nil })
	cmd.SetArgs([]string{"--audience", "partner"})
	if err := cmd.Execute(); err != nil || got.Audience != checklist.AudiencePartner {
		t.Errorf("--audience partner: %v, %+v", err, got)
	}
	cmd = NewCmdAssess(f, func(o *AssessOptions) error { return nil })
	cmd.SetArgs([]string{"--audience", "borger"})
	err := cmd.Execute()
	if exitCode(err) != exitInvalid || err == nil ||
		err.Error() != `unknown audience "borger" for --audience; expected one of: lead, partner, citizen` {
		t.Errorf("--audience borger: %v", err)
	}
}

func TestAssessAudienceResumeCommand(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	rig := newAssessRig(t, file, false, "cok")
	rig.opts.Project, rig.opts.Respondent, rig.opts.Audience = "P", "Ole", checklist.AudienceLead
	rig.p.replies = []prompt.Reply{answer("3")}
	if err := assessRun(rig.opts); exitCode(err) != exitInterrupted {
		t.Fatalf("want a stop at the end of the input, got %v", err)
	}
	if want := "samskab assess " + file + " --respondent Ole --rubric cok --audience lead"; !strings.Contains(rig.stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, rig.stderr)
	}
	if !strings.Contains(rig.stderr.String(), "of 18.") {
		t.Errorf("cok asks the lead 18 questions (all but cok-02.q2 and cok-04.q2):\n%s", rig.stderr)
	}
}
