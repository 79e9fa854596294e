package main

import (
	"os"
	"strings"
	"testing"
)

// TestReadmeRubricExample keeps the README's example rubric identical to
// testdata/rubrics/eksempelby.yaml, which the end-to-end scripts lint,
// load and score.
func TestReadmeRubricExample(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	example, err := os.ReadFile("../../testdata/rubrics/eksempelby.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "```yaml\n"+string(example)+"```\n") {
		t.Error("README.md's example rubric differs from testdata/rubrics/eksempelby.yaml; make them the same")
	}
}
