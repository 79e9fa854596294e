package render

import (
	"io"
	"strings"
)

// The table writer draws the two kinds of table every view uses: ASCII
// boxes ("+---+" rules, "|" between cells; friendly to logs and screen
// readers) and markdown tables. It draws what tablewriter v1.1.5 drew with
// the settings samskab used, so that the output did not change when it
// replaced that library: cells are trimmed, a "\n" in a cell starts a new
// line inside the cell, a column is as wide as its widest line plus a space
// on either side, and headers are aligned left.

// align is the alignment of a table column.
type align uint8

const (
	alignLeft align = iota
	alignRight
	alignCenter
)

// tableLine is one line of a table row: a cell's line per column.
type tableLine []string

// tableLines splits a row into the lines it takes on screen: each cell
// trimmed and split at "\n", a missing line of a cell left empty.
func tableLines(cells []string) []tableLine {
	var lines []tableLine
	for i, c := range cells {
		for j, part := range strings.Split(strings.TrimSpace(c), "\n") {
			if j == len(lines) {
				lines = append(lines, make(tableLine, len(cells)))
			}
			lines[j][i] = part
		}
	}
	return lines
}

// dropBlank leaves out the lines after the first that are blank in every
// cell (a body row's, not the header's). They still count for the width.
func dropBlank(lines []tableLine) []tableLine {
	if len(lines) < 2 {
		return lines
	}
	kept := lines[:1]
	for _, l := range lines[1:] {
		if !l.blank() {
			kept = append(kept, l)
		}
	}
	return kept
}

func (l tableLine) blank() bool {
	for _, c := range l {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// tableLayout is a table split into lines, with each column's width (its
// widest line and the two spaces around it).
type tableLayout struct {
	header []tableLine
	rows   [][]tableLine
	widths []int
	aligns []align // per column
	// others is the alignment of a column without one: left, but centred
	// in a markdown table without a header, as tablewriter had it.
	others align
}

func layoutTable(aligns []align, header []string, rows [][]string) *tableLayout {
	l := &tableLayout{aligns: aligns}
	n := len(header)
	for _, r := range rows {
		n = max(n, len(r))
	}
	l.widths = make([]int, n)
	l.header = tableLines(header)
	for _, line := range l.header {
		l.measure(line)
	}
	l.rows = make([][]tableLine, len(rows))
	for i, r := range rows {
		lines := tableLines(r)
		for _, line := range lines {
			l.measure(line)
		}
		l.rows[i] = dropBlank(lines)
	}
	return l
}

// measure widens the columns to fit line.
func (l *tableLayout) measure(line tableLine) {
	for i, c := range line {
		l.widths[i] = max(l.widths[i], cellWidth(c)+2)
	}
}

func (l *tableLayout) align(col int) align {
	if col < len(l.aligns) {
		return l.aligns[col]
	}
	return l.others
}

// writeTable writes an ASCII table: a rule, the header, a rule, the rows
// and a rule. A table without header cells and rows writes nothing.
func writeTable(w io.Writer, aligns []align, header []string, rows [][]string) error {
	l := layoutTable(aligns, header, rows)
	if len(l.header) == 0 && len(l.rows) == 0 {
		return nil
	}
	rule := l.rule()
	b := append([]byte(nil), rule...)
	for _, line := range l.header {
		b = l.appendLine(b, line, true, l.widths)
	}
	if len(l.header) > 0 && len(l.rows) > 0 {
		b = append(b, rule...)
	}
	for _, r := range l.rows {
		for _, line := range r {
			b = l.appendLine(b, line, false, l.widths)
		}
	}
	_, err := w.Write(append(b, rule...))
	return err
}

func (l *tableLayout) rule() string {
	var b strings.Builder
	b.WriteByte('+')
	if len(l.widths) == 0 {
		b.WriteByte('+') // no columns: the corners meet
	}
	for _, wd := range l.widths {
		b.WriteString(strings.Repeat("-", wd))
		b.WriteByte('+')
	}
	b.WriteByte('\n')
	return b.String()
}

// writeMarkdownTable writes a markdown table. Its alignment row follows the
// columns' alignment, or is all left when no row has a line.
func writeMarkdownTable(w io.Writer, aligns []align, header []string, rows [][]string) error {
	l := layoutTable(aligns, header, rows)
	if len(l.header) == 0 {
		l.others = alignCenter
	}
	widths := make([]int, len(l.widths))
	for i, wd := range l.widths {
		widths[i] = max(wd, 3) // "---" is the shortest alignment cell
	}
	var b []byte
	for _, line := range l.header {
		b = l.appendLine(b, line, true, widths)
	}
	sep := len(l.header) > 0
	for _, r := range l.rows {
		for _, line := range r {
			if sep {
				b = l.appendRule(b, widths, false)
				sep = false
			}
			b = l.appendLine(b, line, false, widths)
		}
	}
	if sep {
		b = l.appendRule(b, widths, true)
	}
	_, err := w.Write(b)
	return err
}

// appendRule appends the markdown alignment row: ":--" left, "--:" right,
// ":-:" centred.
func (l *tableLayout) appendRule(b []byte, widths []int, allLeft bool) []byte {
	b = append(b, '|')
	for i, wd := range widths {
		a := l.align(i)
		if allLeft {
			a = alignLeft
		}
		dashes := wd - 1
		if a != alignRight {
			b = append(b, ':')
		}
		if a == alignCenter {
			dashes--
		}
		b = append(b, strings.Repeat("-", dashes)...)
		if a != alignLeft {
			b = append(b, ':')
		}
		b = append(b, '|')
	}
	return append(b, '\n')
}

// appendLine appends one line of cells, each padded to its column's width.
// A line shorter than the table has empty cells at its end.
func (l *tableLayout) appendLine(b []byte, cells tableLine, header bool, widths []int) []byte {
	b = append(b, '|')
	for i := range widths {
		c := ""
		if i < len(cells) {
			c = cells[i]
		}
		a := l.align(i)
		if header {
			a = alignLeft
		}
		gap := widths[i] - cellWidth(c)
		left := 1
		switch a {
		case alignRight:
			left = gap - 1
		case alignCenter:
			left = gap / 2
		}
		b = appendSpaces(b, left)
		b = append(b, c...)
		b = appendSpaces(b, gap-left)
		b = append(b, '|')
	}
	return append(b, '\n')
}
