package render

import (
	"fmt"
	"io"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// compareText is the terminal view of a comparison.
type compareText struct{ o Options }

func (v compareText) Render(w io.Writer, c *checklist.Comparison) error {
	lang := v.o.Lang
	ew := &errWriter{w: w}
	fmt.Fprintln(ew, v.o.paint(bold, c.New.Project.Name))
	writeWrapped(ew, "", "", checklist.TerminalSafe(roundsLine(c, lang)), v.o.proseWidth(0))
	fmt.Fprintln(ew)
	fmt.Fprintf(ew, "%s: %s   %s → %s\n\n", catalog.For(lang).Report.Overall, fromTo(c.Overall, lang),
		v.o.levelName(checklist.LevelOfNum(c.Overall.Old)), v.o.levelName(checklist.LevelOfNum(c.Overall.New)))
	if err := compareRubricTable(ew, c, lang, false, v.o.Width); err != nil {
		return err
	}
	fmt.Fprintln(ew)
	if err := compareItemTable(ew, c, lang, false, v.o.Width); err != nil {
		return err
	}
	fmt.Fprintln(ew, catalog.For(lang).Portfolio.ChangeUnit)
	v.gapList(ew, catalog.For(lang).Portfolio.GapsOpened, c.Opened)
	v.gapList(ew, catalog.For(lang).Portfolio.GapsClosed, c.Closed)
	fmt.Fprintf(ew, "\n%s: %d → %d\n", v.o.paint(bold, catalog.For(lang).Portfolio.RespondentsTitle),
		len(c.Old.Respondents), len(c.New.Respondents))
	fmt.Fprintf(ew, "  %s: %s\n  %s: %s\n", capitalize(catalog.For(lang).Portfolio.Added), namesText(c.Added, lang),
		capitalize(catalog.For(lang).Portfolio.Gone), namesText(c.Gone, lang))
	return ew.err
}

func (v compareText) gapList(w io.Writer, title string, gaps []checklist.GapChange) {
	fmt.Fprintf(w, "\n%s (%d)\n", v.o.paint(bold, title), len(gaps))
	for i, g := range gaps {
		for j, line := range wrapText(gapChangeLine(g, v.o.Lang), v.o.proseWidth(4)) {
			if j == 0 {
				fmt.Fprintf(w, "%2d. %s\n", i+1, line)
			} else {
				fmt.Fprintf(w, "    %s\n", line)
			}
		}
		fmt.Fprintf(w, "    %s\n", itemFromTo(g.ItemChange, v.o.Lang))
	}
}

// compareRubricTable is one row per rubric: before, after, change.
func compareRubricTable(w io.Writer, c *checklist.Comparison, lang checklist.Lang, markdown bool, width int) error {
	t := newTable(w, markdown, []align{alignLeft, alignLeft, alignRight, alignRight, alignRight},
		catalog.For(lang).Report.Rubric, catalog.For(lang).Report.Title, catalog.For(lang).Portfolio.Before, catalog.For(lang).Portfolio.After, catalog.For(lang).Portfolio.Change).
		fit(width, colFixed, colWrap, colFixed, colFixed, colFixed)
	for _, rc := range c.Rubrics {
		title := rc.Rubric.Title.In(lang)
		if markdown {
			title = mdCell(title)
		}
		if err := t.row(rc.Rubric.ID, title, pctText(rc.Old, lang), pctText(rc.New, lang), deltaText(rc.Delta, lang)); err != nil {
			return err
		}
	}
	return t.render()
}

// compareItemTable is one row per item of every rubric compared.
func compareItemTable(w io.Writer, c *checklist.Comparison, lang checklist.Lang, markdown bool, width int) error {
	t := newTable(w, markdown, []align{alignLeft, alignLeft, alignRight, alignRight, alignRight},
		catalog.For(lang).Report.Item, catalog.For(lang).Report.Principle, catalog.For(lang).Portfolio.Before, catalog.For(lang).Portfolio.After, catalog.For(lang).Portfolio.Change).
		fit(width, colFixed, colWrap, colFixed, colFixed, colFixed)
	for _, rc := range c.Rubrics {
		for _, ic := range rc.Items {
			title := titleCell(ic.Item.Title.DA, 50, width, markdown)
			if err := t.row(ic.Item.ID, title, stateText(ic.Old, ic.OldStatus, lang), stateText(ic.New, ic.NewStatus, lang),
				deltaText(ic.Delta, lang)); err != nil {
				return err
			}
		}
	}
	return t.render()
}
