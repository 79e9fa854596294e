// Package workshop is the web server of `samskab workshop` (DESIGN.md §8):
// one meeting, where every participant answers on their own phone and the
// answers are group-committed into the case file.
package workshop

import (
	"context"
	"crypto/rand"
	"crypto/subtle"
	"errors"
	"fmt"
	"io"
	"log"
	"math/big"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/samskab/samskab/checklist"
)

// Config describes one meeting.
type Config struct {
	File    string
	Catalog *checklist.Catalog
	// Scope is the rubrics asked (--rubric); empty means the case's
	// `rubrics`, else every rubric.
	Scope []string
	// Project names the project when File does not exist yet.
	Project string
	// Anonymous stores no names: respondents are numbered per party.
	Anonymous bool
	// NewMeeting starts a new meeting even when the state file beside File
	// would let the last one go on (--new): a new code, no participant
	// taken back. The case file is not touched.
	NewMeeting bool
	// Lang is the pages' language until a participant switches.
	Lang checklist.Lang
	// LogLang is the language of the problems with File, which reach the
	// facilitator's terminal: New's error and ErrorLog. Empty means Lang.
	LogLang checklist.Lang
	// TLS marks cookies Secure; set it when serving HTTPS.
	TLS bool
	Now func() time.Time
	// ErrorLog receives what goes wrong on the server side; nil discards.
	ErrorLog io.Writer
}

// Server is one meeting.
type Server struct {
	cfg       Config
	scope     []string
	code      string
	facSecret string
	store     *store
	limiter   *limiter
	handler   http.Handler
	logf      func(string, ...any)

	mu           sync.Mutex
	participants map[tokenHash]*participant
	joinedOrder  []*participant
	revealed     bool
	continued    bool   // the meeting of the state file goes on: its code
	resumed      int    // participants taken back from the state file
	stateVersion uint64 // counts changes to what the state file holds

	// stateMu serialises writes of the state file; stateWritten is the
	// stateVersion last written, guarded by stateMu.
	stateMu      sync.Mutex
	stateWritten uint64
}

// participant is one person in the meeting. The server keeps only the
// hash of their token: the token itself is the participant's.
type participant struct {
	token     tokenHash
	joined    joined
	questions []question
	pages     []page
	answers   map[string]answerValue // as written to the file
	page      int                    // last page shown, 1-based
	done      bool
}

// New reads and checks FILE and prepares the meeting. It fails, without
// writing anything, when the file is invalid, or missing without a
// project name, or when the scope names an unknown rubric.
func New(cfg Config) (*Server, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Lang == "" {
		cfg.Lang = checklist.Danish
	}
	if cfg.LogLang == "" {
		cfg.LogLang = cfg.Lang
	}
	if _, err := pageTemplates(); err != nil {
		return nil, err
	}
	c, data, exists, err := readCase(cfg.File, cfg.Catalog, cfg.LogLang)
	if err != nil {
		return nil, err
	}
	if !exists && cfg.Project == "" {
		return nil, &UsageError{fmt.Sprintf("%s does not exist; give --project NAME to start a new case file there", cfg.File)}
	}
	s := &Server{cfg: cfg, scope: cfg.Scope, participants: map[tokenHash]*participant{}, limiter: newLimiter()}
	if len(s.scope) == 0 && c != nil {
		s.scope = c.Scope
	}
	if _, err := questionsFor(cfg.Catalog, s.scope, checklist.AudienceLead); err != nil {
		return nil, &UsageError{err.Error()}
	}
	s.logf = log.New(io.Discard, "", 0).Printf
	if cfg.ErrorLog != nil {
		s.logf = log.New(cfg.ErrorLog, "workshop: ", 0).Printf
	}
	if !cfg.NewMeeting {
		s.code = s.resume(c)
	}
	s.continued = s.code != ""
	if s.code == "" {
		if s.code, err = s.newCode(); err != nil {
			return nil, err
		}
	}
	if s.facSecret, err = secret(); err != nil {
		return nil, err
	}
	s.stateVersion = 1 // Serve writes the state once at start
	s.store = newStore(storeConfig{path: cfg.File, project: cfg.Project, scope: cfg.Scope, cat: cfg.Catalog,
		lang: cfg.Lang, logLang: cfg.LogLang, anonymous: cfg.Anonymous, now: cfg.Now}, data, c)
	s.handler = s.routes()
	return s, nil
}

// UsageError is a problem with how the meeting was started.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// Code is the 6-digit join code.
func (s *Server) Code() string { return s.code }

// JoinPath is the participants' link, code included, relative to the
// server's root.
func (s *Server) JoinPath() string { return "/join?code=" + s.code }

