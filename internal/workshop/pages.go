package workshop

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"strconv"
	"sync"

	"github.com/samskab/samskab/checklist"
)

//go:embed templates/*.tmpl static/style.css static/live.js
var assets embed.FS

const (
	tokenCookie = "samskab_workshop"
	langCookie  = "samskab_lang"
)

// pageNames are the templates, each rendered inside layout.tmpl.
var pageNames = []string{"bounce", "join", "question", "done", "facilitator", "result", "error"}

// pageTemplates are the parsed pages, parsed on first use (New asks for
// them, so a meeting never starts with a page that does not parse):
// parsing them at package init cost every samskab command, even
// --version, some 3 ms.
var pageTemplates = sync.OnceValues(parsePages)

func parsePages() (map[string]*template.Template, error) {
	out := make(map[string]*template.Template, len(pageNames))
	for _, name := range pageNames {
		t, err := template.New("layout.tmpl").ParseFS(assets,
			"templates/layout.tmpl", "templates/result_part.tmpl", "templates/"+name+".tmpl")
		if err != nil {
			return nil, fmt.Errorf("the workshop page %s: %w", name, err)
		}
		out[name] = t
	}
	return out, nil
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/join", http.StatusSeeOther)
	})
	mux.HandleFunc("GET /join", s.joinPage)
	mux.HandleFunc("POST /join", s.joinSubmit)
	mux.HandleFunc("GET /q/{n}", s.questionPage)
	mux.HandleFunc("POST /q/{n}", s.questionSubmit)
	mux.HandleFunc("GET /done", s.donePage)
	mux.HandleFunc("GET /result", s.resultPage)
	mux.HandleFunc("GET /f/{secret}", s.facilitatorPage)
	mux.HandleFunc("POST /f/{secret}/reveal", s.reveal)
	mux.HandleFunc("GET /static/style.css", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "max-age=3600")
		http.ServeFileFS(w, r, assets, "static/style.css")
	})
	mux.HandleFunc("GET /static/live.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "max-age=3600")
		http.ServeFileFS(w, r, assets, "static/live.js")
	})
	mux.HandleFunc("POST /api/join", s.apiJoin)
	mux.HandleFunc("PUT /api/answers", s.apiAnswers)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusNotFound, msgFor(s, r).NotFound)
	})
	return s.secure(mux)
}

// view is what every page gets; Page holds the page's own data.
type view struct {
	M             *messages
	Lang          checklist.Lang
	OtherLangCode checklist.Lang
	Title         string
	LangURL       string // this page in the other language
	Live          bool   // loads live.js, which refreshes the parts marked data-live
	Page          any
}

// langOf is the page language: ?lang= (remembered in a cookie), else the
// cookie, else the meeting's language.
func (s *Server) langOf(w http.ResponseWriter, r *http.Request) checklist.Lang {
	if l, ok := checklist.ParseLang(r.URL.Query().Get("lang")); ok {
		if w != nil {
			http.SetCookie(w, &http.Cookie{Name: langCookie, Value: string(l), Path: "/", MaxAge: 12 * 3600,
				HttpOnly: true, Secure: s.cfg.TLS, SameSite: http.SameSiteStrictMode})
		}
		return l
	}
	if c, err := r.Cookie(langCookie); err == nil {
		if l, ok := checklist.ParseLang(c.Value); ok {
			return l
		}
	}
	return s.cfg.Lang
}

func msgFor(s *Server, r *http.Request) *messages { return wording(s.langOf(nil, r)) }

