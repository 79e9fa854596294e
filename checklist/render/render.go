package render

import (
	"io"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// table is a table of a view (table.go draws it): ASCII borders (friendly
// to logs and screen readers) or markdown, headers as written, and
// explicit column alignment. A text table given a width with
// fit wraps and drops columns to stay inside it (fit.go).
type table struct {
	w        io.Writer
	markdown bool // cells are escaped by the view, not here
	aligns   []align
	header   []string
	rows     [][]string
	width    int
	roles    []colRole
	drops    [][]int // the order optional columns go in (nil: from the right)
}

func newTable(w io.Writer, markdown bool, aligns []align, header ...string) *table {
	if markdown {
		for i, h := range header {
			header[i] = mdCell(h)
		}
	}
	return &table{w: w, markdown: markdown, aligns: aligns, header: header}
}

// fit makes a text table fit width columns (0: no limit), with a role per
// column saying what it may give up.
func (t *table) fit(width int, roles ...colRole) *table {
	t.width, t.roles = width, roles
	return t
}

// dropping sets the order in which fit drops the optional columns, a
// group at a time.
func (t *table) dropping(order ...[]int) *table {
	t.drops = order
	return t
}

// row adds a row. On a terminal every cell is made terminal-safe, as a
// cell may hold a name or a file name from outside; markdown cells are
// escaped by the view, which knows which cells are text.

func (t *table) row(cells ...string) error {
	if !t.markdown {
		safe := make([]string, len(cells))
		for i, c := range cells {
			safe[i] = checklist.TerminalSafe(c)
		}
		cells = safe
	}
	t.rows = append(t.rows, cells)
	return nil
}

func (t *table) render() error {
	header, aligns, rows := t.header, t.aligns, t.rows
	if !t.markdown && t.width > 0 && len(t.roles) == len(header) {
		header, aligns, rows = t.fitted()
	}
	if t.markdown {
		return writeMarkdownTable(t.w, aligns, header, rows)
	}
	return writeTable(t.w, aligns, header, rows)
}

// fitted is the table's header, alignment and rows with the columns that
// do not fit dropped and the prose columns wrapped.
func (t *table) fitted() ([]string, []align, [][]string) {
	natural := make([]int, len(t.header))
	words := make([]int, len(t.header))
	for r, row := range append([][]string{t.header}, t.rows...) {
		for i, c := range row {
			natural[i] = max(natural[i], DisplayWidth(c))
			switch {
			case t.roles[i] == colWrap || (t.roles[i] == colHead && r == 0):
				words[i] = max(words[i], longestWord(c))
			case t.roles[i] == colHead:
				words[i] = max(words[i], DisplayWidth(c)) // a number stays whole
			}
		}
	}
	widths, dropped := fitColumnsDropping(natural, words, t.roles, t.width, t.drops)
	keep := func(cells []string, header bool) []string {
		var out []string
		for i, c := range cells {
			if dropped[i] {
				continue
			}
			if t.roles[i] == colWrap || (t.roles[i] == colHead && header) {
				c = strings.Join(wrapText(c, widths[i]), "\n")
			}
			out = append(out, c)
		}
		return out
	}
	var aligns []align
	for i, a := range t.aligns {
		if !dropped[i] {
			aligns = append(aligns, a)
		}
	}
	rows := make([][]string, len(t.rows))
	for i, row := range t.rows {
		rows[i] = keep(row, false)
	}
	return keep(t.header, true), aligns, rows
}

// titleCell is an item title for a table cell: escaped in markdown, on
// one line for a table that fits a width (fit wraps it), else clipped to
// clip characters.
func titleCell(title string, clip, width int, markdown bool) string {
	switch {
	case markdown:
		return mdCell(title)
	case width > 0:
		return checklist.OneLine(title)
	}
	return checklist.Clip(title, clip)
}

// mdCell escapes text from a file for a Markdown table cell or heading:
// no markup, no link, no raw HTML, one line.
func mdCell(s string) string {
	return MarkdownCell(s)
}

// itemTitle is the item's original (Danish) title, with the English
// rendering after it in English reports.
func itemTitle(it *checklist.Item, lang checklist.Lang) string {
	if lang == checklist.English && it.Title.EN != "" && it.Title.DA != "" && it.Title.EN != it.Title.DA {
		return it.Title.DA + " (" + it.Title.EN + ")"
	}
	return it.Title.In(lang)
}

// levelColor is the colour of a level: red below 50 %, yellow below 75 %,
// green above.
func levelColor(l checklist.Level) style {
	switch l {
	case checklist.LevelAbsent, checklist.LevelEmerging:
		return red
	case checklist.LevelDeveloping:
		return yellow
	case checklist.LevelEstablished, checklist.LevelEmbedded:
		return green
	}
	return nil
}

func (o Options) levelName(l checklist.Level) string {
	if l == "" {
		return "–"
	}
	return o.paint(levelColor(l), levelName(l, o.Lang))
}
