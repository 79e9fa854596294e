package xlsx

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

const (
	// lineHeight is one line of the default font (Calibri 11) in points,
	// Excel's default row height.
	lineHeight = 15
	// maxRowHeight is the tallest row Excel allows, in points.
	maxRowHeight = 409
	// defaultColWidth is the width of a column without one, in characters.
	defaultColWidth = 8.43
)

// rowHeight is the height in points a row needs for its wrapped text, or
// 0 when one line is enough. A spreadsheet program does not fit rows to
// their text when it opens a file – LibreOffice keeps the default height
// of every row without one – so without it wrapped text spills over the
// rows below. The height is an estimate without font metrics: it errs
// towards a line too many, as a few characters fit in a column's width.
func (s *Sheet) rowHeight(row int, styles []Style) float64 {
	lines := 1
	for col, c := range s.cells[row] {
		if c.kind != text || c.style >= len(styles) || !styles[c.style].Wrap {
			continue
		}
		width, ok := s.widths[col]
		if !ok {
			width = defaultColWidth
		}
		lines = max(lines, wrappedLines(c.text, width))
	}
	if lines == 1 {
		return 0
	}
	return min(float64(lines*lineHeight), maxRowHeight)
}

// wrappedLines is the number of lines text wraps to in a column width
// characters wide: words fill each line, a line break starts a new one,
// and a word longer than a line is broken inside.
func wrappedLines(text string, width float64) int {
	perLine := max(1, int(width))
	lines := 0
	for _, para := range strings.Split(text, "\n") {
		lines++
		used := 0
		for _, word := range strings.Fields(para) {
			n := utf8.RuneCountInString(word)
			if used > 0 && used+1+n <= perLine {
				used += 1 + n
				continue
			}
			if used > 0 {
				lines++
			}
			lines += (n - 1) / perLine
			used = (n-1)%perLine + 1
		}
	}
	return lines
}

// rowAttrs are the attributes of a row element after its number: the
// height, when wrapped text needs more than one line. It is not marked
// custom, so a spreadsheet program still fits the row when it is edited.
func (s *Sheet) rowAttrs(row int, styles []Style) string {
	h := s.rowHeight(row, styles)
	if h == 0 {
		return ""
	}
	return ` ht="` + strconv.FormatFloat(h, 'f', -1, 64) + `"`
}