func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, live bool, data any) {
	lang := s.langOf(w, r)
	m := wording(lang)
	q := r.URL.Query()
	q.Set("lang", string(otherLang(lang)))
	other := url.URL{Path: r.URL.Path, RawQuery: q.Encode()}
	if title == "" {
		title = m.Title
	}
	var buf bytes.Buffer
	pages, err := pageTemplates()
	if err == nil {
		err = pages[name].Execute(&buf, view{M: m, Lang: lang, OtherLangCode: otherLang(lang), Title: title,
			LangURL: other.String(), Live: live, Page: data})
	}
	if err != nil {
		s.logf("rendering %s: %v", name, err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

type errorView struct {
	Message string
	Link    string
	LinkTxt string
}

// fail answers with an error page, or JSON for the API.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if len(r.URL.Path) >= 5 && r.URL.Path[:5] == "/api/" {
		apiError(w, status, msg)
		return
	}
	m := msgFor(s, r)
	s.render(w, r, status, "error", msg, false, errorView{Message: msg, Link: "/join", LinkTxt: m.StartOver})
}

func (s *Server) current(r *http.Request) *participant {
	c, err := r.Cookie(tokenCookie)
	if err != nil {
		return nil
	}
	return s.participant(c.Value)
}

type option struct {
	Value, Label string
}

type joinView struct {
	Code   string
	Name   string
	Actor  string
	Error  string
	Actors []option
	Kinds  []option
}

// joinPage asks for the code, a name and the party. A browser arriving
// from another site's page does not send the SameSite=Strict cookie, so
// such a visit bounces once through this site, after which a returning
// participant's cookie is sent and they continue where they left off.
// (A link opened from an app, typed or scanned comes with
// Sec-Fetch-Site: none, and the cookie.)
func (s *Server) joinPage(w http.ResponseWriter, r *http.Request) {
	if p := s.current(r); p != nil {
		http.Redirect(w, r, s.resumeURL(p), http.StatusSeeOther)
		return
	}
	q := r.URL.Query()
	if site := r.Header.Get("Sec-Fetch-Site"); q.Get("b") == "" && (site == "cross-site" || site == "same-site") {
		q.Set("b", "1")
		s.render(w, r, http.StatusOK, "bounce", "", false, "/join?"+q.Encode())
		return
	}
	s.renderJoin(w, r, http.StatusOK, joinView{Code: q.Get("code")})
}

func (s *Server) renderJoin(w http.ResponseWriter, r *http.Request, status int, v joinView) {
	lang := s.langOf(w, r)
	v.Actors, v.Kinds = s.partyOptions(lang)
	s.render(w, r, status, "join", "", false, v)
}

// partyOptions lists the file's actors, then the kinds not already an
// actor's id.
func (s *Server) partyOptions(lang checklist.Lang) (actors, kinds []option) {
	c, _ := s.store.snapshot()
	ids := map[string]bool{}
	if c != nil {
		for _, a := range c.Actors {
			ids[a.ID] = true
			label := a.Name
			if label == "" {
				label = a.ID
			}
			if a.Kind != "" && label != kindName(a.Kind, lang) {
				label += " (" + kindName(a.Kind, lang) + ")"
			}
			actors = append(actors, option{a.ID, label})
		}
	}
	for _, k := range checklist.ActorKinds {
		if !ids[k] {
			kinds = append(kinds, option{k, kindName(k, lang)})
		}
	}
	return actors, kinds
}

func (s *Server) joinSubmit(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r) {
		return
	}
	m := wording(s.langOf(w, r))
	v := joinView{Code: r.PostForm.Get("code"), Name: r.PostForm.Get("name"), Actor: r.PostForm.Get("actor")}
	_, token, err := s.join(remoteHost(r), v.Code, v.Name, v.Actor)
	if err != nil {
		status := http.StatusBadRequest
		switch {
		case errors.Is(err, errTooMany):
			status, v.Error, v.Code = http.StatusTooManyRequests, m.TooManyTries, ""
		case errors.Is(err, errWrongCode):
			status, v.Error, v.Code = http.StatusForbidden, m.WrongCode, ""
		case errors.Is(err, errBadName):
			v.Error = m.BadName
		case errors.Is(err, errBadActor):
			v.Error = m.BadParty
		case errors.Is(err, errClosed):
			s.fail(w, r, http.StatusServiceUnavailable, m.Closed)
			return
		default:
			s.logf("join: %v", err)
			status, v.Error = http.StatusInternalServerError, m.SaveFailed
		}
		s.renderJoin(w, r, status, v)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: tokenCookie, Value: token, Path: "/", MaxAge: 12 * 3600,
		HttpOnly: true, Secure: s.cfg.TLS, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/q/1", http.StatusSeeOther)
}

// parseForm reads a posted form; it answers 413 or 400 itself.
func (s *Server) parseForm(w http.ResponseWriter, r *http.Request) bool {
	if err := r.ParseForm(); err != nil {
		if tooLarge(err) {
			s.fail(w, r, http.StatusRequestEntityTooLarge, msgFor(s, r).TooLarge)
		} else {
			s.fail(w, r, http.StatusBadRequest, err.Error())
		}
		return false
	}
	return true
}

func (s *Server) resumeURL(p *participant) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p.done {
		return "/done"
	}
	return "/q/" + strconv.Itoa(p.page)
}

