package render

import (
	"fmt"
	"github.com/samskab/samskab/checklist"
	"io"
	"strings"
)

// roundsHTML is the rounds view as one self-contained page: a line chart
// of the overall and rubric percents over the rounds (inline SVG, like the
// radar of the score report), then the tables and the gaps.
type roundsHTML struct{ o Options }

type htmlRoundsView struct {
	Project string
	Rounds  []string
	Overall checklist.Series
	Last    checklist.Level
	Since   string
	Chart   htmlLineChart
	Rubrics []htmlSeriesRow
	Items   []htmlSeriesRow
	Cols    []int // round numbers, for the table headers
	Opened  []htmlGapChange
	Closed  []htmlGapChange
	LastTwo string
}

type htmlSeriesRow struct {
	ID, Title string
	Cells     []htmlCell
	Trend     string
	Prev      string
	First     string
}

type htmlGapChange struct {
	Kind, ID, Title, FromTo string
}

func (v roundsHTML) Render(w io.Writer, rs *checklist.Rounds) error {
	lang := v.o.Lang
	last := rs.Reports[len(rs.Reports)-1]
	view := htmlRoundsView{Project: last.Project.Name, Rounds: roundList(rs, lang), Overall: rs.Overall,
		Last: checklist.LevelOfNum(last.Overall), Since: sinceText(rs.Overall, lang), Chart: roundsChart(rs, lang),
		LastTwo: lastTwoText(rs, lang)}
	for i := range rs.Reports {
		view.Cols = append(view.Cols, i+1)
	}
	view.Rubrics = append(view.Rubrics, seriesRow(msg(lang, "overall"), "", rs.Overall, nil, lang))
	for _, rr := range rs.Rubrics {
		view.Rubrics = append(view.Rubrics, seriesRow(rr.Rubric.ID, rr.Rubric.Title.In(lang), rr.Series, nil, lang))
		for _, ir := range rr.Items {
			view.Items = append(view.Items, seriesRow(ir.Item.ID, itemTitle(ir.Item, lang), ir.Series, ir.Statuses, lang))
		}
	}
	view.Opened = htmlGapChanges(rs.Last.Opened, lang)
	view.Closed = htmlGapChanges(rs.Last.Closed, lang)
	return htmlPage(w, "rounds.tmpl", lang, last.Project.Name+" – "+rmsg(lang, "rounds"), view)
}

func seriesRow(id, title string, s checklist.Series, statuses []checklist.Status, lang checklist.Lang) htmlSeriesRow {
	row := htmlSeriesRow{ID: id, Title: title, Trend: Sparkline(s.Percents),
		Prev: deltaText(s.SincePrevious, lang), First: deltaText(s.SinceFirst, lang)}
	for i, p := range s.Percents {
		c := pctCell(p, lang)
		if statuses != nil && statuses[i] != checklist.StatusScored {
			c.Text = stateText(p, statuses[i], lang)
		}
		row.Cells = append(row.Cells, c)
	}
	return row
}

func htmlGapChanges(gs []checklist.GapChange, lang checklist.Lang) []htmlGapChange {
	out := make([]htmlGapChange, len(gs))
	for i, g := range gs {
		out[i] = htmlGapChange{Kind: GapKindName(g.Kind, lang), ID: g.Item.ID, Title: itemTitle(g.Item, lang),
			FromTo: itemFromTo(g.ItemChange, lang)}
	}
	return out
}

// htmlLineChart is the line chart's geometry, computed here so the
// template only places it.
type htmlLineChart struct {
	Width, Height int
	Desc          string
	Grid          []htmlGridLine
	XLabels       []htmlLabel
	Lines         []htmlLine
	GapY          string
}

type htmlGridLine struct{ Y, Label string }

type htmlLabel struct {
	X, Y, Text string
}

type htmlLine struct {
	Name, Color, Dash, Width string
	Segments                 []string // "x,y x,y …", broken where a round has no percent
	Points                   []htmlPoint
	Label                    htmlLabel
}

type htmlPoint struct{ X, Y, Title string }

const (
	chartW, chartH                  = 680, 320
	chartLeft, chartRight, chartTop = 48, 150, 16
	chartBottom                     = 40
)

