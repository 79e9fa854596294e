package render

import (
	"cmp"
	"fmt"
	"io"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// textReport is the terminal view: a headline, tables, then the gaps with
// what to do about them.
type textReport struct{ o Options }

const barWidth = 20

func (v textReport) Render(w io.Writer, r *checklist.Report) error {
	ew := &errWriter{w: w}
	v.header(ew, r)
	if err := v.rubricTable(ew, r); err != nil {
		return err
	}
	for i := range r.Rubrics {
		if err := v.itemTable(ew, &r.Rubrics[i]); err != nil {
			return err
		}
	}
	if err := v.themeTable(ew, r); err != nil {
		return err
	}
	if err := v.parties(ew, r); err != nil {
		return err
	}
	v.gaps(ew, r)
	v.notes(ew, r)
	return ew.err
}

func (v textReport) header(w io.Writer, r *checklist.Report) {
	lang := v.o.Lang
	fmt.Fprintln(w, v.o.paint(bold, r.Project.Name))
	writeWrapped(w, "", "", checklist.TerminalSafe(strings.Join(subtitle(r, lang), " · ")), v.o.proseWidth(0))
	fmt.Fprintln(w)
	level := checklist.LevelOfNum(r.Overall)
	fmt.Fprintf(w, "%s: %s  %s  %s   %s: %s\n\n", catalog.For(lang).Report.Overall, pctText(r.Overall, lang),
		v.o.paint(levelColor(level), bar(r.Overall, barWidth)), v.o.levelName(level),
		catalog.For(lang).Report.Coverage, fractionPct(r.Coverage, lang))
}

// subtitle is the line under the project name: owner, respondents, file.
func subtitle(r *checklist.Report, lang checklist.Lang) []string {
	var parts []string
	if r.Project.Owner != "" {
		parts = append(parts, r.Project.Owner)
	}
	word := catalog.For(lang).Report.Respondents
	if len(r.Respondents) == 1 {
		word = catalog.For(lang).Report.Respondent
	}
	parts = append(parts, fmt.Sprintf("%d %s", len(r.Respondents), word))
	return append(parts, r.File)
}

func (v textReport) rubricTable(w io.Writer, r *checklist.Report) error {
	lang := v.o.Lang
	t := newTable(w, false, []align{alignLeft, alignLeft, alignRight, alignRight, alignLeft, alignLeft, alignRight},
		catalog.For(lang).Report.Rubric, catalog.For(lang).Report.Title, catalog.For(lang).Report.Score, catalog.For(lang).Report.Percent, "", catalog.For(lang).Report.Level, catalog.For(lang).Report.Coverage).
		fit(v.o.Width, colFixed, colWrap, colFixed, colFixed, colDrop, colFixed, colFixed)
	for _, rr := range r.Rubrics {
		if err := t.row(rr.Rubric.ID, rr.Rubric.Title.In(lang), scoreText(rr.Score, lang), pctText(rr.Percent, lang),
			v.o.paint(levelColor(checklist.LevelOfNum(rr.Percent)), bar(rr.Percent, barWidth)),
			v.o.levelName(checklist.LevelOfNum(rr.Percent)), fractionPct(rr.Coverage, lang)); err != nil {
			return err
		}
	}
	if err := t.render(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

func (v textReport) itemTable(w io.Writer, rr *checklist.RubricResult) error {
	lang := v.o.Lang
	fmt.Fprintf(w, "%s (%s, %s %d)\n", v.o.paint(bold, rr.Rubric.Title.In(lang)), rr.Rubric.ID,
		strings.ToLower(catalog.For(lang).Report.Version), rr.Rubric.Version)
	t := newTable(w, false, []align{alignLeft, alignLeft, alignRight, alignRight, alignLeft, alignRight},
		catalog.For(lang).Report.Item, catalog.For(lang).Report.Principle, catalog.For(lang).Report.Score, catalog.For(lang).Report.Percent, "", catalog.For(lang).Report.Spread).
		fit(v.o.Width, colFixed, colWrap, colFixed, colFixed, colDrop, colFixed)
	for _, it := range rr.Items {
		score := scoreText(it.Score, lang)
		if it.Status != checklist.StatusScored {
			score = StatusName(it.Status, lang)
		}
		spread := ""
		if it.Respondents > 1 {
			spread = scoreText(it.Spread, lang)
		}
		if err := t.row(it.Item.ID, v.title(it.Item.Title.DA), score, pctText(it.Percent, lang),
			v.o.paint(levelColor(checklist.LevelOfNum(it.Percent)), bar(it.Percent, barWidth/2)), spread); err != nil {
			return err
		}
	}
	if err := t.render(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

func (v textReport) themeTable(w io.Writer, r *checklist.Report) error {
	if len(r.Themes) == 0 {
		return nil
	}
	lang := v.o.Lang
	fmt.Fprintln(w, v.o.paint(bold, catalog.For(lang).Report.Themes))
	t := newTable(w, false, []align{alignLeft, alignRight, alignLeft},
		catalog.For(lang).Report.Theme, catalog.For(lang).Report.Percent, "").
		fit(v.o.Width, colWrap, colFixed, colDrop)
	for _, th := range r.Themes {
		if err := t.row(th.Theme.Title.In(lang), pctText(th.Percent, lang),
			v.o.paint(levelColor(checklist.LevelOfNum(th.Percent)), bar(th.Percent, barWidth))); err != nil {
			return err
		}
	}
	if err := t.render(); err != nil {
		return err
	}
	_, err := fmt.Fprintln(w)
	return err
}

// parties is the report by party: rubric percents per kind of party, then
// the items where two kinds lie far apart. Nothing without actors.
func (v textReport) parties(w io.Writer, r *checklist.Report) error {
	pt := newPartyTable(r.Parties, v.o.Lang)
	if len(pt.Kinds) == 0 {
		return nil
	}
	lang := v.o.Lang
	fmt.Fprintln(w, v.o.paint(bold, catalog.For(lang).Report.Parties))
	head := catalog.For(lang).Report.Rubric
	cells := make([][]string, len(pt.Rows)) // the table in text, first column first
	for i, row := range pt.Rows {
		cells[i] = []string{cmp.Or(row.ID, row.Label)}
		for _, c := range row.Cells {
			cells[i] = append(cells[i], pctText(c, lang))
		}
	}
	for i, group := range partyColumnGroups(head, pt.Kinds, cells, v.o.Width) {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := v.partyTable(w, head, pt.Kinds, cells, group); err != nil {
			return err
		}
	}
	if len(r.Parties.Gaps) > 0 {
		fmt.Fprintln(w, catalog.For(lang).Report.PartyGaps+":")
		for i, g := range r.Parties.Gaps {
			writeWrapped(w, fmt.Sprintf("%2d. ", i+1), "    ", g.Item.Item.ID+" "+itemTitle(g.Item.Item, lang), v.o.proseWidth(0))
			writeWrapped(w, "    ", "    ", partyGapText(g, lang), v.o.proseWidth(0))
		}
	}
	_, err := fmt.Fprintln(w)
	return err
}

// partyTable writes the party columns in group (indexes into kinds),
// after the rubric column.
func (v textReport) partyTable(w io.Writer, head string, kinds []string, cells [][]string, group []int) error {
	header, aligns, roles := []string{head}, []align{alignLeft}, []colRole{colFixed}
	for _, k := range group {
		header = append(header, kinds[k])
		aligns = append(aligns, alignRight)
		roles = append(roles, colHead)
	}
	t := newTable(w, false, aligns, header...).fit(v.o.Width, roles...)
	for _, row := range cells {
		out := []string{row[0]}
		for _, k := range group {
			out = append(out, row[k+1])
		}
		if err := t.row(out...); err != nil {
			return err
		}
	}
	return t.render()
}

// partyColumnGroups splits the party columns into tables that each fit
// width, with the rubric column repeated in each: eight kinds of party
// do not fit beside each other on a terminal. A column needs room for its
// numbers and the longest word of its heading, which may wrap.
func partyColumnGroups(head string, kinds []string, cells [][]string, width int) [][]int {
	first := DisplayWidth(head)
	need := make([]int, len(kinds))
	for k, kind := range kinds {
		need[k] = longestWord(kind)
	}
	for _, row := range cells {
		first = max(first, DisplayWidth(row[0]))
		for k := range kinds {
			need[k] = max(need[k], DisplayWidth(row[k+1]))
		}
	}
	var groups [][]int
	var cur []int
	used := 1 + first + 3
	for k := range kinds {
		if width > 0 && len(cur) > 0 && used+need[k]+3 > width {
			groups = append(groups, cur)
			cur, used = nil, 1+first+3
		}
		cur = append(cur, k)
		used += need[k] + 3
	}
	return append(groups, cur)
}

func (v textReport) gaps(w io.Writer, r *checklist.Report) {
	lang := v.o.Lang
	fmt.Fprintln(w, v.o.paint(bold, catalog.For(lang).Report.Gaps))
	if len(r.Gaps) == 0 {
		fmt.Fprintf(w, catalog.For(lang).Report.NoGaps+"\n", decimal(r.GapBelow, 1, lang)+" %")
		return
	}
	for i, g := range r.Gaps {
		heading := fmt.Sprintf("[%s] %s %s", GapKindName(g.Kind, lang), g.Item.Item.ID, itemTitle(g.Item.Item, lang))
		for j, line := range wrapText(heading, v.o.proseWidth(4)) {
			if j == 0 {
				fmt.Fprintf(w, "%2d. %s\n", i+1, line)
			} else {
				fmt.Fprintf(w, "    %s\n", line)
			}
		}
		if detail := gapDetail(g, lang); detail != "" {
			fmt.Fprintf(w, "    %s\n", detail)
		}
		for j, line := range wrapText(catalog.For(lang).Report.Action+": "+g.Item.Item.Action.In(lang), v.o.proseWidth(6)) {
			if j == 0 {
				fmt.Fprintf(w, "    → %s\n", line)
			} else {
				fmt.Fprintf(w, "      %s\n", line)
			}
		}
	}
}

// title is a title for a table cell: whole when the view fits a width
// (the cell wraps it), else clipped so the table stays readable.
func (v textReport) title(s string) string {
	if v.o.Width > 0 {
		return checklist.OneLine(s)
	}
	return checklist.Clip(s, 60)
}

// notes lists what respondents wrote with their answers.
func (v textReport) notes(w io.Writer, r *checklist.Report) {
	notes := reportNotes(r, v.o.Lang)
	if len(notes) == 0 {
		return
	}
	fmt.Fprintf(w, "\n%s\n", v.o.paint(bold, catalog.For(v.o.Lang).Report.Notes))
	for _, n := range notes {
		writeWrapped(w, "  ", "    ", n.Question+" · "+n.Who+": "+n.Text, v.o.proseWidth(0))
	}
}

// gapDetail is the numbers behind a gap, in words.
func gapDetail(g checklist.Gap, lang checklist.Lang) string {
	it := g.Item
	switch g.Kind {
	case checklist.GapLow:
		return fmt.Sprintf("%s %s (%s)", catalog.For(lang).Report.Score, scoreText(it.Score, lang), pctText(it.Percent, lang))
	case checklist.GapDisagreement:
		return fmt.Sprintf("%s %s, %s %s", catalog.For(lang).Report.Spread, scoreText(it.Spread, lang),
			strings.ToLower(catalog.For(lang).Report.Score), scoreText(it.Score, lang))
	}
	return ""
}

// errWriter remembers the first write error so a renderer can write many
// lines and check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
