package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/clipperhouse/displaywidth"
)

// Text views fit the terminal: a table first wraps its prose columns,
// then drops its optional columns (bars), then wraps prose further; numbers
// and ids never wrap. Options.Width is the width to fit; 0 leaves a table
// as wide as its widest cells.

// colRole says what a table column may give up to fit the terminal.
type colRole uint8

const (
	colFixed colRole = iota // numbers, ids, levels: never wrapped
	colWrap                 // prose such as titles: wraps inside its cell
	colDrop                 // a picture of a number (a bar): dropped when too wide
	colHead                 // numbers under a heading that may wrap: "Foreninger (2)"
)

const (
	// comfortableWrap is how narrow a prose column gets before an optional
	// column is dropped to make room.
	comfortableWrap = 24
	// minWrap is how narrow a prose column may get at all.
	minWrap = 8
)

// DisplayWidth is the width of s on a terminal, in columns: wide
// characters count two, combining marks and ANSI colour codes nothing.
func DisplayWidth(s string) int {
	w := 0
	for _, line := range strings.Split(s, "\n") {
		w = max(w, cellWidth(line))
	}
	return w
}

// cellWidth is the width of one line on a terminal, in columns: ANSI
// escape sequences (CSI and OSC, such as the colours of iostreams) and
// zero-width characters (combining marks, joiners, controls) count
// nothing, East Asian wide and full-width characters and emoji two, the
// rest one. It measures rune by rune, as the terminals samskab's tables
// were laid out for do. Most cells are printable ASCII, where that is the
// length.
func cellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return runesWidth(stripEscapes(s))
		}
	}
	return len(s)
}

func runesWidth(s string) int {
	w := 0
	for _, r := range s {
		w += displaywidth.Rune(r)
	}
	return w
}

// stripEscapes removes the ANSI escape sequences from s: CSI (ESC [,
// parameters, intermediates, a final byte) and OSC (ESC ], anything on the
// line, BEL or ESC \). An ESC that starts neither stays, as a control
// character of no width.
func stripEscapes(s string) string {
	i := strings.IndexByte(s, 0x1b)
	if i < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i >= 0 {
		b = append(b, s[:i]...)
		n := escapeLen(s[i:])
		if n == 0 {
			b = append(b, s[i])
			n = 1
		}
		s = s[i+n:]
		i = strings.IndexByte(s, 0x1b)
	}
	return string(append(b, s...))
}

// escapeLen is the length of the escape sequence at the start of s, 0 if
// there is none.
func escapeLen(s string) int {
	if len(s) < 2 {
		return 0
	}
	switch s[1] {
	case '[':
		i := 2
		for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
			i++
		}
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
			return i + 1
		}
	case ']':
		for i := 2; i < len(s) && s[i] != '\n'; i++ {
			if s[i] == 0x07 {
				return i + 1
			}
			if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
		}
	}
	return 0
}

// tableWidth is the width of an ASCII table with these column widths:
// "| " before each cell, " " after it, and the closing "|".
func tableWidth(widths []int, dropped []bool) int {
	n := 1
	for i, w := range widths {
		if !dropped[i] {
			n += w + 3
		}
	}
	return n
}

// fitColumns decides each column's width and which columns to drop so the
// table fits in width columns. natural is each column's widest cell.
func fitColumns(natural []int, roles []colRole, width int) (widths []int, dropped []bool) {
	return fitColumnsDropping(natural, nil, roles, width, nil)
}

