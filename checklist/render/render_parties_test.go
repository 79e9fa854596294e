package render

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

// partiesCase is the first case of checklist's TestParties, with the
// numbers worked out there: citizens (R2, R3) alpha 37.5 %, beta 75 %,
// overall 56.25 %, a1 1.25 (31.25 %); municipality (R1) alpha 11/3 =
// 91.67 %, beta 100 %, overall 95.83 %, a1 4 (100 %); other (R5, an actor
// without kind) nothing defined; R4 names no actor. One party gap: a1,
// municipality 4 against citizens 1.25.
const partiesCase = `samskab: 1
project: {name: Test}
actors:
  - {id: kom, kind: municipality}
  - {id: b1, kind: citizens}
  - {id: b2, kind: citizens}
  - {id: x}
responses:
  - {respondent: R1, actor: kom, answers: {a1.q1: 4, a1.q2: 4, a2.q1: 3, b1.q1: 4}}
  - {respondent: R2, actor: b1, answers: {a1.q1: 1, a1.q2: 0, a2.q1: 2, b2.q1: 2}}
  - {respondent: R3, actor: b2, answers: {a1.q1: 2, a2.q1: na, b2.q1: 4}}
  - {respondent: R4, answers: {a1.q1: 0, b1.q1: 0}}
  - {respondent: R5, actor: x, answers: {a3.q1: dk}}
`

func partiesReport(t *testing.T, withActors bool) *checklist.Report {
	src := partiesCase
	if !withActors {
		src = checklisttest.CaseYAML("a1.q1: 4", "a1.q1: 0")
	}
	return checklisttest.MustEvaluate(t, checklisttest.SmallCatalog(t), src, checklist.Options{})
}

func TestKindNamesInBothLanguages(t *testing.T) {
	for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
		seen := map[string]bool{}
		for _, kind := range checklist.ActorKinds {
			name := kindName(kind, lang)
			if name == kind || name == "" || seen[name] {
				t.Errorf("%s: kind %q is shown as %q", lang, kind, name)
			}
			seen[name] = true
		}
	}
	if got := kindName("municipality", checklist.Danish); got != "Kommunen" {
		t.Errorf("municipality in Danish is %q, want Kommunen", got)
	}
}

func TestPartyTable(t *testing.T) {
	pt := newPartyTable(partiesReport(t, true).Parties, checklist.Danish)
	if want := []string{"Borgere (2)", "Kommunen (1)", "Andre (1)"}; !slices.Equal(pt.Kinds, want) {
		t.Errorf("columns %q, want %q", pt.Kinds, want)
	}
	undef := checklist.Num{}
	want := []partyRow{
		{Label: "Samlet", Cells: []checklist.Num{checklist.Some(56.25), checklist.Some((11.0/3/4*100 + 100) / 2), undef}},
		{ID: "alpha", Label: "alpha", Cells: []checklist.Num{checklist.Some(37.5), checklist.Some(11.0 / 3 / 4 * 100), undef}},
		{ID: "beta", Label: "beta", Cells: []checklist.Num{checklist.Some(75), checklist.Some(100), undef}},
	}
	if len(pt.Rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(pt.Rows), len(want))
	}
	for i, w := range want {
		g := pt.Rows[i]
		if g.ID != w.ID || g.Label != w.Label || !slices.EqualFunc(g.Cells, w.Cells, checklisttest.SameNum) {
			t.Errorf("row %d: %+v, want %+v", i, g, w)
		}
	}
	if pt := newPartyTable(partiesReport(t, false).Parties, checklist.Danish); len(pt.Kinds) != 0 || len(pt.Rows) != 0 {
		t.Errorf("a case without actors has a party table: %+v", pt)
	}
}

