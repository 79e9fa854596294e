package render

import (
	"fmt"
	"github.com/samskab/samskab/checklist"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter/tw"
)

// roundList names each round's file, respondents and date:
// "1. r1.yaml (2 respondents, 2025-03-01)".
func roundList(rs *checklist.Rounds, lang checklist.Lang) []string {
	out := make([]string, len(rs.Reports))
	for i, r := range rs.Reports {
		extra := respondentCount(len(r.Respondents), lang)
		if d := checklist.RoundDate(r); d != "" {
			extra += ", " + d
		}
		out[i] = fmt.Sprintf("%d. %s (%s)", i+1, r.File, extra)
	}
	return out
}

// seriesText is "42.1 % → 55.2 % → 60.0 %".
func seriesText(s checklist.Series, lang checklist.Lang) string {
	parts := make([]string, len(s.Percents))
	for i, p := range s.Percents {
		parts[i] = pctText(p, lang)
	}
	return strings.Join(parts, " → ")
}

func sinceText(s checklist.Series, lang checklist.Lang) string {
	return fmt.Sprintf(rmsg(lang, "since-text"), deltaText(s.SincePrevious, lang), deltaText(s.SinceFirst, lang))
}

func lastTwoText(rs *checklist.Rounds, lang checklist.Lang) string {
	n := len(rs.Reports)
	return fmt.Sprintf(rmsg(lang, "last-two"), n-1, n)
}

// roundsHeader is the table header: label columns, one per round, trend
// and the two changes.
func roundsHeader(lang checklist.Lang, n int, first ...string) ([]string, []tw.Align) {
	h := append([]string{}, first...)
	al := make([]tw.Align, len(first))
	for i := range al {
		al[i] = tw.AlignLeft
	}
	for i := range n {
		h = append(h, strconv.Itoa(i+1))
		al = append(al, tw.AlignRight)
	}
	h = append(h, rmsg(lang, "trend"), rmsg(lang, "since-previous"), rmsg(lang, "since-first"))
	return h, append(al, tw.AlignLeft, tw.AlignRight, tw.AlignRight)
}

func seriesCells(s checklist.Series, statuses []checklist.Status, lang checklist.Lang) []string {
	cells := make([]string, 0, len(s.Percents)+3)
	for i, p := range s.Percents {
		if statuses != nil {
			cells = append(cells, stateText(p, statuses[i], lang))
			continue
		}
		cells = append(cells, pctText(p, lang))
	}
	return append(cells, Sparkline(s.Percents), deltaText(s.SincePrevious, lang), deltaText(s.SinceFirst, lang))
}

func roundsRubricTable(w io.Writer, rs *checklist.Rounds, lang checklist.Lang, markdown bool) error {
	h, al := roundsHeader(lang, len(rs.Reports), msg(lang, "rubric"))
	t := newTable(w, markdown, al, h...)
	if err := t.row(append([]string{msg(lang, "overall")}, seriesCells(rs.Overall, nil, lang)...)...); err != nil {
		return err
	}
	for _, rr := range rs.Rubrics {
		if err := t.row(append([]string{rr.Rubric.ID}, seriesCells(rr.Series, nil, lang)...)...); err != nil {
			return err
		}
	}
	return t.render()
}

func roundsItemTable(w io.Writer, rs *checklist.Rounds, lang checklist.Lang, markdown bool) error {
	h, al := roundsHeader(lang, len(rs.Reports), msg(lang, "item"), msg(lang, "principle"))
	t := newTable(w, markdown, al, h...)
	for _, rr := range rs.Rubrics {
		for _, ir := range rr.Items {
			title := checklist.Clip(ir.Item.Title.DA, 40)
			if markdown {
				title = mdCell(ir.Item.Title.DA)
			}
			if err := t.row(append([]string{ir.Item.ID, title}, seriesCells(ir.Series, ir.Statuses, lang)...)...); err != nil {
				return err
			}
		}
	}
	return t.render()
}

