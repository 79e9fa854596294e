// Package checklisttest holds the small rubrics, case files and assertions
// that the tests of checklist and its subpackages share.
package checklisttest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
)

// RubricYAML builds a small rubric file: items are "id:weight:theme,theme".
// Every item gets questions q1 and q2.
func RubricYAML(id string, items ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "samskab-rubric: 1\nid: %s\nversion: 1\ntitle: {da: %s, en: %s}\nitems:\n", id, id, id)
	for _, spec := range items {
		parts := strings.Split(spec, ":")
		fmt.Fprintf(&b, "  - id: %s\n    title: {da: %s titel, en: %s title}\n    weight: %s\n    themes: [%s]\n",
			parts[0], parts[0], parts[0], parts[1], parts[2])
		b.WriteString("    questions:\n      - {id: q1, text: {da: spørgsmål 1, en: question 1}}\n      - {id: q2, text: {da: spørgsmål 2, en: question 2}}\n")
		fmt.Fprintf(&b, "    action: {da: gør noget ved %s, en: do something about %s}\n", parts[0], parts[0])
	}
	return b.String()
}

// SmallCatalog is two rubrics with unequal weights and shared themes:
//
//	alpha: a1 (w 2; dialogue, ownership), a2 (w 1; ownership), a3 (w 1; dialogue)
//	beta:  b1 (w 1; ownership), b2 (w 3; participation)
func SmallCatalog(t testing.TB) *checklist.Catalog {
	t.Helper()
	themes, err := yamlfile.BuiltinThemes()
	if err != nil {
		t.Fatal(err)
	}
	var rs []*checklist.Rubric
	for _, src := range []string{
		RubricYAML("beta", "b1:1:ownership", "b2:3:participation"),
		RubricYAML("alpha", "a1:2:dialogue,ownership", "a2:1:ownership", "a3:1:dialogue"),
	} {
		r, err := yamlfile.ParseRubric("test.yaml", []byte(src), themes)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	cat, err := checklist.NewCatalog(rs, themes)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// CaseYAML builds a case file with one response per answer block; each
// block is lines such as "a1.q1: 3".
func CaseYAML(blocks ...string) string {
	var b strings.Builder
	b.WriteString("samskab: 1\nproject: {name: Test}\nresponses:\n")
	for i, block := range blocks {
		fmt.Fprintf(&b, "  - respondent: R%d\n    answers:\n", i+1)
		for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
			if line = strings.TrimSpace(line); line != "" {
				fmt.Fprintf(&b, "      %s\n", line)
			}
		}
	}
	return b.String()
}

// MustEvaluate parses src as a case file and scores it.
func MustEvaluate(t *testing.T, cat *checklist.Catalog, src string, opts checklist.Options) *checklist.Report {
	t.Helper()
	_, r := ParseAndEvaluate(t, cat, "case.yaml", src, opts)
	return r
}

// ParseAndEvaluate parses src as the case file named file and scores it.
func ParseAndEvaluate(t testing.TB, cat *checklist.Catalog, file, src string, opts checklist.Options) (*checklist.Case, *checklist.Report) {
	t.Helper()
	c, err := yamlfile.ParseCase(file, []byte(src), cat)
	if err != nil {
		t.Fatalf("ParseCase: %v\n%s", err, src)
	}
	r, err := checklist.Evaluate(c, cat, opts)
	if err != nil {
		t.Fatal(err)
	}
	return c, r
}

// FindItem finds an item's result in a report.
func FindItem(t *testing.T, r *checklist.Report, id string) *checklist.ItemResult {
	t.Helper()
	for ri := range r.Rubrics {
		for ii := range r.Rubrics[ri].Items {
			if r.Rubrics[ri].Items[ii].Item.ID == id {
				return &r.Rubrics[ri].Items[ii]
			}
		}
	}
	t.Fatalf("item %s not in report", id)
	return nil
}

// ScoredRubric finds a rubric's result in a report.
func ScoredRubric(t *testing.T, r *checklist.Report, id string) *checklist.RubricResult {
	t.Helper()
	rr := r.RubricResult(id)
	if rr == nil {
		t.Fatalf("rubric %s not in report", id)
	}
	return rr
}

// Near compares floats to well below the precision anything prints at.
func Near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// Undef is an undefined number.
var Undef = checklist.Num{}

// SameNum compares numbers that may be undefined.
func SameNum(a, b checklist.Num) bool { return a.OK == b.OK && (!a.OK || Near(a.V, b.V)) }

// CheckProblems asserts that err lists exactly the wanted problems, each
// given as a substring such as "6:14: answer to a1.q1 is 5".
func CheckProblems(t *testing.T, err error, want []string) {
	t.Helper()
	ps, ok := err.(checklist.Problems)
	if !ok {
		t.Fatalf("want Problems, got %v", err)
	}
	if len(ps) != len(want) {
		t.Errorf("got %d problems, want %d:\n%s", len(ps), len(want), ps)
	}
	for _, w := range want {
		if !ContainsProblem(ps, w) {
			t.Errorf("missing problem %q in:\n%s", w, ps)
		}
	}
}

// ContainsProblem reports whether one of ps contains want.
func ContainsProblem(ps checklist.Problems, want string) bool {
	for _, p := range ps {
		if strings.Contains(p.String(), want) {
			return true
		}
	}
	return false
}

// loadBuiltins loads the built-in catalog once for the whole test binary.
var loadBuiltins = sync.OnceValues(func() (*checklist.Catalog, error) { return yamlfile.LoadCatalog(yamlfile.LoadOptions{}) })

// BuiltinCatalog is the catalog of the built-in rubrics.
func BuiltinCatalog(t testing.TB) *checklist.Catalog {
	t.Helper()
	cat, err := loadBuiltins()
	if err != nil {
		t.Fatalf("loading the built-in rubrics: %v", err)
	}
	return cat
}

// Havdrup scores testdata/cases/havdrup-ensomhed.yaml (3 respondents;
// targets overall 60 at line 33, cok 70 at line 34, item 25 at line 35,
// coverage 100 at line 36), optionally with a --rubric scope. The file is
// named as a test in a package under checklist/ reaches it, since check
// output quotes the path.
func Havdrup(t *testing.T, scope ...string) (*checklist.Case, *checklist.Report) {
	t.Helper()
	cat := BuiltinCatalog(t)
	c, err := yamlfile.ReadCaseFile("../../testdata/cases/havdrup-ensomhed.yaml", cat)
	if err != nil {
		t.Fatal(err)
	}
	r, err := checklist.Evaluate(c, cat, checklist.Options{Scope: scope})
	if err != nil {
		t.Fatal(err)
	}
	return c, r
}

// PortfolioRubrics are three small rubrics for portfolio tests: A (a1, a2), B (b1), C (c1).
func PortfolioRubrics() (a, b, c *checklist.Rubric) {
	a = &checklist.Rubric{ID: "a", Items: []*checklist.Item{{ID: "a1"}, {ID: "a2"}}}
	b = &checklist.Rubric{ID: "b", Items: []*checklist.Item{{ID: "b1"}}}
	c = &checklist.Rubric{ID: "c", Items: []*checklist.Item{{ID: "c1"}}}
	return a, b, c
}

// ScoreCase parses data as a case file against the built-in rubrics and
// scores it.
func ScoreCase(t *testing.T, file string, data []byte) *checklist.Report {
	t.Helper()
	_, r := ParseAndEvaluate(t, BuiltinCatalog(t), file, string(data), checklist.Options{})
	return r
}

// ScoreCaseFile scores testdata/cases/NAME.
func ScoreCaseFile(t *testing.T, name string) *checklist.Report {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(Root(), "testdata", "cases", name))
	if err != nil {
		t.Fatal(err)
	}
	return ScoreCase(t, name, data)
}

// SetTarget is a target of v percent, set in the file.
func SetTarget(v float64) checklist.Target { return checklist.Target{Percent: v, Set: true} }

// Root is the repository's top folder, found from this file's place in it,
// so that tests in any package reach testdata/ the same way.
func Root() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..")
}

// Unzip returns every part of a zip archive (an xlsx workbook) by name.
func Unzip(t testing.TB, data []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		out[f.Name] = string(b)
	}
	return out
}
