package yamlfile_test

import (
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

func TestApplyResponseBatch(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	order := cat.QuestionIDs()
	tests := []struct {
		name  string
		src   string
		batch yamlfile.ResponseBatch
		want  string
	}{
		{
			name: "new actor block, appended responses, answers into an empty response",
			src:  "# top\nsamskab: 1\nproject: {name: P}\n# the answers\nresponses:\n  - respondent: A\n    answers:\n",
			batch: yamlfile.ResponseBatch{
				Actors:  []checklist.Actor{{ID: "citizens", Name: "Borgere", Kind: "citizens"}},
				Append:  []yamlfile.ResponseHeader{{Respondent: "B", Actor: "citizens", Date: "2026-12-02"}, {Respondent: "C"}},
				Answers: []yamlfile.ResponseAnswers{{Index: 0, Respondent: "A", Answers: map[string]checklist.AnswerValue{"b1.q1": {Kind: checklist.Scored, Score: 3}, "a1.q2": {Kind: checklist.DontKnow}}}},
			},
			want: "# top\nsamskab: 1\nproject: {name: P}\n# the answers\nactors:\n  - id: citizens\n    name: Borgere\n    kind: citizens\nresponses:\n  - respondent: A\n    answers:\n      a1.q2: dk\n      b1.q1: 3\n" +
				"  - respondent: B\n    actor: citizens\n    date: 2026-12-02\n    answers:\n  - respondent: C\n    answers:\n",
		},
		{
			name: "merge into existing answers keeps notes and order; existing actors list grows",
			src: "samskab: 1\nproject: {name: P}\nactors:\n  - id: k\n    kind: municipality\nresponses:\n" +
				"  - respondent: A\n    answers:\n      a1.q1: {score: 1, note: \"vigtigt\"}\n      b2.q2: na\n  - respondent: Z\n    answers: {a1.q1: 2}\n",
			batch: yamlfile.ResponseBatch{
				Actors: []checklist.Actor{{ID: "f", Kind: "association"}},
				Answers: []yamlfile.ResponseAnswers{
					{Index: 0, Respondent: "A", Answers: map[string]checklist.AnswerValue{"a1.q1": {Kind: checklist.Scored, Score: 4}, "a2.q1": {Kind: checklist.NotRelevant}}},
					{Index: 1, Respondent: "Z", Answers: map[string]checklist.AnswerValue{"a1.q1": {Kind: checklist.Scored, Score: 0}, "a1.q2": {Kind: checklist.Scored, Score: 1}}},
				},
			},
			want: "samskab: 1\nproject: {name: P}\nactors:\n  - id: k\n    kind: municipality\n  - id: f\n    kind: association\nresponses:\n" +
				"  - respondent: A\n    answers:\n      a1.q1: {score: 4, note: \"vigtigt\"}\n      a2.q1: na\n      b2.q2: na\n  - respondent: Z\n    answers: {a1.q1: 0, a1.q2: 1}\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := yamlfile.ApplyResponseBatch([]byte(tt.src), tt.batch, order)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Fatalf("got:\n%s\nwant:\n%s", got, tt.want)
			}
			if _, err := yamlfile.ParseCase("c.yaml", got, cat); err != nil {
				t.Fatalf("result does not parse: %v", err)
			}
			// The same edit on a kept parse gives the same text and its case.
			doc, err := yamlfile.ParseCaseDoc("c.yaml", []byte(tt.src), cat)
			if err != nil {
				t.Fatal(err)
			}
			next, err := doc.ApplyResponseBatch(tt.batch, order)
			if err != nil {
				t.Fatal(err)
			}
			if string(next.Data) != tt.want || len(next.Case.Responses) != strings.Count(tt.want, "respondent:") {
				t.Fatalf("CaseDoc edit: got:\n%s\n%d responses", next.Data, len(next.Case.Responses))
			}
		})
	}
}

func TestApplyResponseBatchRefusesAnotherRespondent(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	src := "samskab: 1\nproject: {name: P}\nresponses:\n  - respondent: A\n    answers: {a1.q1: 2}\n"
	_, err := yamlfile.ApplyResponseBatch([]byte(src), yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{
		{Index: 0, Respondent: "B", Answers: map[string]checklist.AnswerValue{"a1.q1": {Kind: checklist.Scored, Score: 1}}}}}, cat.QuestionIDs())
	if err == nil || !strings.Contains(err.Error(), "no longer") {
		t.Fatalf("want a refusal, got %v", err)
	}
	doc, err := yamlfile.ParseCaseDoc("c.yaml", []byte(src), cat)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := doc.ApplyResponseBatch(yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{
		{Index: 0, Respondent: "B", Answers: map[string]checklist.AnswerValue{"a1.q1": {Kind: checklist.Scored, Score: 1}}}}}, cat.QuestionIDs()); err == nil {
		t.Fatal("the kept parse accepted another respondent's answers")
	}
}
