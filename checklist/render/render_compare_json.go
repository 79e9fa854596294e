package render

import (
	"io"

	"github.com/samskab/samskab/checklist"
)

// CompareSchemaVersion is bumped when the comparison JSON changes shape.
const CompareSchemaVersion = 1

type (
	jsonComparison struct {
		SchemaVersion int                 `json:"schema_version"`
		Project       jsonProject         `json:"project"`
		Old           jsonRound           `json:"old"`
		New           jsonRound           `json:"new"`
		Overall       jsonOverallChange   `json:"overall"`
		Rubrics       []jsonRubricChange  `json:"rubrics"`
		Gaps          jsonGapChanges      `json:"gaps"`
		Respondents   jsonRespondentDelta `json:"respondents"`
	}
	jsonRound struct {
		File        string `json:"file"`
		Respondents int    `json:"respondents"`
	}
	jsonOverallChange struct {
		Old      jnum   `json:"old"`
		New      jnum   `json:"new"`
		Change   jnum   `json:"change"`
		OldLevel jlevel `json:"old_level"`
		NewLevel jlevel `json:"new_level"`
	}
	jsonRubricChange struct {
		ID     string           `json:"id"`
		Old    jnum             `json:"old"`
		New    jnum             `json:"new"`
		Change jnum             `json:"change"`
		Items  []jsonItemChange `json:"items"`
	}
	jsonItemChange struct {
		ID        string            `json:"id"`
		Old       jnum              `json:"old"`
		New       jnum              `json:"new"`
		Change    jnum              `json:"change"`
		OldStatus *checklist.Status `json:"old_status"` // null: not in scope in that round
		NewStatus *checklist.Status `json:"new_status"`
	}
	jsonGapChanges struct {
		Opened []jsonGapChange `json:"opened"`
		Closed []jsonGapChange `json:"closed"`
	}
	jsonGapChange struct {
		Kind   checklist.GapKind `json:"kind"`
		Item   string            `json:"item"`
		Rubric string            `json:"rubric"`
		Title  string            `json:"title"`
		Old    jnum              `json:"old"`
		New    jnum              `json:"new"`
	}
	jsonRespondentDelta struct {
		Added []string `json:"added"`
		Gone  []string `json:"gone"`
	}
)

// compareJSON writes the comparison for other tools; percents have one
// decimal, changes are percentage points.
type compareJSON struct{}

func (compareJSON) Render(w io.Writer, c *checklist.Comparison) error {
	out := jsonComparison{SchemaVersion: CompareSchemaVersion, Project: jsonProject{Name: c.New.Project.Name},
		Old: jsonRound{c.Old.File, len(c.Old.Respondents)}, New: jsonRound{c.New.File, len(c.New.Respondents)},
		Overall: jsonOverallChange{Old: pctJ(c.Overall.Old), New: pctJ(c.Overall.New), Change: pctJ(c.Overall.Delta),
			OldLevel: levelJ(c.Overall.Old), NewLevel: levelJ(c.Overall.New)},
		Rubrics:     make([]jsonRubricChange, len(c.Rubrics)),
		Gaps:        jsonGapChanges{Opened: gapChangesJSON(c.Opened), Closed: gapChangesJSON(c.Closed)},
		Respondents: jsonRespondentDelta{Added: nonNil(c.Added), Gone: nonNil(c.Gone)}}
	if c.New.Project.Owner != "" {
		out.Project.Owner = &c.New.Project.Owner
	}
	for i, rc := range c.Rubrics {
		jr := jsonRubricChange{ID: rc.Rubric.ID, Old: pctJ(rc.Old), New: pctJ(rc.New), Change: pctJ(rc.Delta),
			Items: make([]jsonItemChange, len(rc.Items))}
		for j, ic := range rc.Items {
			jr.Items[j] = jsonItemChange{ID: ic.Item.ID, Old: pctJ(ic.Old), New: pctJ(ic.New), Change: pctJ(ic.Delta),
				OldStatus: statusPtr(ic.OldStatus), NewStatus: statusPtr(ic.NewStatus)}
		}
		out.Rubrics[i] = jr
	}
	return WriteJSON(w, out)
}

func gapChangesJSON(gs []checklist.GapChange) []jsonGapChange {
	out := make([]jsonGapChange, len(gs))
	for i, g := range gs {
		out[i] = jsonGapChange{Kind: g.Kind, Item: g.Item.ID, Rubric: g.Rubric.ID, Title: g.Item.Title.DA,
			Old: pctJ(g.Old), New: pctJ(g.New)}
	}
	return out
}

func statusPtr(s checklist.Status) *checklist.Status {
	if s == "" {
		return nil
	}
	return &s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
