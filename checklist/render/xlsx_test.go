package render

import (
	"archive/zip"
	"bytes"
	"flag"
	"github.com/samskab/samskab/internal/checklisttest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/samskab/samskab/checklist"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func builtinCat(t *testing.T) *checklist.Catalog { return checklisttest.BuiltinCatalog(t) }

func scoreFile(t *testing.T, cat *checklist.Catalog, path string) *checklist.Report {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, r := checklisttest.ParseAndEvaluate(t, cat, filepath.Base(path), string(data), checklist.Options{})
	return r
}

// dumpWorkbook lists every sheet's cells as the spreadsheet shows them
// (number formats applied), one tab-separated line per row, so a golden
// file compares values, not the bytes of the zip.
func dumpWorkbook(t *testing.T, data []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		b.WriteString("== " + sheet + "\n")
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			b.WriteString(strings.Join(row, "\t") + "\n")
		}
	}
	return b.String()
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != string(want) {
		t.Errorf("%s differs; run go test -update and review the diff.\ngot:\n%s", name, got)
	}
}

func TestXLSXReportGolden(t *testing.T) {
	cat := builtinCat(t)
	for _, tc := range []struct {
		file, golden string
		lang         checklist.Lang
	}{
		{"../../testdata/cases/havdrup-ensomhed.yaml", "havdrup.da.xlsx.txt", checklist.Danish},
		{"../../testdata/cases/havdrup-ensomhed.yaml", "havdrup.en.xlsx.txt", checklist.English},
		{"testdata/formula.yaml", "formula.da.xlsx.txt", checklist.Danish},
	} {
		t.Run(tc.golden, func(t *testing.T) {
			var buf bytes.Buffer
			if err := (XLSXReport{Lang: tc.lang}).Render(&buf, scoreFile(t, cat, tc.file)); err != nil {
				t.Fatal(err)
			}
			golden(t, tc.golden, dumpWorkbook(t, buf.Bytes()))
		})
	}
}

// TestXLSXWorkbookShape checks what a value dump cannot see: numbers are
// numbers, the header row is frozen, every table has an autofilter, and
// the overview has its chart.
func TestXLSXWorkbookShape(t *testing.T) {
	cat := builtinCat(t)
	var buf bytes.Buffer
	if err := (XLSXReport{Lang: checklist.English}).Render(&buf, scoreFile(t, cat, "../../testdata/cases/havdrup-ensomhed.yaml")); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Overview", "Items", "Gaps", "Answers"}) {
		t.Errorf("sheets %v", got)
	}
	for _, cell := range []string{"D2", "D3", "C3"} {
		if typ, _ := f.GetCellType("Overview", cell); typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("Overview!%s has type %v, want a number", cell, typ)
		}
		if v, _ := f.GetCellValue("Overview", cell, excelize.Options{RawCellValue: true}); strings.ContainsAny(v, "%,") || v == "" {
			t.Errorf("Overview!%s raw value %q, want a plain number", cell, v)
		}
	}
	for _, sheet := range f.GetSheetList() {
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header row not frozen: %+v %v", sheet, panes, err)
		}
	}
	names := f.GetDefinedName()
	if len(names) != 4 {
		t.Errorf("want an autofilter on each of 4 sheets, got defined names %+v", names)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	charts := 0
	for _, zf := range zr.File {
		if strings.HasPrefix(zf.Name, "xl/charts/chart") {
			charts++
		}
	}
	if charts != 1 {
		t.Errorf("want 1 chart, got %d", charts)
	}
}

// TestXLSXNoFormulas: no cell holds a formula, and no text cell starts
// with a character that a spreadsheet reads as one.
func TestXLSXNoFormulas(t *testing.T) {
	cat := builtinCat(t)
	var buf bytes.Buffer
	if err := (XLSXReport{Lang: checklist.Danish}).Render(&buf, scoreFile(t, cat, "testdata/formula.yaml")); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet)
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					t.Errorf("%s!%s holds formula %q", sheet, cell, formula)
				}
				if v != "" && strings.ContainsRune("=+@\t\r", rune(v[0])) {
					t.Errorf("%s!%s starts a formula: %q", sheet, cell, v)
				}
				if typ, _ := f.GetCellType(sheet, cell); v != "" && v[0] == '-' && typ != excelize.CellTypeNumber {
					t.Errorf("%s!%s text starts with '-': %q", sheet, cell, v)
				}
			}
		}
	}
}

// TestSheetNames: Excel refuses sheet names over 31 characters or with
// any of : \ / ? * [ ].
func TestSheetNames(t *testing.T) {
	for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
		for name, v := range fieldsOf(textsFor(lang)) {
			if isSheetName(name) && (len([]rune(v)) > 31 || strings.ContainsAny(v, ":\\/?*[]")) {
				t.Errorf("%s: sheet name %s = %q is not one Excel accepts", lang, name, v)
			}
		}
	}
}