// fitColumnsDropping is fitColumns with the order in which the optional
// columns go, a group of columns at a time; nil drops them one by one from
// the right.
// words is each column's longest word (nil: unknown): prose is broken
// inside a word only when nothing else is left.
func fitColumnsDropping(natural, words []int, roles []colRole, width int, dropOrder [][]int) (widths []int, dropped []bool) {
	widths = append([]int(nil), natural...)
	dropped = make([]bool, len(natural))
	if width <= 0 {
		return widths, dropped
	}
	fits := func() bool { return tableWidth(widths, dropped) <= width }
	shrinkWrapped(widths, roles, dropped, comfortableWrap, fits)
	if dropOrder == nil {
		for i := len(roles) - 1; i >= 0; i-- {
			dropOrder = append(dropOrder, []int{i})
		}
	}
	for _, group := range dropOrder {
		if fits() {
			break
		}
		for _, i := range group {
			dropped[i] = roles[i] == colDrop
		}
	}
	// Prose gets back the room a dropped column left, then gives up what
	// it must.
	copy(widths, natural)
	if words != nil {
		shrinkWrappedTo(widths, roles, dropped, func(i int) int { return max(minWrap, words[i]) }, fits)
	}
	shrinkWrapped(widths, roles, dropped, minWrap, fits)
	return widths, dropped
}

// shrinkWrapped narrows the widest prose column one column at a time,
// down to floor, until the table fits.
func shrinkWrapped(widths []int, roles []colRole, dropped []bool, floor int, fits func() bool) {
	shrinkWrappedTo(widths, roles, dropped, func(int) int { return floor }, fits)
}

// shrinkWrappedTo is shrinkWrapped with a floor per column.
func shrinkWrappedTo(widths []int, roles []colRole, dropped []bool, floor func(int) int, fits func() bool) {
	for !fits() {
		widest := -1
		for i, r := range roles {
			if (r == colWrap || r == colHead) && !dropped[i] && widths[i] > floor(i) && (widest < 0 || widths[i] > widths[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			return
		}
		widths[widest]--
	}
}

// longestWord is the width of the widest word in s.
func longestWord(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		n = max(n, cellWidth(w))
	}
	return n
}

// wrapText breaks s into lines of at most width columns, at spaces where it
// can and inside a word that is wider than a line by itself.
func wrapText(s string, width int) []string {
	if width <= 0 || DisplayWidth(s) <= width {
		return []string{s}
	}
	var lines []string
	cur, n := "", 0
	for _, word := range strings.Fields(s) {
		for cellWidth(word) > width {
			if n > 0 {
				lines = append(lines, cur)
				cur, n = "", 0
			}
			head, tail := splitAtWidth(word, width)
			lines = append(lines, head)
			word = tail
		}
		ww := cellWidth(word)
		if n > 0 && n+1+ww > width {
			lines = append(lines, cur)
			cur, n = "", 0
		}
		if n > 0 {
			cur += " "
			n++
		}
		cur += word
		n += ww
	}
	if n > 0 {
		lines = append(lines, cur)
	}
	return lines
}

// splitAtWidth cuts s after as many runes as fit in width columns (at
// least one, so a line always makes progress).
func splitAtWidth(s string, width int) (string, string) {
	w, soft := 0, 0
	for i, r := range s {
		rw := cellWidth(string(r))
		if w+rw > width && i > 0 {
			if soft > 0 {
				i = soft
			}
			return s[:i], s[i:]
		}
		w += rw
		if r == '/' || r == '-' || r == '.' {
			soft = i + 1 // a path or id breaks best after a separator
		}
	}
	return s, ""
}

// writeWrapped writes s wrapped to fit width columns in all, the first
// line after first and the others after rest (an indent as wide as first).
func writeWrapped(w io.Writer, first, rest, s string, width int) {
	for j, line := range wrapText(s, max(minWrap, width-cellWidth(first))) {
		if j == 0 {
			fmt.Fprintf(w, "%s%s\n", first, line)
		} else {
			fmt.Fprintf(w, "%s%s\n", rest, line)
		}
	}
}

// proseWidth is the width for indented prose under a table: the
// terminal's width less the indent, but never wider than a comfortable
// line of reading.
func (o Options) proseWidth(indent int) int {
	const readable = 88
	if o.Width <= 0 {
		return readable - indent
	}
	return max(minWrap, min(readable, o.Width)-indent)
}
