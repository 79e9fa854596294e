package checklist

import (
	"fmt"
	"io"
	"strconv"

	"github.com/olekukonko/tablewriter/tw"
)

// batchTable is the terminal view: one aligned row per case, then the
// portfolio summary. Alignment needs every row before the first is
// printed, so it keeps the rows' text (not the cases) until End.
type batchTable struct {
	w        io.Writer
	o        BatchRenderOptions
	rows     [][]string
	failures []Failure
}

func (v *batchTable) Begin() error { return nil }

func (v *batchTable) Case(s *CaseSummary) error {
	lang := v.o.Lang
	level := LevelOfNum(s.Overall)
	row := make([]string, 0, 9+len(v.o.Rubrics))
	row = append(row, s.File, clip(s.Project.Name, 40), clip(s.Project.Owner, 30), strconv.Itoa(s.Respondents),
		pctText(s.Overall, lang), v.o.paint(levelColor(level), levelOrDash(level, lang)))
	for _, r := range v.o.Rubrics {
		row = append(row, pctText(s.RubricPercent(r), lang))
	}
	row = append(row, fractionPct(s.Coverage, lang), strconv.Itoa(s.Gaps), topGapText(s.TopGap, lang))
	v.rows = append(v.rows, row)
	return nil
}

func (v *batchTable) Failure(f Failure) error {
	v.failures = append(v.failures, f)
	return nil
}

func (v *batchTable) End(p *Portfolio) error {
	ew := &errWriter{w: v.w}
	if err := v.caseTable(ew); err != nil {
		return err
	}
	fmt.Fprintln(ew)
	writeSummaryText(ew, p, v.o)
	if err := portfolioItemTable(ew, p, v.o.Lang, false); err != nil {
		return err
	}
	fmt.Fprintln(ew, lowInLegend(v.o))
	if len(v.failures) > 0 {
		fmt.Fprintf(ew, "\n%s:\n", pmsg(v.o.Lang, "not-scored-list"))
		for _, f := range v.failures {
			fmt.Fprintf(ew, "  %s\n", failureLine(f, v.o.Lang))
		}
	}
	return ew.err
}

func (v *batchTable) caseTable(w io.Writer) error {
	lang := v.o.Lang
	header := []string{pmsg(lang, "file"), pmsg(lang, "project"), pmsg(lang, "owner"), pmsg(lang, "resp-short"),
		msg(lang, "overall"), msg(lang, "level")}
	aligns := []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignLeft}
	for _, r := range v.o.Rubrics {
		header = append(header, r.ID)
		aligns = append(aligns, tw.AlignRight)
	}
	header = append(header, msg(lang, "coverage"), pmsg(lang, "gaps-short"), pmsg(lang, "top-gap"))
	aligns = append(aligns, tw.AlignRight, tw.AlignRight, tw.AlignLeft)
	t := newTable(w, false, aligns, header...)
	for _, row := range v.rows {
		if err := t.row(row...); err != nil {
			return err
		}
	}
	return t.render()
}

// writeSummaryText writes the portfolio headline, the mean and median and
// the cases per level, as plain lines.
func writeSummaryText(w io.Writer, p *Portfolio, o BatchRenderOptions) {
	lang := o.Lang
	fmt.Fprintf(w, "%s: %s\n", o.paint(ansiBold, pmsg(lang, "portfolio")), portfolioHeadline(p, lang))
	fmt.Fprintf(w, "%s: %s\n", msg(lang, "overall"), fmt.Sprintf(pmsg(lang, "mean-median"), pctText(p.Mean, lang), pctText(p.Median, lang)))
	fmt.Fprintf(w, "%s: %s\n\n", pmsg(lang, "per-level"), levelCounts(p, lang))
}

// portfolioItemTable lists the items across the portfolio, weakest first.
func portfolioItemTable(w io.Writer, p *Portfolio, lang Lang, markdown bool) error {
	heading := pmsg(lang, "weakest")
	if markdown {
		fmt.Fprintf(w, "### %s\n\n", heading)
	} else {
		fmt.Fprintln(w, heading)
	}
	t := newTable(w, markdown, []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignRight},
		msg(lang, "item"), msg(lang, "principle"), pmsg(lang, "cases"), pmsg(lang, "mean"), pmsg(lang, "low-in"))
	for _, it := range p.Items {
		title := clip(it.Item.Title.DA, 60)
		if markdown {
			title = mdCell(it.Item.Title.DA)
		}
		if err := t.row(it.Item.ID, title, strconv.Itoa(it.Scored), pctText(it.Mean, lang), strconv.Itoa(it.Low)); err != nil {
			return err
		}
	}
	return t.render()
}
