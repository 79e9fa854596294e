package checklist_test

import (
	"slices"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

// Each test below checks one rule of DESIGN.md §4 against numbers worked
// out by hand in the comments.

func TestItemScoreAndSpread(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	tests := []struct {
		name        string
		blocks      []string
		item        string
		status      checklist.Status
		score       checklist.Num
		spread      checklist.Num
		respondents int
		na, dk      int
	}{
		{
			// s(R1) = (4+1)/2 = 2.5; s(R2) = 2 (dk ignored); R3 gives no
			// number. S = (2.5+2)/2 = 2.25; spread = 2.5-2 = 0.5.
			name:   "mean of respondent means",
			blocks: []string{"a1.q1: 4\na1.q2: 1", "a1.q1: 2\na1.q2: dk", "a1.q1: na\na1.q2: na"},
			item:   "a1", status: checklist.StatusScored, score: checklist.Some(2.25), spread: checklist.Some(0.5), respondents: 2, na: 2, dk: 1,
		},
		{
			// One respondent: spread is 0, not undefined.
			name: "single respondent", blocks: []string{"a1.q1: 3\na1.q2: 2"},
			item: "a1", status: checklist.StatusScored, score: checklist.Some(2.5), spread: checklist.Some(0), respondents: 1,
		},
		{
			// Respondents' means, not all answers pooled: R1 = 4 from one
			// answer, R2 = (0+2)/2 = 1. S = 2.5 (pooled would be 2).
			name: "respondent means weigh equally", blocks: []string{"a1.q1: 4\na1.q2: na", "a1.q1: 0\na1.q2: 2"},
			item: "a1", status: checklist.StatusScored, score: checklist.Some(2.5), spread: checklist.Some(3), respondents: 2, na: 1,
		},
		{
			name: "not relevant beats don't know", blocks: []string{"a1.q1: na\na1.q2: dk", "a1.q1: dk"},
			item: "a1", status: checklist.StatusNotRelevant, score: checklisttest.Undef, spread: checklisttest.Undef, na: 1, dk: 2,
		},
		{
			name: "don't know only", blocks: []string{"a1.q1: dk\na1.q2: ~"},
			item: "a1", status: checklist.StatusUnknown, score: checklisttest.Undef, spread: checklisttest.Undef, dk: 1,
		},
		{
			name: "null and missing are unanswered", blocks: []string{"a1.q1: ~", "a2.q1: 3"},
			item: "a1", status: checklist.StatusUnanswered, score: checklisttest.Undef, spread: checklisttest.Undef,
		},
		{
			name: "a note keeps its score", blocks: []string{"a1.q1: {score: 1, note: hej}\na1.q2: {score: 3}"},
			item: "a1", status: checklist.StatusScored, score: checklist.Some(2), spread: checklist.Some(0), respondents: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := checklisttest.MustEvaluate(t, cat, checklisttest.CaseYAML(tt.blocks...), checklist.Options{})
			it := checklisttest.FindItem(t, r, tt.item)
			if it.Status != tt.status || !checklisttest.SameNum(it.Score, tt.score) || !checklisttest.SameNum(it.Spread, tt.spread) ||
				it.Respondents != tt.respondents || it.NA != tt.na || it.DK != tt.dk {
				t.Errorf("got status=%s score=%v spread=%v respondents=%d na=%d dk=%d\nwant status=%s score=%v spread=%v respondents=%d na=%d dk=%d",
					it.Status, it.Score, it.Spread, it.Respondents, it.NA, it.DK,
					tt.status, tt.score, tt.spread, tt.respondents, tt.na, tt.dk)
			}
		})
	}
}

