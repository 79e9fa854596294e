package workshop

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/atomicfile"
)

// The meeting's state file, ".NAME.workshop" beside the case file NAME,
// lets a restarted server (after a crash, a Ctrl-C too early, a laptop
// that slept) continue the same meeting: the same join code, and each
// phone continues its own response instead of starting a new one. It
// holds the code and, for each participant, the SHA-256 of their token
// and where their response is; never a token itself, so reading the file
// does not let anyone answer as someone else. It is private (0600) and
// replaced atomically after each join and each participant who finishes.
//
// A token is taken back only while the response it points at is still the
// same respondent with the same party in the case file, so a file edited
// in between never sends answers into someone else's response, and only
// within stateMaxAge of the state's last change: a meeting on the same
// file another day is a new meeting, with a new code. Config.NewMeeting
// (--new) starts a new one at once; its state replaces the old at start.

const (
	stateFormat = 1
	// stateMaxAge is as long as the participants' cookies last.
	stateMaxAge = 12 * time.Hour
	// maxStateSize is far above what 10,000 participants need.
	maxStateSize = 8 << 20
)

// meetingState is the state file's content.
type meetingState struct {
	Format       int          `json:"samskab_workshop"`
	File         string       `json:"file"` // the case file's name, for a person reading this
	Code         string       `json:"code"`
	Updated      time.Time    `json:"updated"`
	Participants []stateEntry `json:"participants"`
}

type stateEntry struct {
	TokenSHA256 string `json:"token_sha256"` // hex
	Response    int    `json:"response"`     // 0-based, in file order
	Respondent  string `json:"respondent"`
	Actor       string `json:"actor,omitempty"`
	Done        bool   `json:"done,omitempty"`
}

// tokenHash is how the server knows a token: in memory and in the state.
type tokenHash [sha256.Size]byte

func hashToken(token string) tokenHash { return sha256.Sum256([]byte(token)) }

// statePath is the state file of the case file at path.
func statePath(path string) string {
	dir, base := filepath.Split(path)
	return filepath.Join(dir, "."+base+".workshop")
}

// parseState reads a state file's content, refusing anything that is not
// the format this code writes.
func parseState(data []byte) (*meetingState, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var st meetingState
	if err := dec.Decode(&st); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("more than one JSON value")
	}
	if st.Format != stateFormat {
		return nil, fmt.Errorf("format %d; expected %d", st.Format, stateFormat)
	}
	if !validCode(st.Code) {
		return nil, fmt.Errorf("the code %q is not 6 digits", clip(st.Code))
	}
	return &st, nil
}