func TestPartyGapText(t *testing.T) {
	gaps := partiesReport(t, true).Parties.Gaps
	if len(gaps) != 1 {
		t.Fatalf("%d party gaps, want 1", len(gaps))
	}
	for lang, want := range map[checklist.Lang]string{
		checklist.Danish:  "Kommunen 100,0 % · Borgere 31,3 %",
		checklist.English: "Municipality 100.0 % · Citizens 31.3 %",
	} {
		if got := partyGapText(gaps[0], lang); got != want {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}

func renderAs(t *testing.T, format string, r *checklist.Report, lang checklist.Lang) string {
	t.Helper()
	var buf bytes.Buffer
	p, err := NewReportPrinter(format, &buf, Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Print(r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestPartiesJSON(t *testing.T) {
	var got struct {
		Gaps    []map[string]any `json:"gaps"`
		Parties []struct {
			Kind        string
			Respondents int
			Overall     struct{ Percent *float64 }
			Rubrics     []struct {
				ID      string
				Percent *float64
				Items   []struct {
					ID      string
					Percent *float64
				}
			}
		} `json:"parties"`
	}
	out := renderAs(t, "json", partiesReport(t, true), checklist.English)
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Parties) != 3 {
		t.Fatalf("%d parties, want 3:\n%s", len(got.Parties), out)
	}
	mun := got.Parties[1]
	if mun.Kind != "municipality" || mun.Respondents != 1 || *mun.Overall.Percent != 95.8 ||
		*mun.Rubrics[0].Percent != 91.7 || mun.Rubrics[0].Items[0].ID != "a1" || *mun.Rubrics[0].Items[0].Percent != 100 ||
		mun.Rubrics[0].Items[2].Percent != nil {
		t.Errorf("municipality: %+v", mun)
	}
	if other := got.Parties[2]; other.Kind != "other" || other.Overall.Percent != nil || other.Rubrics[1].Percent != nil {
		t.Errorf("other: %+v", other)
	}
	last := got.Gaps[len(got.Gaps)-1]
	wantLow := map[string]any{"kind": "citizens", "score": 1.25, "percent": 31.3}
	wantHigh := map[string]any{"kind": "municipality", "score": 4.0, "percent": 100.0}
	if last["kind"] != "parties" || last["item"] != "a1" || last["spread"] != 2.75 ||
		!mapsEqual(last["low"], wantLow) || !mapsEqual(last["high"], wantHigh) {
		t.Errorf("party gap: %v", last)
	}
	for _, g := range got.Gaps[:len(got.Gaps)-1] {
		if _, ok := g["low"]; ok || g["kind"] == "parties" {
			t.Errorf("gap %v carries party fields or comes after the party gaps", g)
		}
	}
	if out := renderAs(t, "json", partiesReport(t, false), checklist.English); strings.Contains(out, `"parties"`) {
		t.Errorf("a report without actors has parties:\n%s", out)
	}
}

func mapsEqual(got any, want map[string]any) bool {
	m, ok := got.(map[string]any)
	if !ok || len(m) != len(want) {
		return false
	}
	for k, v := range want {
		if m[k] != v {
			return false
		}
	}
	return true
}

func TestPartiesCSV(t *testing.T) {
	rows, err := csv.NewReader(strings.NewReader(renderAs(t, "csv", partiesReport(t, true), checklist.Danish))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := append(slices.Clone(CSVColumns), "party"); !slices.Equal(rows[0], want) {
		t.Fatalf("header %q, want %q", rows[0], want)
	}
	// 5 items for everyone, then 5 per kind for 3 kinds.
	if len(rows) != 1+5+3*5 {
		t.Fatalf("%d rows, want 21", len(rows))
	}
	everyoneA1, citizensA1, otherA3 := rows[1], rows[6], rows[18]
	if everyoneA1[3] != "a1" || everyoneA1[13] != "low;disagreement;parties" || everyoneA1[15] != "" {
		t.Errorf("a1 for everyone: %q", everyoneA1)
	}
	if want := []string{"case.yaml", "Test", "alpha", "a1", "a1 titel", "", "1.25", "31.3", "emerging", "", "", "", "", "", "", "citizens"}; !slices.Equal(citizensA1, want) {
		t.Errorf("a1 for citizens: %q, want %q", citizensA1, want)
	}
	if otherA3[3] != "a3" || otherA3[6] != "" || otherA3[7] != "" || otherA3[15] != "other" {
		t.Errorf("a3 for other: %q", otherA3)
	}
	rows, err = csv.NewReader(strings.NewReader(renderAs(t, "csv", partiesReport(t, false), checklist.Danish))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(rows[0], CSVColumns) || len(rows) != 6 {
		t.Errorf("without actors: header %q and %d rows, want the item columns and 5 rows", rows[0], len(rows))
	}
}

// The section appears, translated, in every human view when responses
// name actors, and not at all otherwise.
func TestPartiesSectionInViews(t *testing.T) {
	for _, format := range []string{"text", "markdown", "html"} {
		for lang, want := range map[checklist.Lang][]string{
			checklist.Danish:  {"Efter part", "Borgere (2)", "Kommunen (1)", "Andre (1)", "Kommunen 100,0 % · Borgere 31,3 %"},
			checklist.English: {"By party", "Citizens (2)", "Municipality (1)", "Others (1)", "Municipality 100.0 % · Citizens 31.3 %"},
		} {
			out := renderAs(t, format, partiesReport(t, true), lang)
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("%s (%s) lacks %q", format, lang, w)
				}
			}
			if out := renderAs(t, format, partiesReport(t, false), lang); strings.Contains(out, want[0]) {
				t.Errorf("%s (%s) of a case without actors has %q", format, lang, want[0])
			}
		}
	}
}

// TestPartyTableFitsItsWidth: with a party of every kind the table is
// wider than a terminal; it is split in two with the rubric column in
// both, the headings wrap, and the percents stay whole.
func TestPartyTableFitsItsWidth(t *testing.T) {
	var b strings.Builder
	b.WriteString("samskab: 1\nproject: {name: Alle parter}\nactors:\n")
	for _, kind := range checklist.ActorKinds {
		b.WriteString("  - {id: " + kind + ", kind: " + kind + "}\n")
	}
	b.WriteString("responses:\n")
	for _, kind := range checklist.ActorKinds {
		b.WriteString("  - {respondent: " + kind + ", actor: " + kind + ", answers: {a1.q1: 4, a2.q1: 3, b1.q1: 1}}\n")
	}
	r := checklisttest.MustEvaluate(t, checklisttest.SmallCatalog(t), b.String(), checklist.Options{})
	for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
		for _, width := range []int{80, 100} {
			var buf bytes.Buffer
			p, err := NewReportPrinter("text", &buf, Options{Lang: lang, Width: width})
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Print(r); err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(buf.String(), "\n") {
				if DisplayWidth(line) > width {
					t.Errorf("%s at %d columns: a line of %d:\n%s", lang, width, DisplayWidth(line), buf.String())
					break
				}
			}
			if !strings.Contains(buf.String(), " 58,3 % |") && !strings.Contains(buf.String(), " 58.3 % |") {
				t.Errorf("%s at %d columns: no whole percent in\n%s", lang, width, buf.String())
			}
			if tables := strings.Count(buf.String(), "| Overall ") + strings.Count(buf.String(), "| Samlet "); width == 80 && tables < 2 {
				t.Errorf("%s at 80 columns: the party table is not split:\n%s", lang, buf.String())
			}
		}
	}
}
