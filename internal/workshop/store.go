package workshop

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/samskab/samskab/checklist"
)

// The store is the single writer of the case file. Requests queue on an
// unbuffered channel; the writer takes the first, then every other that
// is already waiting, and writes them all in one atomic replace under the
// file lock (a group commit). Each request is answered only after the
// file holding it is in place, so an acknowledged answer is on disk, and
// 300 people answering at once cost a handful of rewrites, not thousands.

// maxBatch bounds one group commit, so one write never grows without end.
const maxBatch = 1024

var (
	errClosed   = errors.New("the meeting is closed")
	errBadActor = errors.New("unknown party")
	errNoChange = errors.New("nothing to write")
)

// joinOp adds a participant's response.
type joinOp struct {
	name  string // as given; may be empty
	actor string // an actor id from the file, a kind, or empty
}

// joined is where a participant's response landed.
type joined struct {
	index      int
	respondent string
	actorID    string
	kind       string
}

// answersOp sets answers in a participant's response.
type answersOp struct {
	index      int
	respondent string
	answers    map[string]answerValue
}

type request struct {
	join    *joinOp
	answers *answersOp
	done    chan reply
}

type reply struct {
	joined joined
	err    error
}

type storeConfig struct {
	path      string
	project   string // for a new file
	scope     []string
	cat       *checklist.Catalog
	lang      checklist.Lang // of a new file's comments
	logLang   checklist.Lang // of problems with the file
	anonymous bool
	now       func() time.Time
}

type store struct {
	storeConfig
	order []string

	reqs    chan *request
	quit    chan struct{}
	stopped chan struct{}

	// Owned by the writer goroutine: the last file written and its parse,
	// so a commit does not parse the file again. A commit usually builds
	// its result's parse from this one (CaseDoc.ApplyResponseBatch), which
	// then is used up; should the write fail, the next commit reads it
	// again from its text.
	lastDoc *caseDoc

	mu       sync.Mutex
	lastCase *checklist.Case // nil while there is no file
	commits  int

	// waiting counts requests handed to submit and not yet answered; the
	// group-commit test watches it.
	waiting atomic.Int32
}

// newStore starts the writer of the case file at cfg.path, which holds
// data (nil when there is no file yet), read and checked as c.
func newStore(cfg storeConfig, data []byte, c *checklist.Case) *store {
	s := &store{storeConfig: cfg, order: cfg.cat.QuestionIDs(),
		reqs: make(chan *request), quit: make(chan struct{}), stopped: make(chan struct{}),
		lastCase: c}
	if c != nil {
		// Kept for the first commit; were it refused, that commit parses
		// the file itself.
		s.lastDoc, _ = parseCaseDoc(cfg.path, data, cfg.cat, cfg.logLang)
	}
	go s.run()
	return s
}

// submit queues r and waits until it is written or refused.
func (s *store) submit(r *request) reply {
	r.done = make(chan reply, 1)
	s.waiting.Add(1)
	defer s.waiting.Add(-1)
	select {
	case s.reqs <- r:
	case <-s.quit:
		return reply{err: errClosed}
	}
	return <-r.done
}

// close writes what is queued and stops the writer.
func (s *store) close() {
	select {
	case <-s.quit:
	default:
		close(s.quit)
	}
	<-s.stopped
}

// snapshot is the case as last written.
func (s *store) snapshot() (*checklist.Case, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastCase, s.commits
}

func (s *store) run() {
	defer close(s.stopped)
	for {
		select {
		case r := <-s.reqs:
			s.commit(s.gather(r))
		case <-s.quit:
			// Senders still blocked in submit see quit too; take any that
			// got through first.
			for {
				select {
				case r := <-s.reqs:
					s.commit(s.gather(r))
				default:
					return
				}
			}
		}
	}
}

