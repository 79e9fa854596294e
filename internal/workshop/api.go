package workshop

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// The JSON API (DESIGN.md §8) serves the same flow as the pages, for tests
// and other front ends.

type apiJoinRequest struct {
	Code  string `json:"code"`
	Name  string `json:"name"`
	Actor string `json:"actor"`
	Lang  string `json:"lang,omitempty"`
}

type apiQuestion struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

type apiJoinResponse struct {
	Token      string        `json:"token"`
	Respondent string        `json:"respondent"`
	Questions  []apiQuestion `json:"questions"`
}

type apiAnswersRequest struct {
	Answers map[string]json.RawMessage `json:"answers"`
}

func (s *Server) apiJoin(w http.ResponseWriter, r *http.Request) {
	var req apiJoinRequest
	if !s.decodeJSON(w, r, &req) {
		return
	}
	lang := s.cfg.Lang
	if l, ok := checklist.ParseLang(req.Lang); ok {
		lang = l
	}
	p, token, err := s.join(remoteHost(r), req.Code, req.Name, req.Actor)
	if err != nil {
		s.apiJoinError(w, err)
		return
	}
	resp := apiJoinResponse{Token: token, Respondent: p.joined.respondent, Questions: make([]apiQuestion, len(p.questions))}
	for i, q := range p.questions {
		resp.Questions[i] = apiQuestion{ID: q.ID, Text: q.Q.Text.In(lang)}
	}
	writeJSON(w, http.StatusCreated, resp)
}

func (s *Server) apiJoinError(w http.ResponseWriter, err error) {
	switch {
	case errors.Is(err, errTooMany):
		apiError(w, http.StatusTooManyRequests, err.Error())
	case errors.Is(err, errWrongCode):
		apiError(w, http.StatusForbidden, err.Error())
	case errors.Is(err, errBadName):
		apiError(w, http.StatusBadRequest, err.Error())
	case errors.Is(err, errBadActor):
		apiError(w, http.StatusBadRequest, "unknown actor: expected an actor id of the case file or a kind ("+strings.Join(checklist.ActorKinds, ", ")+")")
	case errors.Is(err, errClosed):
		apiError(w, http.StatusServiceUnavailable, err.Error())
	default:
		s.logf("join: %v", err)
		apiError(w, http.StatusInternalServerError, "could not save: "+err.Error())
	}
}

func (s *Server) apiAnswers(w http.ResponseWriter, r *http.Request) {
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	p := s.participant(strings.TrimSpace(token))
	if !ok || p == nil {
		w.Header().Set("WWW-Authenticate", `Bearer realm="samskab workshop"`)
		apiError(w, http.StatusUnauthorized, "unknown or missing token; join first")
		return
	}
	var req apiAnswersRequest
	if !s.decodeJSON(w, r, &req) {
		return
	}
	answers, problems := parseAPIAnswers(p, req.Answers)
	if len(problems) > 0 {
		writeJSON(w, http.StatusBadRequest, map[string]any{"error": "invalid answers; nothing was saved", "problems": problems})
		return
	}
	if err := s.save(p, answers); err != nil {
		s.apiSaveError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]int{"saved": len(answers)})
}

func (s *Server) apiSaveError(w http.ResponseWriter, err error) {
	if errors.Is(err, errClosed) {
		apiError(w, http.StatusServiceUnavailable, err.Error())
		return
	}
	apiError(w, http.StatusInternalServerError, "could not save: "+err.Error())
}

// parseAPIAnswers checks every entry; one problem refuses them all.
func parseAPIAnswers(p *participant, raw map[string]json.RawMessage) (map[string]answerValue, []string) {
	answers := make(map[string]answerValue, len(raw))
	var problems []string
	for id, v := range raw {
		if !p.asks(id) {
			problems = append(problems, fmt.Sprintf("%q is not one of your questions", clip(id)))
			continue
		}
		a, ok := parseAPIValue(v)
		if !ok {
			problems = append(problems, fmt.Sprintf("%s: %s is not an answer; expected a whole number 0–4, \"na\", \"dk\" or null", id, clip(string(v))))
			continue
		}
		answers[id] = a
	}
	sort.Strings(problems)
	return answers, problems
}

func parseAPIValue(v json.RawMessage) (answerValue, bool) {
	v = bytes.TrimSpace(v)
	switch string(v) {
	case "null":
		return answerValue{Kind: checklist.Unanswered}, true
	case "0", "1", "2", "3", "4":
		return answerValue{Kind: checklist.Scored, Score: int(v[0] - '0')}, true
	case `"na"`:
		return answerValue{Kind: checklist.NotRelevant}, true
	case `"dk"`:
		return answerValue{Kind: checklist.DontKnow}, true
	}
	return answerValue{}, false
}

// parseFormValue reads an answer as the pages send it.
func parseFormValue(v string) (answerValue, bool) {
	switch v {
	case "na", "dk":
		return parseAPIValue(json.RawMessage(`"` + v + `"`))
	}
	return parseAPIValue(json.RawMessage(v))
}

func (p *participant) asks(id string) bool {
	return slices.ContainsFunc(p.questions, func(q question) bool { return q.ID == id })
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// decodeJSON reads one JSON object; it answers 400 or 413 itself.
func (s *Server) decodeJSON(w http.ResponseWriter, r *http.Request, v any) bool {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	err := dec.Decode(v)
	if err == nil && dec.More() {
		err = errors.New("more than one JSON value")
	}
	switch {
	case err == nil:
		return true
	case tooLarge(err):
		apiError(w, http.StatusRequestEntityTooLarge, "the request body is over 64 KiB")
	default:
		apiError(w, http.StatusBadRequest, "invalid JSON: "+err.Error())
	}
	return false
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func apiError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, map[string]string{"error": msg})
}
