package checklist_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

var (
	num     = checklist.Some
	undef   = checklist.Num{}
	near    = checklisttest.Near
	sameNum = checklisttest.SameNum
)

// partyCase builds a case file with the given actors ("id:kind", kind may
// be empty) and one response per "actor|answers" block, where answers are
// lines such as "a1.q1: 3" separated by ";". An empty actor means none.
func partyCase(actors []string, responses ...string) string {
	var b strings.Builder
	b.WriteString("samskab: 1\nproject: {name: Test}\nactors:\n")
	for _, a := range actors {
		id, kind, _ := strings.Cut(a, ":")
		if kind == "" {
			fmt.Fprintf(&b, "  - {id: %s}\n", id)
			continue
		}
		fmt.Fprintf(&b, "  - {id: %s, kind: %s}\n", id, kind)
	}
	b.WriteString("responses:\n")
	for i, r := range responses {
		actor, answers, _ := strings.Cut(r, "|")
		fmt.Fprintf(&b, "  - respondent: R%d\n", i+1)
		if actor != "" {
			fmt.Fprintf(&b, "    actor: %s\n", actor)
		}
		b.WriteString("    answers:\n")
		for _, line := range strings.Split(answers, ";") {
			if line = strings.TrimSpace(line); line != "" {
				fmt.Fprintf(&b, "      %s\n", line)
			}
		}
	}
	return b.String()
}

type wantKind struct {
	kind        string
	respondents int
	overall     checklist.Num
	rubrics     map[string]checklist.Num // rubric id → percent
	items       map[string]checklist.Num // item id → percent
}

type wantGap struct {
	item      string
	spread    float64
	low, high string
}

// The test catalog (helpers_test.go): alpha a1 (w 2), a2 (w 1), a3 (w 1);
// beta b1 (w 1), b2 (w 3).
func TestParties(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	tests := []struct {
		name  string
		src   string
		kinds []wantKind
		gaps  []wantGap
	}{
		{
			// municipality (R1): a1 = 4, a2 = 3; alpha = (2·4 + 1·3)/3 = 3.667
			// = 91.67 %; beta: b1 = 4 → 100 %; overall (91.67 + 100)/2 = 95.83.
			// citizens (R2, R3): a1 = (0.5 + 2)/2 = 1.25 (31.25 %); a2 = 2
			// (R3 said na) → 50 %; alpha = (2·1.25 + 2)/3 = 1.5 = 37.5 %;
			// b2 = (2 + 4)/2 = 3 = 75 %, beta 75 %; overall (37.5+75)/2 = 56.25.
			// other (R5, actor without kind): only dk, so nothing defined.
			// R4 names no actor and counts for no party.
			// Gap: a1, municipality 4 vs citizens 1.25 = 2.75 apart; a2 only 1.
			name: "kinds, weights, excluded responses",
			src: partyCase([]string{"kom:municipality", "b1:citizens", "b2:citizens", "x:"},
				"kom|a1.q1: 4;a1.q2: 4;a2.q1: 3;b1.q1: 4",
				"b1|a1.q1: 1;a1.q2: 0;a2.q1: 2;b2.q1: 2",
				"b2|a1.q1: 2;a2.q1: na;b2.q1: 4",
				"|a1.q1: 0;b1.q1: 0",
				"x|a3.q1: dk"),
			kinds: []wantKind{
				{kind: "citizens", respondents: 2, overall: num(56.25),
					rubrics: map[string]checklist.Num{"alpha": num(37.5), "beta": num(75)},
					items:   map[string]checklist.Num{"a1": num(31.25), "a2": num(50), "a3": undef, "b1": undef, "b2": num(75)}},
				{kind: "municipality", respondents: 1, overall: num((11.0/3/4*100 + 100) / 2),
					rubrics: map[string]checklist.Num{"alpha": num(11.0 / 3 / 4 * 100), "beta": num(100)},
					items:   map[string]checklist.Num{"a1": num(100), "a2": num(75), "a3": undef, "b1": num(100), "b2": undef}},
				{kind: "other", respondents: 1, overall: undef,
					rubrics: map[string]checklist.Num{"alpha": undef, "beta": undef},
					items:   map[string]checklist.Num{"a3": undef}},
			},
			gaps: []wantGap{{item: "a1", spread: 2.75, low: "citizens", high: "municipality"}},
		},
		{
			// Three kinds. b2: business 4, association 0.5, volunteers 2 →
			// 3.5 apart (association low, business high). a3: volunteers
			// (1 + 4 + 4)/3 = 3 vs association 1 → exactly 2.0, a gap.
			// a1: 3 vs 1.5 = 1.5, not a gap. Widest first.
			// volunteers: a1 3 (w 2), a3 3 → alpha 3 = 75 %; b2 2 → beta 50 %.
			name: "ordering and the 2.0 boundary",
			src: partyCase([]string{"v1:volunteers", "v2:volunteers", "v3:volunteers", "f:association", "b:business"},
				"v1|a3.q1: 1;b2.q1: 2;a1.q1: 3",
				"v2|a3.q1: 4",
				"v3|a3.q1: 4;a3.q2: 4",
				"f|a3.q1: 1;b2.q1: 0;b2.q2: 1;a1.q1: 1;a1.q2: 2",
				"b|b2.q1: 4"),
			kinds: []wantKind{
				{kind: "volunteers", respondents: 3, overall: num(62.5),
					rubrics: map[string]checklist.Num{"alpha": num(75), "beta": num(50)},
					items:   map[string]checklist.Num{"a1": num(75), "a3": num(75), "b2": num(50)}},
				{kind: "association", respondents: 1,
					// alpha: (2·1.5 + 1)/3 = 4/3 → 33.33 %; beta: b2 0.5 → 12.5 %.
					overall: num((4.0/3/4*100 + 12.5) / 2),
					rubrics: map[string]checklist.Num{"alpha": num(4.0 / 3 / 4 * 100), "beta": num(12.5)},
					items:   map[string]checklist.Num{"a1": num(37.5), "a3": num(25), "b2": num(12.5)}},
				{kind: "business", respondents: 1, overall: num(100),
					rubrics: map[string]checklist.Num{"alpha": undef, "beta": num(100)},
					items:   map[string]checklist.Num{"b2": num(100)}},
			},
			gaps: []wantGap{
				{item: "b2", spread: 3.5, low: "association", high: "business"},
				{item: "a3", spread: 2, low: "association", high: "volunteers"},
			},
		},
		{
			name:  "no actors named: no parties",
			src:   checklisttest.CaseYAML("a1.q1: 4", "a1.q1: 0"),
			kinds: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := checklisttest.MustEvaluate(t, cat, tt.src, checklist.Options{})
			checkKinds(t, r.Parties.Kinds, tt.kinds)
			checkPartyGaps(t, r.Parties.Gaps, tt.gaps)
		})
	}
}

