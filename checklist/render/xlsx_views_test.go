package render

import (
	"bytes"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
	"github.com/samskab/samskab/internal/xlsx"
)

// xlsxViews renders every workbook view once, over the test cases.
func xlsxViews(t *testing.T) map[string][]byte {
	cat := builtinCat(t)
	out := map[string][]byte{}
	render := func(name string, f func(*bytes.Buffer) error) {
		var buf bytes.Buffer
		if err := f(&buf); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = buf.Bytes()
	}
	render("report", func(b *bytes.Buffer) error {
		return XLSXReport{Lang: checklist.English}.Render(b, scoreFile(t, cat, "../../testdata/cases/havdrup-ensomhed.yaml"))
	})
	render("rounds", func(b *bytes.Buffer) error {
		return XLSXRounds{Lang: checklist.Danish}.Render(b, havdrupRounds(t, nil))
	})
	var cases []checklist.RoundCase
	for _, f := range []string{"aalborg-ungeliv.yaml", "havdrup-ensomhed.yaml", "nordfyn-natur.yaml"} {
		cases = append(cases, checklist.RoundCase{Rel: f, Summary: checklist.Summarize(scoreFile(t, cat, "../../testdata/cases/"+f))})
	}
	render("folders", func(b *bytes.Buffer) error {
		pc := checklist.ComparePortfolios(cases[:2], cases[1:], cat.Rubrics)
		pc.OldDir, pc.NewDir = "2025", "2026"
		return XLSXPortfolioChange{Lang: checklist.Danish}.Render(b, pc)
	})
	render("batch", func(b *bytes.Buffer) error {
		v := NewXLSXBatch(b, Options{Lang: checklist.Danish, Rubrics: cat.Rubrics})
		pb := checklist.NewPortfolioBuilder(cat.Rubrics)
		if err := v.Begin(); err != nil {
			return err
		}
		for _, c := range cases {
			pb.Add(c.Summary)
			if err := v.Case(c.Summary); err != nil {
				return err
			}
		}
		return v.End(pb.Portfolio())
	})
	return out
}

// TestXLSXViewsReadBack: the survey reader (internal/xlsx) reads every
// sheet of every view as excelize does, values stored as they are.
func TestXLSXViewsReadBack(t *testing.T) {
	for name, data := range xlsxViews(t) {
		t.Run(name, func(t *testing.T) {
			f, err := excelize.OpenReader(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			for _, sheet := range f.GetSheetList() {
				want, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
				if err != nil {
					t.Fatal(err)
				}
				got, err := xlsx.ReadRows(data, sheet, xlsx.DefaultLimits)
				if err != nil {
					t.Fatal(err)
				}
				if diff := rowsDiff(got, want); diff != "" {
					t.Errorf("%s: %s", sheet, diff)
				}
			}
		})
	}
}

// rowsDiff names the first cell that differs; numbers may differ in
// their last digits only.
func rowsDiff(got, want [][]string) string {
	if len(got) != len(want) {
		return fmt.Sprintf("%d rows, excelize %d", len(got), len(want))
	}
	for r := range got {
		if len(got[r]) != len(want[r]) {
			return fmt.Sprintf("row %d: %q, excelize %q", r+1, got[r], want[r])
		}
		for c := range got[r] {
			g, w := got[r][c], want[r][c]
			x, err1 := strconv.ParseFloat(g, 64)
			y, err2 := strconv.ParseFloat(w, 64)
			if g != w && (err1 != nil || err2 != nil || math.Abs(x-y) > 1e-12*math.Max(1, math.Abs(y))) {
				return fmt.Sprintf("%s: %q, excelize %q", xlsx.CellName(c+1, r+1), g, w)
			}
		}
	}
	return ""
}

// TestXLSXViewsCharts: each view draws its chart on the right sheet: bar
// charts of rubrics, projects and levels, and a line per rubric over the
// rounds, with markers.
func TestXLSXViewsCharts(t *testing.T) {
	views := xlsxViews(t)
	for _, tc := range []struct {
		view, sheetPart, kind string
		series, markers       int
	}{
		{"report", "sheet1", "<c:barChart>", 1, 0},
		{"rounds", "sheet1", "<c:lineChart>", 3, 3},
		{"folders", "sheet3", "<c:barChart>", 1, 0},
		{"batch", "sheet2", "<c:barChart>", 1, 0},
	} {
		parts := checklisttest.Unzip(t, views[tc.view])
		rels := parts["xl/worksheets/_rels/"+tc.sheetPart+".xml.rels"]
		chart := parts["xl/charts/chart1.xml"]
		if !strings.Contains(rels, "../drawings/drawing1.xml") || parts["xl/charts/chart2.xml"] != "" {
			t.Errorf("%s: the one chart is not on %s: %q", tc.view, tc.sheetPart, rels)
		}
		if !strings.Contains(chart, tc.kind) || strings.Count(chart, "<c:ser>") != tc.series ||
			strings.Count(chart, `<c:symbol val="circle"/><c:size val="6"/>`) != tc.markers {
			t.Errorf("%s: want %s with %d series, %d markers:\n%s", tc.view, tc.kind, tc.series, tc.markers, chart)
		}
	}
}

// TestXLSXCellsAlignTop: every cell with a value is aligned to the top,
// so the cells of a row stay level with its wrapped text (a note, an
// action) instead of sitting at the bottom of the tall row.
func TestXLSXCellsAlignTop(t *testing.T) {
	for name, data := range xlsxViews(t) {
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, sheet := range f.GetSheetList() {
			rows, err := f.GetRows(sheet)
			if err != nil {
				t.Fatal(err)
			}
			for r, row := range rows {
				for c, v := range row {
					if v == "" {
						continue
					}
					cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
					id, _ := f.GetCellStyle(sheet, cell)
					s, err := f.GetStyle(id)
					if err != nil || s.Alignment == nil || s.Alignment.Vertical != "top" {
						t.Errorf("%s: %s!%s (%q) is not aligned to the top", name, sheet, cell, v)
					}
				}
			}
		}
		f.Close()
	}
}

// TestXLSXHeaderWordsFit: each word of a header fits its column with the
// margin the widths leave, so a spreadsheet breaks a header between words,
// never inside one ("Responden-ter") – also in the blocks beside a table.
func TestXLSXHeaderWordsFit(t *testing.T) {
	for name, data := range xlsxViews(t) {
		f, err := excelize.OpenReader(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for _, sheet := range f.GetSheetList() {
			rows, _ := f.GetRows(sheet)
			for r, row := range rows {
				for c, v := range row {
					cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
					id, _ := f.GetCellStyle(sheet, cell)
					if s, err := f.GetStyle(id); err != nil || s.Font == nil || !s.Font.Bold {
						continue
					}
					col, _ := excelize.ColumnNumberToName(c + 1)
					width, _ := f.GetColWidth(sheet, col)
					for _, word := range strings.Fields(v) {
						if n := len([]rune(word)); float64(n) > width-2 {
							t.Errorf("%s: %s!%s: %q is %d characters, its column %v wide", name, sheet, cell, word, n, width)
						}
					}
				}
			}
		}
		f.Close()
	}
}
