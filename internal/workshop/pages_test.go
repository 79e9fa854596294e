package workshop

import (
	"errors"
	"io"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"testing"
)

// visit does one request as a browser on this site would and returns the
// status, the Location header and the body.
func visit(t *testing.T, c *http.Client, method, u string, form url.Values) (int, string, string) {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		pu, _ := url.Parse(u)
		req.Header.Set("Origin", pu.Scheme+"://"+pu.Host)
	}
	req.Header.Set("Sec-Fetch-Site", "same-origin")
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Location"), string(raw)
}

func wantPage(t *testing.T, status int, got int, body string, contains ...string) {
	t.Helper()
	if got != status {
		t.Fatalf("status %d, want %d:\n%s", got, status, body)
	}
	for _, c := range contains {
		if !strings.Contains(body, c) {
			t.Errorf("page lacks %q:\n%s", c, body)
		}
	}
}

func TestPagesJoinAnswerResumeChange(t *testing.T) {
	path := writeCase(t, strings.Replace(smallCase, "name: Besøgsvennerne", `name: "<b>Besøgsvennerne</b>"`, 1))
	ts := startServer(t, Config{File: path})
	c := browserClient(t)

	// A first visit from another app bounces once through the site, so the
	// SameSite=Strict cookie is sent from then on.
	req, _ := http.NewRequest(http.MethodGet, ts.URL+ts.JoinPath(), nil)
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	wantPage(t, 200, resp.StatusCode, string(raw), `http-equiv="refresh"`, "/join?b=1&amp;code="+ts.Code())

	status, _, body := visit(t, c, "GET", ts.URL+"/join?b=1&code="+ts.Code(), nil)
	wantPage(t, 200, status, body, `lang="da"`, `value="`+ts.Code()+`"`, "Solrød Kommune (Kommunen)",
		"&lt;b&gt;Besøgsvennerne&lt;/b&gt;", "Borgere", `<legend>Hvem svarer I for?</legend>`)

	status, loc, _ := visit(t, c, "POST", ts.URL+"/join", url.Values{"code": {ts.Code()}, "name": {"Karen"}, "actor": {"venner"}})
	if status != http.StatusSeeOther || loc != "/q/1" {
		t.Fatalf("join: %d → %q", status, loc)
	}
	u, _ := url.Parse(ts.URL)
	cookies := c.Jar.Cookies(u)
	if len(cookies) != 1 || cookies[0].Name != tokenCookie {
		t.Fatalf("cookies: %v", cookies)
	}

	status, _, body = visit(t, c, "GET", ts.URL+"/q/1", nil)
	wantPage(t, 200, status, body, "Princip 1 af 4", "Spørgsmål 1 af 8", "Spørgsmål 2 af 8",
		`<fieldset class="question">`, `name="vfl-c1.q1" value="dk"`, "Ved ikke", "Ikke relevant", "4 – Helt enig")
	if strings.Contains(body, `value="back"`) {
		t.Error("the first page offers Back")
	}

	status, loc, _ = visit(t, c, "POST", ts.URL+"/q/1", url.Values{"vfl-c1.q1": {"4"}, "vfl-c1.q2": {"dk"}, "go": {"next"}})
	if status != http.StatusSeeOther || loc != "/q/2" {
		t.Fatalf("next: %d → %q", status, loc)
	}
	status, loc, _ = visit(t, c, "POST", ts.URL+"/q/2", url.Values{"vfl-c2.q1": {"na"}, "go": {"back"}})
	if status != http.StatusSeeOther || loc != "/q/1" {
		t.Fatalf("back: %d → %q", status, loc)
	}
	status, _, body = visit(t, c, "GET", ts.URL+"/q/1", nil)
	wantPage(t, 200, status, body, `name="vfl-c1.q1" value="4" checked`, `name="vfl-c1.q2" value="dk" checked`)

	// Change an answer, then an invalid one is refused and saves nothing.
	visit(t, c, "POST", ts.URL+"/q/1", url.Values{"vfl-c1.q1": {"1"}, "go": {"next"}})
	status, _, _ = visit(t, c, "POST", ts.URL+"/q/2", url.Values{"vfl-c2.q1": {"2"}, "vfl-c2.q2": {"7"}, "go": {"next"}})
	if status != http.StatusBadRequest {
		t.Errorf("invalid answer: %d, want 400", status)
	}
	want := map[string]string{"vfl-c1.q1": "1", "vfl-c1.q2": "dk", "vfl-c2.q1": "na"}
	if got := answersOf(readBack(t, path), "Karen"); !reflect.DeepEqual(got, want) {
		t.Fatalf("file holds %v, want %v", got, want)
	}

	// Opening the link again (same cookie, new client) continues where Karen was.
	c2 := browserClient(t)
	c2.Jar.SetCookies(u, cookies)
	status, loc, _ = visit(t, c2, "GET", ts.URL+"/join?b=1&code="+ts.Code(), nil)
	if status != http.StatusSeeOther || loc != "/q/2" {
		t.Fatalf("resume: %d → %q", status, loc)
	}

	// English on request, remembered.
	status, _, body = visit(t, c2, "GET", ts.URL+"/q/4?lang=en", nil)
	wantPage(t, 200, status, body, `lang="en"`, "Principle 4 of 4", "Question 7 of 8", "Don&#39;t know", "Finish")
	status, loc, _ = visit(t, c2, "POST", ts.URL+"/q/4", url.Values{"vfl-c4.q2": {"3"}, "go": {"next"}})
	if status != http.StatusSeeOther || loc != "/done" {
		t.Fatalf("finish: %d → %q", status, loc)
	}
	status, _, body = visit(t, c2, "GET", ts.URL+"/done", nil)
	wantPage(t, 200, status, body, "4 of 8 questions answered.", "The result appears when")

	// Without the cookie there is no way in.
	status, _, _ = visit(t, browserClient(t), "GET", ts.URL+"/q/1", nil)
	if status != http.StatusUnauthorized {
		t.Errorf("no cookie: %d, want 401", status)
	}
	status, _, _ = visit(t, c, "GET", ts.URL+"/q/9", nil)
	if status != http.StatusNotFound {
		t.Errorf("page 9 of 4: %d, want 404", status)
	}
}

