package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// batchTable is the terminal view: one aligned row per case, then the
// portfolio summary. Alignment needs every row before the first is
// printed, so it keeps each row's text as one string (not the cases) and
// the widest cell of each column until End.
type batchTable struct {
	w        io.Writer
	o        Options
	rows     rowTable
	failures []Failure
}

func (v *batchTable) Begin() error {
	lang := v.o.Lang
	header, aligns := batchColumns(lang, v.o.Rubrics)
	v.rows = newRowTable(aligns, header)
	roles, dropOrder := batchRoles(len(v.o.Rubrics))
	v.rows.fit(v.o.Width, roles, dropOrder)
	return nil
}

func (v *batchTable) Case(s *checklist.CaseSummary) error {
	lang := v.o.Lang
	level := checklist.LevelOfNum(s.Overall)
	row := make([]string, 0, 9+len(v.o.Rubrics))
	safe := checklist.TerminalSafe
	row = append(row, safe(s.File), safe(checklist.Clip(s.Project.Name, 40)), safe(checklist.Clip(s.Project.Owner, 30)), strconv.Itoa(s.Respondents),
		pctText(s.Overall, lang), v.o.paint(levelColor(level), levelOrDash(level, lang)))
	for _, r := range v.o.Rubrics {
		row = append(row, pctText(s.RubricPercent(r), lang))
	}
	row = append(row, fractionPct(s.Coverage, lang), strconv.Itoa(s.Gaps), topGapText(s.TopGap, lang))
	v.rows.add(row)
	return nil
}

func (v *batchTable) Failure(f Failure) error {
	v.failures = append(v.failures, f)
	return nil
}

func (v *batchTable) End(p *checklist.Portfolio) error {
	ew := &errWriter{w: v.w}
	v.rows.write(ew)
	fmt.Fprintln(ew)
	writeSummaryText(ew, p, v.o)
	if err := portfolioItemTable(ew, p, v.o.Lang, false, v.o.Width); err != nil {
		return err
	}
	writeWrapped(ew, "", "", lowInLegend(v.o), v.o.proseWidth(0))
	if len(v.failures) > 0 {
		fmt.Fprintf(ew, "\n%s:\n", catalog.For(v.o.Lang).Portfolio.NotScoredList)
		for _, f := range v.failures {
			writeWrapped(ew, "  ", "    ", failureLine(f, v.o.Lang), v.o.proseWidth(0))
		}
	}
	return ew.err
}

// rowTable draws the same ASCII table as newTable, for tables that may
// have tens of thousands of rows: it keeps one string per row and the
// column widths, where a table keeps every line of every cell.
type rowTable struct {
	aligns []align
	header []string
	widths []int
	rows   []string // cells joined by cellSep
	buf    []byte   // one line while writing

	width     int // fit this many columns; 0: no limit
	roles     []colRole
	words     []int // the longest word of each wrapped column
	dropOrder [][]int
	dropped   []bool
}

// fit makes the table fit width columns (0: no limit): roles say what
// each column may give up, dropOrder which optional column goes first.
func (t *rowTable) fit(width int, roles []colRole, dropOrder [][]int) {
	t.width, t.roles, t.dropOrder = width, roles, dropOrder
	t.words = make([]int, len(roles))
	t.measureWords(t.header)
}

func (t *rowTable) measureWords(cells []string) {
	for i, c := range cells {
		if i < len(t.roles) && t.roles[i] == colWrap {
			t.words[i] = max(t.words[i], longestWord(c))
		}
	}
}

// batchRoles are what the batch table's columns may give up on a narrow
// terminal (batchColumns): file and project wrap; the top gap, the owner,
// the rubric columns and the count of gaps go, in that order; the other
// numbers stay.
func batchRoles(rubrics int) ([]colRole, [][]int) {
	roles := []colRole{colWrap, colWrap, colDrop, colFixed, colFixed, colFixed}
	for range rubrics {
		roles = append(roles, colDrop)
	}
	roles = append(roles, colFixed, colDrop, colDrop)
	order := [][]int{{len(roles) - 1}, {2}, {}, {len(roles) - 2}}
	for i := 6; i < 6+rubrics; i++ {
		order[2] = append(order[2], i) // a rubric's column goes with the others
	}
	return roles, order
}

const cellSep = "\x1f"

func newRowTable(aligns []align, header []string) rowTable {
	t := rowTable{aligns: aligns, header: header, widths: make([]int, len(header))}
	for i, h := range header {
		t.widths[i] = cellWidth(h)
	}
	return t
}

func (t *rowTable) add(cells []string) {
	for i, c := range cells {
		c = tableCell(c)
		cells[i] = c
		t.widths[i] = max(t.widths[i], cellWidth(c))
	}
	if t.width > 0 {
		t.measureWords(cells)
	}
	t.rows = append(t.rows, strings.Join(cells, cellSep))
}

func (t *rowTable) write(w io.Writer) {
	t.dropped = make([]bool, len(t.widths))
	if t.width > 0 && len(t.roles) == len(t.widths) {
		t.widths, t.dropped = fitColumnsDropping(t.widths, t.words, t.roles, t.width, t.dropOrder)
		t.narrowWrapped()
	}
	var rule strings.Builder
	for i, wd := range t.widths {
		if !t.dropped[i] {
			rule.WriteString("+" + strings.Repeat("-", wd+2))
		}
	}
	rule.WriteString("+\n")
	fmt.Fprint(w, rule.String())
	t.lines(w, t.header, true)
	fmt.Fprint(w, rule.String())
	for _, r := range t.rows {
		t.lines(w, strings.Split(r, cellSep), false)
	}
	fmt.Fprint(w, rule.String())
}

