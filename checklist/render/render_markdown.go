package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// markdownReport is the view for wikis, issues and e-mail.
type markdownReport struct{ o Options }

func (v markdownReport) Render(w io.Writer, r *checklist.Report) error {
	lang := v.o.Lang
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "# %s\n\n", mdText(r.Project.Name))
	fmt.Fprintf(ew, "%s\n\n", mdText(strings.Join(subtitle(r, lang), " · ")))
	fmt.Fprintf(ew, "**%s: %s – %s** · %s: %s\n\n", catalog.For(lang).Report.Overall, pctText(r.Overall, lang),
		levelOrDash(checklist.LevelOfNum(r.Overall), lang), catalog.For(lang).Report.Coverage, fractionPct(r.Coverage, lang))
	steps := []func(io.Writer, *checklist.Report) error{v.rubrics, v.items, v.themes, v.parties, v.gaps, v.notes}
	for _, step := range steps {
		if err := step(ew, r); err != nil {
			return err
		}
	}
	return ew.err
}

func (v markdownReport) rubrics(w io.Writer, r *checklist.Report) error {
	lang := v.o.Lang
	fmt.Fprintf(w, "## %s\n\n", catalog.For(lang).Report.Rubrics)
	t := newTable(w, true, []align{alignLeft, alignLeft, alignRight, alignRight, alignLeft, alignRight},
		catalog.For(lang).Report.Rubric, catalog.For(lang).Report.Title, catalog.For(lang).Report.Score, catalog.For(lang).Report.Percent, catalog.For(lang).Report.Level, catalog.For(lang).Report.Coverage)
	for _, rr := range r.Rubrics {
		if err := t.row(rr.Rubric.ID, mdCell(rr.Rubric.Title.In(lang)), scoreText(rr.Score, lang), pctText(rr.Percent, lang),
			levelOrDash(checklist.LevelOfNum(rr.Percent), lang), fractionPct(rr.Coverage, lang)); err != nil {
			return err
		}
	}
	return v.end(w, t)
}

func (v markdownReport) items(w io.Writer, r *checklist.Report) error {
	lang := v.o.Lang
	for _, rr := range r.Rubrics {
		fmt.Fprintf(w, "### %s (`%s`, %s %d)\n\n", mdText(rr.Rubric.Title.In(lang)), rr.Rubric.ID,
			strings.ToLower(catalog.For(lang).Report.Version), rr.Rubric.Version)
		t := newTable(w, true, []align{alignLeft, alignLeft, alignLeft, alignRight, alignRight, alignRight},
			catalog.For(lang).Report.Item, catalog.For(lang).Report.Principle, catalog.For(lang).Report.Status, catalog.For(lang).Report.Score, catalog.For(lang).Report.Percent, catalog.For(lang).Report.Spread)
		for _, it := range rr.Items {
			if err := t.row(it.Item.ID, mdCell(it.Item.Title.DA), StatusName(it.Status, lang), scoreText(it.Score, lang),
				pctText(it.Percent, lang), scoreText(it.Spread, lang)); err != nil {
				return err
			}
		}
		if err := v.end(w, t); err != nil {
			return err
		}
	}
	return nil
}

func (v markdownReport) themes(w io.Writer, r *checklist.Report) error {
	if len(r.Themes) == 0 {
		return nil
	}
	lang := v.o.Lang
	fmt.Fprintf(w, "## %s\n\n", catalog.For(lang).Report.Themes)
	t := newTable(w, true, []align{alignLeft, alignRight, alignLeft},
		catalog.For(lang).Report.Theme, catalog.For(lang).Report.Percent, catalog.For(lang).Report.Level)
	for _, th := range r.Themes {
		if err := t.row(mdCell(th.Theme.Title.In(lang)), pctText(th.Percent, lang), levelOrDash(checklist.LevelOfNum(th.Percent), lang)); err != nil {
			return err
		}
	}
	return v.end(w, t)
}

// parties is the report by party; nothing without actors.
func (v markdownReport) parties(w io.Writer, r *checklist.Report) error {
	pt := newPartyTable(r.Parties, v.o.Lang)
	if len(pt.Kinds) == 0 {
		return nil
	}
	lang := v.o.Lang
	fmt.Fprintf(w, "## %s\n\n%s\n\n", catalog.For(lang).Report.Parties, catalog.For(lang).Report.PartiesIntro)
	aligns := []align{alignLeft}
	for range pt.Kinds {
		aligns = append(aligns, alignRight)
	}
	t := newTable(w, true, aligns, append([]string{catalog.For(lang).Report.Rubric}, pt.Kinds...)...)
	for _, row := range pt.Rows {
		label := "**" + mdCell(row.Label) + "**"
		if row.ID != "" {
			label = "`" + row.ID + "` " + mdCell(row.Label)
		}
		cells := []string{label}
		for _, c := range row.Cells {
			cells = append(cells, pctText(c, lang))
		}
		if err := t.row(cells...); err != nil {
			return err
		}
	}
	if err := v.end(w, t); err != nil {
		return err
	}
	if len(r.Parties.Gaps) == 0 {
		return nil
	}
	fmt.Fprintf(w, "### %s\n\n", catalog.For(lang).Report.PartyGaps)
	for i, g := range r.Parties.Gaps {
		fmt.Fprintf(w, "%d. `%s` %s – %s\n", i+1, g.Item.Item.ID, mdText(itemTitle(g.Item.Item, lang)), partyGapText(g, lang))
	}
	_, err := fmt.Fprintln(w)
	return err
}

func (v markdownReport) gaps(w io.Writer, r *checklist.Report) error {
	lang := v.o.Lang
	fmt.Fprintf(w, "## %s\n\n", catalog.For(lang).Report.Gaps)
	if len(r.Gaps) == 0 {
		_, err := fmt.Fprintf(w, catalog.For(lang).Report.NoGaps+"\n", decimal(r.GapBelow, 1, lang)+" %")
		return err
	}
	for i, g := range r.Gaps {
		line := fmt.Sprintf("%d. **%s** `%s` %s", i+1, GapKindName(g.Kind, lang), g.Item.Item.ID, mdText(itemTitle(g.Item.Item, lang)))
		if d := gapDetail(g, lang); d != "" {
			line += " – " + d
		}
		fmt.Fprintf(w, "%s  \n   %s: %s\n", line, catalog.For(lang).Report.Action, mdText(g.Item.Item.Action.In(lang)))
	}
	return nil
}

// notes lists what respondents wrote with their answers.
func (v markdownReport) notes(w io.Writer, r *checklist.Report) error {
	notes := reportNotes(r, v.o.Lang)
	if len(notes) == 0 {
		return nil
	}
	fmt.Fprintf(w, "\n## %s\n\n", catalog.For(v.o.Lang).Report.Notes)
	for _, n := range notes {
		fmt.Fprintf(w, "- `%s` %s: %s\n", n.Question, mdText(n.Who), mdText(n.Text))
	}
	return nil
}

func (v markdownReport) end(w io.Writer, t *table) error {
	if err := t.render(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

func levelOrDash(l checklist.Level, lang checklist.Lang) string {
	if l == "" {
		return "–"
	}
	return levelName(l, lang)
}

// mdText escapes characters that Markdown would read as markup in running
// text written by users (project names, notes).
func mdText(s string) string {
	return MarkdownCell(s)
}
