package render

import (
	"fmt"
	"github.com/samskab/samskab/checklist"
	"io"
	"strconv"
	"strings"
)

// DirectionName is a project's direction in words.
func DirectionName(d string, lang checklist.Lang) string { return rmsg(lang, d) }

// portfolioChangeText is the terminal and the Markdown view: the summary,
// the largest moves, every project, and the projects in one round only.
type portfolioChangeText struct {
	o        Options
	markdown bool
}

func (v portfolioChangeText) Render(w io.Writer, pc *checklist.PortfolioChange) error {
	oldDir, newDir := pc.OldDir, pc.NewDir
	lang := v.o.Lang
	ew := &errWriter{w: w}
	esc := func(s string) string { return s }
	if v.markdown {
		esc = mdText
	}
	v.heading(ew, 1, rmsg(lang, "portfolio-change"))
	fmt.Fprintf(ew, "%s: %s · %s: %s\n\n", pmsg(lang, "before"), esc(oldDir), pmsg(lang, "after"), esc(newDir))
	fmt.Fprintf(ew, "%s %d · %s %d · %s %d", capitalize(rmsg(lang, "rose")), pc.Rose, rmsg(lang, "fell"), pc.Fell,
		rmsg(lang, "stayed"), pc.Stayed)
	if pc.NotComparable > 0 {
		fmt.Fprintf(ew, " · %s %d", rmsg(lang, "not-comparable"), pc.NotComparable)
	}
	nl := "\n"
	if v.markdown { // separate paragraphs; a line right after a table would join it
		nl = "\n\n"
	}
	legend := fmt.Sprintf(rmsg(lang, "stayed-legend"), decimal(checklist.StayedWithin, 1, lang))
	if v.markdown {
		fmt.Fprintf(ew, "%s%s\n\n", nl, legend)
	} else {
		fmt.Fprint(ew, nl)
		writeWrapped(ew, "", "", legend, v.o.proseWidth(0))
		fmt.Fprintln(ew)
	}
	v.heading(ew, 2, rmsg(lang, "largest-moves"))
	if len(pc.Largest) == 0 {
		fmt.Fprintf(ew, "%s.\n", capitalize(pmsg(lang, "none")))
	}
	for i, p := range pc.Largest {
		fmt.Fprintf(ew, "%d. %s: %s\n", i+1, esc(p.Name), fromTo(p.Overall, lang))
	}
	fmt.Fprintln(ew)
	v.heading(ew, 2, rmsg(lang, "projects"))
	if err := v.projectTable(ew, pc); err != nil {
		return err
	}
	if v.markdown {
		fmt.Fprintln(ew)
	}
	fmt.Fprintln(ew, pmsg(lang, "change-unit"))
	v.onlyList(ew, oldDir, pc.OnlyOld, esc)
	v.onlyList(ew, newDir, pc.OnlyNew, esc)
	return ew.err
}

func (v portfolioChangeText) heading(w io.Writer, level int, s string) {
	if v.markdown {
		fmt.Fprintf(w, "%s %s\n\n", strings.Repeat("#", level), s)
		return
	}
	fmt.Fprintln(w, v.o.paint(bold, s))
}

func (v portfolioChangeText) projectTable(w io.Writer, pc *checklist.PortfolioChange) error {
	lang := v.o.Lang
	header := []string{pmsg(lang, "project"), pmsg(lang, "before"), pmsg(lang, "after"), pmsg(lang, "change"), ""}
	aligns := []align{alignLeft, alignRight, alignRight, alignRight, alignLeft}
	// On a narrow terminal the per-rubric changes go, from the right; the
	// overall change and its direction stay.
	roles := []colRole{colWrap, colFixed, colFixed, colFixed, colFixed}
	for _, r := range pc.Rubrics {
		header = append(header, r.ID)
		aligns = append(aligns, alignRight)
		roles = append(roles, colDrop)
	}
	t := newTable(w, v.markdown, aligns, header...).fit(v.o.Width, roles...)
	for _, p := range pc.Projects {
		name := p.Name
		if p.ByPath {
			name += " (" + rmsg(lang, "matched-by-path") + ")"
		}
		if v.markdown {
			name = mdCell(name)
		} else {
			name = checklist.Clip(name, 40)
		}
		row := []string{name, pctText(p.Overall.Old, lang), pctText(p.Overall.New, lang), deltaText(p.Overall.Delta, lang),
			DirectionName(p.Direction(), lang)}
		for _, ch := range p.Rubrics {
			row = append(row, deltaText(ch.Delta, lang))
		}
		if err := t.row(row...); err != nil {
			return err
		}
	}
	return t.render()
}

