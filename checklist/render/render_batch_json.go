package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/samskab/samskab/checklist"
)

// BatchSchemaVersion is bumped when the batch JSON or JSON Lines output
// changes shape.
const BatchSchemaVersion = 1

type (
	// jsonCase is one scored file: a line of jsonl, an entry of json's
	// "cases".
	jsonCase struct {
		File        string           `json:"file"`
		Status      string           `json:"status"`
		Project     jsonProject      `json:"project"`
		Respondents int              `json:"respondents"`
		Overall     jsonCaseOverall  `json:"overall"`
		Coverage    jnum             `json:"coverage"`
		Rubrics     []jsonCaseRubric `json:"rubrics"`
		Gaps        int              `json:"gaps"`
		TopGap      *jsonTopGap      `json:"top_gap"`
	}
	jsonCaseOverall struct {
		Percent jnum   `json:"percent"`
		Level   jlevel `json:"level"`
	}
	jsonCaseRubric struct {
		ID       string `json:"id"`
		Percent  jnum   `json:"percent"`
		Level    jlevel `json:"level"`
		Coverage jnum   `json:"coverage"`
	}
	jsonTopGap struct {
		Kind    checklist.GapKind `json:"kind"`
		Item    string            `json:"item"`
		Rubric  string            `json:"rubric"`
		Title   string            `json:"title"`
		Percent jnum              `json:"percent"`
	}
	// jsonFailure is a file that could not be scored.
	jsonFailure struct {
		File     string        `json:"file"`
		Status   string        `json:"status"`
		Problems []jsonProblem `json:"problems"`
	}
	jsonProblem struct {
		Line    *int   `json:"line"` // null when the problem has no position
		Col     *int   `json:"col"`
		Message string `json:"message"`
	}
	jsonPortfolio struct {
		Cases    int                 `json:"cases"`
		Failed   int                 `json:"failed"`
		Overall  jsonPortfolioMean   `json:"overall"`
		Levels   jsonLevelCounts     `json:"levels"`
		Unscored int                 `json:"unscored"`
		Items    []jsonPortfolioItem `json:"items"`
	}
	jsonPortfolioMean struct {
		Mean   jnum `json:"mean"`
		Median jnum `json:"median"`
	}
	// jsonLevelCounts is a struct, not a map, so the levels keep their
	// order from lowest to highest.
	jsonLevelCounts struct {
		Absent      int `json:"absent"`
		Emerging    int `json:"emerging"`
		Developing  int `json:"developing"`
		Established int `json:"established"`
		Embedded    int `json:"embedded"`
	}
	jsonPortfolioItem struct {
		ID     string `json:"id"`
		Rubric string `json:"rubric"`
		Title  string `json:"title"`
		Cases  int    `json:"cases"`
		Mean   jnum   `json:"mean"`
		Low    int    `json:"low"`
	}
)

func caseJSON(s *checklist.CaseSummary) jsonCase {
	out := jsonCase{File: s.File, Status: "ok", Project: jsonProject{Name: s.Project.Name},
		Respondents: s.Respondents,
		Overall:     jsonCaseOverall{Percent: numberJ(s.Overall, 1), Level: levelJ(s.Overall)},
		Coverage:    numberJ(checklist.Some(s.Coverage), 2), Rubrics: make([]jsonCaseRubric, len(s.Rubrics)), Gaps: s.Gaps}
	if s.Project.Owner != "" {
		out.Project.Owner = &s.Project.Owner
	}
	for i, r := range s.Rubrics {
		out.Rubrics[i] = jsonCaseRubric{ID: r.Rubric.ID, Percent: numberJ(r.Percent, 1), Level: levelJ(r.Percent),
			Coverage: numberJ(checklist.Some(r.Coverage), 2)}
	}
	if g := s.TopGap; g.Kind != "" {
		out.TopGap = &jsonTopGap{Kind: g.Kind, Item: g.Item.ID, Rubric: g.Rubric.ID, Title: g.Item.Title.DA,
			Percent: numberJ(g.Percent, 1)}
	}
	return out
}

