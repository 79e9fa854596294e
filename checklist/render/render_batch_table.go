package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
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
	if err := portfolioItemTable(ew, p, v.o.Lang, false); err != nil {
		return err
	}
	fmt.Fprintln(ew, lowInLegend(v.o))
	if len(v.failures) > 0 {
		fmt.Fprintf(ew, "\n%s:\n", catalog.For(v.o.Lang).Portfolio.NotScoredList)
		for _, f := range v.failures {
			fmt.Fprintf(ew, "  %s\n", failureLine(f, v.o.Lang))
		}
	}
	return ew.err
}

// rowTable draws the same ASCII table as newTable, for tables that may
// have tens of thousands of rows: it keeps one string per row and the
// column widths, where tablewriter keeps several copies of every cell.
type rowTable struct {
	aligns []tw.Align
	header []string
	widths []int
	rows   []string // cells joined by cellSep
	buf    []byte   // one line while writing
}

const cellSep = "\x1f"

func newRowTable(aligns []tw.Align, header []string) rowTable {
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
	t.rows = append(t.rows, strings.Join(cells, cellSep))
}

func (t *rowTable) write(w io.Writer) {
	var rule strings.Builder
	for _, wd := range t.widths {
		rule.WriteString("+" + strings.Repeat("-", wd+2))
	}
	rule.WriteString("+\n")
	fmt.Fprint(w, rule.String())
	t.line(w, t.header, true)
	fmt.Fprint(w, rule.String())
	for _, r := range t.rows {
		t.line(w, strings.Split(r, cellSep), false)
	}
	fmt.Fprint(w, rule.String())
}

func (t *rowTable) line(w io.Writer, cells []string, header bool) {
	t.buf = t.buf[:0]
	for i, c := range cells {
		pad := t.widths[i] - cellWidth(c)
		t.buf = append(t.buf, "| "...)
		if !header && t.aligns[i] == tw.AlignRight {
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

// cellWidth is the width of a cell on screen. Most cells are plain ASCII,
// where that is the length; the rest (æ, ø, å, dashes, colour codes, wide
// characters) are measured as tablewriter measures them.
func cellWidth(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] >= 0x7f {
			return twwidth.Width(s)
		}
	}
	return len(s)
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
	fmt.Fprintf(w, "%s: %s\n\n", catalog.For(lang).Portfolio.PerLevel, levelCounts(p, lang))
}

// portfolioItemTable lists the items across the portfolio, weakest first.
func portfolioItemTable(w io.Writer, p *checklist.Portfolio, lang checklist.Lang, markdown bool) error {
	heading := catalog.For(lang).Portfolio.Weakest
	if markdown {
		fmt.Fprintf(w, "### %s\n\n", heading)
	} else {
		fmt.Fprintln(w, heading)
	}
	t := newTable(w, markdown, []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight},
		catalog.For(lang).Report.Item, catalog.For(lang).Report.Principle, catalog.For(lang).Portfolio.Cases, catalog.For(lang).Portfolio.Mean, catalog.For(lang).Portfolio.LowIn)
	for _, it := range p.Items {
		title := checklist.Clip(it.Item.Title.DA, 60)
		if markdown {
			title = mdCell(it.Item.Title.DA)
		}
		if err := t.row(it.Item.ID, title, strconv.Itoa(it.Scored), pctText(it.Mean, lang), strconv.Itoa(it.Low)); err != nil {
			return err
		}
	}
	return t.render()
}

// batchColumns are the per-case columns that the table and markdown views
// share: their headers and alignment.
func batchColumns(lang checklist.Lang, rubrics []*checklist.Rubric) ([]string, []tw.Align) {
	header := []string{catalog.For(lang).Portfolio.File, catalog.For(lang).Portfolio.Project, catalog.For(lang).Portfolio.Owner, catalog.For(lang).Portfolio.RespShort,
		catalog.For(lang).Report.Overall, catalog.For(lang).Report.Level}
	aligns := []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignLeft}
	for _, r := range rubrics {
		header = append(header, r.ID)
		aligns = append(aligns, tw.AlignRight)
	}
	header = append(header, catalog.For(lang).Report.Coverage, catalog.For(lang).Portfolio.GapsShort, catalog.For(lang).Portfolio.TopGap)
	aligns = append(aligns, tw.AlignRight, tw.AlignRight, tw.AlignLeft)
	return header, aligns
}
