package render

import (
	"fmt"
	"io"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/xlsx"
)

// points writes a change in percentage points with its sign.
func (b *book) points(n checklist.Num) xcell {
	if !n.OK {
		return xcell{style: b.pointsStyle}
	}
	return xcell{v: round(n.V, 1), style: b.pointsStyle}
}

// XLSXRounds writes a project over several rounds: one row per round with
// the rubric percents and a line chart, the items in every round, and the
// gaps that opened and closed between the last two rounds.
type XLSXRounds struct{ Lang checklist.Lang }

func (v XLSXRounds) Render(w io.Writer, rs *checklist.Rounds) error {
	b, err := newBook()
	if err != nil {
		return err
	}
	t := textsFor(v.Lang)
	for _, step := range []func() error{
		func() error { return v.rounds(b, t, rs) },
		func() error { return v.items(b, t, rs) },
		func() error { return v.gaps(b, t, rs) },
	} {
		if err := step(); err != nil {
			return err
		}
	}
	return b.write(w)
}

func (v XLSXRounds) rounds(b *book, t *sheetText, rs *checklist.Rounds) error {
	header := []string{t.Round, t.File, t.Date, t.Respondents, t.Overall}
	for _, rr := range rs.Rubrics {
		header = append(header, rr.Rubric.ID)
	}
	var rows [][]xcell
	for i, r := range rs.Reports {
		row := []xcell{b.count(i + 1), b.text(r.File), b.text(checklist.RoundDate(r)), b.count(len(r.Respondents)),
			b.pct(rs.Overall.Percents[i])}
		for _, rr := range rs.Rubrics {
			row = append(row, b.pct(rr.Percents[i]))
		}
		rows = append(rows, row)
	}
	if err := b.table(t.Rounds, header, rows); err != nil {
		return err
	}
	return b.lineChart(t.Rounds, t.Chart, len(rs.Reports), 5, len(header))
}

func (v XLSXRounds) items(b *book, t *sheetText, rs *checklist.Rounds) error {
	header := []string{t.Rubric, t.Item, t.Title}
	for i := range rs.Reports {
		header = append(header, fmt.Sprintf("%s %d", t.Round, i+1))
	}
	header = append(header, t.Change, t.ChangeFirst)
	var rows [][]xcell
	series := func(id, title string, s checklist.Series) []xcell {
		row := []xcell{b.text(id), b.text(title)}
		for _, p := range s.Percents {
			row = append(row, b.pct(p))
		}
		return append(row, b.points(s.SincePrevious), b.points(s.SinceFirst))
	}
	rows = append(rows, append([]xcell{b.text(t.Overall)}, series("", "", rs.Overall)...))
	for _, rr := range rs.Rubrics {
		rows = append(rows, append([]xcell{b.text(rr.Rubric.ID)}, series("", rr.Rubric.Title.In(v.Lang), rr.Series)...))
		for _, ir := range rr.Items {
			rows = append(rows, append([]xcell{b.text(rr.Rubric.ID)}, series(ir.Item.ID, itemTitle(ir.Item, v.Lang), ir.Series)...))
		}
	}
	return b.table(t.Items, header, rows)
}

func (v XLSXRounds) gaps(b *book, t *sheetText, rs *checklist.Rounds) error {
	var rows [][]xcell
	for _, part := range []struct {
		label string
		gaps  []checklist.GapChange
	}{{t.Opened, rs.Last.Opened}, {t.Closed, rs.Last.Closed}} {
		for _, g := range part.gaps {
			rows = append(rows, []xcell{b.text(part.label), b.text(GapKindName(g.Kind, v.Lang)),
				b.text(g.Item.ID), b.text(g.Rubric.ID), b.text(itemTitle(g.Item, v.Lang)), b.pct(g.Old), b.pct(g.New),
				b.points(g.Delta)})
		}
	}
	return b.table(t.Gaps, []string{t.GapState, t.Kind, t.Item, t.Rubric, t.Title, t.Before, t.After, t.Points}, rows)
}

// lineChart draws columns first..last of a rounds table (row 1 headers,
// one row per round) as lines over the rounds.
func (b *book) lineChart(sheet, title string, rounds, first, last int) error {
	var series []xlsx.Series
	for c := first; c <= last; c++ {
		name := xlsx.Cells(sheet, c, 1, c, 1)
		series = append(series, xlsx.Series{
			NameRef:    &name,
			Categories: xlsx.Cells(sheet, 1, 2, 1, rounds+1),
			Values:     xlsx.Cells(sheet, c, 2, c, rounds+1),
			Marker:     "circle", MarkerSize: 6,
		})
	}
	zero, one := 0.0, 1.0
	return b.sheets[sheet].AddChart(xlsx.Chart{
		Kind:        xlsx.LineChart,
		Title:       title,
		Series:      series,
		Legend:      "r",
		ValueMin:    &zero,
		ValueMax:    &one,
		ValueFormat: "0%",
		Col:         1, Row: rounds + 4,
		Width: 720, Height: 360,
	})
}

// XLSXPortfolioChange writes two portfolio rounds: one row per matched
// project, the projects in one round only, and a summary with a chart.
type XLSXPortfolioChange struct{ Lang checklist.Lang }

func (v XLSXPortfolioChange) Render(w io.Writer, pc *checklist.PortfolioChange) error {
	oldDir, newDir := pc.OldDir, pc.NewDir
	b, err := newBook()
	if err != nil {
		return err
	}
	t := textsFor(v.Lang)
	header := []string{t.Project, t.File + " (" + oldDir + ")", t.File + " (" + newDir + ")", t.Before, t.After, t.Points, t.Direction}
	for _, r := range pc.Rubrics {
		header = append(header, r.ID)
	}
	var rows [][]xcell
	for _, p := range pc.Projects {
		row := []xcell{b.text(p.Name), b.text(p.Old.Rel), b.text(p.New.Rel), b.pct(p.Overall.Old), b.pct(p.Overall.New),
			b.points(p.Overall.Delta), b.text(DirectionName(p.Direction(), v.Lang))}
		for _, ch := range p.Rubrics {
			row = append(row, b.points(ch.Delta))
		}
		rows = append(rows, row)
	}
	if err := b.table(t.Projects, header, rows); err != nil {
		return err
	}
	var only [][]xcell
	for _, part := range []struct {
		dir   string
		cases []checklist.RoundCase
	}{{oldDir, pc.OnlyOld}, {newDir, pc.OnlyNew}} {
		for _, c := range part.cases {
			only = append(only, []xcell{b.text(part.dir), b.text(c.Summary.Project.Name), b.text(c.Rel), b.pct(c.Summary.Overall)})
		}
	}
	if err := b.table(t.OnlyIn, []string{t.OnlyIn, t.Project, t.File, t.Overall}, only); err != nil {
		return err
	}
	sum := [][]xcell{
		{b.text(DirectionName("rose", v.Lang)), b.count(pc.Rose)},
		{b.text(DirectionName("fell", v.Lang)), b.count(pc.Fell)},
		{b.text(DirectionName("stayed", v.Lang)), b.count(pc.Stayed)},
		{b.text(DirectionName("not-comparable", v.Lang)), b.count(pc.NotComparable)},
	}
	if err := b.table(t.Summary, []string{t.Direction, t.Projects}, sum); err != nil {
		return err
	}
	if err := b.barChart(t.Summary, 4, 2, t.Projects, 1, 2, 2, 5, false); err != nil {
		return err
	}
	return b.write(w)
}
