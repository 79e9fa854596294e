// Package render holds the views of a report. This part writes Excel
// workbooks (--format xlsx) with excelize: numbers as numbers with number
// formats, a frozen header row, an autofilter, column widths and headers
// in the report's language.
package render

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/samskab/samskab/checklist"
)

// xcell is one cell to write: a value and a style.
type xcell struct {
	v     any // string, float64, int or nil (empty)
	style int
}

// book is a workbook being written, with the styles every sheet shares.
type book struct {
	f                                                  *excelize.File
	head, pctStyle, scoreStyle, pointsStyle, wrap, num int
	first                                              bool // the default sheet is still unnamed
}

func newBook() (*book, error) {
	b := &book{f: excelize.NewFile(), first: true}
	pctFmt, scoreFmt, pointsFmt := "0.0%", "0.00", "+0.0;-0.0;0.0"
	styles := []struct {
		dst *int
		s   *excelize.Style
	}{
		{&b.head, &excelize.Style{Font: &excelize.Font{Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"DDE7F0"}}}},
		{&b.pctStyle, &excelize.Style{CustomNumFmt: &pctFmt}},
		{&b.scoreStyle, &excelize.Style{CustomNumFmt: &scoreFmt}},
		{&b.pointsStyle, &excelize.Style{CustomNumFmt: &pointsFmt}},
		{&b.num, &excelize.Style{NumFmt: 1}},
		{&b.wrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	}
	for _, st := range styles {
		id, err := b.f.NewStyle(st.s)
		if err != nil {
			return nil, err
		}
		*st.dst = id
	}
	return b, nil
}

// Cell constructors. Undefined numbers stay empty, never 0.
func (b *book) text(s string) xcell { return xcell{v: SpreadsheetCell(s)} }
func (b *book) long(s string) xcell { return xcell{v: SpreadsheetCell(s), style: b.wrap} }
func (b *book) count(n int) xcell   { return xcell{v: n, style: b.num} }

// pct writes a percent (0–100) as the fraction Excel's percent format
// expects, rounded as the other views round it.
func (b *book) pct(n checklist.Num) xcell {
	if !n.OK {
		return xcell{style: b.pctStyle}
	}
	return xcell{v: round(n.V, 1) / 100, style: b.pctStyle}
}

func (b *book) score(n checklist.Num) xcell {
	if !n.OK {
		return xcell{style: b.scoreStyle}
	}
	return xcell{v: round(n.V, 2), style: b.scoreStyle}
}

// fraction writes a 0–1 share (coverage) with the percent format.
func (b *book) fraction(f float64) xcell { return xcell{v: round(f, 3), style: b.pctStyle} }

func round(v float64, d int) float64 {
	p := 1.0
	for range d {
		p *= 10
	}
	// Same half-away-from-zero rule as the text views.
	if v < 0 {
		return -float64(int64(-v*p+0.5+1e-9)) / p
	}
	return float64(int64(v*p+0.5+1e-9)) / p
}

// table writes a sheet that is one table: a bold header row, frozen,
// with an autofilter over the data and widths that fit the content.
func (b *book) table(name string, header []string, rows [][]xcell) error {
	if err := b.sheet(name); err != nil {
		return err
	}
	hrow := make([]xcell, len(header))
	for i, h := range header {
		hrow[i] = xcell{v: h, style: b.head}
	}
	if err := b.rows(name, 1, append([][]xcell{hrow}, rows...)); err != nil {
		return err
	}
	if err := b.f.SetPanes(name, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	last, _ := excelize.CoordinatesToCellName(len(header), len(rows)+1)
	if err := b.f.AutoFilter(name, "A1:"+last, nil); err != nil {
		return err
	}
	return b.widths(name, hrow, rows)
}

// sheet names the default sheet or adds a new one.
func (b *book) sheet(name string) error {
	if b.first {
		b.first = false
		return b.f.SetSheetName("Sheet1", name)
	}
	_, err := b.f.NewSheet(name)
	return err
}

// rows writes rows from row number start (1-based), from column A.
func (b *book) rows(sheet string, start int, rows [][]xcell) error {
	return b.rowsAt(sheet, 1, start, rows)
}

// rowsAt writes rows with their top-left cell at column col, row start.
func (b *book) rowsAt(sheet string, col, start int, rows [][]xcell) error {
	for r, row := range rows {
		for c, x := range row {
			cell, err := excelize.CoordinatesToCellName(col+c, start+r)
			if err != nil {
				return err
			}
			if x.v != nil {
				if err := b.f.SetCellValue(sheet, cell, x.v); err != nil {
					return err
				}
			}
			if x.style != 0 {
				if err := b.f.SetCellStyle(sheet, cell, cell, x.style); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// widths sets each column to its longest text, between 8 and 60
// characters; long text wraps.
func (b *book) widths(sheet string, header []xcell, rows [][]xcell) error {
	for c := range header {
		w := 8
		for _, row := range append([][]xcell{header}, rows...) {
			if c < len(row) {
				w = max(w, xlsxCellWidth(row[c].v))
			}
		}
		col, _ := excelize.ColumnNumberToName(c + 1)
		if err := b.f.SetColWidth(sheet, col, col, float64(min(w+2, 60))); err != nil {
			return err
		}
	}
	return nil
}

func xlsxCellWidth(v any) int {
	switch x := v.(type) {
	case string:
		longest := 0
		for _, line := range strings.Split(x, "\n") {
			longest = max(longest, utf8.RuneCountInString(line))
		}
		return longest
	case nil:
		return 0
	}
	return 8
}

// barChart adds a bar chart of one column of a sheet, categories from
// another, rows first..last (1-based), anchored at cell.
// With percent the value axis runs from 0 to 100 %, otherwise it counts.
func (b *book) barChart(sheet, anchor, title, catCol, valCol string, first, last int, percent bool) error {
	if last < first {
		return nil
	}
	ref := func(col string) string { return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sheet, col, first, col, last) }
	one, zero := 1.0, 0.0
	yAxis := excelize.ChartAxis{Minimum: &zero, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0"}}
	if percent {
		yAxis = excelize.ChartAxis{Maximum: &one, Minimum: &zero, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}}
	}
	return b.f.AddChart(sheet, anchor, &excelize.Chart{
		Type:      excelize.Bar,
		Series:    []excelize.ChartSeries{{Name: title, Categories: ref(catCol), Values: ref(valCol)}},
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title}}},
		Legend:    excelize.ChartLegend{Position: "none"},
		XAxis:     excelize.ChartAxis{ReverseOrder: true},
		YAxis:     yAxis,
		Dimension: excelize.ChartDimension{Width: 640, Height: uint(160 + 28*(last-first+1))},
	})
}

// write puts the workbook on w, with the first sheet active.
func (b *book) write(w io.Writer) error {
	defer b.f.Close()
	b.f.SetActiveSheet(0)
	_, err := b.f.WriteTo(w)
	return err
}

// IsTerminalRefusal is the message for a workbook bound for a terminal.
const IsTerminalRefusal = "a workbook is binary; give --out FILE.xlsx (or redirect stdout to a file)"
