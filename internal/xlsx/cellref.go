package xlsx

import (
	"fmt"
	"strconv"
	"strings"
)

// The largest sheet Excel opens; a reference beyond it is refused.
const (
	MaxColumns = 16384   // XFD
	MaxRows    = 1048576 // 2^20
)

// ColumnName is the letters of a 1-based column number: 1 is A, 27 is AA.
func ColumnName(col int) string {
	if col < 1 {
		return ""
	}
	var b [8]byte
	i := len(b)
	for col > 0 {
		col--
		i--
		b[i] = byte('A' + col%26)
		col /= 26
	}
	return string(b[i:])
}

// CellName is the A1 reference of a 1-based column and row.
func CellName(col, row int) string { return ColumnName(col) + strconv.Itoa(row) }

// ParseCell reads an A1 reference ("B7", "$B$7") into its 1-based column
// and row.
func ParseCell(ref string) (col, row int, err error) {
	s := strings.ReplaceAll(ref, "$", "")
	i := 0
	for i < len(s) && i < 4 && isLetter(s[i]) {
		col = col*26 + int(upper(s[i])-'A'+1)
		i++
	}
	if i == 0 || col > MaxColumns {
		return 0, 0, fmt.Errorf("%q is not a cell reference", ref)
	}
	row, err = strconv.Atoi(s[i:])
	if err != nil || row < 1 || row > MaxRows || s[i] == '+' {
		return 0, 0, fmt.Errorf("%q is not a cell reference", ref)
	}
	return col, row, nil
}

func isLetter(c byte) bool { return ('A' <= c && c <= 'Z') || ('a' <= c && c <= 'z') }

func upper(c byte) byte {
	if c >= 'a' {
		return c - 'a' + 'A'
	}
	return c
}

// Range is a block of cells on a sheet, corners 1-based and inclusive.
// A range of one cell has From equal to To.
type Range struct {
	Sheet            string
	FromCol, FromRow int
	ToCol, ToRow     int
}

// Cells returns the range of one sheet between two corners.
func Cells(sheet string, fromCol, fromRow, toCol, toRow int) Range {
	return Range{Sheet: sheet, FromCol: fromCol, FromRow: fromRow, ToCol: toCol, ToRow: toRow}
}

// Ref is the absolute reference a chart or a defined name takes:
// 'Sheet'!$A$1:$B$4, with a quote in the sheet name doubled.
func (r Range) Ref() string {
	sheet := "'" + strings.ReplaceAll(r.Sheet, "'", "''") + "'!"
	from := "$" + ColumnName(r.FromCol) + "$" + strconv.Itoa(r.FromRow)
	if r.FromCol == r.ToCol && r.FromRow == r.ToRow {
		return sheet + from
	}
	return sheet + from + ":$" + ColumnName(r.ToCol) + "$" + strconv.Itoa(r.ToRow)
}

// local is the reference without the sheet, as a worksheet's own parts
// take it (A1:F4).
func (r Range) local() string {
	return CellName(r.FromCol, r.FromRow) + ":" + CellName(r.ToCol, r.ToRow)
}

func (r Range) valid() bool {
	return r.FromCol >= 1 && r.FromRow >= 1 && r.ToCol >= r.FromCol && r.ToRow >= r.FromRow &&
		r.ToCol <= MaxColumns && r.ToRow <= MaxRows
}
