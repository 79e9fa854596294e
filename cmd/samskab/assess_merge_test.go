package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/prompt"
)

// readCase parses file as `score` would.
func readCase(t *testing.T, file string) *checklist.Case {
	t.Helper()
	c, err := yamlfile.ReadCaseFile(file, builtinCatalog(t))
	if err != nil {
		t.Fatalf("%s does not read back: %v\n%s", file, err, readFile(t, file))
	}
	return c
}

func answersOf(c *checklist.Case, respondent string) map[string]string {
	for _, r := range c.Responses {
		if r.Respondent == respondent {
			m := map[string]string{}
			for _, a := range r.Answers {
				m[a.QuestionID()] = checklist.AnswerValue{Kind: a.Kind, Score: a.Score}.Text()
			}
			return m
		}
	}
	return nil
}

// TestAssessManyWritersInProcess: eight runs through the same code path at
// once, each a different respondent, on a file `init` wrote: all finish
// with exit 0, and the file holds eight complete responses and no blank
// one left over from the template.
func TestAssessManyWritersInProcess(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "plan.yaml")
	writeTemplate(t, file, "vaeksthus")
	var wg sync.WaitGroup
	errs := make([]error, 8)
	stderrs := make([]string, 8)
	for i := range 8 {
		rig := newAssessRig(t, file, false, "vaeksthus")
		rig.opts.Respondent = fmt.Sprintf("P%d", i)
		for j := range 8 {
			rig.p.replies = append(rig.p.replies, answer(fmt.Sprint((i+j)%5)))
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			rig.p.onEmpty = nil
			errs[i] = assessRun(rig.opts)
			stderrs[i] = rig.stderr.String()
		}()
	}
	wg.Wait()
	for i, err := range errs {
		// The scripted prompter ends with end of input after the last
		// question only if questions remain; all 8 are answered.
		if err != nil {
			t.Errorf("run %d: %v\n%s", i, err, stderrs[i])
		}
	}
	checkEightResponses(t, file)
}

func checkEightResponses(t *testing.T, file string) {
	t.Helper()
	c := readCase(t, file)
	if len(c.Responses) != 8 {
		t.Fatalf("%d responses, want 8:\n%s", len(c.Responses), readFile(t, file))
	}
	rubrics, err := builtinCatalog(t).Select([]string{"vaeksthus"})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, it := range rubrics[0].Items {
		for _, q := range it.Questions {
			ids = append(ids, checklist.QuestionID(it.ID, q.ID))
		}
	}
	if len(ids) != 8 {
		t.Fatalf("vaeksthus has %d questions; the test expects 8", len(ids))
	}
	for i := range 8 {
		got := answersOf(c, fmt.Sprintf("P%d", i))
		for j, id := range ids {
			if want := fmt.Sprint((i + j) % 5); got[id] != want {
				t.Errorf("P%d %s = %q, want %s", i, id, got[id], want)
			}
		}
	}
}

