package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// batchMarkdown is the view for reports and wikis. The case table is
// written row by row as the cases come (Markdown needs no column
// alignment), then the portfolio summary.
type batchMarkdown struct {
	w        io.Writer
	o        Options
	failures []Failure
}

func (v *batchMarkdown) Begin() error {
	lang := v.o.Lang
	header, aligns := batchColumns(lang, v.o.Rubrics)
	align := make([]string, len(aligns))
	for i, a := range aligns {
		align[i] = ":---"
		if a == alignRight {
			align[i] = "---:"
		}
	}
	_, err := fmt.Fprintf(v.w, "# %s\n\n%s\n%s\n", catalog.For(lang).Portfolio.Portfolio, mdRow(header), mdRow(align))
	return err
}

func (v *batchMarkdown) Case(s *checklist.CaseSummary) error {
	lang := v.o.Lang
	row := make([]string, 0, 9+len(v.o.Rubrics))
	row = append(row, mdCell(s.File), mdCell(s.Project.Name), mdCell(s.Project.Owner), strconv.Itoa(s.Respondents),
		pctText(s.Overall, lang), levelOrDash(checklist.LevelOfNum(s.Overall), lang))
	for _, r := range v.o.Rubrics {
		row = append(row, pctText(s.RubricPercent(r), lang))
	}
	row = append(row, fractionPct(s.Coverage, lang), strconv.Itoa(s.Gaps), topGapText(s.TopGap, lang))
	_, err := fmt.Fprintln(v.w, mdRow(row))
	return err
}

func (v *batchMarkdown) Failure(f Failure) error {
	v.failures = append(v.failures, f)
	return nil
}

func (v *batchMarkdown) End(p *checklist.Portfolio) error {
	lang := v.o.Lang
	ew := &errWriter{w: v.w}
	fmt.Fprintf(ew, "\n## %s\n\n", catalog.For(lang).Portfolio.Summary)
	fmt.Fprintf(ew, "- **%s:** %s\n", catalog.For(lang).Portfolio.Portfolio, portfolioHeadline(p, lang))
	fmt.Fprintf(ew, "- **%s:** %s\n", catalog.For(lang).Report.Overall, fmt.Sprintf(catalog.For(lang).Portfolio.MeanMedian, pctText(p.Mean, lang), pctText(p.Median, lang)))
	fmt.Fprintf(ew, "- **%s:** %s\n\n", catalog.For(lang).Portfolio.PerLevel, levelCounts(p, lang))
	if err := portfolioItemTable(ew, p, lang, true, 0); err != nil {
		return err
	}
	fmt.Fprintf(ew, "\n%s\n", lowInLegend(v.o))
	if len(v.failures) > 0 {
		fmt.Fprintf(ew, "\n## %s\n\n", catalog.For(lang).Portfolio.NotScoredList)
		for _, f := range v.failures {
			fmt.Fprintf(ew, "- %s\n", mdText(failureLine(f, lang)))
		}
	}
	return ew.err
}

func mdRow(cells []string) string {
	return "| " + strings.Join(cells, " | ") + " |"
}
