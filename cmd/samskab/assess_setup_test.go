package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
	"github.com/samskab/samskab/internal/iostreams"
	"github.com/samskab/samskab/internal/prompt"
)

func TestAssessNothingLeftToAnswer(t *testing.T) {
	file := filepath.Join(t.TempDir(), "aalborg.yaml")
	data, err := os.ReadFile("../../testdata/cases/aalborg-ungeliv.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := yamlfile.ParseCase(file, data, checklisttest.BuiltinCatalog(t))
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
			if code := reportError(&msg, err, checklist.English); code != exitInvalid || !strings.Contains(msg.String(), tt.want) {
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
	rig.p.replies = []prompt.Reply{answer("4")}
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
	f := &Factory{IO: &iostreams.IOStreams{Out: io.Discard, ErrOut: io.Discard}, Getenv: func(string) string { return "" }, Global: &GlobalOptions{}}
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

func TestAssessNewFileNeedsAFolder(t *testing.T) {
	rig := newAssessRig(t, filepath.Join(t.TempDir(), "no", "plan.yaml"), false, "cok")
	rig.opts.Project = "P"
	var msg bytes.Buffer
	if code := reportError(&msg, assessRun(rig.opts), checklist.English); code != exitInvalid || !strings.Contains(msg.String(), "does not exist") {
		t.Errorf("exit %d: %s", code, msg.String())
	}
}

// TestAssessOffersTheFilesActors: on a terminal without --actor, the
// actors the file declares are offered, after "no particular party".
func TestAssessOffersTheFilesActors(t *testing.T) {
	file := filepath.Join(t.TempDir(), "havdrup.yaml")
	data, err := os.ReadFile("../../testdata/cases/havdrup-ensomhed.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	rig := newAssessRig(t, file, true, "cok")
	rig.opts.Respondent = "Lone"
	rig.p.choice = 4 // lokalraad
	rig.p.replies = []prompt.Reply{answer("2")}
	if err := assessRun(rig.opts); exitCode(err) != exitInterrupted {
		t.Fatalf("%v\n%s", err, rig.stderr)
	}
	wantOptions := []string{"No particular party", "kommune  Solrød Kommune, Sundhed og Omsorg",
		"besoegsvenner  Besøgsvennerne i Havdrup", "borgere  Ældre borgere i Havdrup", "lokalraad  Havdrup Lokalråd"}
	if strings.Join(rig.p.options, "|") != strings.Join(wantOptions, "|") {
		t.Errorf("offered %q", rig.p.options)
	}
	if got := readFile(t, file); !strings.HasSuffix(got, "  - respondent: Lone\n    actor: lokalraad\n    date: 2026-05-01\n    answers:\n      cok-01.q1: 2\n") {
		t.Errorf("file ends:\n%s", got[len(got)-200:])
	}
}