// FacilitatorPath is the facilitator's secret link.
func (s *Server) FacilitatorPath() string { return "/f/" + s.facSecret }

// Resumed is how many participants of an earlier run of this meeting can
// continue their responses (see the state file, state.go).
func (s *Server) Resumed() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumed
}

// Continued says whether this run goes on with the meeting of an earlier
// run: the same code (see the state file, state.go).
func (s *Server) Continued() bool { return s.continued }

// Joined is how many people joined this meeting.
func (s *Server) Joined() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.joinedOrder)
}

// Responses is how many responses the case file holds.
func (s *Server) Responses() int {
	c, _ := s.store.snapshot()
	if c == nil {
		return 0
	}
	return len(c.Responses)
}

// Close writes every answer already received and stops the writer.
// Requests after Close are refused.
func (s *Server) Close() { s.store.close() }

// Serve answers on ln until ctx ends, then stops taking requests, lets
// those under way finish (their answers are written), and closes the
// meeting. certFile and keyFile, when set, serve HTTPS.
func (s *Server) Serve(ctx context.Context, ln net.Listener, certFile, keyFile string) error {
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       20 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    32 << 10,
		ErrorLog:          log.New(io.Discard, "", 0),
	}
	if s.cfg.ErrorLog != nil {
		hs.ErrorLog = log.New(s.cfg.ErrorLog, "workshop: ", 0)
	}
	// The code is on the board from now on: a restart must know it.
	s.saveState()
	errc := make(chan error, 1)
	go func() {
		if certFile != "" {
			errc <- hs.ServeTLS(ln, certFile, keyFile)
			return
		}
		errc <- hs.Serve(ln)
	}()
	select {
	case err := <-errc:
		s.Close()
		return err
	case <-ctx.Done():
	}
	stop, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	err := hs.Shutdown(stop)
	s.Close()
	if serr := <-errc; !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

// joinCode is six random digits.
func joinCode() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

// secret is 256 random bits, for tokens and the facilitator link.
func secret() (string, error) {
	return rand.Text() + rand.Text(), nil
}

func sameSecret(a, b string) bool {
	return len(a) == len(b) && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// participant returns the participant a token belongs to.
func (s *Server) participant(token string) *participant {
	if token == "" {
		return nil
	}
	h := hashToken(token)
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.participants[h]
}

// join adds a participant after checking the code, and returns them with
// their token; it is shared by the form and the API. The participant is
// in the case file and in the state file before the token is handed out.
func (s *Server) join(remote, code, name, actor string) (*participant, string, error) {
	if !s.limiter.allowed(remote) {
		return nil, "", errTooMany
	}
	if !sameSecret(code, s.code) {
		s.limiter.failed(remote)
		return nil, "", errWrongCode
	}
	name, err := cleanName(name)
	if err != nil {
		return nil, "", err
	}
	token, err := secret()
	if err != nil {
		return nil, "", err
	}
	rep := s.store.submit(&request{join: &joinOp{name: name, actor: actor}})
	if rep.err != nil {
		return nil, "", rep.err
	}
	qs, err := questionsFor(s.cfg.Catalog, s.scope, audienceOf(rep.joined.kind))
	if err != nil {
		return nil, "", err
	}
	p := &participant{token: hashToken(token), joined: rep.joined, questions: qs, pages: pagesOf(qs),
		answers: map[string]answerValue{}, page: 1}
	s.mu.Lock()
	s.participants[p.token] = p
	s.joinedOrder = append(s.joinedOrder, p)
	s.changedLocked()
	s.mu.Unlock()
	s.saveState()
	return p, token, nil
}

// save writes answers to the participant's response and, once they are
// in the file, remembers them.
func (s *Server) save(p *participant, answers map[string]answerValue) error {
	if len(answers) == 0 {
		return nil
	}
	rep := s.store.submit(&request{answers: &answersOp{index: p.joined.index, respondent: p.joined.respondent, answers: answers}})
	if rep.err != nil {
		s.logf("saving the answers of response %d: %v", p.joined.index+1, rep.err)
		return rep.err
	}
	s.mu.Lock()
	for id, v := range answers {
		p.answers[id] = v
	}
	s.mu.Unlock()
	return nil
}

func (s *Server) isRevealed() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.revealed
}

// Project is the name of the project the meeting is about.
func (s *Server) Project() string {
	if c, _ := s.store.snapshot(); c != nil {
		return c.Project.Name
	}
	return s.cfg.Project
}

// Writes is how many times the case file was replaced; with answers
// arriving together it is far below the number of answers.
func (s *Server) Writes() int {
	_, n := s.store.snapshot()
	return n
}
