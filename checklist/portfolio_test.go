package checklist_test

import (
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

func TestSummarize(t *testing.T) {
	cat := checklisttest.BuiltinCatalog(t)
	// One respondent on vaeksthus: vfl-c1 4+4 → 4.0 (100 %), vfl-c2 1+1 →
	// 1.0 (25 %, low), vfl-c3 na → not relevant, vfl-c4 dk → unknown.
	// Rubric: (4 + 1) / 2 = 2.5 → 62.5 %; coverage 3 of 4 = 0.75.
	src := `samskab: 1
project: {name: Test, owner: Kommunen}
rubrics: [vaeksthus]
responses:
  - respondent: A
    answers: {vfl-c1.q1: 4, vfl-c1.q2: 4, vfl-c2.q1: 1, vfl-c2.q2: 1, vfl-c3.q1: na, vfl-c4.q1: dk}
`
	c, err := yamlfile.ParseCase("t.yaml", []byte(src), cat)
	if err != nil {
		t.Fatal(err)
	}
	r, err := checklist.Evaluate(c, cat, checklist.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := checklist.Summarize(r)
	if s.File != "t.yaml" || s.Project.Name != "Test" || s.Project.Owner != "Kommunen" || s.Respondents != 1 {
		t.Errorf("identity = %q %+v %d", s.File, s.Project, s.Respondents)
	}
	if s.Overall != checklist.Some(62.5) || s.Coverage != 0.75 {
		t.Errorf("overall %v coverage %v, want 62.5 and 0.75", s.Overall, s.Coverage)
	}
	if len(s.Rubrics) != 1 || s.Rubrics[0].Rubric.ID != "vaeksthus" || s.Rubrics[0].Percent != checklist.Some(62.5) || s.Rubrics[0].Coverage != 0.75 {
		t.Errorf("rubrics = %+v", s.Rubrics)
	}
	want := []struct {
		id  string
		pct checklist.Num
		low bool
	}{{"vfl-c1", checklist.Some(100), false}, {"vfl-c2", checklist.Some(25), true}, {"vfl-c3", checklist.Num{}, false}, {"vfl-c4", checklist.Num{}, false}}
	if len(s.Items) != len(want) {
		t.Fatalf("%d items, want %d", len(s.Items), len(want))
	}
	for i, w := range want {
		got := s.Items[i]
		if got.Item.ID != w.id || got.Rubric.ID != "vaeksthus" || got.Percent != w.pct || got.Low != w.low {
			t.Errorf("item %d = %s %v low=%v, want %s %v low=%v", i, got.Item.ID, got.Percent, got.Low, w.id, w.pct, w.low)
		}
	}
	// Gaps: low vfl-c2, then unknown vfl-c4.
	if s.Gaps != 2 || s.TopGap.Kind != checklist.GapLow || s.TopGap.Item.ID != "vfl-c2" || s.TopGap.Percent != checklist.Some(25) {
		t.Errorf("gaps %d, top %s %v %v", s.Gaps, s.TopGap.Kind, s.TopGap.Item, s.TopGap.Percent)
	}
	if got := s.RubricPercent(r.Rubrics[0].Rubric); got != checklist.Some(62.5) {
		t.Errorf("RubricPercent(vaeksthus) = %v", got)
	}
	if cok, _ := cat.Rubric("cok"); s.RubricPercent(cok).OK {
		t.Errorf("RubricPercent(cok) is defined for a case without cok")
	}
}

func summary(overall checklist.Num, items ...checklist.ItemSummary) *checklist.CaseSummary {
	return &checklist.CaseSummary{Overall: overall, Items: items}
}

func TestPortfolio(t *testing.T) {
	a, b, c := checklisttest.PortfolioRubrics()
	a1, a2, b1 := a.Items[0], a.Items[1], b.Items[0]
	pb := checklist.NewPortfolioBuilder([]*checklist.Rubric{a, b, c})
	pb.Add(summary(checklist.Some(40), checklist.ItemSummary{Item: a1, Percent: checklist.Some(50)}, checklist.ItemSummary{Item: a2, Percent: checklist.Some(25), Low: true}))
	pb.Add(summary(checklist.Some(80), checklist.ItemSummary{Item: a1, Percent: checklist.Some(75)}, checklist.ItemSummary{Item: a2},
		checklist.ItemSummary{Item: b1, Percent: checklist.Some(30), Low: true}))
	pb.Add(summary(checklist.Num{}, checklist.ItemSummary{Item: a1}, checklist.ItemSummary{Item: a2}, checklist.ItemSummary{Item: b1}))
	pb.AddFailure()
	pb.Add(summary(checklist.Some(60), checklist.ItemSummary{Item: a1, Percent: checklist.Some(100)}, checklist.ItemSummary{Item: a2, Percent: checklist.Some(50)},
		checklist.ItemSummary{Item: b1, Percent: checklist.Some(90)}))
	p := pb.Portfolio()

	// Overall percents 40, 80, 60: mean 60, median 60; the third case has
	// no overall percent and is counted apart.
	if p.Cases != 4 || p.Failed != 1 || p.Unscored != 1 {
		t.Errorf("cases %d failed %d unscored %d, want 4 1 1", p.Cases, p.Failed, p.Unscored)
	}
	if p.Mean != checklist.Some(60) || p.Median != checklist.Some(60) {
		t.Errorf("mean %v median %v, want 60 and 60", p.Mean, p.Median)
	}
	wantLevels := []checklist.LevelCount{{checklist.LevelAbsent, 0}, {checklist.LevelEmerging, 1}, {checklist.LevelDeveloping, 1}, {checklist.LevelEstablished, 1}, {checklist.LevelEmbedded, 0}}
	for i, lc := range wantLevels {
		if p.Levels[i] != lc {
			t.Errorf("levels[%d] = %+v, want %+v", i, p.Levels[i], lc)
		}
	}
	// a1: (50 + 75 + 100) / 3 = 75, never low. a2: (25 + 50) / 2 = 37.5,
	// low once. b1: (30 + 90) / 2 = 60, low once. c1 was in no case's
	// scope and is left out. Weakest first: a2, b1, a1.
	want := []checklist.PortfolioItem{
		{Item: a2, Rubric: a, Scored: 2, Mean: checklist.Some(37.5), Low: 1},
		{Item: b1, Rubric: b, Scored: 2, Mean: checklist.Some(60), Low: 1},
		{Item: a1, Rubric: a, Scored: 3, Mean: checklist.Some(75), Low: 0},
	}
	if len(p.Items) != len(want) {
		t.Fatalf("items = %+v, want %d", p.Items, len(want))
	}
	for i := range want {
		if p.Items[i] != want[i] {
			t.Errorf("items[%d] = %+v, want %+v", i, p.Items[i], want[i])
		}
	}
}

func TestPortfolioMedianAndOrderTies(t *testing.T) {
	a, b, c := checklisttest.PortfolioRubrics()
	a1, a2, b1, c1 := a.Items[0], a.Items[1], b.Items[0], c.Items[0]
	pb := checklist.NewPortfolioBuilder([]*checklist.Rubric{a, b, c})
	// Four cases, overall 80, 10, 40, 20: mean 37.5, median (20 + 40) / 2 = 30.
	// a1 and b1 both average 50; b1 is low more often, so it comes first.
	// a2 and c1 tie on mean and low count: rubric order decides. An item
	// in scope but never scored comes last.
	pb.Add(summary(checklist.Some(80), checklist.ItemSummary{Item: a1, Percent: checklist.Some(50)}, checklist.ItemSummary{Item: b1, Percent: checklist.Some(50), Low: true},
		checklist.ItemSummary{Item: a2, Percent: checklist.Some(70)}, checklist.ItemSummary{Item: c1, Percent: checklist.Some(70)}))
	pb.Add(summary(checklist.Some(10)))
	pb.Add(summary(checklist.Some(40)))
	pb.Add(summary(checklist.Some(20), checklist.ItemSummary{Item: a1}))
	p := pb.Portfolio()
	if p.Mean != checklist.Some(37.5) || p.Median != checklist.Some(30) {
		t.Errorf("mean %v median %v, want 37.5 and 30", p.Mean, p.Median)
	}
	var order []string
	for _, it := range p.Items {
		order = append(order, it.Item.ID)
	}
	if got := strings.Join(order, " "); got != "b1 a1 a2 c1" {
		t.Errorf("order %s, want b1 a1 a2 c1", got)
	}
	if p.Items[1].Scored != 1 {
		t.Errorf("a1 scored in %d cases, want 1 (the case without a score for it does not count)", p.Items[1].Scored)
	}
}

func TestPortfolioEmpty(t *testing.T) {
	a, _, _ := checklisttest.PortfolioRubrics()
	pb := checklist.NewPortfolioBuilder([]*checklist.Rubric{a})
	pb.AddFailure()
	p := pb.Portfolio()
	if p.Cases != 0 || p.Failed != 1 || p.Mean.OK || p.Median.OK || len(p.Items) != 0 || len(p.Levels) != 5 {
		t.Errorf("empty portfolio = %+v", p)
	}
}