// lineStyles tell the lines apart by colour and by dash, so the chart
// reads without colour too.
var lineStyles = []struct{ color, dash string }{
	{"#0b6e99", ""}, {"#b35900", "6 4"}, {"#6a3d9a", "2 4"}, {"#2e7d32", "10 4 2 4"}, {"#a0306e", "4 2"},
}

func roundsChart(rs *checklist.Rounds, lang checklist.Lang) htmlLineChart {
	n := len(rs.Reports)
	plotW, plotH := float64(chartW-chartLeft-chartRight), float64(chartH-chartTop-chartBottom)
	x := func(i int) float64 { return chartLeft + float64(i)*plotW/float64(max(n-1, 1)) }
	y := func(p float64) float64 { return chartTop + (1-max(0, min(p, 100))/100)*plotH }
	c := htmlLineChart{Width: chartW, Height: chartH, GapY: coord(y(rs.Reports[n-1].GapBelow)),
		Desc: fmt.Sprintf(rmsg(lang, "chart-rounds-desc"), n)}
	for _, p := range []float64{0, 25, 50, 75, 100} {
		c.Grid = append(c.Grid, htmlGridLine{Y: coord(y(p)), Label: decimal(p, 0, lang) + " %"})
	}
	for i := range n {
		c.XLabels = append(c.XLabels, htmlLabel{X: coord(x(i)), Y: coord(chartH - chartBottom + 20),
			Text: fmt.Sprintf("%s %d", rmsg(lang, "round"), i+1)})
	}
	line := func(name string, s checklist.Series, color, dash, width string) htmlLine {
		l := htmlLine{Name: name, Color: color, Dash: dash, Width: width}
		var seg []string
		for i, p := range s.Percents {
			if !p.OK {
				l.Segments, seg = appendSegment(l.Segments, seg), nil
				continue
			}
			px, py := coord(x(i)), coord(y(p.V))
			seg = append(seg, px+","+py)
			l.Points = append(l.Points, htmlPoint{X: px, Y: py,
				Title: fmt.Sprintf("%s, %s %d: %s", name, rmsg(lang, "round"), i+1, pctText(p, lang))})
		}
		l.Segments = appendSegment(l.Segments, seg)
		if len(l.Points) > 0 {
			end := l.Points[len(l.Points)-1]
			l.Label = htmlLabel{X: coord(x(n-1) + 10), Y: end.Y, Text: name}
		}
		return l
	}
	for i, rr := range rs.Rubrics {
		st := lineStyles[i%len(lineStyles)]
		c.Lines = append(c.Lines, line(rr.Rubric.ID, rr.Series, st.color, st.dash, "3"))
	}
	c.Lines = append(c.Lines, line(msg(lang, "overall"), rs.Overall, "#1b1b1b", "", "3.5"))
	spreadLabels(c.Lines)
	return c
}

func appendSegment(segs, seg []string) []string {
	if len(seg) == 0 {
		return segs
	}
	if len(seg) == 1 { // a lone point still needs a path; the dot shows it
		seg = append(seg, seg[0])
	}
	return append(segs, strings.Join(seg, " "))
}

// spreadLabels moves end labels apart so they do not overlap: at least
// 13 units between two, in the order of their height.
func spreadLabels(lines []htmlLine) {
	idx := []int{}
	for i, l := range lines {
		if l.Label.Text != "" {
			idx = append(idx, i)
		}
	}
	ys := func(i int) float64 { var v float64; fmt.Sscan(lines[i].Label.Y, &v); return v }
	for a := 1; a < len(idx); a++ { // insertion sort by y; few lines
		for b := a; b > 0 && ys(idx[b]) < ys(idx[b-1]); b-- {
			idx[b], idx[b-1] = idx[b-1], idx[b]
		}
	}
	prev := -1e9
	for _, i := range idx {
		v := max(ys(i)+4, prev+13)
		lines[i].Label.Y = coord(v)
		prev = v
	}
}

// htmlSeriesTable is one table of the rounds page (template
// "series-table").
type htmlSeriesTable struct {
	View  htmlRoundsView
	Rows  []htmlSeriesRow
	Label string
}

func newHTMLSeriesTable(v htmlRoundsView, rows []htmlSeriesRow, label string) htmlSeriesTable {
	return htmlSeriesTable{View: v, Rows: rows, Label: label}
}
