package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

func renderHTML(t *testing.T, r *checklist.Report, lang checklist.Lang) string {
	t.Helper()
	var buf bytes.Buffer
	v, err := NewReportPrinter("html", &buf, Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Print(r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// hostileCase puts markup everywhere a user can write text.
const hostileCase = `samskab: 1
project:
  name: "<b>Bold</b> & co"
  owner: "<img src=x onerror=alert(2)>"
  description: "</p><iframe src=javascript:alert(3)></iframe>"
rubrics: [vaeksthus]
actors:
  - {id: a, name: "<svg onload=alert(4)>", kind: other}
responses:
  - respondent: "</td><script>alert(5)</script>"
    actor: a
    answers:
      vfl-c1.q1: {score: 1, note: "<script>alert(1)</script>"}
      vfl-c1.q2: 2
  - respondent: "Ann \"quoted\" 'single'"
    answers:
      vfl-c1.q1: 4
`

func TestHTMLReportEscapesUserText(t *testing.T) {
	out := renderHTML(t, checklisttest.ScoreCase(t, "hostile.yaml", []byte(hostileCase)), checklist.English)
	for _, raw := range []string{"<script", "<b>Bold", "<img", "<iframe", "<svg onload", `"quoted"`} {
		if strings.Contains(out, raw) {
			t.Errorf("output contains %q unescaped", raw)
		}
	}
	for _, escaped := range []string{
		"&lt;script&gt;alert(1)&lt;/script&gt;", // the note, as text
		"&lt;b&gt;Bold&lt;/b&gt; &amp; co",
		"&lt;img src=x onerror=alert(2)&gt;",
		"&lt;/td&gt;&lt;script&gt;alert(5)&lt;/script&gt;",
		"&lt;svg onload=alert(4)&gt;",
		"Ann &#34;quoted&#34; &#39;single&#39;",
	} {
		if !strings.Contains(out, escaped) {
			t.Errorf("output lacks %q", escaped)
		}
	}
}

func TestHTMLReportIsSelfContained(t *testing.T) {
	out := renderHTML(t, checklisttest.ScoreCaseFile(t, "havdrup-ensomhed.yaml"), checklist.English)
	// Links to the rubric sources are fine; nothing may be loaded.
	for _, s := range []string{"<script", "<link", "<img", "<iframe", "src=", "url(", "@import"} {
		if strings.Contains(out, s) {
			t.Errorf("report contains %q: it must load nothing from elsewhere", s)
		}
	}
	for _, s := range []string{"@page { size: A4", "@media print", "break-inside: avoid"} {
		if !strings.Contains(out, s) {
			t.Errorf("print stylesheet lacks %q", s)
		}
	}
}

func TestHTMLReportContent(t *testing.T) {
	tests := []struct {
		file       string
		lang       checklist.Lang
		charts     int // a radar per rubric, and one over the themes
		answers    bool
		contains   []string
		notContain []string
	}{
		{"havdrup-ensomhed.yaml", checklist.English, 3, true, []string{
			`<html lang="en">`, "55.2 %", "Developing",
			`<svg role="img" aria-labelledby="chart-cok-title chart-cok-desc"`,
			`<title id="chart-themes-title">Themes across the rubrics</title>`,
			`<table class="sr-only">`,
			`<th scope="col" class="n">Grethe (borger, 78 år)</th>`,
			`<td class="heat lvl-none" title="Grethe (borger, 78 år) · fr-p6">not relevant</td>`,
			`<td class="heat lvl-none" title="Grethe (borger, 78 år) · fr-p5">unanswered</td>`,
			"Vores erfaringer fra besøgene bliver sjældent brugt i planlægningen", // a note
			"Solrød Kommune, Sundhed og Omsorg",                                   // Mette's actor by name
			"(cok, version 2)", "https://www.cok.dk/samskabelse/10-veje-til-samskabelse",
		}, nil},
		{"havdrup-ensomhed.yaml", checklist.Danish, 3, true, []string{
			`<html lang="da">`, "55,2 %", "I udvikling", "Samskabelsesrapport", "Svar pr. respondent",
		}, []string{"Developing"}},
		{"aalborg-ungeliv.yaml", checklist.English, 5, false, []string{"UngeRum Aalborg Øst"}, []string{`class="data answers"`}},
	}
	for _, tt := range tests {
		t.Run(tt.file+"/"+string(tt.lang), func(t *testing.T) {
			out := renderHTML(t, checklisttest.ScoreCaseFile(t, tt.file), tt.lang)
			if n := strings.Count(out, `<svg role="img"`); n != tt.charts {
				t.Errorf("%d charts, want %d", n, tt.charts)
			}
			if n := strings.Count(out, `<table class="sr-only">`); n != tt.charts {
				t.Errorf("%d screen-reader tables, want one per chart (%d)", n, tt.charts)
			}
			if got := strings.Contains(out, `class="data answers"`); got != tt.answers {
				t.Errorf("answers side by side shown = %v, want %v", got, tt.answers)
			}
			for _, s := range tt.contains {
				if !strings.Contains(out, s) {
					t.Errorf("output lacks %q", s)
				}
			}
			for _, s := range tt.notContain {
				if strings.Contains(out, s) {
					t.Errorf("output contains %q", s)
				}
			}
		})
	}
}

func TestHTMLReportIsDeterministic(t *testing.T) {
	r := checklisttest.ScoreCaseFile(t, "holbaek-demokrati.yaml")
	if a, b := renderHTML(t, r, checklist.Danish), renderHTML(t, r, checklist.Danish); a != b {
		t.Error("two renderings of the same report differ")
	}
}

func TestHTMLCells(t *testing.T) {
	tests := []struct {
		name  string
		cell  htmlCell
		text  string
		class string
	}{
		{"score 1.5 is 37.5 %", scoreCell(checklist.Some(1.5), checklist.Danish), "1,50", "lvl-emerging"},
		{"score 3.5 is 87.5 %", scoreCell(checklist.Some(3.5), checklist.English), "3.50", "lvl-embedded"},
		{"undefined score", scoreCell(checklist.Num{}, checklist.English), "–", "lvl-none"},
		{"percent 74.9", pctCell(checklist.Some(74.9), checklist.English), "74.9 %", "lvl-developing"},
		{"percent 75", pctCell(checklist.Some(75), checklist.English), "75.0 %", "lvl-established"},
	}
	for _, tt := range tests {
		if tt.cell.Text != tt.text || tt.cell.Level.Class != tt.class {
			t.Errorf("%s: got %q %q, want %q %q", tt.name, tt.cell.Text, tt.cell.Level.Class, tt.text, tt.class)
		}
	}
}

func TestHTMLBarWidthIsClamped(t *testing.T) {
	tests := []struct {
		n     checklist.Num
		width string
	}{{checklist.Some(55.25), "55.25"}, {checklist.Some(-3), "0.00"}, {checklist.Some(140), "100.00"}, {checklist.Num{}, "0"}}
	for _, tt := range tests {
		if got := newHTMLBar(tt.n, checklist.English).Width; got != tt.width {
			t.Errorf("bar(%+v).Width = %q, want %q", tt.n, got, tt.width)
		}
	}
}

func TestLevelBands(t *testing.T) {
	var got []string
	for _, b := range levelBands(checklist.Danish) {
		got = append(got, b.Level.Name+" "+b.Range)
	}
	want := "Fraværende 0–25 %|Spirende 25–50 %|I udvikling 50–75 %|Etableret 75–87,5 %|Forankret 87,5–100 %"
	if strings.Join(got, "|") != want {
		t.Errorf("bands = %q, want %q", strings.Join(got, "|"), want)
	}
}
