package render

import (
	"io"

	"github.com/samskab/samskab/checklist"
)

type (
	jsonRounds struct {
		SchemaVersion int                `json:"schema_version"`
		Project       jsonProject        `json:"project"`
		Rounds        []jsonRoundInfo    `json:"rounds"`
		Overall       jsonSeries         `json:"overall"`
		Rubrics       []jsonRubricSeries `json:"rubrics"`
		Items         []jsonItemSeries   `json:"items"`
		Gaps          jsonGapChanges     `json:"gaps"` // between the last two rounds
	}
	jsonRoundInfo struct {
		File        string  `json:"file"`
		Date        *string `json:"date"` // latest response date; null when none has one
		Respondents int     `json:"respondents"`
		Overall     jnum    `json:"overall"`
		Level       jlevel  `json:"level"`
	}
	jsonSeries struct {
		Percents      []jnum `json:"percents"`
		SincePrevious jnum   `json:"since_previous"`
		SinceFirst    jnum   `json:"since_first"`
	}
	jsonRubricSeries struct {
		ID string `json:"id"`
		jsonSeries
	}
	jsonItemSeries struct {
		ID     string `json:"id"`
		Rubric string `json:"rubric"`
		jsonSeries
		Statuses []*checklist.Status `json:"statuses"` // null: not in scope in that round
	}
)

// roundsJSON writes several rounds for other tools; percents have one
// decimal, changes are percentage points.
type roundsJSON struct{}

func (roundsJSON) Render(w io.Writer, rs *checklist.Rounds) error {
	last := rs.Reports[len(rs.Reports)-1]
	out := jsonRounds{SchemaVersion: CompareSchemaVersion, Project: jsonProject{Name: last.Project.Name},
		Overall: seriesJSON(rs.Overall), Rubrics: []jsonRubricSeries{}, Items: []jsonItemSeries{},
		Gaps: jsonGapChanges{Opened: gapChangesJSON(rs.Last.Opened), Closed: gapChangesJSON(rs.Last.Closed)}}
	if last.Project.Owner != "" {
		out.Project.Owner = &last.Project.Owner
	}
	for _, r := range rs.Reports {
		ri := jsonRoundInfo{File: r.File, Respondents: len(r.Respondents), Overall: pctJ(r.Overall),
			Level: levelJ(r.Overall)}
		if d := checklist.RoundDate(r); d != "" {
			ri.Date = &d
		}
		out.Rounds = append(out.Rounds, ri)
	}
	for _, rr := range rs.Rubrics {
		out.Rubrics = append(out.Rubrics, jsonRubricSeries{ID: rr.Rubric.ID, jsonSeries: seriesJSON(rr.Series)})
		for _, ir := range rr.Items {
			js := jsonItemSeries{ID: ir.Item.ID, Rubric: rr.Rubric.ID, jsonSeries: seriesJSON(ir.Series)}
			for _, st := range ir.Statuses {
				js.Statuses = append(js.Statuses, statusPtr(st))
			}
			out.Items = append(out.Items, js)
		}
	}
	return WriteJSON(w, out)
}

func seriesJSON(s checklist.Series) jsonSeries {
	js := jsonSeries{Percents: make([]jnum, len(s.Percents)), SincePrevious: pctJ(s.SincePrevious), SinceFirst: pctJ(s.SinceFirst)}
	for i, p := range s.Percents {
		js.Percents[i] = pctJ(p)
	}
	return js
}
