package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/atomicfile"
	"github.com/samskab/samskab/internal/prompt"
)

// newSession reads FILE (if it exists), works out the questions in scope
// and whose response they go into, and asks for what the flags left out
// when the input is a terminal.
func newSession(ctx context.Context, opts *AssessOptions, p prompt.Prompter, lang checklist.Lang) (*session, error) {
	cat, err := opts.Catalog()
	if err != nil {
		return nil, err
	}
	s := &session{opts: opts, p: p, lang: lang, cat: cat, order: cat.QuestionIDs(), resp: -1,
		answers: map[string]checklist.AnswerValue{}, mine: map[string]checklist.AnswerValue{}, unsaved: map[string]bool{}}
	if err := validateAssessFlags(opts); err != nil {
		return nil, err
	}
	// Refuse a FILE that cannot be written (a device, a FIFO, a read-only
	// file, …) before reading it or asking the first question.
	if info, err := os.Stat(filepath.Dir(opts.File)); err == nil && info.IsDir() {
		if err := atomicfile.Check(opts.File); err != nil {
			return nil, usageErrorf("%s: %s", opts.File, opts.describe(err))
		}
	}
	if err := s.load(); err != nil {
		return nil, err
	}
	if err := s.selectQuestions(); err != nil {
		return nil, err
	}
	if err := s.identify(ctx); err != nil {
		return nil, err
	}
	for i, q := range s.questions {
		if a, ok := s.answers[q.ID()]; !ok || a.Kind == checklist.Unanswered {
			s.pending = append(s.pending, i)
		}
	}
	return s, nil
}

// load reads and validates an existing FILE; a missing one is created later.
func (s *session) load() error {
	file := s.opts.File
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
		if info, err := os.Stat(filepath.Dir(file)); err != nil || !info.IsDir() {
			return usageErrorf(s.opts.say().CannotCreate, file, filepath.Dir(file))
		}
		return nil
	}
	c, data, err := s.read()
	if err != nil {
		return err
	}
	s.data, s.existing = data, c
	return nil
}

// read reads and validates FILE as it is on disk now.
func (s *session) read() (*checklist.Case, []byte, error) {
	data, err := s.opts.reader().ReadInput(s.opts.File)
	if err != nil {
		return nil, nil, usageErrorf("%s: %s", s.opts.File, err)
	}
	c, err := s.opts.reader().ParseDraft(s.opts.File, data, s.cat)
	return c, data, err
}

// selectQuestions takes the rubrics from --rubric, else from the file,
// and of their questions those for --audience.
func (s *session) selectQuestions() error {
	ids := s.opts.Global.Rubrics
	if len(ids) == 0 && s.existing != nil {
		ids = s.existing.Scope
	}
	rubrics, err := s.cat.Select(ids)
	if err != nil {
		return usageErrorf("%s", s.opts.describe(err))
	}
	for _, r := range rubrics {
		s.scope = append(s.scope, r.ID)
		for _, it := range r.Items {
			for qi, q := range it.Questions {
				if s.opts.Audience != "" && !q.For(s.opts.Audience) {
					continue
				}
				s.questions = append(s.questions, checklist.QuestionRef{Rubric: r, Item: it, Question: &it.Questions[qi]})
			}
		}
	}
	return nil
}

// identify settles the project (for a new file), the respondent, and
// whether their response resumes or starts.
func (s *session) identify(ctx context.Context) error {
	if err := s.project(ctx); err != nil {
		return err
	}
	name, err := s.ask(ctx, s.opts.Respondent, "respondent", false)
	if err != nil {
		return err
	}
	s.header = yamlfile.ResponseHeader{Respondent: name, Date: s.opts.Now().Format(time.DateOnly)}
	if s.existing != nil {
		found, err := s.findResponse(name)
		if err != nil || found {
			return err
		}
	}
	return s.actor(ctx)
}

// ask returns a flag's value, or asks for it on a terminal.
func (s *session) ask(ctx context.Context, value, label string, required bool) (string, error) {
	if value != "" || !s.opts.IO.InTTY {
		return strings.TrimSpace(value), nil
	}
	for {
		answer, err := s.p.Input(ctx, prompt.Message(s.lang, label), required)
		if err != nil {
			return "", err
		}
		limit := 0
		if label == "project" {
			limit = yamlfile.MaxNameLen
		}
		verr := checkName(s.opts.say(), strconv.Quote(prompt.Message(s.lang, label)), answer, limit)
		if verr == nil {
			return strings.TrimSpace(answer), nil
		}
		fmt.Fprintf(s.opts.IO.ErrOut, "samskab: %s\n", verr)
	}
}

