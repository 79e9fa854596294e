package checklist

import (
	"strings"
	"testing"
)

func pct(v float64) Num { return Num{V: v, OK: true} }

func TestSummarize(t *testing.T) {
	cat := builtinCatalog(t)
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
	c, err := ParseCase("t.yaml", []byte(src), cat)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Evaluate(c, cat, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := Summarize(r)
	if s.File != "t.yaml" || s.Project.Name != "Test" || s.Project.Owner != "Kommunen" || s.Respondents != 1 {
		t.Errorf("identity = %q %+v %d", s.File, s.Project, s.Respondents)
	}
	if s.Overall != pct(62.5) || s.Coverage != 0.75 {
		t.Errorf("overall %v coverage %v, want 62.5 and 0.75", s.Overall, s.Coverage)
	}
	if len(s.Rubrics) != 1 || s.Rubrics[0].Rubric.ID != "vaeksthus" || s.Rubrics[0].Percent != pct(62.5) || s.Rubrics[0].Coverage != 0.75 {
		t.Errorf("rubrics = %+v", s.Rubrics)
	}
	want := []struct {
		id  string
		pct Num
		low bool
	}{{"vfl-c1", pct(100), false}, {"vfl-c2", pct(25), true}, {"vfl-c3", Num{}, false}, {"vfl-c4", Num{}, false}}
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
	if s.Gaps != 2 || s.TopGap.Kind != GapLow || s.TopGap.Item.ID != "vfl-c2" || s.TopGap.Percent != pct(25) {
		t.Errorf("gaps %d, top %s %v %v", s.Gaps, s.TopGap.Kind, s.TopGap.Item, s.TopGap.Percent)
	}
	if got := s.RubricPercent(r.Rubrics[0].Rubric); got != pct(62.5) {
		t.Errorf("RubricPercent(vaeksthus) = %v", got)
	}
	if cok, _ := cat.Rubric("cok"); s.RubricPercent(cok).OK {
		t.Errorf("RubricPercent(cok) is defined for a case without cok")
	}
}

// Three small rubrics for portfolio tests: A (a1, a2), B (b1), C (c1).
func portfolioRubrics() (a, b, c *Rubric) {
	a = &Rubric{ID: "a", Items: []*Item{{ID: "a1"}, {ID: "a2"}}}
	b = &Rubric{ID: "b", Items: []*Item{{ID: "b1"}}}
	c = &Rubric{ID: "c", Items: []*Item{{ID: "c1"}}}
	return a, b, c
}

func summary(overall Num, items ...ItemSummary) *CaseSummary {
	return &CaseSummary{Overall: overall, Items: items}
}

func TestPortfolio(t *testing.T) {
	a, b, c := portfolioRubrics()
	a1, a2, b1 := a.Items[0], a.Items[1], b.Items[0]
	pb := NewPortfolioBuilder([]*Rubric{a, b, c})
	pb.Add(summary(pct(40), ItemSummary{Item: a1, Percent: pct(50)}, ItemSummary{Item: a2, Percent: pct(25), Low: true}))
	pb.Add(summary(pct(80), ItemSummary{Item: a1, Percent: pct(75)}, ItemSummary{Item: a2},
		ItemSummary{Item: b1, Percent: pct(30), Low: true}))
	pb.Add(summary(Num{}, ItemSummary{Item: a1}, ItemSummary{Item: a2}, ItemSummary{Item: b1}))
	pb.AddFailure()
	pb.Add(summary(pct(60), ItemSummary{Item: a1, Percent: pct(100)}, ItemSummary{Item: a2, Percent: pct(50)},
		ItemSummary{Item: b1, Percent: pct(90)}))
	p := pb.Portfolio()

	// Overall percents 40, 80, 60: mean 60, median 60; the third case has
	// no overall percent and is counted apart.
	if p.Cases != 4 || p.Failed != 1 || p.Unscored != 1 {
		t.Errorf("cases %d failed %d unscored %d, want 4 1 1", p.Cases, p.Failed, p.Unscored)
	}
	if p.Mean != pct(60) || p.Median != pct(60) {
		t.Errorf("mean %v median %v, want 60 and 60", p.Mean, p.Median)
	}
	wantLevels := []LevelCount{{LevelAbsent, 0}, {LevelEmerging, 1}, {LevelDeveloping, 1}, {LevelEstablished, 1}, {LevelEmbedded, 0}}
	for i, lc := range wantLevels {
		if p.Levels[i] != lc {
			t.Errorf("levels[%d] = %+v, want %+v", i, p.Levels[i], lc)
		}
	}
	// a1: (50 + 75 + 100) / 3 = 75, never low. a2: (25 + 50) / 2 = 37.5,
	// low once. b1: (30 + 90) / 2 = 60, low once. c1 was in no case's
	// scope and is left out. Weakest first: a2, b1, a1.
	want := []PortfolioItem{
		{Item: a2, Rubric: a, Scored: 2, Mean: pct(37.5), Low: 1},
		{Item: b1, Rubric: b, Scored: 2, Mean: pct(60), Low: 1},
		{Item: a1, Rubric: a, Scored: 3, Mean: pct(75), Low: 0},
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
	a, b, c := portfolioRubrics()
	a1, a2, b1, c1 := a.Items[0], a.Items[1], b.Items[0], c.Items[0]
	pb := NewPortfolioBuilder([]*Rubric{a, b, c})
	// Four cases, overall 80, 10, 40, 20: mean 37.5, median (20 + 40) / 2 = 30.
	// a1 and b1 both average 50; b1 is low more often, so it comes first.
	// a2 and c1 tie on mean and low count: rubric order decides. An item
	// in scope but never scored comes last.
	pb.Add(summary(pct(80), ItemSummary{Item: a1, Percent: pct(50)}, ItemSummary{Item: b1, Percent: pct(50), Low: true},
		ItemSummary{Item: a2, Percent: pct(70)}, ItemSummary{Item: c1, Percent: pct(70)}))
	pb.Add(summary(pct(10)))
	pb.Add(summary(pct(40)))
	pb.Add(summary(pct(20), ItemSummary{Item: a1}))
	p := pb.Portfolio()
	if p.Mean != pct(37.5) || p.Median != pct(30) {
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
	a, _, _ := portfolioRubrics()
	pb := NewPortfolioBuilder([]*Rubric{a})
	pb.AddFailure()
	p := pb.Portfolio()
	if p.Cases != 0 || p.Failed != 1 || p.Mean.OK || p.Median.OK || len(p.Items) != 0 || len(p.Levels) != 5 {
		t.Errorf("empty portfolio = %+v", p)
	}
}
