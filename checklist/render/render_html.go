package render

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// htmlReport is the single-case report as one self-contained HTML page:
// charts, bars, the gap list, answers side by side and the notes. It
// reads the report and formats it; it computes no scores.
type htmlReport struct{ o Options }

func (v htmlReport) Render(w io.Writer, r *checklist.Report) error {
	lang := v.o.Lang
	title := r.Project.Name + " – " + catalog.For(lang).Report.ReportTitle
	return htmlPage(w, "report.tmpl", lang, title, newHTMLReportView(r, lang))
}

// htmlReportView is the report arranged for report.tmpl.
type htmlReportView struct {
	R           *checklist.Report
	Meta        string
	Coverage    string
	GapLine     string
	Multi       bool // more than one respondent: show answers side by side
	Respondents []htmlRespondent
	Rubrics     []htmlRubric
	ThemeChart  *radarChart
	Themes      []htmlTheme
	Gaps        []htmlGap
	Levels      []htmlLevelBand
	Parties     *htmlParties // nil when no response names an actor
}

// htmlParties is the report by party: rubric percents per kind as shaded
// cells, then the items where two kinds lie far apart.
type htmlParties struct {
	Kinds []string
	Rows  []htmlPartyRow
	Gaps  []htmlPartyGap
}

type htmlPartyRow struct {
	ID, Label string
	Cells     []htmlCell
}

type htmlPartyGap struct {
	ID, Title, Text string
}

type htmlRespondent struct {
	Name, Actor, Date string
}

type htmlRubric struct {
	*checklist.RubricResult
	Multi       bool
	Respondents []htmlRespondent
	Title       string
	Description string
	Chart       *radarChart
	Items       []htmlItem
	Notes       []htmlNote
	Sources     []checklist.Source
}

type htmlItem struct {
	*checklist.ItemResult
	Title    string // original Danish title
	Subtitle string // English rendering in English reports
	Status   string // status word where there is no score
	Spread   string // "" with a single respondent
	Disagree bool
	Answers  []htmlCell
}

type htmlNote struct {
	Item, Question, QuestionText, Who, Text string
}

type htmlTheme struct {
	Title string
	Pct   checklist.Num
}

type htmlGap struct {
	Kind, KindName, ID, Title, Detail, Action string
}

// htmlLevelBand is one band of the level legend.
type htmlLevelBand struct {
	Level htmlLevel
	Range string
}

func newHTMLReportView(r *checklist.Report, lang checklist.Lang) htmlReportView {
	v := htmlReportView{
		R:        r,
		Meta:     strings.Join(subtitle(r, lang), " · "),
		Coverage: fractionPct(r.Coverage, lang),
		GapLine:  pctText(checklist.Some(r.GapBelow), lang),
		Multi:    len(r.Respondents) > 1,
		Levels:   levelBands(lang),
	}
	for i, resp := range r.Respondents {
		v.Respondents = append(v.Respondents, htmlRespondent{Name: respondentName(r, i, lang),
			Actor: cmp.Or(resp.ActorName, resp.Actor), Date: resp.Date})
	}
	for i := range r.Rubrics {
		h := newHTMLRubric(r, &r.Rubrics[i], lang)
		h.Multi, h.Respondents = v.Multi, v.Respondents
		v.Rubrics = append(v.Rubrics, h)
	}
	var axes []radarAxis
	for _, th := range r.Themes {
		v.Themes = append(v.Themes, htmlTheme{Title: th.Theme.Title.In(lang), Pct: th.Percent})
		axes = append(axes, radarAxis{Label: th.Theme.Title.In(lang), Sub: pctText(th.Percent, lang), Value: th.Percent})
	}
	v.ThemeChart = titledRadar(newRadar("chart-themes", themeRadar, axes, r.GapBelow),
		catalog.For(lang).Report.ChartThemes, fmt.Sprintf(catalog.For(lang).Report.ChartThemesDesc, len(axes)), catalog.For(lang).Report.Theme, v.GapLine, lang, axes)
	for _, g := range r.Gaps {
		v.Gaps = append(v.Gaps, htmlGap{Kind: string(g.Kind), KindName: GapKindName(g.Kind, lang),
			ID: g.Item.Item.ID, Title: itemTitle(g.Item.Item, lang), Detail: gapDetail(g, lang),
			Action: g.Item.Item.Action.In(lang)})
	}
	v.Parties = newHTMLParties(r, lang)
	return v
}

func newHTMLParties(r *checklist.Report, lang checklist.Lang) *htmlParties {
	pt := newPartyTable(r.Parties, lang)
	if len(pt.Kinds) == 0 {
		return nil
	}
	h := &htmlParties{Kinds: pt.Kinds}
	for _, row := range pt.Rows {
		hr := htmlPartyRow{ID: row.ID, Label: row.Label}
		for _, c := range row.Cells {
			hr.Cells = append(hr.Cells, pctCell(c, lang))
		}
		h.Rows = append(h.Rows, hr)
	}
	for _, g := range r.Parties.Gaps {
		h.Gaps = append(h.Gaps, htmlPartyGap{ID: g.Item.Item.ID, Title: itemTitle(g.Item.Item, lang), Text: partyGapText(g, lang)})
	}
	return h
}

