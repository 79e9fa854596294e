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
		// Parties is left out when no response names an actor.
		Parties []jsonParty `json:"parties,omitempty"`
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
		// Low and High are the kinds of party with the lowest and the
		// highest score, in gaps of kind "parties" only.
		Low  *jsonPartyScore `json:"low,omitempty"`
		High *jsonPartyScore `json:"high,omitempty"`
	}
	jsonPartyScore struct {
		Kind    string `json:"kind"`
		Score   jnum   `json:"score"`
		Percent jnum   `json:"percent"`
	}
	jsonParty struct {
		Kind        string            `json:"kind"`
		Respondents int               `json:"respondents"`
		Overall     jsonPartyOverall  `json:"overall"`
		Rubrics     []jsonPartyRubric `json:"rubrics"`
	}
	jsonPartyOverall struct {
		Percent jnum `json:"percent"`
	}
	jsonPartyRubric struct {
		ID      string          `json:"id"`
		Percent jnum            `json:"percent"`
		Items   []jsonPartyItem `json:"items"`
	}
	jsonPartyItem struct {
		ID      string `json:"id"`
		Percent jnum   `json:"percent"`
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
	out.Gaps = append(out.Gaps, partyGapsJSON(r.Parties.Gaps, lang)...)
	out.Parties = partiesJSON(r.Parties.Kinds)
	return out
}

// partyGapsJSON are the gaps of kind "parties": the item's score and
// percent over everyone, the spread between the two kinds furthest apart,
// and those two kinds.
func partyGapsJSON(gaps []checklist.PartyGap, lang checklist.Lang) []jsonGap {
	out := make([]jsonGap, 0, len(gaps))
	for _, g := range gaps {
		out = append(out, jsonGap{Kind: checklist.GapParties, Item: g.Item.Item.ID, Rubric: g.Rubric.Rubric.ID,
			Title: g.Item.Item.Title.In(checklist.Danish), Score: scoreJ(g.Item.Score), Percent: pctJ(g.Item.Percent),
			Spread: scoreJ(checklist.Some(g.Spread)), Action: g.Item.Item.Action.In(lang),
			Low: partyScoreJSON(g.Low), High: partyScoreJSON(g.High)})
	}
	return out
}

func partyScoreJSON(s checklist.PartyScore) *jsonPartyScore {
	return &jsonPartyScore{Kind: s.Kind, Score: scoreJ(checklist.Some(s.Score)), Percent: pctJ(checklist.Some(s.Score / 4 * 100))}
}

// partiesJSON is the report by party; nil (left out) when no response
// names an actor.
func partiesJSON(kinds []checklist.PartyResult) []jsonParty {
	var out []jsonParty
	for _, k := range kinds {
		jp := jsonParty{Kind: k.Kind, Respondents: k.Respondents, Overall: jsonPartyOverall{Percent: pctJ(k.Overall)},
			Rubrics: make([]jsonPartyRubric, 0, len(k.Rubrics))}
		for _, pr := range k.Rubrics {
			jr := jsonPartyRubric{ID: pr.Rubric.ID, Percent: pctJ(pr.Percent), Items: make([]jsonPartyItem, 0, len(pr.Items))}
			for _, it := range pr.Items {
				jr.Items = append(jr.Items, jsonPartyItem{ID: it.Item.ID, Percent: pctJ(it.Percent)})
			}
			jp.Rubrics = append(jp.Rubrics, jr)
		}
		out = append(out, jp)
	}
	return out
}