func (s *session) project(ctx context.Context) error {
	if s.existing != nil {
		s.warnIgnored("--project", s.opts.Project, s.existing.Project.Name)
		s.warnIgnored("--owner", s.opts.Owner, s.existing.Project.Owner)
		s.projectName = s.existing.Project.Name
		return nil
	}
	if s.opts.Project == "" && !s.opts.IO.InTTY {
		return usageErrorf(s.opts.say().NeedProject, s.opts.File)
	}
	name, err := s.ask(ctx, s.opts.Project, "project", true)
	if err != nil {
		return err
	}
	owner, err := s.ask(ctx, s.opts.Owner, "owner", false)
	s.projectName, s.owner = name, owner
	return err
}

func (s *session) warnIgnored(flag, value, onFile string) {
	if value != "" && value != onFile {
		m := s.opts.say()
		fmt.Fprintln(s.opts.IO.ErrOut, fmt.Sprintf(m.Warning, fmt.Sprintf(m.FlagIgnored, flag, s.opts.File, onFile)))
	}
}

// findResponse looks for the respondent's response to resume.
func (s *session) findResponse(name string) (bool, error) {
	if name == "" {
		return false, nil
	}
	var lines []int
	for i, r := range s.existing.Responses {
		if strings.EqualFold(strings.TrimSpace(r.Respondent), name) {
			s.resp = i
			lines = append(lines, r.Line)
		}
	}
	switch len(lines) {
	case 0:
		return false, nil
	case 1:
	default:
		return false, usageErrorf(s.opts.say().SameRespondent, s.opts.File, len(lines), name, joinInts(lines))
	}
	r := s.existing.Responses[s.resp]
	if s.opts.Actor != "" && s.opts.Actor != r.Actor {
		m := s.opts.say()
		fmt.Fprintln(s.opts.IO.ErrOut, fmt.Sprintf(m.Warning, fmt.Sprintf(m.ActorIgnored, r.Respondent, s.opts.File)))
	}
	s.header.Respondent = r.Respondent
	for _, a := range r.Answers {
		s.answers[a.QuestionID()] = checklist.AnswerValue{Kind: a.Kind, Score: a.Score, Note: a.Note}
	}
	return true, nil
}

// actor checks --actor against the file's actors, or offers them.
func (s *session) actor(ctx context.Context) error {
	s.header.Actor = s.opts.Actor
	if s.existing == nil {
		return nil // a new file declares the actor it is given
	}
	ids := make([]string, len(s.existing.Actors))
	for i, a := range s.existing.Actors {
		ids[i] = a.ID
	}
	if s.opts.Actor != "" {
		for _, id := range ids {
			if id == s.opts.Actor {
				return nil
			}
		}
		if len(ids) == 0 {
			return usageErrorf(s.opts.say().UnknownActorNone, s.opts.Actor, s.opts.File)
		}
		return usageErrorf(s.opts.say().UnknownActorList, s.opts.Actor, s.opts.File, strings.Join(ids, ", "))
	}
	if len(ids) == 0 || !s.opts.IO.InTTY {
		return nil
	}
	options := []string{prompt.Message(s.lang, "no-actor")}
	for _, a := range s.existing.Actors {
		options = append(options, strings.TrimSpace(a.ID+"  "+a.Name))
	}
	i, err := s.p.Choose(ctx, prompt.Message(s.lang, "actor"), options)
	if i > 0 {
		s.header.Actor = ids[i-1]
	}
	return err
}

func joinInts(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, ", ")
}

// validateAssessFlags refuses, before anything is written, a flag value
// that would make a file samskab itself then refuses to read.
func validateAssessFlags(opts *AssessOptions) error {
	if opts.Project != "" {
		if err := checkName(opts.say(), "--project", opts.Project, yamlfile.MaxNameLen); err != nil {
			return err
		}
	}
	for _, f := range []struct{ flag, value string }{
		{"--owner", opts.Owner}, {"--respondent", opts.Respondent}, {"--actor", opts.Actor},
	} {
		if err := checkName(opts.say(), f.flag, f.value, 0); err != nil {
			return err
		}
	}
	return nil
}

// checkName checks a one-line name from a flag or a prompt: valid UTF-8,
// no control characters, not blank when given, and at most limit
// characters (0: no limit).
func checkName(m *catalog.CLIMessages, what, value string, limit int) error {
	switch {
	case value == "":
		return nil
	case !utf8.ValidString(value):
		return usageErrorf(m.NameNotUTF8, what)
	case strings.TrimSpace(value) == "":
		return usageErrorf(m.NameBlank, what)
	}
	if i := strings.IndexFunc(value, func(r rune) bool { return unicode.IsControl(r) || r == 0x2028 || r == 0x2029 }); i >= 0 {
		r, _ := utf8.DecodeRuneInString(value[i:])
		return usageErrorf(m.NameControl, what, r, i+1)
	}
	if n := utf8.RuneCountInString(value); limit > 0 && n > limit {
		return usageErrorf(m.NameLong, what, n, limit)
	}
	return nil
}
