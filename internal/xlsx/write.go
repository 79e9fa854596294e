// Package xlsx writes and reads Office Open XML workbooks (.xlsx) with the
// standard library only. It writes what samskab's views need – sheets of
// numbers and text with a few styles, frozen header rows, autofilters,
// column widths, bar and line charts – and reads the cells of one sheet
// back as text, for survey exports.
//
// Writing is deterministic: the same workbook gives the same bytes, with
// fixed timestamps, so goldens and reproducible builds stay stable.
package xlsx

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

// Workbook is a workbook being written. The zero value is not usable;
// start with New.
type Workbook struct {
	sheets []*Sheet
	styles []Style // index 0 is the default style
	active int
}

// New returns an empty workbook with the default style only.
func New() *Workbook { return &Workbook{styles: []Style{{}}} }

// Style is a cell format. The zero value is Excel's default.
type Style struct {
	Bold     bool
	Fill     string // solid background as RGB hex ("DDE7F0"); "" for none
	Wrap     bool   // wrap long text; its row is written as tall as the lines need
	VAlign   string // vertical alignment: "top", "center", "bottom"; "" default
	NumFmt   string // a custom number format code ("0.0%"); "" for none
	NumFmtID int    // a built-in number format (1 is "0"), used when NumFmt is ""
}

// AddStyle registers a style and returns the id cells take. The same
// style twice gives the same id.
func (wb *Workbook) AddStyle(s Style) (int, error) {
	if s.Fill != "" && !isRGB(s.Fill) {
		return 0, fmt.Errorf("fill %q is not an RGB colour such as DDE7F0", s.Fill)
	}
	switch s.VAlign {
	case "", "top", "center", "bottom":
	default:
		return 0, fmt.Errorf("vertical alignment %q is not top, center or bottom", s.VAlign)
	}
	if s.NumFmtID < 0 || s.NumFmtID > 163 {
		return 0, fmt.Errorf("number format %d is not a built-in one (0–163)", s.NumFmtID)
	}
	for i, have := range wb.styles {
		if have == s {
			return i, nil
		}
	}
	wb.styles = append(wb.styles, s)
	return len(wb.styles) - 1, nil
}

func isRGB(s string) bool {
	if len(s) != 6 {
		return false
	}
	for _, c := range []byte(s) {
		if !isHex(c) {
			return false
		}
	}
	return true
}

// AddSheet adds a sheet after the others. Excel's rules for the name
// apply: 1–31 characters, none of : \ / ? * [ ], not starting or ending
// with an apostrophe, and unique regardless of case.
func (wb *Workbook) AddSheet(name string) (*Sheet, error) {
	if err := checkSheetName(name); err != nil {
		return nil, err
	}
	for _, s := range wb.sheets {
		if strings.EqualFold(s.name, name) {
			return nil, fmt.Errorf("the workbook already has a sheet named %q", s.name)
		}
	}
	s := &Sheet{name: name, cells: map[int]map[int]cell{}, widths: map[int]float64{}}
	wb.sheets = append(wb.sheets, s)
	return s, nil
}

func checkSheetName(name string) error {
	n := len([]rune(name))
	switch {
	case n == 0 || n > 31:
		return fmt.Errorf("sheet name %q must have 1 to 31 characters", name)
	case strings.ContainsAny(name, ":\\/?*[]"):
		return fmt.Errorf("sheet name %q holds one of : \\ / ? * [ ]", name)
	case strings.HasPrefix(name, "'") || strings.HasSuffix(name, "'"):
		return fmt.Errorf("sheet name %q starts or ends with an apostrophe", name)
	case strings.ContainsFunc(name, func(r rune) bool { return !xmlChar(r) || r < 0x20 }):
		return fmt.Errorf("sheet name %q holds a control character", name)
	}
	return nil
}

// SetActive makes the sheet at index i (0-based) the one shown on opening.
func (wb *Workbook) SetActive(i int) error {
	if i < 0 || i >= len(wb.sheets) {
		return fmt.Errorf("no sheet %d; the workbook has %d", i, len(wb.sheets))
	}
	wb.active = i
	return nil
}

