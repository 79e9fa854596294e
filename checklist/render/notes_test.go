package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

// Notes appear in every report format: a note is part of the answer and a
// report that drops it loses what a person said.
func TestNotesAppearInEveryReportFormat(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	src := checklisttest.CaseYAML(
		`a1.q1: {score: 3, note: "Vi mødes hver torsdag i caféen"}`,
		`b1.q1: {score: dk, note: "Ingen har spurgt os endnu"}`,
	)
	r := checklisttest.MustEvaluate(t, cat, src, checklist.Options{})
	formats := Formats(ReportView)
	for _, want := range []string{"text", "markdown", "json", "csv", "html"} {
		if !strings.Contains(","+strings.Join(formats, ",")+",", ","+want+",") {
			t.Errorf("report format %s is missing from the registry", want)
		}
	}
	for _, format := range formats {
		if format == "xlsx" {
			continue // binary; its own test reads the cells
		}
		for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
			var buf bytes.Buffer
			p, err := NewReportPrinter(format, &buf, Options{Lang: lang, Width: 80})
			if err != nil {
				t.Fatal(err)
			}
			if err := p.Print(r); err != nil {
				t.Fatal(err)
			}
			out := strings.Join(strings.Fields(buf.String()), " ") // text wraps notes
			for _, note := range []string{"Vi mødes hver torsdag i caféen", "Ingen har spurgt os endnu"} {
				if !strings.Contains(out, note) {
					t.Errorf("%s (%s) lacks the note %q", format, lang, note)
				}
			}
			for _, q := range []string{"a1.q1", "b1.q1"} {
				if !strings.Contains(out, q) {
					t.Errorf("%s (%s) does not say which question %s the note is on", format, lang, q)
				}
			}
		}
	}
}
