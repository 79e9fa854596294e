package main

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/spf13/pflag"

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

	mine     map[string]checklist.AnswerValue // the answers given in this run
	given    []string                         // their question ids, in the order first given
	unsaved  map[string]bool                  // given, but not in FILE yet
	sideFile string                           // where the answers went when FILE could not be read
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

// save records one answer and writes it to FILE at once (see store).
// A skipped question is written as ~ (not answered yet), unless it
// already holds an answer, which stays.
func (s *session) save(q checklist.QuestionRef, v checklist.AnswerValue) error {
	id := q.ID()
	if _, seen := s.mine[id]; !seen {
		s.given = append(s.given, id)
	}
	s.mine[id] = v
	s.unsaved[id] = true
	if err := s.store(); err != nil {
		return fmt.Errorf(s.opts.say().SavingAnswer, id, s.opts.File, err)
	}
	return nil
}

// store brings FILE up to date with this run's unsaved answers, as one
// read-modify-write under FILE's lock (atomicfile.Update): someone else's
// answers written meanwhile, at a workshop, or a comment added in an
// editor, are kept, and theirs and ours merge by respondent and question.
// When FILE does not read as a case file at that moment (someone is in
// the middle of editing it), nothing is written to it: this run's answers
// go to a side file instead, and the next save tries again.
//
// The lock wait is not cancelled by a signal: an answer given is saved
// before the run stops (a second signal still ends the process at once).
func (s *session) store() error {
	var out []byte
	resp := -1
	err := atomicfile.UpdateContext(context.Background(), s.opts.File, func(current []byte, exists bool) ([]byte, error) {
		var err error
		out, resp, err = s.merge(current, exists)
		return out, err
	})
	var conflict *mergeConflict
	switch {
	case errors.As(err, &conflict):
		return s.saveAside(conflict)
	case err != nil:
		return err
	}
	s.data, s.resp = out, resp
	for id := range s.unsaved {
		v, had := s.mine[id], s.answers[id]
		if v.Kind == checklist.Unanswered && had.Kind != checklist.Unanswered {
			v.Kind, v.Score = had.Kind, had.Score
		}
		if v.Note == "" {
			v.Note = had.Note
		}
		s.answers[id] = v
	}
	clear(s.unsaved)
	if s.sideFile != "" {
		if os.Remove(s.sideFile) == nil {
			fmt.Fprintln(s.opts.IO.ErrOut, prompt.Message(s.lang, "merged", s.opts.File, s.sideFile))
		}
		s.sideFile = ""
	}
	return nil
}

// flush tries once more to write answers that went to the side file; it
// fails when some are still only there, saying where they are.
func (s *session) flush() error {
	if len(s.unsaved) == 0 {
		return nil
	}
	if err := s.store(); err != nil {
		return err
	}
	if n := len(s.unsaved); n > 0 {
		return &exitError{code: exitInvalid, err: errors.New(prompt.Message(s.lang, "unsaved", n, s.opts.File, s.sideFile))}
	}
	return nil
}

// mergeConflict is FILE not reading as a case file under the lock.
type mergeConflict struct{ err error }

func (e *mergeConflict) Error() string { return e.err.Error() }

// merge returns FILE's new text: current (FILE as it is on disk, under the
// lock) with this run's unsaved answers in this run's response, and the
// index of that response.
func (s *session) merge(current []byte, exists bool) ([]byte, int, error) {
	if !exists {
		return s.applyAll(s.newFile(), 0, nil, s.given)
	}
	c, err := s.opts.reader().ParseDraft(s.opts.File, current, s.cat)
	if err != nil {
		return nil, 0, &mergeConflict{err}
	}
	s.existing = c
	resp, err := s.locate(c)
	if err != nil {
		return nil, 0, err
	}
	if resp >= 0 {
		return s.applyAll(current, resp, c.Responses[resp].Answers, slices.Collect(maps.Keys(s.unsaved)))
	}
	// Our response is not there (a first answer, or it was renamed or
	// removed meanwhile): start it, and put every answer of this run in.
	data, resp, err := s.startResponse(current, c)
	if err != nil {
		return nil, 0, err
	}
	var onFile []checklist.Answer
	if resp < len(c.Responses) {
		onFile = c.Responses[resp].Answers
	}
	return s.applyAll(data, resp, onFile, s.given)
}