// Sheet is one worksheet.
type Sheet struct {
	name       string
	cells      map[int]map[int]cell // row → column → cell
	widths     map[int]float64      // column → width in characters
	freezeRows int
	filter     *Range
	charts     []Chart
}

// cell is a value and a style. kind says which value.
type cell struct {
	kind  cellKind
	text  string
	num   float64
	style int
}

type cellKind uint8

const (
	blank cellKind = iota // a style only
	text
	number
)

// Name is the sheet's name.
func (s *Sheet) Name() string { return s.name }

// SetString puts text in a cell. It is always stored as text: "=1+2"
// stays those four characters, never a formula, and "42" stays text.
func (s *Sheet) SetString(col, row int, v string, style int) error {
	return s.set(col, row, cell{kind: text, text: v, style: style})
}

// SetNumber puts a number in a cell. NaN and infinities have no place in
// a workbook and are refused.
func (s *Sheet) SetNumber(col, row int, v float64, style int) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Errorf("%s!%s: %v is not a number a workbook can hold", s.name, CellName(col, row), v)
	}
	return s.set(col, row, cell{kind: number, num: v, style: style})
}

// SetStyle formats a cell without a value, or restyles one.
func (s *Sheet) SetStyle(col, row, style int) error {
	c := s.cells[row][col]
	c.style = style
	return s.set(col, row, c)
}

func (s *Sheet) set(col, row int, c cell) error {
	if col < 1 || col > MaxColumns || row < 1 || row > MaxRows {
		return fmt.Errorf("column %d, row %d is outside a sheet", col, row)
	}
	if c.style < 0 {
		return fmt.Errorf("%s!%s: no style %d", s.name, CellName(col, row), c.style)
	}
	r := s.cells[row]
	if r == nil {
		r = map[int]cell{}
		s.cells[row] = r
	}
	r[col] = c
	return nil
}

// SetColWidth sets a column's width in characters of the default font.
func (s *Sheet) SetColWidth(col int, width float64) error {
	if col < 1 || col > MaxColumns || !(width > 0 && width <= 255) {
		return fmt.Errorf("%s: column %d cannot be %v characters wide (0–255)", s.name, col, width)
	}
	s.widths[col] = width
	return nil
}

// ColWidth is a column's width in characters, and whether one was set.
func (s *Sheet) ColWidth(col int) (float64, bool) {
	w, ok := s.widths[col]
	return w, ok
}

// FreezeRows keeps the top n rows in view while the rest scrolls.
func (s *Sheet) FreezeRows(n int) error {
	if n < 0 || n >= MaxRows {
		return fmt.Errorf("%s: cannot freeze %d rows", s.name, n)
	}
	s.freezeRows = n
	return nil
}

// AutoFilter puts filter buttons on the first row of a range of this
// sheet; the rows below are what they filter.
func (s *Sheet) AutoFilter(fromCol, fromRow, toCol, toRow int) error {
	r := Cells(s.name, fromCol, fromRow, toCol, toRow)
	if !r.valid() {
		return fmt.Errorf("%s: %d,%d to %d,%d is not a range of cells", s.name, fromCol, fromRow, toCol, toRow)
	}
	s.filter = &r
	return nil
}

// rowNumbers are the rows that hold cells, in order.
func (s *Sheet) rowNumbers() []int {
	rows := make([]int, 0, len(s.cells))
	for r := range s.cells {
		rows = append(rows, r)
	}
	sort.Ints(rows)
	return rows
}

func sortedKeys[V any](m map[int]V) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// formatNumber writes a number as Excel stores it: at most 15
// significant digits, so 0.1+0.2 is 0.3 and not 0.30000000000000004.
func formatNumber(v float64) string {
	if v == 0 {
		return "0" // not -0
	}
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(v, 'g', 15, 64)
}
