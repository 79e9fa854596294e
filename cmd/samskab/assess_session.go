package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/atomicfile"
	"github.com/samskab/samskab/internal/prompt"

	"github.com/samskab/samskab/checklist"
)

// session is one run of `samskab assess`: the questions, the response
// they go into, and the file text as last written.
type session struct {
	opts  *AssessOptions
	p     prompt.Prompter
	lang  checklist.Lang
	cat   *checklist.Catalog
	order []string // every question id, for placing new answers in the file

	existing    *checklist.Case // nil when FILE is new
	data        []byte          // FILE's text; nil until a new FILE is written
	projectName string
	owner       string
	header      yamlfile.ResponseHeader
	resp        int // index of the response in the file; -1 until it is written

	scope     []string
	questions []checklist.QuestionRef
	answers   map[string]checklist.AnswerValue // the response's answers by question id
	pending   []int                            // indexes into questions, asked in this run
	pos       int                              // index into pending of the current question
}

// announce says, on stderr, what is about to happen.
func (s *session) announce() {
	w, file := s.opts.IO.ErrOut, s.opts.File
	switch {
	case len(s.pending) == 0:
		fmt.Fprintln(w, prompt.Message(s.lang, "complete", len(s.questions), s.header.Respondent, file))
	case s.resp >= 0:
		fmt.Fprintln(w, prompt.Message(s.lang, "resume", s.header.Respondent, file, s.pending[0]+1, len(s.questions)))
	default:
		fmt.Fprintln(w, prompt.Message(s.lang, "start", s.projectName, len(s.questions), file))
	}
}

// run asks the pending questions in order, saving each answer before the
// next question; "back" steps to the question asked before.
func (s *session) run(ctx context.Context) error {
	for s.pos < len(s.pending) {
		if err := ctx.Err(); err != nil {
			return err
		}
		q := s.questions[s.pending[s.pos]]
		reply, err := s.p.Question(ctx, s.prompt(q))
		if err != nil {
			return err
		}
		if reply.Back {
			s.pos = max(s.pos-1, 0)
			continue
		}
		if err := s.save(q, reply.Value); err != nil {
			return err
		}
		s.pos++
	}
	return nil
}

func (s *session) prompt(q checklist.QuestionRef) prompt.QuestionPrompt {
	qp := prompt.QuestionPrompt{Number: s.pending[s.pos] + 1, Total: len(s.questions), Ref: q,
		CanGoBack: s.pos > 0, Notes: s.opts.Notes, Lang: s.lang}
	if a, ok := s.answers[q.ID()]; ok {
		qp.Current = &a
	}
	return qp
}

// save writes one answer to FILE at once. A skipped question is written
// as ~ (not answered yet), unless it already holds an answer, which stays.
func (s *session) save(q checklist.QuestionRef, v checklist.AnswerValue) error {
	id := q.ID()
	cur, had := s.answers[id]
	if v.Kind == checklist.Unanswered && had && cur.Kind != checklist.Unanswered {
		if v.Note == "" {
			return nil
		}
		v.Kind, v.Score = cur.Kind, cur.Score
	}
	data, resp, err := s.withResponse()
	if err == nil {
		data, err = yamlfile.SetAnswer(data, resp, id, v, s.order)
	}
	if err == nil {
		err = atomicfile.WriteFile(s.opts.File, data)
	}
	if err != nil {
		return fmt.Errorf("saving the answer to %s in %s: %w", id, s.opts.File, err)
	}
	s.data, s.resp = data, resp
	if v.Note == "" {
		v.Note = cur.Note
	}
	s.answers[id] = v
	return nil
}

// withResponse returns the file text with the response to write into,
// starting the file or the response at the first answer, so that a run
// stopped before any answer leaves nothing behind.
func (s *session) withResponse() ([]byte, int, error) {
	if err := s.refresh(); err != nil {
		return nil, 0, err
	}
	if s.resp >= 0 {
		return s.data, s.resp, nil
	}
	if s.existing != nil {
		return yamlfile.AppendResponse(s.data, s.header)
	}
	nc := yamlfile.NewCase{
		Project:  checklist.Project{Name: s.projectName, Owner: s.owner},
		Actor:    s.header.Actor,
		Response: s.header,
		Lang:     s.lang,
		FileName: s.opts.File,
	}
	if len(s.opts.Global.Rubrics) > 0 {
		nc.Scope = s.scope
	}
	return yamlfile.NewCaseFile(nc), 0, nil
}

// refresh takes FILE as it is on disk now, when it changed since the last
// save: someone else's answers in the same file at a workshop, or a
// comment added in an editor, are kept rather than overwritten.
func (s *session) refresh() error {
	disk, err := os.ReadFile(s.opts.File)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil // still to be created, or deleted meanwhile: written anew
	case err == nil && bytes.Equal(disk, s.data):
		return nil
	}
	c, data, err := s.read()
	if err != nil {
		return fmt.Errorf("%s changed during the questionnaire: %w", s.opts.File, err)
	}
	s.data, s.existing = data, c
	if s.resp < 0 {
		return nil
	}
	rs := c.Responses
	if s.resp < len(rs) && strings.EqualFold(rs[s.resp].Respondent, s.header.Respondent) {
		return nil
	}
	s.resp = slices.IndexFunc(rs, func(r checklist.Response) bool {
		return s.header.Respondent != "" && strings.EqualFold(r.Respondent, s.header.Respondent)
	})
	if s.resp < 0 {
		return fmt.Errorf("%s changed during the questionnaire and no longer holds the response being answered", s.opts.File)
	}
	return nil
}

// reportStop tells, on stderr, what was saved and how to go on.
func (s *session) reportStop() {
	w := s.opts.IO.ErrOut
	if s.resp < 0 {
		fmt.Fprintln(w, prompt.Message(s.lang, "nothing"))
		return
	}
	fmt.Fprintln(w, prompt.Message(s.lang, "stopped", s.pending[s.pos]+1, len(s.questions), s.opts.File))
	if s.header.Respondent == "" {
		fmt.Fprintln(w, prompt.Message(s.lang, "anonymous", s.opts.File))
		return
	}
	fmt.Fprintln(w, prompt.Message(s.lang, "resume-with", s.resumeCommand()))
}

func (s *session) resumeCommand() string {
	parts := []string{"samskab", "assess", shellQuote(s.opts.File), "--respondent", shellQuote(s.header.Respondent)}
	for _, id := range s.opts.Global.Rubrics {
		parts = append(parts, "--rubric", shellQuote(id))
	}
	if s.opts.Audience != "" {
		parts = append(parts, "--audience", string(s.opts.Audience))
	}
	if s.opts.Notes {
		parts = append(parts, "--notes")
	}
	return strings.Join(parts, " ")
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	safe := s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./:=@+,", r))
	}) < 0
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// writeReport prints the report on the file as written, like `score`.
func (s *session) writeReport() error {
	c, err := yamlfile.ParseCase(s.opts.File, s.data, s.cat)
	if err != nil {
		return err
	}
	report, err := checklist.Evaluate(c, s.cat, checklist.Options{Scope: s.opts.Global.Rubrics, GapBelow: s.opts.GapBelow})
	if err != nil {
		return usageErrorf("%s", err)
	}
	return s.opts.writeReport(report, s.opts.Format)
}