// applyAll sets the answers ids of this run in response resp, which holds
// onFile now, and checks that the result is a file samskab accepts.
func (s *session) applyAll(data []byte, resp int, onFile []checklist.Answer, ids []string) ([]byte, int, error) {
	slices.SortFunc(ids, func(a, b string) int { return slices.Index(s.order, a) - slices.Index(s.order, b) })
	var err error
	for _, id := range ids {
		v, write := keepAnswered(s.mine[id], onFile, id)
		if !write {
			continue
		}
		if data, err = s.opts.reader().SetAnswer(data, resp, id, v, s.order); err != nil {
			return nil, 0, err
		}
	}
	if _, err := s.opts.reader().ParseCase(s.opts.File, data, s.cat); err != nil {
		return nil, 0, fmt.Errorf(s.opts.say().AnswerInvalid, err)
	}
	return data, resp, nil
}

// keepAnswered is what to write for v: a skip keeps an answer already on
// file (only a new note is added to it).
func keepAnswered(v checklist.AnswerValue, onFile []checklist.Answer, id string) (checklist.AnswerValue, bool) {
	if v.Kind != checklist.Unanswered {
		return v, true
	}
	i := slices.IndexFunc(onFile, func(a checklist.Answer) bool { return a.QuestionID() == id })
	if i < 0 || onFile[i].Kind == checklist.Unanswered {
		return v, true
	}
	if v.Note == "" {
		return v, false
	}
	v.Kind, v.Score = onFile[i].Kind, onFile[i].Score
	return v, true
}

// locate finds this run's response in c: by respondent, case-insensitively;
// -1 when it is not there. An anonymous run has no name to go by, so it
// keeps the position of the response it started and, under the lock,
// checks that this is still an anonymous response holding every answer
// the run has saved; when it is not (responses were removed or reordered
// meanwhile), it looks for the anonymous response that does, and failing
// that starts a new one.
func (s *session) locate(c *checklist.Case) (int, error) {
	rs := c.Responses
	if name := s.header.Respondent; name != "" {
		var found []int
		for i, r := range rs {
			if strings.EqualFold(strings.TrimSpace(r.Respondent), name) {
				found = append(found, i)
			}
		}
		if len(found) > 1 {
			return 0, usageErrorf(s.opts.say().NowSameRespondent, s.opts.File, len(found), name)
		}
		if len(found) == 1 {
			return found[0], nil
		}
		return -1, nil
	}
	if s.resp < 0 {
		return -1, nil
	}
	if s.resp < len(rs) && s.holdsSaved(rs[s.resp]) {
		return s.resp, nil
	}
	return slices.IndexFunc(rs, s.holdsSaved), nil
}

// holdsSaved reports whether r is an anonymous response with every answer
// this run has saved.
func (s *session) holdsSaved(r checklist.Response) bool {
	if strings.TrimSpace(r.Respondent) != "" {
		return false
	}
	for id, want := range s.answers {
		if _, ours := s.mine[id]; !ours || s.unsaved[id] || want.Kind == checklist.Unanswered {
			continue
		}
		i := slices.IndexFunc(r.Answers, func(a checklist.Answer) bool { return a.QuestionID() == id })
		if i < 0 || r.Answers[i].Kind != want.Kind || r.Answers[i].Score != want.Score {
			return false
		}
	}
	return true
}

// startResponse adds this run's response to data: into the blank response
// `samskab init` writes (no respondent, no answer yet) when there is one,
// else after the last response.
func (s *session) startResponse(data []byte, c *checklist.Case) ([]byte, int, error) {
	for i, r := range c.Responses {
		if !blankResponse(r) {
			continue
		}
		if out, err := s.opts.reader().ClaimResponse(data, i, s.header); err == nil {
			return out, i, nil
		}
	}
	return s.opts.reader().AppendResponse(data, s.header)
}

// blankResponse: nobody has claimed r yet – no respondent, no actor, and
// no question answered.
func blankResponse(r checklist.Response) bool {
	if strings.TrimSpace(r.Respondent) != "" || r.Actor != "" {
		return false
	}
	return !slices.ContainsFunc(r.Answers, func(a checklist.Answer) bool { return a.Kind != checklist.Unanswered })
}