func writeTemplate(t *testing.T, file string, rubrics ...string) {
	t.Helper()
	cat := builtinCatalog(t)
	selected, err := cat.Select(rubrics)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, yamlfile.CaseTemplate(selected, checklist.English, "plan.yaml", true), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestAssessSameRespondentLaterAnswerWins: one person in two terminals.
// Both runs start before any answer; A answers q1, then B answers q1,
// then A answers q2. There is one response, with B's q1 and A's q2.
func TestAssessSameRespondentLaterAnswerWins(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	writeTemplate(t, file, "vaeksthus")
	a := newAssessRig(t, file, false, "vaeksthus")
	b := newAssessRig(t, file, false, "vaeksthus")
	a.opts.Respondent, b.opts.Respondent = "Mette", "mette"
	a.p.replies = []prompt.Reply{answer("1"), answer("2")}
	b.p.replies = []prompt.Reply{answer("3")}
	bLoaded, aSaved, bSaved := make(chan struct{}), make(chan struct{}), make(chan struct{})
	a.p.before = func(n int) {
		switch n {
		case 0:
			<-bLoaded
		case 1:
			close(aSaved)
			<-bSaved
		}
	}
	b.p.before = func(n int) {
		switch n {
		case 0:
			close(bLoaded)
			<-aSaved
		case 1:
			close(bSaved)
		}
	}
	var wg sync.WaitGroup
	var errB error
	wg.Add(1)
	go func() { defer wg.Done(); errB = assessRun(b.opts) }()
	errA := assessRun(a.opts)
	wg.Wait()
	if exitCode(errA) != exitInterrupted || exitCode(errB) != exitInterrupted {
		t.Fatalf("exit codes %d and %d, want 130 (input ends early)\n%s\n%s", exitCode(errA), exitCode(errB), a.stderr, b.stderr)
	}
	c := readCase(t, file)
	if len(c.Responses) != 1 {
		t.Fatalf("%d responses, want Mette's only:\n%s", len(c.Responses), readFile(t, file))
	}
	got := answersOf(c, "Mette")
	if got["vfl-c1.q1"] != "3" || got["vfl-c1.q2"] != "2" {
		t.Errorf("answers %v, want vfl-c1.q1 3 (B, later) and vfl-c1.q2 2 (A)\n%s", got, readFile(t, file))
	}
}

// TestAssessTwoAnonymousRuns: two runs without --respondent at once each
// keep their own response, told apart by position and checked under the
// lock.
func TestAssessTwoAnonymousRuns(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plan.yaml")
	writeTemplate(t, file, "vaeksthus")
	a := newAssessRig(t, file, false, "vaeksthus")
	b := newAssessRig(t, file, false, "vaeksthus")
	a.p.replies = []prompt.Reply{answer("1"), answer("1")}
	b.p.replies = []prompt.Reply{answer("4"), answer("4")}
	turn := make(chan struct{})
	a.p.before = func(n int) {
		if n == 1 {
			// B answers both questions between A's first and second.
			if err := assessRun(b.opts); exitCode(err) != exitInterrupted {
				t.Errorf("B: %v", err)
			}
			close(turn)
		}
	}
	if err := assessRun(a.opts); exitCode(err) != exitInterrupted {
		t.Fatalf("A: %v\n%s", err, a.stderr)
	}
	<-turn
	c := readCase(t, file)
	if len(c.Responses) != 2 {
		t.Fatalf("%d responses, want 2:\n%s", len(c.Responses), readFile(t, file))
	}
	for i, want := range []string{"1", "4"} {
		r := c.Responses[i]
		if len(r.Answers) < 2 || r.Answers[0].Score != mustAtoi(want) || r.Answers[1].Score != mustAtoi(want) {
			t.Errorf("response %d: %+v, want two answers %s\n%s", i+1, r.Answers, want, readFile(t, file))
		}
	}
}

func mustAtoi(s string) int {
	var n int
	fmt.Sscan(s, &n)
	return n
}

// TestAssessConflictGoesToSideFile: someone leaves FILE half-edited while
// a run answers. The answer is not dropped: it goes to a side file, and
// stderr says so; when FILE reads again, the next answer brings
// everything in and the side file goes away. If FILE stays broken, the
// run ends with exit 2 and the answers stay in the side file.
func TestAssessConflictGoesToSideFile(t *testing.T) {
	for _, repair := range []bool{true, false} {
		t.Run(fmt.Sprint("repaired=", repair), func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "plan.yaml")
			writeTemplate(t, file, "vaeksthus")
			good := readFile(t, file)
			rig := newAssessRig(t, file, false, "vaeksthus")
			rig.opts.Respondent = "Mette"
			rig.p.replies = []prompt.Reply{answer("3"), answer("2"), answer("1")}
			side := file + ".Mette.unsaved"
			rig.p.before = func(n int) {
				switch n {
				case 1:
					if err := os.WriteFile(file, []byte("samskab: 1\nproject: [\n"), 0o644); err != nil {
						t.Fatal(err)
					}
				case 2:
					if _, err := os.Stat(side); err != nil {
						t.Errorf("no side file after the conflict: %v", err)
					}
					if repair {
						if err := os.WriteFile(file, []byte(good), 0o644); err != nil {
							t.Fatal(err)
						}
					}
				}
			}
			err := assessRun(rig.opts)
			if !strings.Contains(rig.stderr.String(), side) {
				t.Errorf("stderr does not name the side file:\n%s", rig.stderr)
			}
			if !repair {
				if exitCode(err) != exitInvalid {
					t.Fatalf("exit %d, want 2: %v", exitCode(err), err)
				}
				kept := readFile(t, side)
				for _, want := range []string{"vfl-c1.q1: 3", "vfl-c1.q2: 2", "vfl-c2.q1: 1", `respondent: "Mette"`} {
					if !strings.Contains(kept, want) {
						t.Errorf("side file lacks %q:\n%s", want, kept)
					}
				}
				return
			}
			if exitCode(err) != exitInterrupted {
				t.Fatalf("exit %d, want 130: %v\n%s", exitCode(err), err, rig.stderr)
			}
			got := answersOf(readCase(t, file), "Mette")
			if got["vfl-c1.q1"] != "3" || got["vfl-c1.q2"] != "2" || got["vfl-c2.q1"] != "1" {
				t.Errorf("answers %v\n%s", got, readFile(t, file))
			}
			if _, err := os.Stat(side); err == nil {
				t.Errorf("side file %s left behind after the merge", side)
			}
		})
	}
}