// narrowWrapped sets each wrapped column to its widest wrapped line, as
// the table writer does, so the two kinds of table look the same.
func (t *rowTable) narrowWrapped() {
	used := make([]int, len(t.widths))
	measure := func(cells []string) {
		for i, c := range cells {
			if t.roles[i] == colWrap && !t.dropped[i] {
				for _, line := range wrapText(c, t.widths[i]) {
					used[i] = max(used[i], cellWidth(line))
				}
			}
		}
	}
	measure(t.header)
	for _, r := range t.rows {
		measure(strings.Split(r, cellSep))
	}
	for i, u := range used {
		if t.roles[i] == colWrap && !t.dropped[i] {
			t.widths[i] = u
		}
	}
}

// lines writes one row, on as many lines as its wrapped cells need.
func (t *rowTable) lines(w io.Writer, cells []string, header bool) {
	if t.width <= 0 || len(t.roles) != len(cells) {
		t.line(w, cells, header)
		return
	}
	wrapped := make([][]string, len(cells))
	height := 1
	for i, c := range cells {
		wrapped[i] = []string{c}
		if t.roles[i] == colWrap && !t.dropped[i] {
			wrapped[i] = wrapText(c, t.widths[i])
		}
		height = max(height, len(wrapped[i]))
	}
	line := make([]string, len(cells))
	for j := range height {
		for i := range cells {
			line[i] = ""
			if j < len(wrapped[i]) {
				line[i] = wrapped[i][j]
			}
		}
		t.line(w, line, header)
	}
}

func (t *rowTable) line(w io.Writer, cells []string, header bool) {
	t.buf = t.buf[:0]
	for i, c := range cells {
		if t.dropped != nil && t.dropped[i] {
			continue
		}
		pad := t.widths[i] - cellWidth(c)
		t.buf = append(t.buf, "| "...)
		if !header && t.aligns[i] == alignRight {
			t.buf = appendSpaces(t.buf, pad)
			t.buf = append(t.buf, c...)
		} else {
			t.buf = append(t.buf, c...)
			t.buf = appendSpaces(t.buf, pad)
		}
		t.buf = append(t.buf, ' ')
	}
	t.buf = append(t.buf, "|\n"...)
	w.Write(t.buf)
}

func appendSpaces(b []byte, n int) []byte {
	for range n {
		b = append(b, ' ')
	}
	return b
}

// tableCell replaces control characters (line breaks, tabs, the cell
// separator) with spaces, so that a cell stays on its row.
func tableCell(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\x1b' { // keep ANSI colour codes
			return ' '
		}
		return r
	}, s)
}

// writeSummaryText writes the portfolio headline, the mean and median and
// the cases per level, as plain lines.
func writeSummaryText(w io.Writer, p *checklist.Portfolio, o Options) {
	lang := o.Lang
	fmt.Fprintf(w, "%s: %s\n", o.paint(bold, catalog.For(lang).Portfolio.Portfolio), portfolioHeadline(p, lang))
	fmt.Fprintf(w, "%s: %s\n", catalog.For(lang).Report.Overall, fmt.Sprintf(catalog.For(lang).Portfolio.MeanMedian, pctText(p.Mean, lang), pctText(p.Median, lang)))
	writeWrapped(w, "", "  ", catalog.For(lang).Portfolio.PerLevel+": "+levelCounts(p, lang), o.proseWidth(0))
	fmt.Fprintln(w)
}

// portfolioItemTable lists the items across the portfolio, weakest first.
func portfolioItemTable(w io.Writer, p *checklist.Portfolio, lang checklist.Lang, markdown bool, width int) error {
	heading := catalog.For(lang).Portfolio.Weakest
	if markdown {
		fmt.Fprintf(w, "### %s\n\n", heading)
	} else {
		fmt.Fprintln(w, heading)
	}
	t := newTable(w, markdown, []align{alignLeft, alignLeft, alignRight, alignRight, alignRight},
		catalog.For(lang).Report.Item, catalog.For(lang).Report.Principle, catalog.For(lang).Portfolio.Cases, catalog.For(lang).Portfolio.Mean, catalog.For(lang).Portfolio.LowIn).
		fit(width, colFixed, colWrap, colFixed, colFixed, colFixed)
	for _, it := range p.Items {
		title := titleCell(it.Item.Title.DA, 60, width, markdown)
		if err := t.row(it.Item.ID, title, strconv.Itoa(it.Scored), pctText(it.Mean, lang), strconv.Itoa(it.Low)); err != nil {
			return err
		}
	}
	return t.render()
}

// batchColumns are the per-case columns that the table and markdown views
// share: their headers and alignment.
func batchColumns(lang checklist.Lang, rubrics []*checklist.Rubric) ([]string, []align) {
	header := []string{catalog.For(lang).Portfolio.File, catalog.For(lang).Portfolio.Project, catalog.For(lang).Portfolio.Owner, catalog.For(lang).Portfolio.RespShort,
		catalog.For(lang).Report.Overall, catalog.For(lang).Report.Level}
	aligns := []align{alignLeft, alignLeft, alignLeft, alignRight, alignRight, alignLeft}
	for _, r := range rubrics {
		header = append(header, r.ID)
		aligns = append(aligns, alignRight)
	}
	header = append(header, catalog.For(lang).Report.Coverage, catalog.For(lang).Portfolio.GapsShort, catalog.For(lang).Portfolio.TopGap)
	aligns = append(aligns, alignRight, alignRight, alignLeft)
	return header, aligns
}
