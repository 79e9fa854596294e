package render

import (
	"bytes"
	"html/template"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

// renderPortfolioHTML runs the html batch view over the given cases and
// failures, with the portfolio built from the same cases.
func renderPortfolioHTML(t *testing.T, rubrics []*checklist.Rubric, lang checklist.Lang, cases []*checklist.CaseSummary, failures ...Failure) string {
	t.Helper()
	var buf bytes.Buffer
	v, err := NewBatchPrinter("html", &buf, Options{Lang: lang, Rubrics: rubrics})
	if err != nil {
		t.Fatal(err)
	}
	pb := checklist.NewPortfolioBuilder(rubrics)
	if err := v.Begin(); err != nil {
		t.Fatal(err)
	}
	for _, s := range cases {
		pb.Add(s)
		if err := v.Case(s); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range failures {
		pb.AddFailure()
		if err := v.Failure(f); err != nil {
			t.Fatal(err)
		}
	}
	if buf.Len() != 0 {
		t.Errorf("the page was written before End: %q", buf.String())
	}
	if err := v.End(pb.Portfolio()); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// heatCase is a case summary over the test rubrics of portfolioRubrics.
func heatCase(name string, overall checklist.Num, rubrics []*checklist.Rubric, items ...checklist.ItemSummary) *checklist.CaseSummary {
	s := &checklist.CaseSummary{File: name + ".yaml", Project: checklist.Project{Name: name}, Overall: overall, Items: items}
	for _, r := range rubrics {
		s.Rubrics = append(s.Rubrics, checklist.RubricSummary{Rubric: r})
	}
	return s
}

func TestBatchHTMLHeatMap(t *testing.T) {
	a, b, c := checklisttest.PortfolioRubrics()
	a1, a2, b1 := a.Items[0], a.Items[1], b.Items[0]
	// Case one has rubrics a and b, case two only a; nobody has c.
	one := heatCase("one", checklist.Some(68.6), []*checklist.Rubric{a, b},
		checklist.ItemSummary{Item: a1, Percent: checklist.Some(62.5)}, checklist.ItemSummary{Item: a2, Percent: checklist.Some(74.6)}, checklist.ItemSummary{Item: b1})
	two := heatCase("two", checklist.Some(56.23), []*checklist.Rubric{a},
		checklist.ItemSummary{Item: a1, Percent: checklist.Some(87.5)}, checklist.ItemSummary{Item: a2, Percent: checklist.Some(24.96)})
	pb := checklist.NewPortfolioBuilder([]*checklist.Rubric{a, b, c})
	v := newBatchHTML(nil, Options{Lang: checklist.Danish, Rubrics: []*checklist.Rubric{a, b, c}, GapBelow: 50})
	for _, s := range []*checklist.CaseSummary{one, two} {
		pb.Add(s)
		if err := v.Case(s); err != nil {
			t.Fatal(err)
		}
	}
	h := newHTMLPortfolioView(v, pb.Portfolio())

	type cell struct{ text, class string }
	tests := []struct {
		name string
		row  htmlHeatRow
		want []cell // overall, a1, a2, b1, c1
	}{
		// 62.5 rounds half away from zero; 74.6 shows as 75 but is shaded
		// by its exact level; b1 is in scope but not scored; c1 is not in
		// the case's scope.
		{"one", h.Heat(v.cases[0]), []cell{{"69", "lvl-developing"}, {"63", "lvl-developing"}, {"75", "lvl-developing"}, {"–", "lvl-none"}, {"", "lvl-out"}}},
		{"two", h.Heat(v.cases[1]), []cell{{"56", "lvl-developing"}, {"88", "lvl-embedded"}, {"25", "lvl-absent"}, {"", "lvl-out"}, {"", "lvl-out"}}},
		// Means: overall (68.6 + 56.23) / 2 = 62.415; a1 (62.5 + 87.5) / 2 =
		// 75; a2 (74.6 + 24.96) / 2 = 49.78; b1 scored nowhere; c1 in no
		// case's scope.
		{"mean", h.MeanRow, []cell{{"62", "lvl-developing"}, {"75", "lvl-established"}, {"50", "lvl-emerging"}, {"–", "lvl-none"}, {"", "lvl-out"}}},
	}
	for _, tc := range tests {
		got := append([]htmlCell{tc.row.Overall}, tc.row.Cells...)
		if len(got) != len(tc.want) {
			t.Fatalf("%s: %d cells, want %d", tc.name, len(got), len(tc.want))
		}
		for i, w := range tc.want {
			if got[i].Text != w.text || got[i].Level.Class != w.class {
				t.Errorf("%s: cell %d = %q %s, want %q %s", tc.name, i, got[i].Text, got[i].Level.Class, w.text, w.class)
			}
		}
	}
	if got := h.Heat(v.cases[0]).Cells[1].Title; got != "a2: 74,6 %" {
		t.Errorf("tooltip = %q, want the exact percent", got)
	}
	if got := h.Heat(v.cases[0]).Cells[2].Title; got != "b1: ikke scoret" {
		t.Errorf("tooltip = %q, want the status", got)
	}
}

// The heat cells and rubric bars are written in Go for speed; they must
// come out exactly as the "heat" and "bar" templates write them.
func TestBatchHTMLCellsMatchTemplates(t *testing.T) {
	tmpl := template.Must(template.New("t").Funcs(htmlFuncs(checklist.Danish)).ParseFS(htmlFS, "html/parts.tmpl"))
	run := func(name string, data any) string {
		var buf bytes.Buffer
		if err := tmpl.ExecuteTemplate(&buf, name, data); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	for _, n := range []checklist.Num{checklist.Some(0), checklist.Some(24.96), checklist.Some(62.5), checklist.Some(100), {}} {
		for _, label := range []string{"cok-01", "Samlet"} {
			cell := heatPct(label, n, checklist.Danish)
			var b strings.Builder
			writeHeatCell(&b, cell)
			if want := run("heat", cell); b.String() != want {
				t.Errorf("heat cell %v:\n got %s\nwant %s", n, b.String(), want)
			}
		}
		var b strings.Builder
		writeRubricCell(&b, scopedPct{V: n.V, OK: n.OK, In: true}, checklist.Danish)
		if want := `<td class="rub">` + run("bar", newHTMLBar(n, checklist.Danish)) + `</td>`; b.String() != want {
			t.Errorf("rubric cell %v:\n got %s\nwant %s", n, b.String(), want)
		}
	}
	out := htmlCell{Level: htmlLevel{Class: "lvl-out"}, Title: "ikke med"}
	var b strings.Builder
	writeHeatCell(&b, out)
	if want := run("heat", out); b.String() != want {
		t.Errorf("out-of-scope cell:\n got %s\nwant %s", b.String(), want)
	}
}

func TestBatchHTMLPage(t *testing.T) {
	a, b, c := checklisttest.PortfolioRubrics()
	a1, a2 := a.Items[0], a.Items[1]
	cases := []*checklist.CaseSummary{
		heatCase("one", checklist.Some(40), []*checklist.Rubric{a}, checklist.ItemSummary{Item: a1, Percent: checklist.Some(50)}, checklist.ItemSummary{Item: a2, Percent: checklist.Some(30)}),
		heatCase("two", checklist.Some(80), []*checklist.Rubric{a}, checklist.ItemSummary{Item: a1, Percent: checklist.Some(80)}, checklist.ItemSummary{Item: a2, Percent: checklist.Some(80)}),
	}
	cases[0].Rubrics[0].Percent = checklist.Some(40)
	failure := Failure{File: "bad.yaml", Problems: checklist.Problems{{File: "bad.yaml", Line: 3, Col: 4, Msg: "wrong"}, {File: "bad.yaml", Msg: "also wrong"}}}
	out := renderPortfolioHTML(t, []*checklist.Rubric{a, b, c}, checklist.English, cases, failure)
	for _, want := range []string{
		"<title>Portfolio of 2 cases – Co-creation portfolio</title>",
		`<span class="num">60.0 %</span>`, // mean of 40 and 80
		`<dt>Median</dt><dd>60.0 %</dd>`,  // median of the same
		`<a href="#not-scored">1</a>`,     // the failed file, linked
		`<li>bad.yaml:3:4: wrong (and 1 more problem)</li>`,
		// One case at each of two levels: half the bar each.
		`<span class="seg fill lvl-emerging" style="width: 50.00%">1</span><span class="seg fill lvl-established" style="width: 50.00%">1</span>`,
		// Rubric a scored, b and c outside the case's scope.
		`<td class="rub"><span class="bar"><span class="track"><span class="fill lvl-emerging" style="width: 40.00%"></span></span><span class="val">40.0 %</span></span></td><td class="rub"><span class="out">–</span></td>`,
		`<th scope="colgroup" colspan="2" title="">a</th><th scope="colgroup" colspan="1" title="">b</th>`,
		`<table class="data cases" style="min-width: 70.8em">`, // 48 + 3 × 7.6
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// 2 cases and the mean row, each with the overall and 4 item cells.
	if n := strings.Count(out, `<td class="heat `); n != 15 {
		t.Errorf("%d heat cells, want 15", n)
	}
}

// hostileSummary puts markup in everything of a batch a user controls:
// the project, the owner, the file name and a problem that quotes a key.
func hostileSummary() (*checklist.CaseSummary, Failure) {
	a, _, _ := checklisttest.PortfolioRubrics()
	s := heatCase("x", checklist.Some(50), []*checklist.Rubric{a}, checklist.ItemSummary{Item: a.Items[0], Percent: checklist.Some(50)})
	s.Project = checklist.Project{Name: "<script>alert(1)</script> & co", Owner: "<img src=x onerror=alert(2)>"}
	s.File = `cases/"><svg onload=alert(3)>.yaml`
	f := Failure{File: "<b>bad</b>.yaml", Problems: checklist.Problems{{File: "<b>bad</b>.yaml", Line: 5, Col: 7,
		Msg: `unknown question id "<iframe src=javascript:alert(4)>"`}}}
	return s, f
}

func TestBatchHTMLEscapesUserText(t *testing.T) {
	s, f := hostileSummary()
	a, _, _ := checklisttest.PortfolioRubrics()
	out := renderPortfolioHTML(t, []*checklist.Rubric{a}, checklist.English, []*checklist.CaseSummary{s}, f)
	for _, raw := range []string{"<script", "<img", "<svg", "<iframe", "<b>bad"} {
		if strings.Contains(out, raw) {
			t.Errorf("output contains %q unescaped", raw)
		}
	}
	for _, escaped := range []string{
		"&lt;script&gt;alert(1)&lt;/script&gt; &amp; co",
		"&lt;img src=x onerror=alert(2)&gt;",
		`title="cases/&#34;&gt;&lt;svg onload=alert(3)&gt;.yaml"`,
		"&lt;b&gt;bad&lt;/b&gt;.yaml:5:7: unknown question id &#34;&lt;iframe src=javascript:alert(4)&gt;&#34;",
	} {
		if !strings.Contains(out, escaped) {
			t.Errorf("output lacks %q", escaped)
		}
	}
}

func TestBatchHTMLIsSelfContained(t *testing.T) {
	a, b, c := checklisttest.PortfolioRubrics()
	out := renderPortfolioHTML(t, []*checklist.Rubric{a, b, c}, checklist.Danish,
		[]*checklist.CaseSummary{heatCase("one", checklist.Some(40), []*checklist.Rubric{a}, checklist.ItemSummary{Item: a.Items[0], Percent: checklist.Some(40)})})
	for _, s := range []string{"<script", "<link", "<img", "<iframe", "src=", "url(", "@import"} {
		if strings.Contains(out, s) {
			t.Errorf("page contains %q: it must load nothing from elsewhere", s)
		}
	}
	for _, s := range []string{`<html lang="da">`, "@media print", "@page { size: A4 landscape", "Portefølje med 1 sag"} {
		if !strings.Contains(out, s) {
			t.Errorf("page lacks %q", s)
		}
	}
}
