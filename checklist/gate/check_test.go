package gate

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

// builtinCatalog is the catalog of the shipped rubrics, loaded once.

// brief prints a threshold as kind[/rubric] required source, for
// comparing lists in one line.
func brief(ths []Threshold) string {
	var parts []string
	for _, t := range ths {
		name := string(t.Kind)
		if t.Rubric != "" {
			name += "/" + t.Rubric
		}
		s := fmt.Sprintf("%s>=%g(%s", name, t.Required, t.Source)
		if t.Line > 0 {
			s += fmt.Sprintf(":%d", t.Line)
		}
		parts = append(parts, s+")")
	}
	return strings.Join(parts, " ")
}

func TestResolveThresholds(t *testing.T) {
	file := checklist.Targets{
		Overall:  checklist.Target{Percent: 60, Set: true, Line: 33, Col: 12},
		Item:     checklist.Target{Percent: 25, Set: true, Line: 35, Col: 9},
		Coverage: checklist.Target{Percent: 100, Set: true, Line: 36, Col: 13},
		Rubrics: []checklist.RubricTarget{
			{Rubric: "cok", Target: checklist.Target{Percent: 70, Set: true, Line: 34, Col: 18}},
			{Rubric: "frivilligraadet", Target: checklist.Target{Percent: 55, Set: true, Line: 34, Col: 35}},
		},
	}
	tests := []struct {
		name  string
		flags Limits
		file  checklist.Targets
		want  string
	}{
		{"defaults only", Limits{}, checklist.Targets{},
			"overall>=50(default) coverage>=100(default)"},
		{"targets only", Limits{}, file,
			"overall>=60(targets:33) rubric/cok>=70(targets:34) rubric/frivilligraadet>=55(targets:34) item>=25(targets:35) coverage>=100(targets:36)"},
		{"--min overrides targets.overall", Limits{Overall: checklisttest.SetTarget(40)}, file,
			"overall>=40(flag) rubric/cok>=70(targets:34) rubric/frivilligraadet>=55(targets:34) item>=25(targets:35) coverage>=100(targets:36)"},
		{"--min overrides the default", Limits{Overall: checklisttest.SetTarget(75)}, checklist.Targets{},
			"overall>=75(flag) coverage>=100(default)"},
		{"--min-rubric overrides one rubric and keeps the other", Limits{Rubrics: []checklist.RubricTarget{{Rubric: "cok", Target: checklisttest.SetTarget(50)}}}, file,
			"overall>=60(targets:33) rubric/frivilligraadet>=55(targets:34) rubric/cok>=50(flag) item>=25(targets:35) coverage>=100(targets:36)"},
		{"--min-rubric adds a rubric", Limits{Rubrics: []checklist.RubricTarget{{Rubric: "vaeksthus", Target: checklisttest.SetTarget(30)}}}, checklist.Targets{},
			"overall>=50(default) rubric/vaeksthus>=30(flag) coverage>=100(default)"},
		{"--min-item overrides targets.item", Limits{Item: checklisttest.SetTarget(0)}, file,
			"overall>=60(targets:33) rubric/cok>=70(targets:34) rubric/frivilligraadet>=55(targets:34) item>=0(flag) coverage>=100(targets:36)"},
		{"--min-item without targets", Limits{Item: checklisttest.SetTarget(30)}, checklist.Targets{},
			"overall>=50(default) item>=30(flag) coverage>=100(default)"},
		{"--min-coverage overrides targets.coverage", Limits{Coverage: checklisttest.SetTarget(80)}, file,
			"overall>=60(targets:33) rubric/cok>=70(targets:34) rubric/frivilligraadet>=55(targets:34) item>=25(targets:35) coverage>=80(flag)"},
		{"--min-coverage overrides the default", Limits{Coverage: checklisttest.SetTarget(0)}, checklist.Targets{},
			"overall>=50(default) coverage>=0(flag)"},
		{"--fail-on-disagreement", Limits{FailOnDisagreement: true}, checklist.Targets{},
			"overall>=50(default) coverage>=100(default) disagreement>=2(flag)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := brief(ResolveThresholds(tt.flags, tt.file)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

// outcome prints a checked threshold: kind[/rubric] PASS|FAIL actual
// (two decimals, "null" when undefined) and the items that break it.
func outcome(tr *ThresholdResult) string {
	name := string(tr.Kind)
	if tr.Rubric != "" {
		name += "/" + tr.Rubric
	}
	status := "PASS"
	if !tr.Passed {
		status = "FAIL"
	}
	actual := "null"
	if tr.Actual.OK {
		actual = fmt.Sprintf("%.2f", math.Round(tr.Actual.V*100)/100)
	}
	s := fmt.Sprintf("%s %s %s", name, status, actual)
	for _, it := range tr.Items {
		s += " " + it.Item.Item.ID
	}
	return s
}

// Hand-computed from testdata/expected/havdrup-ensomhed.txt: overall
// (56.25 + 54.1667) / 2 = 55.2083; cok 54.1667; frivilligraadet 56.25;
// coverage 15 of 16 items (fr-p5 is unknown) = 93.75; lowest scored items
// fr-p6 and cok-02 at 1.25 = 31.25 %; spreads cok-08 3.0, fr-p3 2.0.
// Items below 60 %, by w·(60 − percent): fr-p6 28.75, cok-02 28.75 (tie:
// rubric order), cok-04 16.25, cok-08 14.17, then the four at 50 %.
func TestCheckHavdrup(t *testing.T) {
	below60 := " fr-p6 cok-02 cok-04 cok-08 fr-p3 cok-01 cok-06 cok-09"
	below70cok := " cok-02 cok-04 cok-08 cok-01 cok-06 cok-09 cok-03 cok-07"
	tests := []struct {
		name  string
		flags Limits
		want  []string
		exit  int
	}{
		{"the file's targets", Limits{}, []string{
			"overall FAIL 55.21" + below60, "rubric/cok FAIL 54.17" + below70cok,
			"item PASS 31.25", "coverage FAIL 93.75 fr-p5"}, 1},
		{"--min 55 passes 55.21", Limits{Overall: checklisttest.SetTarget(55)}, []string{
			"overall PASS 55.21"}, 1},
		{"--min 55.21 fails 55.2083: no rounding", Limits{Overall: checklisttest.SetTarget(55.21)}, []string{
			"overall FAIL 55.21 fr-p6 cok-02 cok-04 cok-08 fr-p3 cok-01 cok-06 cok-09"}, 1},
		{"--min-rubric cok=54 passes", Limits{Rubrics: []checklist.RubricTarget{{Rubric: "cok", Target: checklisttest.SetTarget(54)}}}, []string{
			"overall FAIL 55.21" + below60, "rubric/cok PASS 54.17"}, 1},
		{"--min-rubric frivilligraadet=57 fails 56.25", Limits{Rubrics: []checklist.RubricTarget{{Rubric: "frivilligraadet", Target: checklisttest.SetTarget(57)}}}, []string{
			"overall FAIL 55.21" + below60, "rubric/frivilligraadet FAIL 56.25 fr-p6 fr-p3",
			"rubric/cok FAIL 54.17" + below70cok}, 1},
		{"--min-item 31.25 passes the lowest item exactly", Limits{Item: checklisttest.SetTarget(31.25)}, []string{
			"item PASS 31.25"}, 1},
		{"--min-item 31.26 fails the two lowest items", Limits{Item: checklisttest.SetTarget(31.26)}, []string{
			"item FAIL 31.25 fr-p6 cok-02"}, 1},
		{"--min-coverage 93.75 passes 15/16", Limits{Coverage: checklisttest.SetTarget(93.75)}, []string{
			"coverage PASS 93.75"}, 1},
		{"--min-coverage 94 fails 15/16", Limits{Coverage: checklisttest.SetTarget(94)}, []string{
			"coverage FAIL 93.75 fr-p5"}, 1},
		{"--fail-on-disagreement, widest first", Limits{FailOnDisagreement: true}, []string{
			"disagreement FAIL 3.00 cok-08 fr-p3"}, 1},
		{"every threshold met", Limits{Overall: checklisttest.SetTarget(55), Item: checklisttest.SetTarget(30), Coverage: checklisttest.SetTarget(90),
			Rubrics: []checklist.RubricTarget{{Rubric: "cok", Target: checklisttest.SetTarget(50)}, {Rubric: "frivilligraadet", Target: checklisttest.SetTarget(56.25)}}}, []string{
			"overall PASS 55.21", "rubric/frivilligraadet PASS 56.25", "rubric/cok PASS 54.17",
			"item PASS 31.25", "coverage PASS 93.75"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, r := checklisttest.Havdrup(t)
			res, err := Check(c, r, ResolveThresholds(tt.flags, c.Targets))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, tr := range res.Thresholds {
				got = append(got, outcome(tr))
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q in\n%s", w, strings.Join(got, "\n"))
				}
			}
			if res.ExitCode() != tt.exit || res.Passed() != (tt.exit == 0) {
				t.Errorf("exit code %d, passed %v; want %d", res.ExitCode(), res.Passed(), tt.exit)
			}
		})
	}
}

func TestCheckOrdersRubricThresholdsLikeTheReport(t *testing.T) {
	c, r := checklisttest.Havdrup(t)
	flags := Limits{Rubrics: []checklist.RubricTarget{{Rubric: "frivilligraadet", Target: checklisttest.SetTarget(10)}}}
	res, err := Check(c, r, ResolveThresholds(flags, c.Targets))
	if err != nil {
		t.Fatal(err)
	}
	var kinds []string
	for _, tr := range res.Thresholds {
		kinds = append(kinds, string(tr.Kind)+tr.Rubric)
	}
	want := []string{"overall", "rubricfrivilligraadet", "rubriccok", "item", "coverage"}
	if !slices.Equal(kinds, want) {
		t.Errorf("order %v, want %v", kinds, want)
	}
}

func TestCheckRubricOutOfScope(t *testing.T) {
	t.Run("a flag for a rubric not scored is an error", func(t *testing.T) {
		c, r := checklisttest.Havdrup(t)
		flags := Limits{Rubrics: []checklist.RubricTarget{{Rubric: "vaeksthus", Target: checklisttest.SetTarget(50)}}}
		_, err := Check(c, r, ResolveThresholds(flags, c.Targets))
		var se *ScopeError
		if !errors.As(err, &se) || se.Rubric != "vaeksthus" || !strings.Contains(se.Msg, "rubric vaeksthus is not scored") {
			t.Errorf("err = %v", err)
		}
	})
	t.Run("a target outside the file's own scope is a problem at its line", func(t *testing.T) {
		cat := checklisttest.BuiltinCatalog(t)
		src := "samskab: 1\nproject: {name: X}\nrubrics: [cok]\ntargets:\n  rubrics: {vaeksthus: 50}\nresponses:\n  - answers: {cok-01.q1: 3}\n"
		c, r := checklisttest.ParseAndEvaluate(t, cat, "x.yaml", src, checklist.Options{})
		_, err := Check(c, r, ResolveThresholds(Limits{}, c.Targets))
		se, ok := err.(ScopeErrors)
		ps := se.Problems()
		if !ok || len(ps) != 1 || ps[0].Line != 5 || ps[0].Col != 24 || !slices.Equal(se[0].Scored, []string{"cok"}) {
			t.Fatalf("err = %#v, want one problem at 5:24", err)
		}
	})
	t.Run("a target that --rubric left out is skipped", func(t *testing.T) {
		c, r := checklisttest.Havdrup(t, "frivilligraadet")
		res, err := Check(c, r, ResolveThresholds(Limits{}, c.Targets))
		if err != nil {
			t.Fatal(err)
		}
		for _, tr := range res.Thresholds {
			if tr.Kind == ThresholdRubric {
				t.Errorf("unexpected rubric threshold %s", tr.Rubric)
			}
		}
		// frivilligraadet alone: 56.25 % overall; below 60 % are fr-p6 (31.25)
		// and fr-p3 (50); fr-p4 (62.5) is not.
		if got := outcome(res.Thresholds[0]); got != "overall FAIL 56.25 fr-p6 fr-p3" {
			t.Errorf("overall = %s", got)
		}
	})
}

func TestCheckUndefinedPercents(t *testing.T) {
	cat := checklisttest.BuiltinCatalog(t)
	src := "samskab: 1\nproject: {name: X}\nrubrics: [vaeksthus]\nresponses:\n  - answers: {vfl-c1.q1: na, vfl-c2.q1: dk}\n"
	c, r := checklisttest.ParseAndEvaluate(t, cat, "x.yaml", src, checklist.Options{})
	flags := Limits{Item: checklisttest.SetTarget(50), Coverage: checklisttest.SetTarget(25), FailOnDisagreement: true,
		Rubrics: []checklist.RubricTarget{{Rubric: "vaeksthus", Target: checklisttest.SetTarget(0)}}}
	res, err := Check(c, r, ResolveThresholds(flags, c.Targets))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, tr := range res.Thresholds {
		got = append(got, outcome(tr))
	}
	// Nothing scored: overall undefined fails 50 but a 0 % rubric minimum
	// holds; no scored item can be below the minimum or disagree; 1 of 4
	// items is covered (vfl-c1 na) = 25 %.
	want := []string{"overall FAIL null", "rubric/vaeksthus PASS null", "item PASS null", "coverage PASS 25.00", "disagreement PASS null"}
	if !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

// The layout is known line by line, so the positions are hand-counted.
const locateCase = `samskab: 1
project:
  name: Layout
rubrics: [vaeksthus, vaeksthus-trin]
responses:
  - respondent: A
    answers:
      vfl-c1.q1: 3
      vfl-c1.q2: 1
      vfl-c2.q1: 2
      vfl-c3.q1: dk
      vfl-c4.q2: ~
  - respondent: B
    answers:
      vfl-c1.q1: 1
      vfl-c2.q2: {score: 0, note: "lowest"}
      vfl-c3.q1: dk
`

func TestLocateItems(t *testing.T) {
	cat := checklisttest.BuiltinCatalog(t)
	c, err := yamlfile.ParseCase("layout.yaml", []byte(locateCase), cat)
	if err != nil {
		t.Fatal(err)
	}
	r, err := checklist.Evaluate(c, cat, checklist.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range locateItems(c, r) {
		got = append(got, fmt.Sprintf("%s %d:%d", it.Item.Item.ID, it.Line, it.Col))
	}
	want := []string{
		"vfl-c1 9:18",  // A's 1 comes before B's equal 1
		"vfl-c2 16:18", // B's {score: 0} mapping
		"vfl-c3 11:18", // don't know: the first answer, A's dk
		"vfl-c4 12:18", // unanswered, but with a ~ line to fill in
		"vfl-s1 5:1",   // no answer at all: the responses key
		"vfl-s2 5:1", "vfl-s3 5:1", "vfl-s4 5:1",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}
