package checklist_test

import (
	"slices"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

// The two Havdrup rounds; the numbers are those of testdata/expected,
// rounded to one decimal, and the changes are differences of those.
func TestCompareHavdrupRounds(t *testing.T) {
	cat := checklisttest.BuiltinCatalog(t)
	c := checklist.Compare(checklisttest.ScoreCaseFile(t, "havdrup-ensomhed-2025.yaml"), checklisttest.ScoreCaseFile(t, "havdrup-ensomhed.yaml"), cat)

	// Overall 42.08 → 55.21, printed 42.1 → 55.2: +13.1.
	checkChange(t, "overall", c.Overall, 42.1, 55.2, 13.1)
	if len(c.Rubrics) != 2 || c.Rubrics[0].Rubric.ID != "frivilligraadet" || c.Rubrics[1].Rubric.ID != "cok" {
		t.Fatalf("rubrics = %v, want frivilligraadet, cok", c.Rubrics)
	}
	// frivilligraadet 41.67 → 56.25 (41.7 → 56.3), cok 42.50 → 54.17 (42.5 → 54.2).
	checkChange(t, "frivilligraadet", c.Rubrics[0].Change, 41.7, 56.3, 14.6)
	checkChange(t, "cok", c.Rubrics[1].Change, 42.5, 54.2, 11.7)
	// fr-p1: 2.25 → 2.8333, i.e. 56.25 → 70.83 (56.3 → 70.8): +14.5.
	checkChange(t, "fr-p1", c.Rubrics[0].Items[0].Change, 56.3, 70.8, 14.5)
	// fr-p5: 1.25 (31.3 %) → don't know in the new round: no change.
	p5 := c.Rubrics[0].Items[4]
	if p5.Item.ID != "fr-p5" || p5.OldStatus != checklist.StatusScored || p5.NewStatus != checklist.StatusUnknown || p5.New.OK || p5.Delta.OK {
		t.Errorf("fr-p5 = %+v", p5)
	}
	// Gaps: new round has low fr-p6 cok-02 cok-04 cok-08, disagreement
	// cok-08 fr-p3, unknown fr-p5; the old one low fr-p6 cok-02 fr-p5
	// cok-01 cok-04 cok-06 cok-09 fr-p3 fr-p4 cok-08, disagreement cok-08.
	if got := gapKeys(c.Opened); !slices.Equal(got, []string{"disagreement fr-p3", "unknown fr-p5"}) {
		t.Errorf("opened = %v", got)
	}
	wantClosed := []string{"low fr-p5", "low cok-01", "low cok-06", "low cok-09", "low fr-p3", "low fr-p4"}
	if got := gapKeys(c.Closed); !slices.Equal(got, wantClosed) {
		t.Errorf("closed = %v, want %v", got, wantClosed)
	}
	if !slices.Equal(c.Added, []string{"Grethe (borger, 78 år)"}) || len(c.Gone) != 0 {
		t.Errorf("added %q, gone %q", c.Added, c.Gone)
	}
}

func TestCompareDifferentScopes(t *testing.T) {
	cat := checklisttest.BuiltinCatalog(t)
	// nordfyn scores the two vaeksthus rubrics, havdrup frivilligraadet
	// and cok: every rubric is listed, each defined on one side only.
	c := checklist.Compare(checklisttest.ScoreCaseFile(t, "nordfyn-natur.yaml"), checklisttest.ScoreCaseFile(t, "havdrup-ensomhed.yaml"), cat)
	var ids []string
	for _, rc := range c.Rubrics {
		ids = append(ids, rc.Rubric.ID)
		if rc.Delta.OK {
			t.Errorf("%s has a change though it is scored in one round only", rc.Rubric.ID)
		}
	}
	if !slices.Equal(ids, []string{"vaeksthus", "vaeksthus-trin", "frivilligraadet", "cok"}) {
		t.Errorf("rubrics = %v", ids)
	}
	if c.Rubrics[0].Items[0].NewStatus != "" || c.Rubrics[3].Items[0].OldStatus != "" {
		t.Errorf("an item outside a round's scope must have no status in that round")
	}
}

func TestChangeUsesPrintedValues(t *testing.T) {
	for _, tc := range []struct {
		old, new checklist.Num
		want     checklist.Num
	}{
		{checklist.Some(45.83333), checklist.Some(54.16667), checklist.Some(8.4)}, // 45.8 → 54.2, not 8.33…
		{checklist.Some(50), checklist.Some(50), checklist.Some(0)},
		{checklist.Some(56.25), checklist.Some(43.75), checklist.Some(-12.5)}, // 56.3 → 43.8, both rounded half away from zero
		{checklist.Num{}, checklist.Some(10), checklist.Num{}},
		{checklist.Some(10), checklist.Num{}, checklist.Num{}},
	} {
		if got := checklist.ChangeOf(tc.old, tc.new).Delta; got != tc.want {
			t.Errorf("checklist.ChangeOf(%v, %v) = %v, want %v", tc.old, tc.new, got, tc.want)
		}
	}
}

func TestNameDiff(t *testing.T) {
	rs := func(names ...string) []checklist.Respondent {
		out := make([]checklist.Respondent, len(names))
		for i, n := range names {
			out[i] = checklist.Respondent{Name: n}
		}
		return out
	}
	for _, tc := range []struct {
		a, b []checklist.Respondent
		want []string
	}{
		{rs("Mette", "Bent", "Grethe"), rs("Mette", "Bent"), []string{"Grethe"}},
		{rs("Mette"), rs("Mette", "Bent"), nil},
		{rs("Mette", "Mette"), rs("Mette"), []string{"Mette"}},
		{rs("", "Ole"), rs(""), []string{"Ole"}}, // unnamed respondents are never listed
	} {
		if got := checklist.NameDiff(tc.a, tc.b); !slices.Equal(got, tc.want) {
			t.Errorf("checklist.NameDiff(%v, %v) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func checkChange(t *testing.T, what string, ch checklist.Change, old, new, delta float64) {
	t.Helper()
	if !ch.Old.OK || !ch.New.OK || !ch.Delta.OK {
		t.Errorf("%s: undefined value in %+v", what, ch)
		return
	}
	if checklist.Round(ch.Old.V, 1) != old || checklist.Round(ch.New.V, 1) != new || ch.Delta.V != delta {
		t.Errorf("%s: %.1f → %.1f (%+.1f), want %.1f → %.1f (%+.1f)", what, ch.Old.V, ch.New.V, ch.Delta.V, old, new, delta)
	}
}

func gapKeys(gs []checklist.GapChange) []string {
	out := make([]string, len(gs))
	for i, g := range gs {
		out[i] = string(g.Kind) + " " + g.Item.ID
	}
	return out
}
