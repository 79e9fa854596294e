package main

import (
	"strings"
	"testing"

	"github.com/samskab/samskab/internal/iostreams"
)

// The resume hint repeats every flag that was given, quoted for the
// shell, so the resumed run asks the same questions in the same language.
func TestResumeHintRepeatsTheCommand(t *testing.T) {
	io, _, _, _ := iostreams.Test()
	f := &Factory{IO: io, Getenv: func(string) string { return "" }, Global: &GlobalOptions{}}
	cmd := NewCmdAssess(f, func(*AssessOptions) error { return nil })
	cmd.SetArgs([]string{"plan.yaml", "--lang", "da", "--rubric", "cok", "--rubric", "vaeksthus", "--rubrics", "my rubrics",
		"--notes", "--gap-below", "40", "--format", "markdown", "--project", "P", "--respondent", "Mette (leder)", "--accessible"})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	got := strings.Join(resumeFlags(cmd.Flags()), " ")
	want := "--lang da --rubric cok --rubric vaeksthus --accessible --format markdown --gap-below 40 --notes --rubrics 'my rubrics'"
	if got != want {
		t.Errorf("resumeFlags = %s\nwant           %s", got, want)
	}
}