// TestAssessAddsFirstResponse: a hand-written plan whose `responses:` is
// [], empty or missing gets the response.
func TestAssessAddsFirstResponse(t *testing.T) {
	head := "samskab: 1\nproject:\n  name: P\nrubrics: [vaeksthus]\n"
	for name, text := range map[string]string{
		"flow-empty": head + "responses: []\n",
		"null":       head + "responses:\n",
		"missing":    head,
		"no-newline": strings.TrimSuffix(head, "\n"),
	} {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "plan.yaml")
			if err := os.WriteFile(file, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			rig := newAssessRig(t, file, false)
			rig.opts.Respondent = "Ida"
			rig.p.replies = []prompt.Reply{answer("4")}
			if err := assessRun(rig.opts); exitCode(err) != exitInterrupted {
				t.Fatalf("%v\n%s", err, rig.stderr)
			}
			if got := answersOf(readCase(t, file), "Ida"); got["vfl-c1.q1"] != "4" {
				t.Errorf("answers %v\n%s", got, readFile(t, file))
			}
		})
	}
}

// TestAssessFillsTheTemplateResponse: `init`'s blank response is the one
// assess fills in, not an extra empty respondent beside it.
func TestAssessFillsTheTemplateResponse(t *testing.T) {
	for _, actor := range []string{"", "kommune"} {
		file := filepath.Join(t.TempDir(), "plan.yaml")
		writeTemplate(t, file, "vaeksthus")
		if actor != "" {
			data := strings.Replace(readFile(t, file), "responses:\n", "actors:\n  - id: kommune\nresponses:\n", 1)
			if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		rig := newAssessRig(t, file, false)
		rig.opts.Respondent, rig.opts.Actor = "Ida (frivillig)", actor
		rig.p.replies = []prompt.Reply{answer("2")}
		if err := assessRun(rig.opts); exitCode(err) != exitInterrupted {
			t.Fatalf("%v\n%s", err, rig.stderr)
		}
		c := readCase(t, file)
		if len(c.Responses) != 1 || c.Responses[0].Respondent != "Ida (frivillig)" || c.Responses[0].Actor != actor {
			t.Errorf("responses %+v, want Ida's only\n%s", c.Responses, readFile(t, file))
		}
		if !strings.Contains(readFile(t, file), "# vfl-c1") {
			t.Errorf("the template's comments are gone:\n%s", readFile(t, file))
		}
	}
}

// TestAssessRefusesBadFlags: what samskab would refuse to read back is
// refused before anything is written.
func TestAssessRefusesBadFlags(t *testing.T) {
	for name, set := range map[string]func(*AssessOptions){
		"long project":  func(o *AssessOptions) { o.Project = strings.Repeat("x", 301) },
		"blank project": func(o *AssessOptions) { o.Project = "   " },
		"control":       func(o *AssessOptions) { o.Respondent = "Ida\x1b[31m" },
		"newline":       func(o *AssessOptions) { o.Project = "A\nB" },
		"utf8":          func(o *AssessOptions) { o.Project = "K\xf8ge" },
		"owner":         func(o *AssessOptions) { o.Owner = "x\x07" },
	} {
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "plan.yaml")
			rig := newAssessRig(t, file, false, "vaeksthus")
			rig.opts.Project, rig.opts.Respondent = "P", "R"
			set(rig.opts)
			rig.p.replies = []prompt.Reply{answer("2")}
			err := assessRun(rig.opts)
			if exitCode(err) != exitInvalid {
				t.Fatalf("exit %d, want 2: %v", exitCode(err), err)
			}
			if _, serr := os.Stat(file); serr == nil {
				t.Errorf("%s was written", file)
			}
			if len(rig.p.asked) != 0 {
				t.Errorf("questions were asked before the refusal")
			}
		})
	}
}

func builtinCatalog(t *testing.T) *checklist.Catalog {
	t.Helper()
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return cat
}