func failureJSON(f Failure) jsonFailure {
	out := jsonFailure{File: f.File, Status: "error", Problems: make([]jsonProblem, len(f.Problems))}
	for i, p := range f.Problems {
		out.Problems[i] = jsonProblem{Message: p.Msg}
		if p.Line > 0 {
			out.Problems[i].Line, out.Problems[i].Col = &p.Line, &p.Col
		}
	}
	return out
}

func portfolioJSON(p *checklist.Portfolio) jsonPortfolio {
	out := jsonPortfolio{Cases: p.Cases, Failed: p.Failed, Unscored: p.Unscored,
		Overall: jsonPortfolioMean{Mean: pctJ(p.Mean), Median: pctJ(p.Median)},
		Items:   make([]jsonPortfolioItem, len(p.Items))}
	counts := map[checklist.Level]*int{checklist.LevelAbsent: &out.Levels.Absent, checklist.LevelEmerging: &out.Levels.Emerging,
		checklist.LevelDeveloping: &out.Levels.Developing, checklist.LevelEstablished: &out.Levels.Established, checklist.LevelEmbedded: &out.Levels.Embedded}
	for _, lc := range p.Levels {
		*counts[lc.Level] = lc.Cases
	}
	for i, it := range p.Items {
		out.Items[i] = jsonPortfolioItem{ID: it.Item.ID, Rubric: it.Rubric.ID, Title: it.Item.Title.DA,
			Cases: it.Scored, Mean: pctJ(it.Mean), Low: it.Low}
	}
	return out
}

// batchJSON writes one JSON document: {"schema_version", "cases",
// "summary", "errors"}. Cases are written as they come, one compact object
// per line – the same objects as the lines of jsonl, and a portfolio of
// thousands stays a file of thousands of lines; the summary is indented.
// The errors are kept (they are few and small) and written at the end.
type batchJSON struct {
	w        io.Writer
	lines    *lineEncoder
	n        int
	failures []jsonFailure
}

func (v *batchJSON) Begin() error {
	_, err := fmt.Fprintf(v.w, "{\n  \"schema_version\": %d,\n  \"cases\": [", BatchSchemaVersion)
	return err
}

func (v *batchJSON) Case(s *checklist.CaseSummary) error {
	sep := ",\n    "
	if v.n == 0 {
		sep = "\n    "
	}
	v.n++
	if _, err := io.WriteString(v.w, sep); err != nil {
		return err
	}
	return v.lines.write(v.w, caseJSON(s), false)
}

func (v *batchJSON) Failure(f Failure) error {
	v.failures = append(v.failures, failureJSON(f))
	return nil
}

func (v *batchJSON) End(p *checklist.Portfolio) error {
	end := "],\n"
	if v.n > 0 {
		end = "\n  ],\n"
	}
	if err := writeJSONPart(v.w, end+`  "summary": `, "  ", portfolioJSON(p)); err != nil {
		return err
	}
	failures := v.failures
	if failures == nil {
		failures = []jsonFailure{}
	}
	if err := writeJSONPart(v.w, ",\n"+`  "errors": `, "  ", failures); err != nil {
		return err
	}
	_, err := io.WriteString(v.w, "\n}\n")
	return err
}

// lineEncoder writes JSON values one per line, without escaping <, >
// and &, reusing one buffer for all of them.
type lineEncoder struct {
	buf bytes.Buffer
	enc *json.Encoder
}

func newLineEncoder() *lineEncoder {
	le := &lineEncoder{}
	le.enc = json.NewEncoder(&le.buf)
	le.enc.SetEscapeHTML(false)
	return le
}

// write writes val on one line, with or without the final newline.
func (le *lineEncoder) write(w io.Writer, val any, newline bool) error {
	le.buf.Reset()
	if err := le.enc.Encode(val); err != nil {
		return err
	}
	b := le.buf.Bytes()
	if !newline {
		b = b[:len(b)-1]
	}
	_, err := w.Write(b)
	return err
}

// writeJSONPart writes prefix, then val indented as if nested at indent,
// without a final newline and without escaping <, > and &.
func writeJSONPart(w io.Writer, prefix, indent string, val any) error {
	var buf bytes.Buffer
	buf.WriteString(prefix)
	enc := json.NewEncoder(&buf)
	enc.SetIndent(indent, "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(val); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return err
}