func TestCookieFlags(t *testing.T) {
	ts := startServer(t, Config{File: writeCase(t, smallCase)})
	form := url.Values{"code": {ts.Code()}, "actor": {"kommune"}}
	req, _ := http.NewRequest(http.MethodPost, ts.URL+"/join", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	sc := resp.Header.Get("Set-Cookie")
	for _, want := range []string{tokenCookie + "=", "HttpOnly", "SameSite=Strict", "Path=/"} {
		if !strings.Contains(sc, want) {
			t.Errorf("Set-Cookie %q lacks %q", sc, want)
		}
	}
}

func TestFacilitatorSeesProgressThenReveals(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	a := mustJoin(t, ts, "Karen Hemmelig", "kommune")
	b := mustJoin(t, ts, "Ole Hemmelig", "citizens")
	// The municipality is asked the lead's 4 questions, citizens 8.
	for _, put := range []struct{ token, answers string }{
		{a.Token, `{"vfl-c1.q1": 4, "vfl-c2.q1": 4}`},
		{b.Token, `{"vfl-c1.q1": 0, "vfl-c1.q2": 1, "vfl-c2.q1": 3, "vfl-c2.q2": 2}`},
	} {
		if status, body := putAnswers(t, ts.URL, put.token, put.answers); status != http.StatusOK {
			t.Fatalf("answers: %d %s", status, body)
		}
	}
	fac := browserClient(t)
	status, _, body := visit(t, fac, "GET", ts.URL+ts.FacilitatorPath(), nil)
	wantPage(t, 200, status, body, "Solrød Kommune", "Borgere", "50 %", "Vis resultatet", "3 besvarelser i plan.yaml")
	for _, secret := range []string{"Hemmelig", "Karen", "Ole"} {
		if strings.Contains(body, secret) {
			t.Errorf("the facilitator page shows %q", secret)
		}
	}

	// A participant waits for the reveal.
	pc := browserClient(t)
	u, _ := url.Parse(ts.URL)
	pc.Jar.SetCookies(u, []*http.Cookie{{Name: tokenCookie, Value: b.Token}})
	status, _, _ = visit(t, pc, "GET", ts.URL+"/result", nil)
	if status != http.StatusForbidden {
		t.Errorf("result before the reveal: %d, want 403", status)
	}

	status, loc, _ := visit(t, fac, "POST", ts.URL+ts.FacilitatorPath()+"/reveal", url.Values{})
	if status != http.StatusSeeOther || loc != ts.FacilitatorPath() {
		t.Fatalf("reveal: %d → %q", status, loc)
	}
	// Mette answered vfl-c1.q1 3 before; Karen 4, Ole 0/1 on vfl-c1:
	// s = 3, 4, 0.5 → spread 3.5. Municipality (Mette, Karen) vfl-c1 =
	// (3 + 4)/2 = 3.5; citizens 0.5: a parties gap of 3.0.
	status, _, body = visit(t, fac, "GET", ts.URL+ts.FacilitatorPath(), nil)
	wantPage(t, 200, status, body, "Det fælles resultat", "Her er I mest uenige", "3.5", "Resultat for hver part",
		"Kommunen", "Borgere", "Her ser parterne forskelligt på projektet", "Kommunen 3.5")
	status, _, body = visit(t, pc, "GET", ts.URL+"/result", nil)
	wantPage(t, 200, status, body, "Det fælles resultat", "Resultat for hver part")
	status, _, body = visit(t, pc, "GET", ts.URL+"/done", nil)
	wantPage(t, 200, status, body, `href="/result"`)
}

func TestNewFileAnonymous(t *testing.T) {
	path := writeCase(t, "")
	if _, err := New(Config{File: path, Catalog: testCatalog(t)}); !errors.As(err, new(*UsageError)) {
		t.Fatalf("no file and no project: %v, want a usage error", err)
	}
	if _, err := New(Config{File: path, Catalog: testCatalog(t), Project: "X", Scope: []string{"nope"}}); !errors.As(err, new(*UsageError)) {
		t.Fatalf("unknown rubric: %v, want a usage error", err)
	}
	ts := startServer(t, Config{File: path, Project: "Nyt projekt", Scope: []string{"vaeksthus"}, Anonymous: true})
	if status, body := putAnswers(t, ts.URL, "x", `{}`); status != http.StatusUnauthorized {
		t.Fatalf("%d %s", status, body)
	}
	var names []string
	for _, p := range [][2]string{{"Karen", "citizens"}, {"Ole", "citizens"}, {"", "business"}} {
		j := mustJoin(t, ts, p[0], p[1])
		names = append(names, j.Respondent)
		putAnswers(t, ts.URL, j.Token, `{"vfl-c2.q2": 2}`)
	}
	if want := []string{"citizens 1", "citizens 2", "business 1"}; !reflect.DeepEqual(names, want) {
		t.Errorf("respondents %v, want %v", names, want)
	}
	c := readBack(t, path)
	if c.Project.Name != "Nyt projekt" || !reflect.DeepEqual(c.Scope, []string{"vaeksthus"}) || len(c.Responses) != 3 || len(c.Actors) != 2 {
		t.Errorf("new file: %+v", c)
	}
	for _, r := range c.Responses {
		if strings.Contains(r.Respondent, "Karen") || strings.Contains(r.Respondent, "Ole") || len(r.Answers) != 1 {
			t.Errorf("response %+v", r)
		}
	}
}

func TestRestartKeepsEarlierResponses(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	a := mustJoin(t, ts, "", "venner")
	putAnswers(t, ts.URL, a.Token, `{"vfl-c1.q1": 2}`)
	m := mustJoin(t, ts, "Mette", "kommune") // a name already in the file
	ts.stop()
	if a.Respondent != "Deltager 2" || m.Respondent != "Mette 2" {
		t.Errorf("respondents %q, %q; want Deltager 2 and Mette 2", a.Respondent, m.Respondent)
	}

	ts2 := startServer(t, Config{File: path})
	if ts2.Code() != ts.Code() || ts2.Resumed() != 2 || ts2.Joined() != 2 {
		t.Errorf("after restart: code %s (was %s), %d resumed, %d joined; want the same code and 2, 2",
			ts2.Code(), ts.Code(), ts2.Resumed(), ts2.Joined())
	}
	b := mustJoin(t, ts2, "", "venner")
	putAnswers(t, ts2.URL, b.Token, `{"vfl-c1.q1": 4}`)
	if b.Respondent != "Deltager 4" {
		t.Errorf("after restart: %q, want Deltager 4", b.Respondent)
	}
	c := readBack(t, path)
	if len(c.Responses) != 4 || answersOf(c, "Mette")["vfl-c1.q1"] != "3" ||
		answersOf(c, "Deltager 2")["vfl-c1.q1"] != "2" || answersOf(c, "Deltager 4")["vfl-c1.q1"] != "4" {
		t.Errorf("responses after restart: %+v", c.Responses)
	}
	// The meeting goes on: the earlier token still answers in its own response.
	if status, body := putAnswers(t, ts2.URL, a.Token, `{"vfl-c1.q1": 0, "vfl-c2.q1": 1}`); status != http.StatusOK {
		t.Fatalf("earlier token after restart: %d %s", status, body)
	}
	c = readBack(t, path)
	if len(c.Responses) != 4 || !reflect.DeepEqual(answersOf(c, "Deltager 2"), map[string]string{"vfl-c1.q1": "0", "vfl-c2.q1": "1"}) {
		t.Errorf("responses after the earlier token answered again: %+v", c.Responses)
	}
}

// TestPagesParse parses every page as New does on first use, so a
// template that does not parse fails here, not at a meeting.
func TestPagesParse(t *testing.T) {
	pages, err := parsePages()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range pageNames {
		if pages[name] == nil || pages[name].Lookup("content") == nil {
			t.Errorf("page %s has no content template", name)
		}
	}
}
