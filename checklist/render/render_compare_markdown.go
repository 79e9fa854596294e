package render

import (
	"fmt"
	"io"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// compareMarkdown is the comparison for reports and wikis.
type compareMarkdown struct{ o Options }

func (v compareMarkdown) Render(w io.Writer, c *checklist.Comparison) error {
	lang := v.o.Lang
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "# %s\n\n%s\n\n", mdText(c.New.Project.Name), mdText(roundsLine(c, lang)))
	fmt.Fprintf(ew, "**%s: %s** · %s → %s\n\n", catalog.For(lang).Report.Overall, fromTo(c.Overall, lang),
		levelOrDash(checklist.LevelOfNum(c.Overall.Old), lang), levelOrDash(checklist.LevelOfNum(c.Overall.New), lang))
	fmt.Fprintf(ew, "## %s\n\n", catalog.For(lang).Report.Rubrics)
	if err := compareRubricTable(ew, c, lang, true); err != nil {
		return err
	}
	fmt.Fprintf(ew, "\n## %s\n\n", catalog.For(lang).Portfolio.ItemsTitle)
	if err := compareItemTable(ew, c, lang, true); err != nil {
		return err
	}
	fmt.Fprintf(ew, "\n%s\n", catalog.For(lang).Portfolio.ChangeUnit)
	v.gapList(ew, catalog.For(lang).Portfolio.GapsOpened, c.Opened)
	v.gapList(ew, catalog.For(lang).Portfolio.GapsClosed, c.Closed)
	fmt.Fprintf(ew, "\n## %s: %d → %d\n\n", catalog.For(lang).Portfolio.RespondentsTitle, len(c.Old.Respondents), len(c.New.Respondents))
	fmt.Fprintf(ew, "- %s: %s\n- %s: %s\n", capitalize(catalog.For(lang).Portfolio.Added), mdText(namesText(c.Added, lang)),
		capitalize(catalog.For(lang).Portfolio.Gone), mdText(namesText(c.Gone, lang)))
	return ew.err
}

func (v compareMarkdown) gapList(w io.Writer, title string, gaps []checklist.GapChange) {
	fmt.Fprintf(w, "\n## %s (%d)\n\n", title, len(gaps))
	if len(gaps) == 0 {
		fmt.Fprintf(w, "%s.\n", capitalize(catalog.For(v.o.Lang).Portfolio.None))
		return
	}
	for i, g := range gaps {
		fmt.Fprintf(w, "%d. **%s** `%s` %s – %s\n", i+1, GapKindName(g.Kind, v.o.Lang), g.Item.ID,
			mdText(itemTitle(g.Item, v.o.Lang)), itemFromTo(g.ItemChange, v.o.Lang))
	}
}
