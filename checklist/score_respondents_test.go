package checklist_test

import (
	"slices"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

// The per-respondent status tells the views why s(r,i) is undefined.
func TestByRespondentStatus(t *testing.T) {
	r := checklisttest.ScoreCaseFile(t, "havdrup-ensomhed.yaml")
	want := map[string][]checklist.Status{
		// Mette: dk, dk; Bent: dk; Grethe: a null with a note, one missing.
		"fr-p5":  {checklist.StatusUnknown, checklist.StatusUnknown, checklist.StatusUnanswered},
		"fr-p6":  {checklist.StatusScored, checklist.StatusScored, checklist.StatusNotRelevant}, // Grethe: na, na
		"cok-01": {checklist.StatusScored, checklist.StatusScored, checklist.StatusScored},
	}
	for _, rr := range r.Rubrics {
		for _, it := range rr.Items {
			if w, ok := want[it.Item.ID]; ok && !slices.Equal(it.ByRespondentStatus, w) {
				t.Errorf("%s: ByRespondentStatus = %v, want %v", it.Item.ID, it.ByRespondentStatus, w)
			}
		}
	}
}

func TestRespondentActorName(t *testing.T) {
	r := checklisttest.ScoreCase(t, "a.yaml", []byte(`samskab: 1
project: {name: P}
rubrics: [vaeksthus]
actors: [{id: k, name: Kommunen, kind: municipality}]
responses:
  - {respondent: A, actor: k, answers: {vfl-c1.q1: 2}}
  - {respondent: B, answers: {vfl-c1.q1: 3}}
`))
	got := []string{r.Respondents[0].ActorName, r.Respondents[1].ActorName}
	if !slices.Equal(got, []string{"Kommunen", ""}) {
		t.Errorf("actor names = %q, want [Kommunen \"\"]", got)
	}
}
