// Package survey reads the export of an online form (Microsoft Forms,
// Google Forms, SurveyXact and the like) into responses a case file can
// take: one response per row, question columns matched to question ids.
//
// It works on bytes only – no files, no terminal – so the command decides
// where the export comes from and where the responses go.
package survey

import (
	"bytes"
	"strings"
)

// Question is one question a column can match: its full id ("cok-01.q1")
// and its text in Danish and English.
type Question struct {
	ID     string
	DA, EN string
}

// Kind is what sort of answer a cell holds.
type Kind uint8

const (
	Scored      Kind = iota + 1 // 0–4
	NotRelevant                 // "Ikke relevant", "Not relevant", na
	DontKnow                    // "Ved ikke", "Don't know", dk
)

// Answer is one non-empty answer cell.
type Answer struct {
	Question string // full question id
	Kind     Kind
	Score    int // 0–4 when Kind is Scored
}

// Response is one row of the export. Row is its 1-based row number, the
// header being row 1.
type Response struct {
	Row        int
	Respondent string
	Party      string
	PartyCol   int // 1-based column of the party cell, for messages; 0 if none
	Answers    []Answer
}

// Result is what an export holds: the responses in row order and the
// warnings about columns that were not used.
type Result struct {
	Responses []Response
	Warnings  []Warning
	// Columns maps each matched question id to its 1-based column.
	Columns map[string]int
}

// maxProblems caps the list: past this many, more lines bury the first.
const maxProblems = 50

// Parse reads an export: XLSX when data is a zip archive, otherwise CSV
// with comma, semicolon or tab separators, UTF-8 (with or without a byte
// order mark) or UTF-16 with one.
func Parse(data []byte, questions []Question) (*Result, error) {
	var rows [][]string
	var err error
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		rows, err = readXLSX(data)
	} else {
		rows, err = readCSV(data)
	}
	if err != nil {
		return nil, err
	}
	return fromRows(rows, questions)
}

// fromRows matches the header and reads every row after it.
func fromRows(rows [][]string, questions []Question) (*Result, error) {
	if len(rows) == 0 || allEmpty(rows[0]) {
		return nil, Problems{problem(0, 0, ExportEmpty)}
	}
	if d, ok := otherDelimiter(rows[0]); ok {
		return nil, Problems{problem(1, 1, OtherDelimiter, d)}
	}
	h := matchHeader(rows[0], questions)
	if len(h.problems) > 0 {
		return nil, h.problems
	}
	if len(h.questions) == 0 {
		return nil, Problems{problem(1, 1, NoQuestion)}
	}
	res := &Result{Warnings: h.warnings, Columns: map[string]int{}}
	for col, id := range h.questions {
		res.Columns[id] = col + 1
	}
	var probs Problems
	for i, row := range rows[1:] {
		if allEmpty(row) {
			continue
		}
		resp, ps := h.readRow(i+2, row)
		probs = append(probs, ps...)
		if len(probs) >= maxProblems {
			probs = append(probs[:maxProblems], problem(0, 0, TooManyProbs))
			break
		}
		if len(resp.Answers) == 0 && len(ps) == 0 {
			res.Warnings = append(res.Warnings, problem(i+2, 0, RowNoAnswers))
			continue
		}
		res.Responses = append(res.Responses, resp)
	}
	if len(probs) > 0 {
		return nil, probs
	}
	return res, nil
}

func allEmpty(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// readRow reads one response; every bad cell is a problem.
func (h *header) readRow(rowNo int, row []string) (Response, Problems) {
	r := Response{Row: rowNo}
	var probs Problems
	cell := func(col int) string {
		if col < 0 || col >= len(row) {
			return ""
		}
		return strings.TrimSpace(row[col])
	}
	r.Respondent = cell(h.name)
	if r.Party = cell(h.party); r.Party != "" {
		r.PartyCol = h.party + 1
	}
	for _, c := range []struct {
		col  int
		text string
	}{{h.name, r.Respondent}, {h.party, r.Party}} {
		if hasControl(c.text) {
			probs = append(probs, problem(rowNo, c.col+1, NameControl))
		}
	}
	for col := range row {
		id, ok := h.questions[col]
		if !ok {
			continue
		}
		text := cell(col)
		if text == "" {
			continue
		}
		a, ok := parseAnswer(text)
		if !ok {
			probs = append(probs, problem(rowNo, col+1, NotAnAnswer, clip(text, 60), id, labelList()))
			continue
		}
		a.Question = id
		r.Answers = append(r.Answers, a)
	}
	return r, probs
}

// hasControl reports a control character (a tab, a line break, an
// escape), which has no place in a name that becomes a YAML scalar and
// reaches terminals and web pages.
func hasControl(s string) bool {
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029 {
			return true
		}
	}
	return false
}

// clip shortens a quoted value so a stray essay in a cell does not flood
// the message.
func clip(s string, n int) string {
	rs := []rune(s)
	if len(rs) <= n {
		return s
	}
	return string(rs[:n-1]) + "…"
}
