package render

import (
	"io"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// XLSXReport writes the report of one case as a workbook: overview with a
// chart, items, gaps with their actions, and the answers per respondent.
type XLSXReport struct{ Lang checklist.Lang }

func (v XLSXReport) Render(w io.Writer, r *checklist.Report) error {
	b, err := newBook()
	if err != nil {
		return err
	}
	t := textsFor(v.Lang)
	steps := []func() error{
		func() error { return v.overview(b, t, r) },
		func() error { return v.items(b, t, r) },
		func() error { return v.gaps(b, t, r) },
		func() error { return v.answers(b, t, r) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return b.write(w)
}

// overview: the overall row, one row per rubric, then the project, and a
// bar chart of the rubrics' percents beside the table.
func (v XLSXReport) overview(b *book, t *sheetText, r *checklist.Report) error {
	rows := [][]xcell{{b.text(t.Overall), b.text(r.Project.Name), {}, b.pct(r.Overall),
		b.text(levelWord(r.Overall, v.Lang)), b.fraction(r.Coverage)}}
	for _, rr := range r.Rubrics {
		rows = append(rows, []xcell{b.text(rr.Rubric.ID), b.text(rr.Rubric.Title.In(v.Lang)), b.score(rr.Score),
			b.pct(rr.Percent), b.text(levelWord(rr.Percent, v.Lang)), b.fraction(rr.Coverage)})
	}
	if err := b.table(t.Overview, []string{t.Rubric, t.Title, t.Score, t.Percent, t.Level, t.Coverage}, rows); err != nil {
		return err
	}
	about := [][]xcell{
		{b.text(t.Project), b.text(r.Project.Name)},
		{b.text(t.Owner), b.text(r.Project.Owner)},
		{b.text(t.File), b.text(r.File)},
		{b.text(t.Respondents), b.count(len(r.Respondents))},
		{b.text(t.GapLine), b.pct(checklist.Num{V: r.GapBelow, OK: true})},
	}
	var parties [][]xcell
	if len(r.Parties.Kinds) > 0 {
		parties = append(parties, []xcell{{v: t.Parties, style: b.head}, {v: t.Overall, style: b.head},
			{v: t.Respondents, style: b.head}})
	}
	for _, k := range r.Parties.Kinds {
		parties = append(parties, []xcell{b.text(kindName(k.Kind, v.Lang)), b.pct(k.Overall), b.count(k.Respondents)})
	}
	if len(parties) > 0 {
		about = append(append(about, nil), parties...)
	}
	start := len(rows) + 3
	if err := b.rows(t.Overview, start, about); err != nil {
		return err
	}
	if err := b.widen(t.Overview, 1, parties); err != nil {
		return err
	}
	return b.barChart(t.Overview, 8, 2, t.Chart, 2, 4, 3, len(rows)+1, true)
}

func (v XLSXReport) items(b *book, t *sheetText, r *checklist.Report) error {
	header := []string{t.Rubric, t.Item, t.Title, t.Status, t.Score, t.Percent, t.Level, t.Spread,
		t.Respondents, t.NA, t.DK}
	kinds := r.Parties.Kinds
	for _, k := range kinds {
		header = append(header, kindName(k.Kind, v.Lang))
	}
	var rows [][]xcell
	for _, rr := range r.Rubrics {
		for _, it := range rr.Items {
			row := []xcell{b.text(rr.Rubric.ID), b.text(it.Item.ID), b.text(itemTitle(it.Item, v.Lang)),
				b.text(StatusName(it.Status, v.Lang)), b.score(it.Score), b.pct(it.Percent),
				b.text(levelWord(it.Percent, v.Lang)), b.score(it.Spread), b.count(it.Respondents),
				b.count(it.NA), b.count(it.DK)}
			for _, k := range kinds {
				row = append(row, b.pct(partyPercent(k, it.Item)))
			}
			rows = append(rows, row)
		}
	}
	return b.table(t.Items, header, rows)
}

// partyPercent is one kind of party's percent on an item; undefined when
// the kind did not score it.
func partyPercent(k checklist.PartyResult, it *checklist.Item) checklist.Num {
	for _, pr := range k.Rubrics {
		for _, pi := range pr.Items {
			if pi.Item == it {
				return pi.Percent
			}
		}
	}
	return checklist.Num{}
}

func (v XLSXReport) gaps(b *book, t *sheetText, r *checklist.Report) error {
	rows := make([][]xcell, 0, len(r.Gaps))
	for _, g := range r.Gaps {
		it := g.Item
		rows = append(rows, []xcell{b.text(GapKindName(g.Kind, v.Lang)), b.text(it.Item.ID),
			b.text(g.Rubric.Rubric.ID), b.text(itemTitle(it.Item, v.Lang)), b.score(it.Score), b.pct(it.Percent),
			b.score(it.Spread), b.long(it.Item.Action.In(v.Lang))})
	}
	return b.table(t.Gaps, []string{t.Kind, t.Item, t.Rubric, t.Title, t.Score, t.Percent, t.Spread, t.Action}, rows)
}

// answers is one row per respondent and item – the long layout a pivot
// table wants – with the respondent's score for the item and their notes.
func (v XLSXReport) answers(b *book, t *sheetText, r *checklist.Report) error {
	var rows [][]xcell
	for ri, resp := range r.Respondents {
		actor := resp.ActorName
		if actor == "" {
			actor = resp.Actor
		}
		for _, rr := range r.Rubrics {
			for _, it := range rr.Items {
				rows = append(rows, []xcell{b.count(ri + 1), b.text(resp.Name), b.text(actor), b.text(resp.Date),
					b.text(rr.Rubric.ID), b.text(it.Item.ID), b.score(it.ByRespondent[ri]),
					b.text(StatusName(it.ByRespondentStatus[ri], v.Lang)), b.long(notesOf(it, ri))})
			}
		}
	}
	return b.table(t.Answers, []string{"#", t.Respondent, t.Actor, t.Date, t.Rubric, t.Item, t.ScoreMeaning,
		t.Status, t.Notes}, rows)
}

// notesOf joins one respondent's notes on an item's questions.
func notesOf(it checklist.ItemResult, respondent int) string {
	var parts []string
	for _, n := range it.Notes {
		if n.Respondent == respondent {
			parts = append(parts, n.Question+": "+n.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// levelWord is a percent's level in words; empty when undefined.
func levelWord(n checklist.Num, lang checklist.Lang) string {
	if !n.OK {
		return ""
	}
	return levelName(checklist.LevelOfNum(n), lang)
}
