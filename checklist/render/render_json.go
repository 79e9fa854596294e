package render

import (
	"encoding/json"
	"io"

	"github.com/samskab/samskab/checklist"
)

// ReportSchemaVersion is bumped when the JSON report changes shape.
const ReportSchemaVersion = 1

// jsonReport writes the report in the shape of DESIGN.md §5.
type jsonReport struct{ o Options }

func (v jsonReport) Render(w io.Writer, r *checklist.Report) error {
	return WriteJSON(w, ReportJSON(r, v.o.Lang))
}

// writeJSON writes v indented, with a final newline, and without escaping
// <, > and & (the output is data, not HTML).
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// jnum is a number in JSON: rounded to its decimals, null when undefined.
// It is a *json.Number, which encoding/json writes without calling a
// marshaler and re-validating its output; that counts when a batch writes
// ten thousand lines.
type jnum = *json.Number

// jlevel is a level name, null when undefined.
type jlevel = *string

// numberJ is n rounded to its decimals, null when undefined.
func numberJ(n checklist.Num, decimals int) jnum {
	if !n.OK {
		return nil
	}
	j := json.Number(jsonNum(n.V, decimals))
	return &j
}

func pctJ(n checklist.Num) jnum   { return numberJ(n, 1) }
func scoreJ(n checklist.Num) jnum { return numberJ(n, 2) }

// levelJ is the level of a percent, null when undefined.
func levelJ(n checklist.Num) jlevel {
	if !n.OK {
		return nil
	}
	l := string(checklist.LevelOf(n.V))
	return &l
}

type (
	// JSONReport is the machine-readable report. Other commands (check,
	// batch) embed it, so it is exported.
	JSONReport struct {
		SchemaVersion int          `json:"schema_version"`
		File          string       `json:"file"`
		Project       jsonProject  `json:"project"`
		Respondents   int          `json:"respondents"`
		Overall       jsonOverall  `json:"overall"`
		Rubrics       []jsonRubric `json:"rubrics"`
		Themes        []jsonTheme  `json:"themes"`
		Gaps          []jsonGap    `json:"gaps"`
	}
	jsonProject struct {
		Name  string  `json:"name"`
		Owner *string `json:"owner"`
	}
	jsonOverall struct {
		Percent jnum   `json:"percent"`
		Level   jlevel `json:"level"`
	}
	jsonRubric struct {
		ID       string     `json:"id"`
		Score    jnum       `json:"score"`
		Percent  jnum       `json:"percent"`
		Level    jlevel     `json:"level"`
		Coverage jnum       `json:"coverage"`
		Items    []jsonItem `json:"items"`
	}
	jsonItem struct {
		ID          string           `json:"id"`
		Status      checklist.Status `json:"status"`
		Score       jnum             `json:"score"`
		Percent     jnum             `json:"percent"`
		Spread      jnum             `json:"spread"`
		Respondents int              `json:"respondents"`
		NA          int              `json:"na"`
		DK          int              `json:"dk"`
	}
	jsonTheme struct {
		ID      string `json:"id"`
		Percent jnum   `json:"percent"`
	}
	jsonGap struct {
		Kind    checklist.GapKind `json:"kind"`
		Item    string            `json:"item"`
		Rubric  string            `json:"rubric"`
		Title   string            `json:"title"`
		Score   jnum              `json:"score"`
		Percent jnum              `json:"percent"`
		Spread  jnum              `json:"spread"`
		Action  string            `json:"action"`
	}
)

// ReportJSON converts a report to its JSON shape, with the gap actions in
// lang.
func ReportJSON(r *checklist.Report, lang checklist.Lang) JSONReport {
	out := JSONReport{
		SchemaVersion: ReportSchemaVersion,
		File:          r.File,
		Project:       jsonProject{Name: r.Project.Name},
		Respondents:   len(r.Respondents),
		Overall:       jsonOverall{Percent: pctJ(r.Overall), Level: levelJ(r.Overall)},
		Rubrics:       []jsonRubric{},
		Themes:        []jsonTheme{},
		Gaps:          []jsonGap{},
	}
	if r.Project.Owner != "" {
		out.Project.Owner = &r.Project.Owner
	}
	for _, rr := range r.Rubrics {
		jr := jsonRubric{ID: rr.Rubric.ID, Score: scoreJ(rr.Score), Percent: pctJ(rr.Percent),
			Level: levelJ(rr.Percent), Coverage: scoreJ(checklist.Some(rr.Coverage)), Items: []jsonItem{}}
		for _, it := range rr.Items {
			jr.Items = append(jr.Items, jsonItem{ID: it.Item.ID, Status: it.Status, Score: scoreJ(it.Score),
				Percent: pctJ(it.Percent), Spread: scoreJ(it.Spread), Respondents: it.Respondents, NA: it.NA, DK: it.DK})
		}
		out.Rubrics = append(out.Rubrics, jr)
	}
	for _, th := range r.Themes {
		out.Themes = append(out.Themes, jsonTheme{ID: th.Theme.ID, Percent: pctJ(th.Percent)})
	}
	for _, g := range r.Gaps {
		out.Gaps = append(out.Gaps, jsonGap{Kind: g.Kind, Item: g.Item.Item.ID, Rubric: g.Rubric.Rubric.ID,
			Title: g.Item.Item.Title.In(checklist.Danish), Score: scoreJ(g.Item.Score), Percent: pctJ(g.Item.Percent),
			Spread: scoreJ(g.Item.Spread), Action: g.Item.Item.Action.In(lang)})
	}
	return out
}