// roundsText is the terminal view of several rounds.
type roundsText struct{ o Options }

func (v roundsText) Render(w io.Writer, rs *checklist.Rounds) error {
	lang := v.o.Lang
	ew := &errWriter{w: w}
	last := rs.Reports[len(rs.Reports)-1]
	fmt.Fprintln(ew, v.o.paint(bold, last.Project.Name))
	fmt.Fprintf(ew, "%s:\n", rmsg(lang, "rounds"))
	for _, line := range roundList(rs, lang) {
		fmt.Fprintf(ew, "  %s\n", line)
	}
	fmt.Fprintf(ew, "\n%s: %s  %s  (%s)   %s\n\n", msg(lang, "overall"), seriesText(rs.Overall, lang),
		Sparkline(rs.Overall.Percents), sinceText(rs.Overall, lang), v.o.levelName(checklist.LevelOfNum(last.Overall)))
	if err := roundsRubricTable(ew, rs, lang, false); err != nil {
		return err
	}
	fmt.Fprintln(ew)
	if err := roundsItemTable(ew, rs, lang, false); err != nil {
		return err
	}
	fmt.Fprintln(ew, pmsg(lang, "change-unit"))
	fmt.Fprintln(ew, rmsg(lang, "trend-unit"))
	ct := compareText(v)
	ct.gapList(ew, pmsg(lang, "gaps-opened")+" "+lastTwoText(rs, lang), rs.Last.Opened)
	ct.gapList(ew, pmsg(lang, "gaps-closed")+" "+lastTwoText(rs, lang), rs.Last.Closed)
	return ew.err
}

// roundsMarkdown is the rounds view for reports and wikis.
type roundsMarkdown struct{ o Options }

func (v roundsMarkdown) Render(w io.Writer, rs *checklist.Rounds) error {
	lang := v.o.Lang
	ew := &errWriter{w: w}
	last := rs.Reports[len(rs.Reports)-1]
	fmt.Fprintf(ew, "# %s\n\n## %s\n\n", mdText(last.Project.Name), rmsg(lang, "rounds"))
	for _, line := range roundList(rs, lang) {
		fmt.Fprintf(ew, "%s\n", mdText(line))
	}
	fmt.Fprintf(ew, "\n**%s: %s** `%s` (%s) · %s\n\n", msg(lang, "overall"), seriesText(rs.Overall, lang),
		Sparkline(rs.Overall.Percents), sinceText(rs.Overall, lang), levelOrDash(checklist.LevelOfNum(last.Overall), lang))
	fmt.Fprintf(ew, "## %s\n\n", msg(lang, "rubrics"))
	if err := roundsRubricTable(ew, rs, lang, true); err != nil {
		return err
	}
	fmt.Fprintf(ew, "\n## %s\n\n", pmsg(lang, "items-title"))
	if err := roundsItemTable(ew, rs, lang, true); err != nil {
		return err
	}
	fmt.Fprintf(ew, "\n%s %s\n", pmsg(lang, "change-unit"), rmsg(lang, "trend-unit"))
	cm := compareMarkdown(v)
	cm.gapList(ew, pmsg(lang, "gaps-opened")+" "+lastTwoText(rs, lang), rs.Last.Opened)
	cm.gapList(ew, pmsg(lang, "gaps-closed")+" "+lastTwoText(rs, lang), rs.Last.Closed)
	return ew.err
}

// Sparkline draws percents as block characters on the fixed 0–100 scale,
// so two sparklines can be compared by eye; a round without a percent is
// a middle dot.
func Sparkline(ps []checklist.Num) string {
	const blocks = "▁▂▃▄▅▆▇█"
	runes := []rune(blocks)
	out := make([]rune, len(ps))
	for i, p := range ps {
		if !p.OK {
			out[i] = '·'
			continue
		}
		k := int(checklist.Round(p.V, 1) / 12.5)
		out[i] = runes[max(0, min(k, len(runes)-1))]
	}
	return string(out)
}