func (v portfolioChangeText) onlyList(w io.Writer, dir string, cs []checklist.RoundCase, esc func(string) string) {
	lang := v.o.Lang
	fmt.Fprintln(w)
	v.heading(w, 2, fmt.Sprintf(rmsg(lang, "only-old"), esc(dir))+" ("+strconv.Itoa(len(cs))+")")
	if len(cs) == 0 {
		fmt.Fprintf(w, "%s.\n", capitalize(pmsg(lang, "none")))
	}
	for _, c := range cs {
		fmt.Fprintf(w, "- %s (%s): %s\n", esc(c.Summary.Project.Name), esc(c.Rel), pctText(c.Summary.Overall, lang))
	}
}

type (
	jsonPortfolioChange struct {
		SchemaVersion int                 `json:"schema_version"`
		Old           string              `json:"old"`
		New           string              `json:"new"`
		Summary       jsonChangeSummary   `json:"summary"`
		Projects      []jsonProjectChange `json:"projects"`
		OnlyOld       []jsonRoundCase     `json:"only_old"`
		OnlyNew       []jsonRoundCase     `json:"only_new"`
	}
	jsonChangeSummary struct {
		Rose          int      `json:"rose"`
		Fell          int      `json:"fell"`
		Stayed        int      `json:"stayed"`
		NotComparable int      `json:"not_comparable"`
		StayedWithin  float64  `json:"stayed_within"`
		Largest       []string `json:"largest"` // project names, largest move first
	}
	jsonProjectChange struct {
		Name      string            `json:"name"`
		OldFile   string            `json:"old_file"`
		NewFile   string            `json:"new_file"`
		Old       jnum              `json:"old"`
		New       jnum              `json:"new"`
		Change    jnum              `json:"change"`
		Direction string            `json:"direction"`
		ByPath    bool              `json:"matched_by_path"`
		Rubrics   []jsonRubricDelta `json:"rubrics"`
	}
	jsonRubricDelta struct {
		ID     string `json:"id"`
		Old    jnum   `json:"old"`
		New    jnum   `json:"new"`
		Change jnum   `json:"change"`
	}
	jsonRoundCase struct {
		Name    string `json:"name"`
		File    string `json:"file"`
		Overall jnum   `json:"overall"`
	}
)

type portfolioChangeJSON struct{}

func (portfolioChangeJSON) Render(w io.Writer, pc *checklist.PortfolioChange) error {
	oldDir, newDir := pc.OldDir, pc.NewDir
	out := jsonPortfolioChange{SchemaVersion: CompareSchemaVersion, Old: oldDir, New: newDir,
		Summary: jsonChangeSummary{Rose: pc.Rose, Fell: pc.Fell, Stayed: pc.Stayed, NotComparable: pc.NotComparable,
			StayedWithin: checklist.StayedWithin, Largest: []string{}},
		Projects: []jsonProjectChange{}, OnlyOld: roundCasesJSON(pc.OnlyOld), OnlyNew: roundCasesJSON(pc.OnlyNew)}
	for _, p := range pc.Largest {
		out.Summary.Largest = append(out.Summary.Largest, p.Name)
	}
	for _, p := range pc.Projects {
		jp := jsonProjectChange{Name: p.Name, OldFile: p.Old.Rel, NewFile: p.New.Rel, Old: pctJ(p.Overall.Old),
			New: pctJ(p.Overall.New), Change: pctJ(p.Overall.Delta), Direction: p.Direction(), ByPath: p.ByPath,
			Rubrics: []jsonRubricDelta{}}
		for i, ch := range p.Rubrics {
			if !ch.Old.OK && !ch.New.OK {
				continue
			}
			jp.Rubrics = append(jp.Rubrics, jsonRubricDelta{ID: pc.Rubrics[i].ID, Old: pctJ(ch.Old), New: pctJ(ch.New),
				Change: pctJ(ch.Delta)})
		}
		out.Projects = append(out.Projects, jp)
	}
	return WriteJSON(w, out)
}

func roundCasesJSON(cs []checklist.RoundCase) []jsonRoundCase {
	out := make([]jsonRoundCase, len(cs))
	for i, c := range cs {
		out[i] = jsonRoundCase{Name: c.Summary.Project.Name, File: c.Rel, Overall: pctJ(c.Summary.Overall)}
	}
	return out
}
