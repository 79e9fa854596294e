package checklist

import (
	"fmt"
	"strings"
	"testing"
)

// testRubric builds a small rubric file: items are "id:weight:theme,theme".
// Every item gets questions q1 and q2.
func testRubric(id string, items ...string) string {
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

// testCatalog is two rubrics with unequal weights and shared themes:
//
//	alpha: a1 (w 2; dialogue, ownership), a2 (w 1; ownership), a3 (w 1; dialogue)
//	beta:  b1 (w 1; ownership), b2 (w 3; participation)
func testCatalog(t testing.TB) *Catalog {
	t.Helper()
	themes, err := BuiltinThemes()
	if err != nil {
		t.Fatal(err)
	}
	var rs []*Rubric
	for _, src := range []string{
		testRubric("beta", "b1:1:ownership", "b2:3:participation"),
		testRubric("alpha", "a1:2:dialogue,ownership", "a2:1:ownership", "a3:1:dialogue"),
	} {
		r, err := ParseRubric("test.yaml", []byte(src), themes)
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	cat, err := newCatalog(rs, themes)
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// caseWith builds a case file with one response per answer block; each
// block is lines such as "a1.q1: 3".
func caseWith(blocks ...string) string {
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

func mustEvaluate(t *testing.T, cat *Catalog, src string, opts Options) *Report {
	t.Helper()
	c, err := ParseCase("case.yaml", []byte(src), cat)
	if err != nil {
		t.Fatalf("ParseCase: %v\n%s", err, src)
	}
	r, err := Evaluate(c, cat, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func findItem(t *testing.T, r *Report, id string) *ItemResult {
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

func scoredRubric(t *testing.T, r *Report, id string) *RubricResult {
	t.Helper()
	for ri := range r.Rubrics {
		if r.Rubrics[ri].Rubric.ID == id {
			return &r.Rubrics[ri]
		}
	}
	t.Fatalf("rubric %s not in report", id)
	return nil
}

// near compares floats to well below the precision anything prints at.
func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

func num(v float64) Num { return Num{V: v, OK: true} }

var undef = Num{}

func sameNum(a, b Num) bool { return a.OK == b.OK && (!a.OK || near(a.V, b.V)) }

// checkProblems asserts that err lists exactly the wanted problems, each
// given as a substring such as "6:14: answer to a1.q1 is 5".
func checkProblems(t *testing.T, err error, want []string) {
	t.Helper()
	ps, ok := err.(Problems)
	if !ok {
		t.Fatalf("want Problems, got %v", err)
	}
	if len(ps) != len(want) {
		t.Errorf("got %d problems, want %d:\n%s", len(ps), len(want), ps)
	}
	for _, w := range want {
		if !containsProblem(ps, w) {
			t.Errorf("missing problem %q in:\n%s", w, ps)
		}
	}
}