// pageOf finds the participant and the page number in the path; it
// answers itself when either is missing.
func (s *Server) pageOf(w http.ResponseWriter, r *http.Request) (*participant, int, bool) {
	p := s.current(r)
	if p == nil {
		s.fail(w, r, http.StatusUnauthorized, msgFor(s, r).Expired)
		return nil, 0, false
	}
	n, err := strconv.Atoi(r.PathValue("n"))
	if err != nil || n < 1 || n > len(p.pages) {
		s.fail(w, r, http.StatusNotFound, msgFor(s, r).NotFound)
		return nil, 0, false
	}
	return p, n, true
}

type questionView struct {
	Action    string
	Principle string // "Princip 3 af 10"
	Rubric    string
	Title     string
	Summary   string
	Questions []questionField
	First     bool
	Last      bool
}

type questionField struct {
	ID      string
	Number  string // "Spørgsmål 5 af 20"
	Text    string
	Options []answerOption
}

type answerOption struct {
	ID, Value, Label string
	Checked          bool
	Aside            bool // na and dk, set apart from the scale
}

func (s *Server) questionPage(w http.ResponseWriter, r *http.Request) {
	p, n, ok := s.pageOf(w, r)
	if !ok {
		return
	}
	lang := s.langOf(w, r)
	m := wording(lang)
	s.mu.Lock()
	p.page = n
	pg := p.pages[n-1]
	v := questionView{Action: "/q/" + strconv.Itoa(n), Principle: fmt.Sprintf(m.PrincipleOf, n, len(p.pages)),
		Rubric: pg.Rubric.Title.In(lang), Title: pg.Item.Title.In(lang), Summary: pg.Item.Summary.In(lang),
		First: n == 1, Last: n == len(p.pages)}
	for i, q := range pg.Questions {
		f := questionField{ID: q.ID, Number: fmt.Sprintf(m.QuestionOf, pg.First+i, len(p.questions)), Text: q.Q.Text.In(lang)}
		current, answered := p.answers[q.ID]
		for _, sl := range scaleLabels {
			v, _ := parseFormValue(sl.Value)
			f.Options = append(f.Options, answerOption{ID: q.ID + "-" + sl.Value, Value: sl.Value,
				Label: scaleLabel(sl.Value, sl.Label.In(lang)), Checked: answered && current.Kind == v.Kind && current.Score == v.Score,
				Aside: sl.Value == "na" || sl.Value == "dk"})
		}
		v.Questions = append(v.Questions, f)
	}
	s.mu.Unlock()
	s.render(w, r, http.StatusOK, "question", v.Principle+" – "+v.Title, false, v)
}

// scaleLabel puts the number in front of a scale step's words.
func scaleLabel(value, label string) string {
	if value == "na" || value == "dk" {
		return label
	}
	return value + " – " + label
}

