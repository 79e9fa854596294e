package render

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/samskab/samskab/checklist"
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
func roundsHeader(lang checklist.Lang, n int, first ...string) ([]string, []align) {
	h := append([]string{}, first...)
	al := make([]align, len(first))
	for i := range al {
		al[i] = alignLeft
	}
	for i := range n {
		h = append(h, strconv.Itoa(i+1))
		al = append(al, alignRight)
	}
	h = append(h, rmsg(lang, "trend"), rmsg(lang, "since-previous"), rmsg(lang, "since-first"))
	return h, append(al, alignLeft, alignRight, alignRight)
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

// roundsRoles are the fitting roles of a rounds table after its label
// columns: the rounds stay, the trend picture goes first, then the change
// since the previous round (the overall line still says it).
func roundsRoles(n int, first ...colRole) []colRole {
	roles := append([]colRole{}, first...)
	for range n {
		roles = append(roles, colFixed)
	}
	return append(roles, colDrop, colDrop, colFixed)
}

// roundsDropOrder drops the trend column before the change since the
// previous round.
func roundsDropOrder(roles []colRole) [][]int {
	n := len(roles)
	return [][]int{{n - 3}, {n - 2}}
}

func roundsRubricTable(w io.Writer, rs *checklist.Rounds, lang checklist.Lang, markdown bool, width int) error {
	h, al := roundsHeader(lang, len(rs.Reports), msg(lang, "rubric"))
	roles := roundsRoles(len(rs.Reports), colFixed)
	t := newTable(w, markdown, al, h...).fit(width, roles...).dropping(roundsDropOrder(roles)...)
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

func roundsItemTable(w io.Writer, rs *checklist.Rounds, lang checklist.Lang, markdown bool, width int) error {
	h, al := roundsHeader(lang, len(rs.Reports), msg(lang, "item"), msg(lang, "principle"))
	roles := roundsRoles(len(rs.Reports), colFixed, colWrap)
	t := newTable(w, markdown, al, h...).fit(width, roles...).dropping(roundsDropOrder(roles)...)
	for _, rr := range rs.Rubrics {
		for _, ir := range rr.Items {
			title := titleCell(ir.Item.Title.DA, 40, 0, markdown)
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
		writeWrapped(ew, "  ", "     ", checklist.TerminalSafe(line), v.o.proseWidth(0))
	}
	fmt.Fprintln(ew)
	writeWrapped(ew, "", "  ", fmt.Sprintf("%s: %s  %s  (%s)   %s", msg(lang, "overall"), seriesText(rs.Overall, lang),
		Sparkline(rs.Overall.Percents), sinceText(rs.Overall, lang), v.o.levelName(checklist.LevelOfNum(last.Overall))), v.o.proseWidth(0))
	fmt.Fprintln(ew)
	if err := roundsRubricTable(ew, rs, lang, false, v.o.Width); err != nil {
		return err
	}
	fmt.Fprintln(ew)
	if err := roundsItemTable(ew, rs, lang, false, v.o.Width); err != nil {
		return err
	}
	writeWrapped(ew, "", "", pmsg(lang, "change-unit"), v.o.proseWidth(0))
	writeWrapped(ew, "", "", rmsg(lang, "trend-unit"), v.o.proseWidth(0))
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
	if err := roundsRubricTable(ew, rs, lang, true, 0); err != nil {
		return err
	}
	fmt.Fprintf(ew, "\n## %s\n\n", pmsg(lang, "items-title"))
	if err := roundsItemTable(ew, rs, lang, true, 0); err != nil {
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