func validCode(code string) bool {
	if len(code) != 6 {
		return false
	}
	for _, c := range []byte(code) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// readState reads the state file at path; nil without error when there
// is none.
func readState(path string) (*meetingState, error) {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxStateSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxStateSize {
		return nil, fmt.Errorf("over %d bytes", maxStateSize)
	}
	return parseState(data)
}

// resume takes over the meeting that the state file beside the case file
// describes, when it is this file's and recent; c is the case file as
// read at start (nil when there is none yet). It returns the meeting's
// code, or "" to start a new meeting.
func (s *Server) resume(c *checklist.Case) string {
	path := statePath(s.cfg.File)
	st, err := readState(path)
	if err != nil {
		s.logf("ignoring %s, a new meeting starts: %v", path, err)
		return ""
	}
	if st == nil || st.File != filepath.Base(s.cfg.File) {
		return ""
	}
	if age := s.cfg.Now().Sub(st.Updated); age > stateMaxAge || age < -stateMaxAge {
		return ""
	}
	seen := map[tokenHash]bool{}
	for _, e := range st.Participants {
		p, err := s.restore(c, e)
		if err == nil && seen[p.token] {
			err = errors.New("the token is listed twice")
		}
		if err != nil {
			s.logf("%s: participant %q cannot continue: %v", path, clip(e.Respondent), err)
			continue
		}
		seen[p.token] = true
		s.participants[p.token] = p
		s.joinedOrder = append(s.joinedOrder, p)
	}
	s.resumed = len(s.joinedOrder)
	return st.Code
}

// newCode is the code of a new meeting: never the one in the state file,
// so a new meeting (--new) never takes the code the room may still have
// on the board, and no phone of the last meeting gets in with it.
func (s *Server) newCode() (string, error) {
	var old string
	if st, err := readState(statePath(s.cfg.File)); err == nil && st != nil {
		old = st.Code
	}
	for {
		code, err := joinCode()
		if err != nil || code != old {
			return code, err
		}
	}
}

// restore is the participant e describes, checked against the case file.
func (s *Server) restore(c *checklist.Case, e stateEntry) (*participant, error) {
	var h tokenHash
	if len(e.TokenSHA256) != hex.EncodedLen(len(h)) {
		return nil, errors.New("the token hash is not 64 hex digits")
	}
	if _, err := hex.Decode(h[:], []byte(e.TokenSHA256)); err != nil {
		return nil, errors.New("the token hash is not 64 hex digits")
	}
	if c == nil || e.Response < 0 || e.Response >= len(c.Responses) {
		return nil, fmt.Errorf("the case file has no response number %d", e.Response+1)
	}
	r := c.Responses[e.Response]
	if r.Respondent == "" || r.Respondent != e.Respondent || r.Actor != e.Actor {
		return nil, fmt.Errorf("response number %d is no longer theirs", e.Response+1)
	}
	kind, ok := "", e.Actor == ""
	for _, a := range c.Actors {
		if a.ID == e.Actor {
			kind, ok = a.Kind, true
		}
	}
	if !ok {
		return nil, fmt.Errorf("the party %q is gone", clip(e.Actor))
	}
	qs, err := questionsFor(s.cfg.Catalog, s.scope, audienceOf(kind))
	if err != nil {
		return nil, err
	}
	p := &participant{token: h, joined: joined{index: e.Response, respondent: e.Respondent, actorID: e.Actor, kind: kind},
		questions: qs, pages: pagesOf(qs), answers: map[string]answerValue{}, done: e.Done}
	for _, a := range r.Answers {
		if id := a.QuestionID(); p.asks(id) {
			p.answers[id] = answerValue{Kind: a.Kind, Score: a.Score}
		}
	}
	p.page = firstOpenPage(p)
	return p, nil
}

// firstOpenPage is where a participant taken back continues: the first
// page with a question not answered yet, else the last.
func firstOpenPage(p *participant) int {
	for i, pg := range p.pages {
		for _, q := range pg.Questions {
			if _, ok := p.answers[q.ID]; !ok {
				return i + 1
			}
		}
	}
	return max(len(p.pages), 1)
}

// changedLocked notes a change the state file must get; s.mu is held.
func (s *Server) changedLocked() { s.stateVersion++ }

// saveState writes the state file if it changed since it was last
// written. Callers that queue up while one writes usually find their
// change written by the next one, so many joins at once cost few writes.
// A state that cannot be written only costs the restart its memory: the
// meeting goes on, and the problem is logged.
func (s *Server) saveState() {
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	s.mu.Lock()
	version := s.stateVersion
	if version == s.stateWritten {
		s.mu.Unlock()
		return
	}
	st := meetingState{Format: stateFormat, File: filepath.Base(s.cfg.File), Code: s.code,
		Updated: s.cfg.Now().UTC().Truncate(time.Second), Participants: make([]stateEntry, 0, len(s.joinedOrder))}
	for _, p := range s.joinedOrder {
		st.Participants = append(st.Participants, stateEntry{TokenSHA256: hex.EncodeToString(p.token[:]),
			Response: p.joined.index, Respondent: p.joined.respondent, Actor: p.joined.actorID, Done: p.done})
	}
	s.mu.Unlock()
	data, err := json.MarshalIndent(st, "", "  ")
	if err == nil {
		err = atomicfile.WritePrivateFile(statePath(s.cfg.File), append(data, '\n'))
	}
	if err != nil {
		s.logf("saving the meeting state (after a restart, participants would start new responses): %v", err)
		return
	}
	s.stateWritten = version
}