func (s *Server) questionSubmit(w http.ResponseWriter, r *http.Request) {
	p, n, ok := s.pageOf(w, r)
	if !ok || !s.parseForm(w, r) {
		return
	}
	m := msgFor(s, r)
	answers := map[string]answerValue{}
	for _, q := range p.pages[n-1].Questions {
		raw := r.PostForm.Get(q.ID)
		if raw == "" {
			continue
		}
		v, ok := parseFormValue(raw)
		if !ok {
			s.fail(w, r, http.StatusBadRequest, m.BadAnswer)
			return
		}
		answers[q.ID] = v
	}
	if err := s.save(p, answers); err != nil {
		status := http.StatusInternalServerError
		msg := m.SaveFailed
		if errors.Is(err, errClosed) {
			status, msg = http.StatusServiceUnavailable, m.Closed
		}
		s.fail(w, r, status, msg)
		return
	}
	next := "/q/" + strconv.Itoa(n+1)
	switch {
	case r.PostForm.Get("go") == "back" && n > 1:
		next = "/q/" + strconv.Itoa(n-1)
	case r.PostForm.Get("go") == "back":
		next = "/q/1"
	case n == len(p.pages):
		next = "/done"
	}
	s.mu.Lock()
	finished := next == "/done" && !p.done
	if next == "/done" {
		p.done = true
	} else {
		p.page, _ = strconv.Atoi(next[len("/q/"):])
	}
	if finished {
		s.changedLocked()
	}
	s.mu.Unlock()
	if finished {
		s.saveState()
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

type doneView struct {
	Answered string
	Revealed bool
	Last     string
}

func (s *Server) donePage(w http.ResponseWriter, r *http.Request) {
	p := s.current(r)
	if p == nil {
		s.fail(w, r, http.StatusUnauthorized, msgFor(s, r).Expired)
		return
	}
	m := wording(s.langOf(w, r))
	s.mu.Lock()
	v := doneView{Answered: fmt.Sprintf(m.AnsweredOf, answeredCount(p), len(p.questions)),
		Revealed: s.revealed, Last: "/q/" + strconv.Itoa(len(p.pages))}
	s.mu.Unlock()
	// Live until the reveal: the link to the result then appears by itself.
	s.render(w, r, http.StatusOK, "done", m.DoneHeading, !v.Revealed, v)
}

// answeredCount counts the questions answered with a value, na or dk.
func answeredCount(p *participant) int {
	n := 0
	for _, v := range p.answers {
		if v.Kind != checklist.Unanswered {
			n++
		}
	}
	return n
}

func (s *Server) resultPage(w http.ResponseWriter, r *http.Request) {
	m := msgFor(s, r)
	if s.current(r) == nil {
		s.fail(w, r, http.StatusUnauthorized, m.Expired)
		return
	}
	if !s.isRevealed() {
		s.fail(w, r, http.StatusForbidden, m.WaitResult)
		return
	}
	lang := s.langOf(w, r)
	s.render(w, r, http.StatusOK, "result", wording(lang).ResultHeading, false, s.resultView(lang))
}

func (s *Server) facilitatorPage(w http.ResponseWriter, r *http.Request) {
	if !sameSecret(r.PathValue("secret"), s.facSecret) {
		s.fail(w, r, http.StatusNotFound, msgFor(s, r).NotFound)
		return
	}
	lang := s.langOf(w, r)
	v := s.facilitatorView(lang)
	s.render(w, r, http.StatusOK, "facilitator", wording(lang).Facilitator, true, v)
}

func (s *Server) reveal(w http.ResponseWriter, r *http.Request) {
	if !sameSecret(r.PathValue("secret"), s.facSecret) {
		s.fail(w, r, http.StatusNotFound, msgFor(s, r).NotFound)
		return
	}
	s.mu.Lock()
	s.revealed = true
	s.mu.Unlock()
	http.Redirect(w, r, s.FacilitatorPath(), http.StatusSeeOther)
}