func TestRubricScoreCoverageAndOverall(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	tests := []struct {
		name     string
		blocks   []string
		rubric   string
		score    checklist.Num
		percent  checklist.Num
		coverage float64
		overall  checklist.Num
	}{
		{
			// alpha: a1 = 2.25 (w 2), a2 not relevant, a3 = 4 (w 1).
			// R = (2·2.25 + 1·4) / 3 = 8.5/3 = 2.8333…; percent = 70.8333…
			// coverage = 3/3. beta unanswered, so overall = alpha's percent.
			name:   "weighted mean over scored items",
			blocks: []string{"a1.q1: 2\na1.q2: 3\na2.q1: na\na3.q1: 4", "a1.q1: 2"},
			rubric: "alpha", score: checklist.Some(8.5 / 3), percent: checklist.Some(8.5 / 3 / 4 * 100), coverage: 1,
			overall: checklist.Some(8.5 / 3 / 4 * 100),
		},
		{
			// alpha: only a1 = 1 scored, a2 dk, a3 unanswered: R = 1 → 25 %,
			// coverage 1/3. beta: b1 = 3 (w 1), b2 = 2 (w 3): R = 9/4 =
			// 2.25 → 56.25 %. Overall = (25 + 56.25) / 2 = 40.625.
			name:   "overall is the plain mean of rubric percents",
			blocks: []string{"a1.q1: 1\na2.q1: dk\nb1.q1: 3\nb2.q1: 2"},
			rubric: "alpha", score: checklist.Some(1), percent: checklist.Some(25), coverage: 1.0 / 3, overall: checklist.Some(40.625),
		},
		{
			name:   "no scored item leaves the rubric undefined",
			blocks: []string{"a1.q1: na\na2.q1: dk"},
			rubric: "alpha", score: checklisttest.Undef, percent: checklisttest.Undef, coverage: 1.0 / 3, overall: checklisttest.Undef,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := checklisttest.MustEvaluate(t, cat, checklisttest.CaseYAML(tt.blocks...), checklist.Options{})
			rr := checklisttest.ScoredRubric(t, r, tt.rubric)
			if !checklisttest.SameNum(rr.Score, tt.score) || !checklisttest.SameNum(rr.Percent, tt.percent) || !checklisttest.Near(rr.Coverage, tt.coverage) {
				t.Errorf("rubric %s: got score=%v percent=%v coverage=%v, want %v %v %v",
					tt.rubric, rr.Score, rr.Percent, rr.Coverage, tt.score, tt.percent, tt.coverage)
			}
			if !checklisttest.SameNum(r.Overall, tt.overall) {
				t.Errorf("overall: got %v, want %v", r.Overall, tt.overall)
			}
		})
	}
}

func TestOverallCoverage(t *testing.T) {
	// 5 items in scope: a1 scored, a2 na, a3 dk, b1 unanswered, b2 scored:
	// covered = 3 of 5.
	cat := checklisttest.SmallCatalog(t)
	r := checklisttest.MustEvaluate(t, cat, checklisttest.CaseYAML("a1.q1: 1\na2.q1: na\na3.q1: dk\nb2.q1: 4"), checklist.Options{})
	if !checklisttest.Near(r.Coverage, 0.6) {
		t.Errorf("coverage = %v, want 0.6", r.Coverage)
	}
}

func TestThemes(t *testing.T) {
	// S(a1) = 2 (w 2; primary dialogue, secondary ownership), S(a2) = 4
	// (w 1; ownership), S(a3) = 1 (w 1; dialogue), S(b1) = 3 (w 1;
	// ownership), b2 unanswered (participation).
	// dialogue  = (2·1·2 + 1·1·1) / (2·1 + 1·1) = 5/3 → 41.666…%
	// ownership = (2·0.5·2 + 1·1·4 + 1·1·3) / (2·0.5 + 1 + 1) = 9/3 = 3 → 75 %
	// participation: carried by b2 but nothing scored → undefined.
	cat := checklisttest.SmallCatalog(t)
	r := checklisttest.MustEvaluate(t, cat, checklisttest.CaseYAML("a1.q1: 2\na2.q1: 4\na3.q1: 1\nb1.q1: 3"), checklist.Options{})
	want := map[string]checklist.Num{"ownership": checklist.Some(75), "dialogue": checklist.Some(5.0 / 3 / 4 * 100), "participation": checklisttest.Undef}
	var order []string
	for _, th := range r.Themes {
		order = append(order, th.Theme.ID)
		if !checklisttest.SameNum(th.Percent, want[th.Theme.ID]) {
			t.Errorf("theme %s = %v, want %v", th.Theme.ID, th.Percent, want[th.Theme.ID])
		}
	}
	// Theme file order, and only themes some in-scope item carries.
	if !slices.Equal(order, []string{"ownership", "dialogue", "participation"}) {
		t.Errorf("themes = %v", order)
	}
}

