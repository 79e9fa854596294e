// Package render holds the views of a report. This part writes Excel
// workbooks (--format xlsx) with internal/xlsx: numbers as numbers with
// number formats, a frozen header row, an autofilter, column widths and
// headers in the report's language.
package render

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/xlsx"
)

// xcell is one cell to write: a value and a style.
type xcell struct {
	v     any // string, float64, int or nil (empty)
	style int
}

// book is a workbook being written, with the styles every sheet shares.
// Every cell is aligned to the top: a row with wrapped text is several
// lines tall, and the other cells of the row belong beside the text's
// first line, not at the row's bottom, where they seem to start the next.
type book struct {
	f                                                         *xlsx.Workbook
	sheets                                                    map[string]*xlsx.Sheet
	head, plain, pctStyle, scoreStyle, pointsStyle, wrap, num int
}

func newBook() (*book, error) {
	b := &book{f: xlsx.New(), sheets: map[string]*xlsx.Sheet{}}
	styles := []struct {
		dst *int
		s   xlsx.Style
	}{
		{&b.head, xlsx.Style{Bold: true, VAlign: "top", Wrap: true, Fill: "DDE7F0"}},
		{&b.plain, xlsx.Style{VAlign: "top"}},
		{&b.pctStyle, xlsx.Style{NumFmt: "0.0%", VAlign: "top"}},
		{&b.scoreStyle, xlsx.Style{NumFmt: "0.00", VAlign: "top"}},
		{&b.pointsStyle, xlsx.Style{NumFmt: "+0.0;-0.0;0.0", VAlign: "top"}},
		{&b.num, xlsx.Style{NumFmtID: 1, VAlign: "top"}},
		{&b.wrap, xlsx.Style{VAlign: "top", Wrap: true}},
	}
	for _, st := range styles {
		id, err := b.f.AddStyle(st.s)
		if err != nil {
			return nil, err
		}
		*st.dst = id
	}
	return b, nil
}

// Cell constructors. Undefined numbers stay empty, never 0.
func (b *book) text(s string) xcell { return xcell{v: SpreadsheetCell(s), style: b.plain} }
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
	sh, err := b.sheet(name)
	if err != nil {
		return err
	}
	hrow := make([]xcell, len(header))
	for i, h := range header {
		hrow[i] = xcell{v: h, style: b.head}
	}
	if err := b.rows(name, 1, append([][]xcell{hrow}, rows...)); err != nil {
		return err
	}
	if err := sh.FreezeRows(1); err != nil {
		return err
	}
	if err := sh.AutoFilter(1, 1, len(header), len(rows)+1); err != nil {
		return err
	}
	return b.widths(sh, hrow, rows)
}

// sheet adds a sheet.
func (b *book) sheet(name string) (*xlsx.Sheet, error) {
	sh, err := b.f.AddSheet(name)
	if err != nil {
		return nil, err
	}
	b.sheets[name] = sh
	return sh, nil
}

// rows writes rows from row number start (1-based), from column A.
func (b *book) rows(sheet string, start int, rows [][]xcell) error {
	return b.rowsAt(sheet, 1, start, rows)
}

// rowsAt writes rows with their top-left cell at column col, row start.
func (b *book) rowsAt(sheet string, col, start int, rows [][]xcell) error {
	sh := b.sheets[sheet]
	for r, row := range rows {
		for c, x := range row {
			if err := setCell(sh, col+c, start+r, x); err != nil {
				return err
			}
		}
	}
	return nil
}

// setCell writes a value as its type: text always as text, so text that
// looks like a number or a formula stays what it is.
func setCell(sh *xlsx.Sheet, col, row int, x xcell) error {
	switch v := x.v.(type) {
	case nil:
		if x.style == 0 {
			return nil
		}
		return sh.SetStyle(col, row, x.style)
	case string:
		return sh.SetString(col, row, v, x.style)
	case int:
		return sh.SetNumber(col, row, float64(v), x.style)
	case float64:
		return sh.SetNumber(col, row, v, x.style)
	}
	return fmt.Errorf("a cell cannot hold %T", x.v)
}

// widths sets each column to its longest text, between 8 and 60
// characters; long text wraps.
func (b *book) widths(sh *xlsx.Sheet, header []xcell, rows [][]xcell) error {
	for c := range header {
		w := 8
		for _, row := range append([][]xcell{header}, rows...) {
			if c < len(row) {
				w = max(w, xlsxCellWidth(row[c].v))
			}
		}
		if err := sh.SetColWidth(c+1, float64(min(w+2, 60))); err != nil {
			return err
		}
	}
	return nil
}

// widen makes the columns of a block of rows, its first column at col,
// wide enough for their text, keeping any wider width already set: the
// block shares its columns with the table above or beside it.
func (b *book) widen(sheet string, col int, rows [][]xcell) error {
	sh := b.sheets[sheet]
	for _, row := range rows {
		for c, x := range row {
			w := float64(min(max(8, xlsxCellWidth(x.v))+2, 60))
			if have, _ := sh.ColWidth(col + c); w <= have {
				continue
			}
			if err := sh.SetColWidth(col+c, w); err != nil {
				return err
			}
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
// another, rows first..last (1-based), its top-left corner at col, row.
// With percent the value axis runs from 0 to 100 %, otherwise it counts.
func (b *book) barChart(sheet string, col, row int, title string, catCol, valCol, first, last int, percent bool) error {
	if last < first {
		return nil
	}
	zero, one := 0.0, 1.0
	c := xlsx.Chart{
		Kind:  xlsx.BarChart,
		Title: title,
		Series: []xlsx.Series{{Name: title, Categories: xlsx.Cells(sheet, catCol, first, catCol, last),
			Values: xlsx.Cells(sheet, valCol, first, valCol, last)}},
		ReverseCategories: true,
		ValueMin:          &zero,
		ValueFormat:       "0",
		Col:               col, Row: row,
		Width: 640, Height: 160 + 28*(last-first+1),
	}
	if percent {
		c.ValueMax, c.ValueFormat = &one, "0%"
	}
	return b.sheets[sheet].AddChart(c)
}

// write puts the workbook on w, with the first sheet active.
func (b *book) write(w io.Writer) error {
	if err := b.f.SetActive(0); err != nil {
		return err
	}
	_, err := b.f.WriteTo(w)
	return err
}

// IsTerminalRefusal is the message for a workbook bound for a terminal.
const IsTerminalRefusal = "a workbook is binary; give --out FILE.xlsx (or redirect stdout to a file)"