func checkKinds(t *testing.T, got []checklist.PartyResult, want []wantKind) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d kinds, want %d: %+v", len(got), len(want), got)
	}
	for i, w := range want {
		g := got[i]
		if g.Kind != w.kind || g.Respondents != w.respondents || !sameNum(g.Overall, w.overall) {
			t.Errorf("kind %d: got %s, %d respondents, overall %v; want %s, %d, %v",
				i, g.Kind, g.Respondents, g.Overall, w.kind, w.respondents, w.overall)
		}
		for _, rub := range g.Rubrics {
			if want, ok := w.rubrics[rub.Rubric.ID]; ok && !sameNum(rub.Percent, want) {
				t.Errorf("%s %s: percent %v, want %v", g.Kind, rub.Rubric.ID, rub.Percent, want)
			}
			for _, it := range rub.Items {
				if want, ok := w.items[it.Item.ID]; ok && !sameNum(it.Percent, want) {
					t.Errorf("%s %s: percent %v, want %v", g.Kind, it.Item.ID, it.Percent, want)
				}
			}
		}
	}
}

func checkPartyGaps(t *testing.T, got []checklist.PartyGap, want []wantGap) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d party gaps, want %d", len(got), len(want))
	}
	for i, w := range want {
		g := got[i]
		if g.Item.Item.ID != w.item || !near(g.Spread, w.spread) || g.Low.Kind != w.low || g.High.Kind != w.high {
			t.Errorf("gap %d: got %s %.3f %s–%s, want %s %.3f %s–%s", i,
				g.Item.Item.ID, g.Spread, g.Low.Kind, g.High.Kind, w.item, w.spread, w.low, w.high)
		}
	}
}