func TestScopeOrder(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	src := "samskab: 1\nproject: {name: T}\nrubrics: [beta]\nresponses:\n  - answers: {a1.q1: 4, b1.q1: 1}\n"
	c, err := yamlfile.ParseCase("c.yaml", []byte(src), cat)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		scope []string
		want  []string
	}{
		{"case scope", nil, []string{"beta"}},
		// User rubrics come by id after the built-ins: alpha before beta,
		// whatever order the flag names them in.
		{"flag overrides, in rubric order", []string{"beta", "alpha"}, []string{"alpha", "beta"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := checklist.Evaluate(c, cat, checklist.Options{Scope: tt.scope})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, rr := range r.Rubrics {
				got = append(got, rr.Rubric.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("rubrics = %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := checklist.Evaluate(c, cat, checklist.Options{Scope: []string{"gamma"}}); err == nil {
		t.Error("unknown rubric in scope: want error")
	}
}

func TestGaps(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	tests := []struct {
		name     string
		blocks   []string
		gapBelow float64
		want     []string // "kind item"
	}{
		{
			// w·(4−S): a1 = 2·(4−1.5) = 5, a3 = 1·(4−1) = 3 and b1 =
			// 1·(4−1) = 3 (a tie: alpha comes before beta), b2 = 3·(4−1.75)
			// = 6.75 with S(b2) = (1.5 + 2) / 2.
			name:   "low ranked by what it would add",
			blocks: []string{"a1.q1: 1\na1.q2: 2\na2.q1: 4\na3.q1: 1\nb1.q1: 1\nb2.q1: 1\nb2.q2: 2", "b2.q1: 2\nb2.q2: 2"},
			want:   []string{"low b2", "low a1", "low a3", "low b1"},
		},
		{
			// S exactly 2.0 is on the line, not below it.
			name:   "the gap line itself is not a gap",
			blocks: []string{"a1.q1: 2\na2.q1: 3\na3.q1: 4\nb1.q1: 4\nb2.q1: 4"},
			want:   nil,
		},
		{
			// --gap-below 60 → line 2.4: a1 = 2.25 is low, a2 = 2.5 is not.
			name:     "custom gap line",
			blocks:   []string{"a1.q1: 2\na1.q2: 3\na2.q1: 2\na2.q2: 3\na3.q1: 4\nb1.q1: 4\nb2.q1: 4", "a1.q1: 2\na2.q1: 3"},
			gapBelow: 60,
			want:     []string{"low a1"},
		},
		{
			// spreads: a1 = 4−1 = 3, a2 = 4−2 = 2 (exactly the threshold),
			// a3 = 4−2.5 = 1.5 (below it). Widest first. No item is low:
			// S(a1) = 2.5, S(a2) = 3, S(a3) = 3.25.
			name:   "disagreement from a spread of 2",
			blocks: []string{"a1.q1: 4\na2.q1: 2\na3.q1: 4\nb1.q1: 4\nb2.q1: 4", "a1.q1: 1\na2.q1: 4\na3.q1: 2\na3.q2: 3"},
			want:   []string{"disagreement a1", "disagreement a2"},
		},
		{
			// a1 low (S = 1); unknown and unanswered follow in rubric order.
			name:   "kinds in order",
			blocks: []string{"b2.q1: dk\na3.q1: dk\na1.q1: 1\nb1.q1: 3"},
			want:   []string{"low a1", "unknown a3", "unknown b2", "unanswered a2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := checklisttest.MustEvaluate(t, cat, checklisttest.CaseYAML(tt.blocks...), checklist.Options{GapBelow: tt.gapBelow})
			var got []string
			for _, g := range r.Gaps {
				got = append(got, string(g.Kind)+" "+g.Item.Item.ID)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("gaps = %q\nwant   %q", got, tt.want)
			}
		})
	}
}

func TestOutOfScopeAnswersAreNotScored(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	src := "samskab: 1\nproject: {name: T}\nrubrics: [alpha]\nresponses:\n  - answers: {a1.q1: 4, b1.q1: 0}\n"
	r := checklisttest.MustEvaluate(t, cat, src, checklist.Options{})
	if len(r.Rubrics) != 1 || r.Rubrics[0].Rubric.ID != "alpha" {
		t.Fatalf("rubrics in report: %d", len(r.Rubrics))
	}
	if !checklisttest.SameNum(r.Overall, checklist.Some(100)) {
		t.Errorf("overall = %v, want 100 (b1 must not count)", r.Overall)
	}
}

func TestLevelBoundaries(t *testing.T) {
	tests := []struct {
		pct  float64
		want checklist.Level
	}{
		{0, checklist.LevelAbsent}, {24.99, checklist.LevelAbsent}, {25, checklist.LevelEmerging}, {49.99, checklist.LevelEmerging},
		{50, checklist.LevelDeveloping}, {74.99, checklist.LevelDeveloping}, {75, checklist.LevelEstablished},
		{87.49, checklist.LevelEstablished}, {87.5, checklist.LevelEmbedded}, {100, checklist.LevelEmbedded},
		// A mean of thirds that is 87.5 on paper must not fall a level
		// through floating-point noise.
		{(3.6666666666666665 + 3.3333333333333335) / 2 / 4 * 100, checklist.LevelEmbedded},
	}
	for _, tt := range tests {
		if got := checklist.LevelOf(tt.pct); got != tt.want {
			t.Errorf("LevelOf(%v) = %s, want %s", tt.pct, got, tt.want)
		}
	}
	if checklist.LevelOfNum(checklisttest.Undef) != "" {
		t.Error("an undefined percent has no level")
	}
}
