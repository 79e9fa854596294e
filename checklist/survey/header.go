package survey

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/samskab/samskab/checklist"
)

// header is what the first row says about the columns.
type header struct {
	questions   map[int]string // 0-based column → question id
	name, party int            // 0-based column, -1 when absent
	warnings    []Warning
	problems    Problems
}

// column is what a column that is not a question holds.
type column int

const (
	questionColumn column = iota
	nameColumn
	partyColumn
	metaColumn // ignored
)

// columnOf tells the columns that are not questions by their normalised
// names; Forms exports start with these. A switch, not maps, which would
// be built at every start of samskab.
func columnOf(norm string) column {
	switch norm {
	case "navn", "name", "fulde navn", "full name", "respondent", "respondentnavn", "deltager", "participant":
		return nameColumn
	case "part", "party", "aktør", "aktor", "actor", "parti", "organisation", "organization":
		return partyColumn
	case "id", "starttidspunkt", "start time", "fuldførelsestidspunkt", "completion time",
		"mail", "e mail", "email", "sidst ændret", "last modified time", "tidsstempel", "timestamp",
		"tidspunkt", "time", "dato", "date", "respondent id", "response id", "svar id":
		return metaColumn
	}
	return questionColumn
}

// idPattern finds a question id in a header: "cok-01.q1 Vi …",
// "[cok-01.q1] …" or the id alone.
var idPattern = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*\[?([a-z0-9][a-z0-9_-]*\.q[0-9]+)\]?(?:\s|$|[.:)\]-])|\[([a-z0-9][a-z0-9_-]*\.q[0-9]+)\]`)
})

func matchHeader(row []string, questions []Question) *header {
	h := &header{questions: map[int]string{}, name: -1, party: -1}
	byText, byID := questionIndex(questions)
	seen := map[string]int{}
	for col, raw := range row {
		norm := normalize(raw)
		switch kind := columnOf(norm); {
		case norm == "":
			continue
		case kind == nameColumn && h.name < 0:
			h.name = col
			continue
		case kind == partyColumn && h.party < 0:
			h.party = col
			continue
		case kind == metaColumn:
			continue
		}
		id, ok := matchQuestion(raw, norm, byText, byID)
		if !ok {
			h.warnings = append(h.warnings, unknownColumn(col+1, clip(strings.TrimSpace(raw), 60), norm, questions))
			continue
		}
		if first, dup := seen[id]; dup {
			h.problems = append(h.problems, problem(1, col+1, ColumnTwice, first+1, id))
			continue
		}
		seen[id] = col
		h.questions[col] = id
	}
	return h
}

// otherDelimiter finds a header that is one cell holding a separator that
// CSV exports are not read with, such as "Navn|Part|cok-01.q1": its
// columns would otherwise be taken for one, and matched or not by chance.
func otherDelimiter(row []string) (string, bool) {
	var cells []string
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 1 && strings.Contains(cells[0], "|") {
		return "|", true
	}
	return "", false
}

// questionIndex maps normalised question texts (both languages) and
// lower-case ids to question ids.
func questionIndex(questions []Question) (byText, byID map[string]string) {
	byText, byID = map[string]string{}, map[string]string{}
	for _, q := range questions {
		byID[strings.ToLower(q.ID)] = q.ID
		for _, t := range []string{q.DA, q.EN} {
			if n := normalize(t); n != "" {
				byText[n] = q.ID
			}
		}
	}
	return byText, byID
}

// matchQuestion matches a header by question id, by the whole question
// text, or by a text that ends with the question – a Likert block in
// Forms exports its rows as "Block title.Statement".
func matchQuestion(raw, norm string, byText, byID map[string]string) (string, bool) {
	if m := idPattern().FindStringSubmatch(strings.ToLower(raw)); m != nil {
		id := m[1] + m[2]
		if q, ok := byID[id]; ok {
			return q, true
		}
	}
	if q, ok := byText[norm]; ok {
		return q, true
	}
	best, bestLen := "", 0
	for text, q := range byText {
		if len(text) > bestLen && strings.HasSuffix(norm, " "+text) {
			best, bestLen = q, len(text)
		}
	}
	return best, best != ""
}

// normalize lower-cases s and turns every run of anything but letters and
// digits into one space, so punctuation, line breaks, non-breaking spaces
// and curly quotes do not decide a match.
func normalize(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
			continue
		}
		space = true
	}
	return b.String()
}

// unknownColumn is the warning about a column that matches no question,
// naming the question it most resembles.
func unknownColumn(col int, text, norm string, questions []Question) Warning {
	q, ok := nearest(norm, questions)
	if !ok {
		return problem(1, col, ColumnNoneNear, text)
	}
	return problem(1, col, ColumnUnknown, text, q.ID, clip(firstNonEmpty(q.DA, q.EN), 60))
}

// nearest is the question whose id or text is closest to a header.
func nearest(norm string, questions []Question) (Question, bool) {
	var best Question
	bestD := -1
	for _, q := range questions {
		for _, t := range []string{q.ID, q.DA, q.EN} {
			n := normalize(t)
			if n == "" {
				continue
			}
			if d := distance(norm, n); bestD < 0 || d < bestD {
				best, bestD = q, d
			}
		}
	}
	return best, bestD >= 0
}

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x != "" {
			return x
		}
	}
	return ""
}

// distance is the edit distance of two headers, capped in length so a
// huge header cannot make it slow.
func distance(a, b string) int {
	return checklist.EditDistance(clip(a, 400), clip(b, 400))
}
