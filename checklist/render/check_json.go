package render

import (
	"io"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
)

// checkJSONView is the machine-readable result: the full report of
// DESIGN.md §5, then whether it passed and each threshold.
type checkJSONView struct{ o Options }

type (
	// CheckJSON is the shape of `samskab check --format json`.
	CheckJSON struct {
		JSONReport
		Passed     bool            `json:"passed"`
		Thresholds []jsonThreshold `json:"thresholds"`
	}
	jsonThreshold struct {
		Kind gate.ThresholdKind `json:"kind"`
		// Required is as given (two decimals); Actual is rounded like the
		// report's percents (one decimal) or spreads (two).
		Rubric string `json:"rubric,omitempty"`
		// Unit is "percent", or "spread" (score points) for disagreement.
		Unit     string               `json:"unit"`
		Required jnum                 `json:"required"`
		Actual   jnum                 `json:"actual"`
		Passed   bool                 `json:"passed"`
		Source   gate.ThresholdSource `json:"source"`
		Line     int                  `json:"line,omitempty"`
		Items    []jsonThresholdItem  `json:"items"`
	}
	jsonThresholdItem struct {
		Item   string `json:"item"`
		Rubric string `json:"rubric"`
		Line   int    `json:"line"`
		Col    int    `json:"col"`
		Reason string `json:"reason"`
	}
)

func (v checkJSONView) Render(w io.Writer, r *gate.CheckResult) error {
	return WriteJSON(w, CheckResultJSON(r, v.o.Lang))
}

// CheckResultJSON converts a check result to its JSON shape, with reasons
// and actions in lang.
func CheckResultJSON(r *gate.CheckResult, lang checklist.Lang) CheckJSON {
	out := CheckJSON{JSONReport: ReportJSON(r.Report, lang), Passed: r.Passed(), Thresholds: []jsonThreshold{}}
	for _, t := range r.Thresholds {
		jt := jsonThreshold{Kind: t.Kind, Rubric: t.Rubric, Unit: "percent",
			Required: scoreJ(checklist.Some(t.Required)), Actual: pctJ(t.Actual), Passed: t.Passed,
			Source: t.Source, Line: t.Line, Items: []jsonThresholdItem{}}
		if t.Kind == gate.ThresholdDisagreement {
			jt.Unit, jt.Actual = "spread", scoreJ(t.Actual)
		}
		for _, it := range t.Items {
			jt.Items = append(jt.Items, jsonThresholdItem{Item: it.Item.Item.ID, Rubric: it.Rubric.Rubric.ID,
				Line: it.Line, Col: it.Col, Reason: itemReason(it, t, lang)})
		}
		out.Thresholds = append(out.Thresholds, jt)
	}
	return out
}