// gather takes first and every request already waiting.
func (s *store) gather(first *request) []*request {
	batch := []*request{first}
	for len(batch) < maxBatch {
		select {
		case r := <-s.reqs:
			batch = append(batch, r)
		default:
			return batch
		}
	}
	return batch
}

// commit writes a batch in one replace. When the batch as a whole cannot
// be applied, each request is tried alone, so one bad request cannot take
// the others down with it.
func (s *store) commit(batch []*request) {
	replies := make([]reply, len(batch))
	var written *caseDoc
	err := updateFile(s.path, func(current []byte, exists bool) ([]byte, error) {
		base, err := s.baseDoc(current, exists)
		if err != nil {
			return nil, err
		}
		next, joins, err := s.apply(base, batch)
		if err == nil {
			for i := range batch {
				replies[i] = reply{joined: joins[i]}
			}
		} else {
			next = s.applyOneByOne(base, batch, replies)
		}
		if next == base {
			return nil, errNoChange
		}
		written = next
		return next.Data, nil
	})
	switch {
	case err == nil:
		s.lastDoc = written
		s.mu.Lock()
		s.lastCase, s.commits = written.Case, s.commits+1
		s.mu.Unlock()
	case errors.Is(err, errNoChange):
	default:
		for i := range replies {
			replies[i] = reply{err: err}
		}
	}
	for i, r := range batch {
		r.done <- replies[i]
	}
}

// baseDoc is the file as it is now with its parse (nil when there is no
// file yet), reusing the last commit's parse when nobody else has changed
// the file since. current is read under the lock, and compared whole with
// what was written: an edit that keeps the size, or lands within the
// clock's resolution, is still seen, and costs far less than the parse.
func (s *store) baseDoc(current []byte, exists bool) (*caseDoc, error) {
	if !exists {
		return nil, nil
	}
	if s.lastDoc != nil && bytes.Equal(current, s.lastDoc.Data) {
		return s.lastDoc, nil
	}
	doc, err := parseCaseDoc(s.path, current, s.cat, s.logLang)
	if err != nil {
		return nil, fmt.Errorf("the case file was changed and is no longer valid: %w", err)
	}
	return doc, nil
}

func (s *store) applyOneByOne(base *caseDoc, batch []*request, replies []reply) *caseDoc {
	for i, r := range batch {
		next, joins, err := s.apply(base, []*request{r})
		if err != nil {
			replies[i] = reply{err: err}
			continue
		}
		base = next
		replies[i] = reply{joined: joins[0]}
	}
	return base
}

// apply makes the requests' changes to doc (nil for a new file). The
// result is checked (caseDoc.ApplyResponseBatch): it reads as the old data
// with exactly these changes, keeps every comment, and is a valid case file.
func (s *store) apply(doc *caseDoc, reqs []*request) (*caseDoc, []joined, error) {
	var c *checklist.Case
	if doc != nil {
		c = doc.Case
	}
	p := s.newPlan(c)
	joins := make([]joined, len(reqs))
	for i, r := range reqs {
		switch {
		case r.join != nil:
			j, err := p.join(r.join)
			if err != nil {
				return nil, nil, err
			}
			joins[i] = j
		case r.answers != nil:
			p.answers(r.answers)
		}
	}
	var next *caseDoc
	if doc == nil {
		var err error
		if next, err = s.newDoc(p); err != nil {
			return nil, nil, err
		}
	} else {
		var err error
		if next, err = doc.ApplyResponseBatch(p.batch, s.order); err != nil {
			return nil, nil, err
		}
	}
	if len(next.Case.Responses) != p.responses {
		return nil, nil, errors.New("the change did not add the expected responses (please report this)")
	}
	return next, joins, nil
}

// plan collects one commit's changes and the names and places new
// responses get.
type plan struct {
	s         *store
	batch     responseBatch
	responses int               // in the file once the batch is applied
	names     map[string]bool   // respondents taken
	kinds     map[string]string // actor id → kind
	perActor  map[string]int    // responses per actor id, for anonymous numbering
	byIndex   map[int]int       // response index → position in batch.Answers
}

