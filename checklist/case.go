package checklist

import "fmt"

// Case is one project's case file (DESIGN.md §3).
type Case struct {
	File      string
	Project   Project
	Scope     []string // rubric ids from `rubrics:`; empty means all
	Actors    []Actor
	Targets   Targets
	Responses []Response
	// ResponsesLine and ResponsesCol locate the `responses` key, where
	// annotations about unanswered items point.
	ResponsesLine, ResponsesCol int
	// RubricVersions are the rubric versions the case was answered
	// against (`rubric_versions`), in file order.
	RubricVersions []RubricPin
	// Warnings are non-fatal notes about the file, each starting with
	// file:line:col, such as a pinned rubric version that differs from the
	// loaded one. Commands print them to stderr.
	Warnings []string
}

// RubricPin records that a case was answered against one version of a
// rubric, so a later change to the rubric does not pass unnoticed.
type RubricPin struct {
	Rubric    string
	Version   int
	Line, Col int
}

// Project describes what is being assessed.
type Project struct {
	Name        string `json:"name"`
	Owner       string `json:"owner"`
	Description string `json:"description,omitempty"`
}

// Actor is a party to the project that respondents can speak for.
type Actor struct {
	ID   string
	Name string
	Kind string
}

// ActorKinds are the allowed values of an actor's kind.
var ActorKinds = []string{"citizens", "volunteers", "association", "business", "municipality", "region", "state", "other"}

// Target is one optional threshold from the file's `targets` block.
type Target struct {
	Percent   float64
	Set       bool
	Line, Col int
}

// Targets are the thresholds the project set for itself.
type Targets struct {
	Overall  Target
	Item     Target
	Coverage Target
	Rubrics  []RubricTarget
}

// RubricTarget is a minimum percent for one rubric.
type RubricTarget struct {
	Rubric string
	Target
}

// Response is one respondent's set of answers.
type Response struct {
	Respondent string
	Actor      string
	Date       string
	Answers    []Answer
	Line, Col  int
}

// AnswerKind says what sort of answer was given.
type AnswerKind uint8

const (
	Unanswered  AnswerKind = iota // null: not answered yet
	Scored                        // a whole number 0–4
	NotRelevant                   // na
	DontKnow                      // dk
)

// Answer is one answer to one question, with where it stands in the file.
type Answer struct {
	Ref       QuestionRef
	Kind      AnswerKind
	Score     int // 0–4 when Kind is Scored
	Note      string
	Line, Col int
}

// QuestionID is the answer's full question id, e.g. "cok-08.q2".
func (a Answer) QuestionID() string { return a.Ref.ID() }

// AnswerValue is an answer as `samskab assess` writes it.
type AnswerValue struct {
	Kind  AnswerKind
	Score int    // 0–4 when Kind is Scored
	Note  string // empty: keep any note already there
}

// Text is the answer as written in a case file: 3, na, dk or ~.
func (v AnswerValue) Text() string {
	switch v.Kind {
	case Scored:
		return fmt.Sprint(v.Score)
	case NotRelevant:
		return "na"
	case DontKnow:
		return "dk"
	}
	return "~"
}