// newFile is FILE as it starts, for a first answer: a run stopped before
// any answer leaves nothing behind.
func (s *session) newFile() []byte {
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
	return yamlfile.NewCaseFile(nc)
}

// saveAside keeps this run's answers in a side file beside FILE when FILE
// cannot be merged into, and says so. No answer is ever dropped: the side
// file holds every answer of this run, and the next save tries FILE again.
func (s *session) saveAside(conflict *mergeConflict) error {
	side := s.sideFileName()
	if err := atomicfile.WriteFile(side, s.sideFileText()); err != nil {
		return fmt.Errorf(s.opts.say().SideFailed, s.opts.File, conflict.err, side, errors.New(s.opts.describe(err)))
	}
	s.sideFile = side
	reason := strings.SplitN(conflict.err.Error(), "\n", 2)[0]
	fmt.Fprintln(s.opts.IO.ErrOut, "samskab: "+prompt.Message(s.lang, "conflict", s.opts.File, reason, side, s.opts.File))
	return nil
}

// sideFileName is FILE's name with the respondent (or the process id for
// an anonymous run) and ".unsaved" added: beside FILE, where its owner
// looks, and not *.yaml, so that batch does not take it for a case file.
func (s *session) sideFileName() string {
	who := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' {
			return r
		}
		return '_'
	}, s.header.Respondent)
	if who == "" {
		who = fmt.Sprintf("pid%d", os.Getpid())
	}
	return s.opts.File + "." + who + ".unsaved"
}

// sideFileText is this run's answers as a response, ready to paste under
// `responses:`.
func (s *session) sideFileText() []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", fmt.Sprintf(s.opts.say().SideHeader, s.opts.File))
	fmt.Fprintf(&b, "- respondent: %q\n", s.header.Respondent)
	if s.header.Actor != "" {
		fmt.Fprintf(&b, "  actor: %q\n", s.header.Actor)
	}
	fmt.Fprintf(&b, "  date: %s\n  answers:\n", s.header.Date)
	ids := slices.Clone(s.given)
	slices.SortFunc(ids, func(a, b string) int { return slices.Index(s.order, a) - slices.Index(s.order, b) })
	for _, id := range ids {
		v := s.mine[id]
		if v.Note != "" {
			fmt.Fprintf(&b, "    %s: {score: %s, note: %q}\n", id, v.Text(), v.Note)
		} else {
			fmt.Fprintf(&b, "    %s: %s\n", id, v.Text())
		}
	}
	return []byte(b.String())
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
	if s.opts.flags == nil { // not run from the command line
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
	return strings.Join(append(parts, resumeFlags(s.opts.flags)...), " ")
}

// notForResume tells the flags the resume hint leaves out: the respondent is
// named already, and project, owner and actor are in the file by then.
func notForResume(flag string) bool {
	switch flag {
	case "respondent", "project", "owner", "actor", "help":
		return true
	}
	return false
}

// resumeFlags repeats every flag that was given, shell-quoted, the scope
// and the language first, so the resumed run asks and answers the same way.
func resumeFlags(fs *pflag.FlagSet) []string {
	var first, rest []string
	fs.Visit(func(fl *pflag.Flag) {
		if notForResume(fl.Name) {
			return
		}
		var args []string
		switch v := fl.Value.(type) {
		case pflag.SliceValue:
			for _, item := range v.GetSlice() {
				args = append(args, "--"+fl.Name, shellQuote(item))
			}
		default:
			if fl.Value.Type() == "bool" {
				if fl.Value.String() == "true" {
					args = append(args, "--"+fl.Name)
				} else {
					args = append(args, "--"+fl.Name+"=false")
				}
			} else {
				args = append(args, "--"+fl.Name, shellQuote(fl.Value.String()))
			}
		}
		if fl.Name == "rubric" || fl.Name == "lang" {
			first = append(first, args...)
		} else {
			rest = append(rest, args...)
		}
	})
	return append(first, rest...)
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
	c, err := s.opts.reader().ParseCase(s.opts.File, s.data, s.cat)
	if err != nil {
		return err
	}
	report, err := checklist.Evaluate(c, s.cat, checklist.Options{Scope: s.opts.Global.Rubrics, GapBelow: s.opts.GapBelow})
	if err != nil {
		return usageErrorf("%s", s.opts.describe(err))
	}
	return s.opts.writeReport(report, s.opts.Format)
}