func (s *store) newPlan(c *checklist.Case) *plan {
	p := &plan{s: s, names: map[string]bool{}, kinds: map[string]string{}, perActor: map[string]int{}, byIndex: map[int]int{}}
	if c == nil {
		return p
	}
	p.responses = len(c.Responses)
	for _, a := range c.Actors {
		p.kinds[a.ID] = a.Kind
	}
	for _, r := range c.Responses {
		p.names[r.Respondent] = true
		p.perActor[r.Actor]++
	}
	return p
}

func (p *plan) join(op *joinOp) (joined, error) {
	actorID, kind, err := p.actor(op.actor)
	if err != nil {
		return joined{}, err
	}
	p.perActor[actorID]++
	name := p.respondent(op.name, actorID)
	p.names[name] = true
	p.batch.Append = append(p.batch.Append, responseHeader{
		Respondent: name, Actor: actorID, Date: p.s.now().Format(time.DateOnly)})
	j := joined{index: p.responses, respondent: name, actorID: actorID, kind: kind}
	p.responses++
	return j, nil
}

// actor resolves a participant's choice: an actor declared in the file,
// or a kind, which is declared as a new actor the first time.
func (p *plan) actor(choice string) (id, kind string, err error) {
	if choice == "" {
		return "", "", nil
	}
	if kind, ok := p.kinds[choice]; ok {
		return choice, kind, nil
	}
	if !slices.Contains(checklist.ActorKinds, choice) {
		return "", "", errBadActor
	}
	p.kinds[choice] = choice
	p.batch.Actors = append(p.batch.Actors, checklist.Actor{ID: choice, Name: kindName(choice, p.s.lang), Kind: choice})
	return choice, choice, nil
}

// respondent is the name a new response is written under: unique in the
// file, and with --anonymous no name at all, only the party and a number.
func (p *plan) respondent(given, actorID string) string {
	switch {
	case p.s.anonymous:
		prefix := actorID
		if prefix == "" {
			prefix = wording(p.s.lang).Participant
		}
		return p.unique(prefix, p.perActor[actorID])
	case given == "":
		return p.unique(wording(p.s.lang).Participant, p.responses+1)
	case p.names[given]:
		return p.unique(given, 2)
	}
	return given
}

// unique is "prefix n" for the first n from start that is not taken.
func (p *plan) unique(prefix string, start int) string {
	for n := max(start, 1); ; n++ {
		name := prefix + " " + strconv.Itoa(n)
		if !p.names[name] {
			return name
		}
	}
}

func (p *plan) answers(op *answersOp) {
	if i, ok := p.byIndex[op.index]; ok {
		for id, v := range op.answers {
			p.batch.Answers[i].Answers[id] = v
		}
		return
	}
	m := make(map[string]answerValue, len(op.answers))
	for id, v := range op.answers {
		m[id] = v
	}
	p.byIndex[op.index] = len(p.batch.Answers)
	p.batch.Answers = append(p.batch.Answers, responseAnswers{Index: op.index, Respondent: op.respondent, Answers: m})
}

// newDoc is a new case file holding p's changes. Its first response may
// name an actor the batch declares, so the edit works on the text and
// the result alone is parsed.
func (s *store) newDoc(p *plan) (*caseDoc, error) {
	if len(p.batch.Append) == 0 {
		return nil, errors.New("there is no case file yet")
	}
	data := newCaseFile(s.project, s.scope, p.batch.Append[0], s.lang, filepath.Base(s.path))
	p.batch.Append = p.batch.Append[1:]
	out, err := applyBatch(data, p.batch, s.order, s.logLang)
	if err != nil {
		return nil, err
	}
	doc, err := parseCaseDoc(s.path, out, s.cat, s.logLang)
	if err != nil {
		return nil, fmt.Errorf("the change would make an invalid case file (please report this): %w", err)
	}
	return doc, nil
}
