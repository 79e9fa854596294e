package yamlfile_test

import (
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
	"github.com/samskab/samskab/internal/gencases"
)

// Single-file benchmarks of the steps of scoring one generated case, for
// profiling the hot path without the worker pool.

func BenchmarkStepYAML(b *testing.B) {
	data := gencases.Case(1)
	for b.Loop() {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStepParseCase(b *testing.B) {
	data, cat := gencases.Case(1), checklisttest.BuiltinCatalog(b)
	for b.Loop() {
		if _, err := yamlfile.ParseCase("case.yaml", data, cat); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStepEvaluate(b *testing.B) {
	cat := checklisttest.BuiltinCatalog(b)
	c, err := yamlfile.ParseCase("case.yaml", gencases.Case(1), cat)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		r, err := checklist.Evaluate(c, cat, checklist.Options{})
		if err != nil {
			b.Fatal(err)
		}
		_ = checklist.Summarize(r)
	}
}
