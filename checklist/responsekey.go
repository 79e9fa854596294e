package checklist

import (
	"fmt"
	"slices"
	"strings"
)

// ResponseKey identifies a response by its content: respondent, actor and
// every given answer (question id → value as a case file writes it; notes
// and empty answers aside). `samskab import` adds a row only while the
// file holds fewer responses with its key than the export does, so
// importing the same export twice adds nothing, and two anonymous people
// who answered alike still count as two.
func ResponseKey(respondent, actor string, answers map[string]string) string {
	ids := make([]string, 0, len(answers))
	for id := range answers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var b strings.Builder
	fmt.Fprintf(&b, "%q %q", strings.TrimSpace(respondent), strings.TrimSpace(actor))
	for _, id := range ids {
		b.WriteString(" " + id + "=" + answers[id])
	}
	return b.String()
}

// Key is the ResponseKey of a response read from a case file.
func (r Response) Key() string {
	m := make(map[string]string, len(r.Answers))
	for _, a := range r.Answers {
		if a.Kind == Unanswered {
			continue
		}
		m[a.QuestionID()] = AnswerValue{Kind: a.Kind, Score: a.Score}.Text()
	}
	return ResponseKey(r.Respondent, r.Actor, m)
}
