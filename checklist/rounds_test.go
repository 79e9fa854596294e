package checklist_test

import (
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

// TestCompareRounds: three rounds of a two-rubric catalog, hand computed.
//
//	round 1: a1 = 1 (25 %), a2 = 2 (50 %), a3 unanswered; beta not in scope
//	round 2: a1 = 2, a2 = 3, a3 = 4; b1 = 0, b2 = 4
//	round 3: a1 = 4, a2 = 3, a3 = 4; b1 = 2, b2 = 4
//
// alpha weights a1 2, a2 1, a3 1: R1 = (2·1 + 2)/3 = 1.3333 → 33.3 %;
// R2 = (2·2 + 3 + 4)/4 = 2.75 → 68.75 %; R3 = (8 + 3 + 4)/4 = 3.75 → 93.75 %.
// beta weights b1 1, b2 3: R2 = 12/4 = 3 → 75 %; R3 = (2 + 12)/4 = 3.5 → 87.5 %.
func TestCompareRounds(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	cases := []string{
		"samskab: 1\nproject: {name: P}\nrubrics: [alpha]\nresponses:\n  - date: 2025-03-01\n    answers: {a1.q1: 1, a2.q1: 2}\n",
		"samskab: 1\nproject: {name: P}\nresponses:\n  - answers: {a1.q1: 2, a2.q1: 3, a3.q1: 4, b1.q1: 0, b2.q1: 4}\n",
		"samskab: 1\nproject: {name: P}\nresponses:\n  - date: 2026-01-10\n    answers: {a1.q1: 4, a2.q1: 3, a3.q1: 4, b1.q1: 2, b2.q1: 4}\n  - date: 2026-02-01\n    answers: {a1.q1: 4}\n",
	}
	var reports []*checklist.Report
	for i, src := range cases {
		_, r := checklisttest.ParseAndEvaluate(t, cat, "r"+string(rune('1'+i))+".yaml", src, checklist.Options{})
		reports = append(reports, r)
	}
	rs := checklist.CompareRounds(reports, cat)
	if got := len(rs.Rubrics); got != 2 {
		t.Fatalf("want 2 rubrics, got %d", got)
	}
	alpha, beta := rs.Rubrics[0], rs.Rubrics[1]
	if alpha.Rubric.ID != "alpha" {
		t.Fatalf("rubric order: %s first", alpha.Rubric.ID)
	}
	wantSeries(t, "alpha", alpha.Series, []checklist.Num{checklist.Some(33.333), checklist.Some(68.75), checklist.Some(93.75)}, checklist.Some(25.0), checklist.Some(60.5)) // 93.8 − 33.3 as printed
	wantSeries(t, "beta", beta.Series, []checklist.Num{{}, checklist.Some(75), checklist.Some(87.5)}, checklist.Some(12.5), checklist.Num{})
	wantSeries(t, "a3", alpha.Items[2].Series, []checklist.Num{{}, checklist.Some(100), checklist.Some(100)}, checklist.Some(0), checklist.Num{})
	if st := alpha.Items[2].Statuses; st[0] != checklist.StatusUnanswered || st[1] != checklist.StatusScored {
		t.Errorf("a3 statuses %v", st)
	}
	if st := beta.Items[0].Statuses; st[0] != "" {
		t.Errorf("b1 out of scope in round 1, got %q", st[0])
	}
	// Overall: round 1 alpha only 33.3; round 2 (68.75+75)/2 = 71.875; round 3 (93.75+87.5)/2 = 90.625.
	wantSeries(t, "overall", rs.Overall, []checklist.Num{checklist.Some(33.333), checklist.Some(71.875), checklist.Some(90.625)}, checklist.Some(18.7), checklist.Some(57.3))
	if d := checklist.RoundDate(reports[0]); d != "2025-03-01" {
		t.Errorf("round 1 date %q", d)
	}
	if d := checklist.RoundDate(reports[1]); d != "" {
		t.Errorf("round 2 date %q", d)
	}
	if d := checklist.RoundDate(reports[2]); d != "2026-02-01" {
		t.Errorf("round 3 date %q", d)
	}
	// b1 was a low gap in round 2 (0 %) and is 50 % in round 3: closed.
	if len(rs.Last.Closed) != 1 || rs.Last.Closed[0].Item.ID != "b1" {
		t.Errorf("closed gaps %+v", rs.Last.Closed)
	}
}

func wantSeries(t *testing.T, name string, s checklist.Series, ps []checklist.Num, prev, first checklist.Num) {
	t.Helper()
	for i := range ps {
		if ps[i].OK != s.Percents[i].OK || ps[i].OK && checklist.Round(ps[i].V, 1) != checklist.Round(s.Percents[i].V, 1) {
			t.Errorf("%s round %d: got %+v, want %+v", name, i+1, s.Percents[i], ps[i])
		}
	}
	if prev != s.SincePrevious {
		t.Errorf("%s since previous: got %+v, want %+v", name, s.SincePrevious, prev)
	}
	if first != s.SinceFirst {
		t.Errorf("%s since first: got %+v, want %+v", name, s.SinceFirst, first)
	}
}
