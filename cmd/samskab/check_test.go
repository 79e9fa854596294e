package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
	"github.com/samskab/samskab/internal/iostreams"
)

func checkFactory() (*Factory, *bytes.Buffer, *bytes.Buffer) {
	var out, errOut bytes.Buffer
	getenv := func(k string) string {
		if k == "SAMSKAB_LANG" {
			return "en"
		}
		return ""
	}
	io := &iostreams.IOStreams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut}
	return &Factory{IO: io, Getenv: getenv, Global: &GlobalOptions{}}, &out, &errOut
}

func TestCheckFlagsBecomeLimits(t *testing.T) {
	tests := []struct {
		args []string
		want gate.Limits
	}{
		{nil, gate.Limits{}},
		{[]string{"--min", "60"}, gate.Limits{Overall: checklist.Target{Percent: 60, Set: true}}},
		{[]string{"--min", "50"}, gate.Limits{Overall: checklist.Target{Percent: 50, Set: true}}},
		{[]string{"--min-item", "0"}, gate.Limits{Item: checklist.Target{Percent: 0, Set: true}}},
		{[]string{"--min-coverage", "90"}, gate.Limits{Coverage: checklist.Target{Percent: 90, Set: true}}},
		{[]string{"--fail-on-disagreement"}, gate.Limits{FailOnDisagreement: true}},
		{[]string{"--min-rubric", "cok=70", "--min-rubric", " frivilligraadet = 62.5 "}, gate.Limits{Rubrics: []checklist.RubricTarget{
			{Rubric: "cok", Target: checklist.Target{Percent: 70, Set: true}},
			{Rubric: "frivilligraadet", Target: checklist.Target{Percent: 62.5, Set: true}}}}},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			f, _, _ := checkFactory()
			var got *CheckOptions
			cmd := NewCmdCheck(f, func(o *CheckOptions) error { got = o; return nil })
			cmd.SetArgs(append([]string{"plan.yaml"}, tt.args...))
			if err := cmd.Execute(); err != nil {
				t.Fatal(err)
			}
			if got.File != "plan.yaml" || got.Format != "text" {
				t.Errorf("file %q format %q", got.File, got.Format)
			}
			if g, w := got.Limits, tt.want; g.Overall != w.Overall || g.Item != w.Item || g.Coverage != w.Coverage ||
				g.FailOnDisagreement != w.FailOnDisagreement || len(g.Rubrics) != len(w.Rubrics) {
				t.Errorf("limits %+v, want %+v", g, w)
			}
			for i := range tt.want.Rubrics {
				if got.Limits.Rubrics[i] != tt.want.Rubrics[i] {
					t.Errorf("rubric %d: %+v, want %+v", i, got.Limits.Rubrics[i], tt.want.Rubrics[i])
				}
			}
		})
	}
}

// plan scores 56.25 % (vaeksthus: vfl-c1 3.5, vfl-c2 1.0), coverage 2 of 4.
const exitPlan = `samskab: 1
project: {name: P}
rubrics: [vaeksthus]
targets: {overall: 60}
responses:
  - answers: {vfl-c1.q1: 3, vfl-c1.q2: 4, vfl-c2.q1: 1}
`

func TestCheckExitCodes(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(plan, []byte(exitPlan), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(strings.Replace(exitPlan, "vfl-c2.q1: 1", "vfl-c2.q1: 5", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"targets met with flags", []string{plan, "--min", "56", "--min-coverage", "50"}, 0},
		{"every format passes alike", []string{plan, "--min", "56", "--min-coverage", "50", "--format", "sarif"}, 0},
		{"the file's overall target fails", []string{plan, "--min-coverage", "50"}, 1},
		{"the default coverage fails", []string{plan, "--min", "0"}, 1},
		{"a rubric minimum fails", []string{plan, "--min", "0", "--min-coverage", "0", "--min-rubric", "vaeksthus=57"}, 1},
		{"an item minimum fails", []string{plan, "--min", "0", "--min-coverage", "0", "--min-item", "26"}, 1},
		{"failing in json", []string{plan, "--format", "json"}, 1},
		{"failing in junit", []string{plan, "--format", "junit"}, 1},
		{"failing in github", []string{plan, "--format", "github"}, 1},
		{"invalid case file", []string{bad}, 2},
		{"missing case file", []string{filepath.Join(dir, "none.yaml")}, 2},
		{"no file", nil, 2},
		{"unknown format", []string{plan, "--format", "tap"}, 2},
		{"percent out of range", []string{plan, "--min-coverage", "-1"}, 2},
		{"not a number", []string{plan, "--min", "lots"}, 2},
		{"malformed --min-rubric", []string{plan, "--min-rubric", "vaeksthus:50"}, 2},
		{"unknown rubric", []string{plan, "--min-rubric", "vaekstus=50"}, 2},
		{"rubric not in scope", []string{plan, "--min-rubric", "cok=50"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, out, errOut := checkFactory()
			code := Main(append([]string{"check"}, tt.args...), f.IO, f.Getenv)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.code, errOut)
			}
			if tt.code == 2 && (out.Len() > 0 || errOut.Len() == 0) {
				t.Errorf("exit 2 wrote %d bytes to stdout and %q to stderr", out.Len(), errOut)
			}
			if tt.code < 2 && errOut.Len() > 0 {
				t.Errorf("stderr: %s", errOut)
			}
		})
	}
}
