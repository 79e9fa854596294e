package render

import (
	"html/template"
	"io"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// batchHTML is the portfolio as one self-contained HTML page (template
// portfolio.tmpl): the summary, a row per case with small bars, the
// principles weakest first and a heat map of item percents by case. The
// summary comes first, so the page is written at End; until then it keeps
// of each case only what the page shows (htmlCase, about 600 bytes with
// the built-in rubrics).
//
// The heat map has the cases as rows and the items as narrow columns,
// grouped by rubric, with the portfolio means as its bottom row: the
// columns are fixed by the rubrics in scope, so the map stays as wide as
// a landscape A4 page however many cases there are, and prints as more
// pages rather than wider ones.
type batchHTML struct {
	w        io.Writer
	o        Options
	rubricAt map[*checklist.Rubric]int // column of each rubric in scope
	itemAt   map[*checklist.Item]int   // column of each item, after the rubrics
	items    []*checklist.Item         // the item columns, in order
	cases    []*htmlCase
	failures []Failure
}

// htmlCase is what the page keeps of a scored case.
type htmlCase struct {
	File        string
	Project     checklist.Project // without the description, which the page does not show
	Respondents int
	Overall     checklist.Num
	Coverage    float64
	Gaps        int
	TopGap      checklist.GapSummary
	Cells       []scopedPct // one per rubric column, then one per item column
}

// scopedPct is a percent of a column the case has in scope, or a column
// outside its scope. Flat, it packs into 16 bytes.
type scopedPct struct {
	V      float64
	OK, In bool
}

func (p scopedPct) num() checklist.Num { return checklist.Num{V: p.V, OK: p.OK} }

func newBatchHTML(w io.Writer, o Options) *batchHTML {
	v := &batchHTML{w: w, o: o, rubricAt: map[*checklist.Rubric]int{}, itemAt: map[*checklist.Item]int{}}
	for i, r := range o.Rubrics {
		v.rubricAt[r] = i
		for _, it := range r.Items {
			v.itemAt[it] = len(o.Rubrics) + len(v.items)
			v.items = append(v.items, it)
		}
	}
	return v
}

func (v *batchHTML) Begin() error { return nil }

func (v *batchHTML) Case(s *checklist.CaseSummary) error {
	c := &htmlCase{File: s.File, Project: checklist.Project{Name: s.Project.Name, Owner: s.Project.Owner},
		Respondents: s.Respondents, Overall: s.Overall, Coverage: s.Coverage, Gaps: s.Gaps, TopGap: s.TopGap,
		Cells: make([]scopedPct, len(v.o.Rubrics)+len(v.items))}
	for _, rs := range s.Rubrics {
		if k, ok := v.rubricAt[rs.Rubric]; ok {
			c.Cells[k] = scopedPct{V: rs.Percent.V, OK: rs.Percent.OK, In: true}
		}
	}
	for _, is := range s.Items {
		if k, ok := v.itemAt[is.Item]; ok {
			c.Cells[k] = scopedPct{V: is.Percent.V, OK: is.Percent.OK, In: true}
		}
	}
	v.cases = append(v.cases, c)
	return nil
}

func (v *batchHTML) Failure(f Failure) error {
	v.failures = append(v.failures, f)
	return nil
}

func (v *batchHTML) End(p *checklist.Portfolio) error {
	view := newHTMLPortfolioView(v, p)
	return htmlPage(v.w, "portfolio.tmpl", v.o.Lang, view.Heading+" – "+catalog.For(v.o.Lang).Portfolio.PortfolioKicker, view)
}

// htmlPortfolioView is the portfolio arranged for portfolio.tmpl. The
// per-case rows are made as the template reaches them (Row, HeatHTML), so
// the page never holds every formatted cell at once.
type htmlPortfolioView struct {
	v          *batchHTML
	P          *checklist.Portfolio
	Heading    string
	Meta       string
	GapLine    string
	Levels     []htmlLevelShare
	Groups     []htmlColumnGroup
	Cases      []*htmlCase
	CasesWidth string // the cases table's least width, in em
	Failures   []string
	Items      []htmlPortfolioItem
	MeanRow    htmlHeatRow
	LowLegend  string
}

// htmlLevelShare is one level of the cases-per-level bar and legend.
type htmlLevelShare struct {
	htmlLevelBand
	Cases int
	Width string // percent of the bar
}

// htmlColumnGroup is a rubric's run of heat-map columns.
type htmlColumnGroup struct {
	ID, Title string
	Items     []htmlColumn
}

type htmlColumn struct {
	ID, Title string
}

// htmlPortfolioItem is a row of the principles table.
type htmlPortfolioItem struct {
	checklist.PortfolioItem
	Title, Subtitle string
}

// htmlCaseRow is a row of the cases table.
type htmlCaseRow struct {
	N       int
	S       *htmlCase
	Rubrics template.HTML // a cell per rubric column, from writeRubricCell
	GapKind string        // the top gap's kind, "–" for none
	GapID   string        // its item
	GapItem string        // the item's title, for the tooltip
}

// htmlHeatRow is a row of the heat map: the overall percent, then one
// cell per item column.
type htmlHeatRow struct {
	Overall htmlCell
	Cells   []htmlCell
}

func newHTMLPortfolioView(v *batchHTML, p *checklist.Portfolio) *htmlPortfolioView {
	lang := v.o.Lang
	h := &htmlPortfolioView{v: v, P: p, Heading: countText(lang, p.Cases, "portfolio-of-one", "portfolio-of"),
		GapLine: pctText(checklist.Some(v.o.GapBelow), lang), Cases: v.cases, LowLegend: lowInLegend(v.o),
		// The fixed columns of portfolio.css and 14em for the project.
		CasesWidth: decimal(48+7.6*float64(len(v.o.Rubrics)), 1, checklist.English)}
	ids := make([]string, len(v.o.Rubrics))
	for i, r := range v.o.Rubrics {
		ids[i] = r.ID
		g := htmlColumnGroup{ID: r.ID, Title: r.Title.In(lang)}
		for _, it := range r.Items {
			g.Items = append(g.Items, htmlColumn{ID: it.ID, Title: itemTitle(it, lang)})
		}
		h.Groups = append(h.Groups, g)
	}
	h.Meta = catalog.For(lang).Report.Rubrics + ": " + strings.Join(ids, ", ") + " · " + catalog.For(lang).Report.GapLine + " " + h.GapLine
	h.Levels = levelShares(p, lang)
	for _, f := range v.failures {
		h.Failures = append(h.Failures, failureLine(f, lang))
	}
	means := make([]scopedPct, len(v.o.Rubrics)+len(v.items))
	for _, pi := range p.Items {
		h.Items = append(h.Items, newHTMLPortfolioItem(pi, lang))
		if k, ok := v.itemAt[pi.Item]; ok {
			means[k] = scopedPct{V: pi.Mean.V, OK: pi.Mean.OK, In: true}
		}
	}
	h.MeanRow = h.heat(p.Mean, means)
	return h
}

// levelShares counts the cases at each level, with each level's share of
// the cases that have an overall percent.
func levelShares(p *checklist.Portfolio, lang checklist.Lang) []htmlLevelShare {
	bands := levelBands(lang)
	out := make([]htmlLevelShare, len(p.Levels))
	total := p.Cases - p.Unscored
	for i, lc := range p.Levels {
		out[i] = htmlLevelShare{htmlLevelBand: bands[i], Cases: lc.Cases, Width: "0"}
		if total > 0 {
			out[i].Width = coord(float64(lc.Cases) / float64(total) * 100)
		}
	}
	return out
}

func newHTMLPortfolioItem(pi checklist.PortfolioItem, lang checklist.Lang) htmlPortfolioItem {
	h := htmlPortfolioItem{PortfolioItem: pi, Title: pi.Item.Title.DA}
	if h.Title == "" {
		h.Title = pi.Item.Title.In(lang)
	}
	if lang == checklist.English && pi.Item.Title.EN != "" && pi.Item.Title.EN != h.Title {
		h.Subtitle = pi.Item.Title.EN
	}
	return h
}

// Row formats case i (from 0) for the cases table.
func (h *htmlPortfolioView) Row(i int, c *htmlCase) htmlCaseRow {
	lang := h.v.o.Lang
	row := htmlCaseRow{N: i + 1, S: c, GapKind: "–"}
	var b strings.Builder
	b.Grow(200 * len(h.v.o.Rubrics))
	for _, p := range c.Cells[:len(h.v.o.Rubrics)] {
		writeRubricCell(&b, p, lang)
	}
	row.Rubrics = template.HTML(b.String())
	if g := c.TopGap; g.Kind != "" {
		row.GapKind, row.GapID, row.GapItem = GapKindName(g.Kind, lang), g.Item.ID, itemTitle(g.Item, lang)
	}
	return row
}

// Heat is a case's row of the heat map.
func (h *htmlPortfolioView) Heat(c *htmlCase) htmlHeatRow { return h.heat(c.Overall, c.Cells) }

func (h *htmlPortfolioView) heat(overall checklist.Num, cells []scopedPct) htmlHeatRow {
	lang := h.v.o.Lang
	row := htmlHeatRow{Overall: heatPct(catalog.For(lang).Report.Overall, overall, lang), Cells: make([]htmlCell, len(h.v.items))}
	out := htmlCell{Level: htmlLevel{Class: "lvl-out"}, Title: catalog.For(lang).Portfolio.OutOfScope}
	for i, p := range cells[len(h.v.o.Rubrics):] {
		row.Cells[i] = out
		if p.In {
			row.Cells[i] = heatPct(h.v.items[i].ID, p.num(), lang)
		}
	}
	return row
}

// heatPct is a heat-map cell: the percent rounded to a whole number, the
// shade of its exact level, and the exact value in the tooltip.
func heatPct(label string, n checklist.Num, lang checklist.Lang) htmlCell {
	c := htmlCell{Text: "–", Level: newHTMLLevel(checklist.LevelOfNum(n), lang)}
	if !n.OK {
		c.Title = label + ": " + catalog.For(lang).Report.NotScored
		return c
	}
	c.Text = decimal(n.V, 0, lang)
	c.Title = label + ": " + pctText(n, lang)
	return c
}

// The heat cells and the rubric bars are most of the page, and executing a
// template for each made the page cost twenty times more per case than
// any other batch format. So they are written here, as the "heat" and
// "bar" templates write them (a test holds the two alike). They hold only
// numbers, level classes and item ids (which rubric loading limits to
// [a-z0-9-]), nothing a case's author wrote, and each is escaped all the
// same. Names, owners, paths and messages still go through the template.

// HeatHTML is a case's row of heat cells as markup.
func (h *htmlPortfolioView) HeatHTML(c *htmlCase) template.HTML {
	row := h.Heat(c)
	var b strings.Builder
	b.Grow(96 * (len(row.Cells) + 1))
	writeHeatCell(&b, row.Overall)
	for _, c := range row.Cells {
		writeHeatCell(&b, c)
	}
	return template.HTML(b.String())
}

func writeHeatCell(b *strings.Builder, c htmlCell) {
	b.WriteString(`<td class="heat `)
	b.WriteString(template.HTMLEscapeString(c.Level.Class))
	b.WriteByte('"')
	if c.Title != "" {
		b.WriteString(` title="`)
		b.WriteString(template.HTMLEscapeString(c.Title))
		b.WriteByte('"')
	}
	b.WriteByte('>')
	b.WriteString(template.HTMLEscapeString(c.Text))
	b.WriteString("</td>")
}

// writeRubricCell writes a cases-table cell with a small bar, or a dash
// when the rubric is not in the case's scope.
func writeRubricCell(b *strings.Builder, p scopedPct, lang checklist.Lang) {
	if !p.In {
		b.WriteString(`<td class="rub"><span class="out">–</span></td>`)
		return
	}
	bar := newHTMLBar(p.num(), lang)
	b.WriteString(`<td class="rub"><span class="bar"><span class="track"><span class="fill `)
	b.WriteString(template.HTMLEscapeString(bar.Level.Class))
	b.WriteString(`" style="width: `)
	b.WriteString(template.HTMLEscapeString(bar.Width))
	b.WriteString(`%"></span></span><span class="val">`)
	b.WriteString(template.HTMLEscapeString(bar.Text))
	b.WriteString(`</span></span></td>`)
}
