package render

import (
	"io"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// XLSXBatch writes a batch as a workbook: one row per case with its
// rubric percents, and a summary sheet. A workbook cannot be streamed, so
// it keeps the rows and writes everything at End.
type XLSXBatch struct {
	w       io.Writer
	lang    checklist.Lang
	rubrics []*checklist.Rubric
	b       *book
	err     error // from making the workbook; Begin returns it
	rows    [][]xcell
}

// NewXLSXBatch returns the batch renderer for --format xlsx.
func NewXLSXBatch(w io.Writer, opts Options) *XLSXBatch {
	b, err := newBook()
	return &XLSXBatch{w: w, lang: opts.Lang, rubrics: opts.Rubrics, b: b, err: err}
}

func (v *XLSXBatch) Begin() error { return v.err }

func (v *XLSXBatch) Case(s *checklist.CaseSummary) error {
	b := v.b
	row := []xcell{b.text(s.File), b.text(s.Project.Name), b.text(s.Project.Owner), b.count(s.Respondents),
		b.pct(s.Overall), b.text(levelWord(s.Overall, v.lang)), b.fraction(s.Coverage)}
	for _, r := range v.rubrics {
		row = append(row, b.pct(s.RubricPercent(r)))
	}
	top := ""
	if g := s.TopGap; g.Kind != "" {
		top = GapKindName(g.Kind, v.lang) + " " + g.Item.ID + " " + itemTitle(g.Item, v.lang)
	}
	v.rows = append(v.rows, append(row, b.count(s.Gaps), b.text(top), xcell{}))
	return nil
}

func (v *XLSXBatch) Failure(f Failure) error {
	row := make([]xcell, len(v.header()))
	row[0] = v.b.text(f.File)
	msgs := make([]string, len(f.Problems))
	for i, p := range f.Problems {
		msgs[i] = p.String()
	}
	row[len(row)-1] = v.b.long(strings.Join(msgs, "\n"))
	v.rows = append(v.rows, row)
	return nil
}

func (v *XLSXBatch) header() []string {
	t := textsFor(v.lang)
	h := []string{t.File, t.Project, t.Owner, t.Respondents, t.Overall, t.Level, t.Coverage}
	for _, r := range v.rubrics {
		h = append(h, r.ID)
	}
	return append(h, t.GapCount, t.TopGap, t.Error)
}

func (v *XLSXBatch) End(p *checklist.Portfolio) error {
	t := textsFor(v.lang)
	if err := v.b.table(t.Cases, v.header(), v.rows); err != nil {
		return err
	}
	if err := v.summary(t, p); err != nil {
		return err
	}
	return v.b.write(v.w)
}

// summary is the portfolio's items, weakest first, with the totals and
// the cases per level beside them and a chart of the levels.
func (v *XLSXBatch) summary(t *sheetText, p *checklist.Portfolio) error {
	b := v.b
	var rows [][]xcell
	for _, it := range p.Items {
		rows = append(rows, []xcell{b.text(it.Rubric.ID), b.text(it.Item.ID), b.text(itemTitle(it.Item, v.lang)),
			b.count(it.Scored), b.pct(it.Mean), b.count(it.Low)})
	}
	if err := b.table(t.Summary, []string{t.Rubric, t.Item, t.Title, t.Scored, t.Mean, t.LowIn}, rows); err != nil {
		return err
	}
	side := [][]xcell{
		{b.text(t.CasesScored), b.count(p.Cases)},
		{b.text(t.Failed), b.count(p.Failed)},
		{b.text(t.Mean), b.pct(p.Mean)},
		{b.text(t.Median), b.pct(p.Median)},
		{},
		{xcell{v: t.Level, style: b.head}, xcell{v: t.LevelCount, style: b.head}},
	}
	for _, lc := range p.Levels {
		side = append(side, []xcell{b.text(levelName(lc.Level, v.lang)), b.count(lc.Cases)})
	}
	if err := b.rowsAt(t.Summary, 8, 1, side); err != nil {
		return err
	}
	if err := b.sheets[t.Summary].SetColWidth(8, 22); err != nil {
		return err
	}
	if err := b.widen(t.Summary, 8, side); err != nil {
		return err
	}
	return b.barChart(t.Summary, 8, 14, t.LevelCount, 8, 9, 7, 6+len(p.Levels), false)
}