func newHTMLRubric(r *checklist.Report, rr *checklist.RubricResult, lang checklist.Lang) htmlRubric {
	h := htmlRubric{RubricResult: rr, Title: rr.Rubric.Title.In(lang), Description: rr.Rubric.Description.In(lang)}
	var axes []radarAxis
	seen := map[checklist.Source]bool{}
	for i := range rr.Items {
		it := &rr.Items[i]
		h.Items = append(h.Items, newHTMLItem(r, it, lang))
		axes = append(axes, radarAxis{Label: it.Item.ID, Sub: pctText(it.Percent, lang), Value: it.Percent})
		if src := it.Item.Source; src.Name != "" && !seen[src] {
			seen[src] = true
			h.Sources = append(h.Sources, src)
		}
		for _, n := range it.Notes {
			h.Notes = append(h.Notes, htmlNote{Item: it.Item.ID, Question: n.Question,
				QuestionText: questionText(it.Item, n.Question, lang), Who: respondentName(r, n.Respondent, lang), Text: n.Text})
		}
	}
	h.Chart = titledRadar(newRadar("chart-"+rr.Rubric.ID, itemRadar, axes, r.GapBelow),
		h.Title, fmt.Sprintf(catalog.For(lang).Report.ChartRubricDesc, h.Title, len(axes)), catalog.For(lang).Report.Item,
		pctText(checklist.Some(r.GapBelow), lang), lang, axes)
	return h
}

func newHTMLItem(r *checklist.Report, it *checklist.ItemResult, lang checklist.Lang) htmlItem {
	h := htmlItem{ItemResult: it, Title: it.Item.Title.DA}
	if h.Title == "" {
		h.Title = it.Item.Title.In(lang)
	}
	if lang == checklist.English && it.Item.Title.EN != "" && it.Item.Title.EN != h.Title {
		h.Subtitle = it.Item.Title.EN
	}
	if it.Status != checklist.StatusScored {
		h.Status = StatusName(it.Status, lang)
	}
	if len(r.Respondents) > 1 && it.Spread.OK {
		h.Spread = scoreText(it.Spread, lang)
		h.Disagree = hasGap(r, it, checklist.GapDisagreement)
	}
	for ri, s := range it.ByRespondent {
		c := scoreCell(s, lang)
		c.Title = respondentName(r, ri, lang) + " · " + it.Item.ID
		if !s.OK && ri < len(it.ByRespondentStatus) {
			c.Text = StatusName(it.ByRespondentStatus[ri], lang)
		}
		h.Answers = append(h.Answers, c)
	}
	return h
}

// hasGap reports whether scoring listed the item as a gap of this kind.
func hasGap(r *checklist.Report, it *checklist.ItemResult, kind checklist.GapKind) bool {
	for _, g := range r.Gaps {
		if g.Item == it && g.Kind == kind {
			return true
		}
	}
	return false
}

// titledRadar adds the accessible name, description and data table.
func titledRadar(c *radarChart, title, desc, axisHead, gapLine string, lang checklist.Lang, axes []radarAxis) *radarChart {
	if c == nil {
		return nil
	}
	c.Title, c.Desc, c.AxisHead, c.ValueHead = title, desc, axisHead, catalog.For(lang).Report.Percent
	if c.GapRing != "" {
		c.Legend = fmt.Sprintf(catalog.For(lang).Report.ChartLegend, gapLine)
	}
	for _, a := range axes {
		c.Rows = append(c.Rows, radarRow{Label: a.Label, Value: pctText(a.Value, lang)})
	}
	return c
}

// respondentName is the respondent's name, or "Respondent 2" when the
// response has none.
func respondentName(r *checklist.Report, i int, lang checklist.Lang) string {
	if i < len(r.Respondents) && r.Respondents[i].Name != "" {
		return r.Respondents[i].Name
	}
	return fmt.Sprintf(catalog.For(lang).Report.RespondentN, i+1)
}

// questionText finds a question's wording from its full id ("cok-08.q1").
func questionText(it *checklist.Item, full string, lang checklist.Lang) string {
	for _, q := range it.Questions {
		if checklist.QuestionID(it.ID, q.ID) == full {
			return q.Text.In(lang)
		}
	}
	return ""
}

// levelBands is the legend: each level and the percents it covers.
func levelBands(lang checklist.Lang) []htmlLevelBand {
	bounds := []float64{0, 25, 50, 75, 87.5, 100}
	out := make([]htmlLevelBand, len(checklist.Levels))
	short := func(v float64) string {
		if v == math.Trunc(v) {
			return decimal(v, 0, lang)
		}
		return decimal(v, 1, lang)
	}
	for i, l := range checklist.Levels {
		out[i] = htmlLevelBand{Level: newHTMLLevel(l, lang), Range: short(bounds[i]) + "–" + short(bounds[i+1]) + " %"}
	}
	return out
}
