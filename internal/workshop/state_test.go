package workshop

import (
	"bytes"
	"encoding/hex"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/samskab/samskab/checklist/yamlfile"
)

// TestRestartContinuesWithTheCookie: a phone that joined through the pages
// goes on after the facilitator restarts the server on the same file, with
// the same cookie: back to its first open page, its answers shown, new
// answers in its own response, and "done" remembered.
func TestRestartContinuesWithTheCookie(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	phone := browserClient(t)
	status, loc, _ := visit(t, phone, "POST", ts.URL+"/join", url.Values{"code": {ts.Code()}, "name": {"Karen"}, "actor": {"venner"}})
	if status != http.StatusSeeOther || loc != "/q/1" {
		t.Fatalf("join: %d → %q", status, loc)
	}
	visit(t, phone, "POST", ts.URL+"/q/1", url.Values{"vfl-c1.q1": {"4"}, "vfl-c1.q2": {"dk"}, "go": {"next"}})
	visit(t, phone, "POST", ts.URL+"/q/2", url.Values{"vfl-c2.q1": {"2"}, "go": {"next"}})
	code := ts.Code()
	ts.stop()

	u, _ := url.Parse(ts.URL)
	token := phone.Jar.Cookies(u)[0].Value
	checkStateFile(t, path, token)

	ts2 := startServer(t, Config{File: path})
	if ts2.Code() != code || ts2.Resumed() != 1 {
		t.Fatalf("after restart: code %s (was %s), %d resumed", ts2.Code(), code, ts2.Resumed())
	}
	// A new port is a new origin for the client, not for the cookie: cookies
	// belong to the host. Answer vfl-c2.q2, which page 2 left open.
	status, loc, _ = visit(t, phone, "GET", ts2.URL+"/join?code="+code, nil)
	if status != http.StatusSeeOther || loc != "/q/2" {
		t.Fatalf("rejoin: %d → %q, want the first open page /q/2", status, loc)
	}
	status, _, body := visit(t, phone, "GET", ts2.URL+"/q/1", nil)
	wantPage(t, 200, status, body, `name="vfl-c1.q1" value="4" checked`, `name="vfl-c1.q2" value="dk" checked`)
	for n, form := range []url.Values{
		{"vfl-c2.q2": {"3"}, "go": {"next"}},
		{"vfl-c3.q1": {"na"}, "go": {"next"}},
		{"vfl-c4.q1": {"1"}, "go": {"next"}},
	} {
		page := ts2.URL + "/q/" + strconv.Itoa(n+2)
		if status, _, body := visit(t, phone, "POST", page, form); status != http.StatusSeeOther {
			t.Fatalf("%s: %d %s", page, status, body)
		}
	}
	want := map[string]string{"vfl-c1.q1": "4", "vfl-c1.q2": "dk", "vfl-c2.q1": "2", "vfl-c2.q2": "3", "vfl-c3.q1": "na", "vfl-c4.q1": "1"}
	c := readBack(t, path)
	if got := answersOf(c, "Karen"); len(c.Responses) != 2 || !reflect.DeepEqual(got, want) {
		t.Fatalf("after restart: %d responses, Karen's %v; want 2 and %v", len(c.Responses), got, want)
	}
	ts2.stop()

	// Finished before the second restart: the phone lands on the done page.
	ts3 := startServer(t, Config{File: path})
	status, loc, _ = visit(t, phone, "GET", ts3.URL+"/join", nil)
	if status != http.StatusSeeOther || loc != "/done" {
		t.Fatalf("rejoin after finishing: %d → %q, want /done", status, loc)
	}
	status, _, body = visit(t, phone, "GET", ts3.URL+"/done", nil)
	wantPage(t, 200, status, body, "6 af 8 spørgsmål er besvaret.")
}

// checkStateFile: the state file is private and holds the token's hash,
// never the token.
func checkStateFile(t *testing.T, casePath, token string) {
	t.Helper()
	sp := filepath.Join(filepath.Dir(casePath), ".plan.yaml.workshop")
	info, err := os.Stat(sp)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("state file mode %v, want 0600", info.Mode().Perm())
	}
	data, _ := os.ReadFile(sp)
	h := hashToken(token)
	if bytes.Contains(data, []byte(token)) || !bytes.Contains(data, []byte(hex.EncodeToString(h[:]))) {
		t.Errorf("the state file must hold the token's hash, not the token:\n%s", data)
	}
}

// TestRestartRefusesOtherTokens: a token of another case file's meeting,
// or of a meeting on this file that ended more than 12 hours ago, does not
// get in.
func TestRestartRefusesOtherTokens(t *testing.T) {
	path := writeCase(t, smallCase)
	other := filepath.Join(filepath.Dir(path), "andet.yaml")
	if err := os.WriteFile(other, []byte(smallCase), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	at := func(d time.Duration) func() time.Time { return func() time.Time { return start.Add(d) } }

	a := startServer(t, Config{File: path, Now: at(0)})
	ja := mustJoin(t, a, "Ida", "venner")
	b := startServer(t, Config{File: other, Now: at(0)})
	jb := mustJoin(t, b, "Bo", "venner")
	a.stop()
	b.stop()

	a2 := startServer(t, Config{File: path, Now: at(11 * time.Hour)})
	if status, body := putAnswers(t, a2.URL, jb.Token, `{"vfl-c1.q1": 1}`); status != http.StatusUnauthorized {
		t.Errorf("the other file's token: %d %s, want 401", status, body)
	}
	if status, body := putAnswers(t, a2.URL, ja.Token, `{"vfl-c1.q1": 2}`); status != http.StatusOK {
		t.Errorf("this file's token 11 hours on: %d %s, want 200", status, body)
	}
	a2.stop()

	// The 11-hour run's start refreshed the state; 12 hours after it is too late.
	a3 := startServer(t, Config{File: path, Now: at(23*time.Hour + time.Minute)})
	if a3.Resumed() != 0 {
		t.Errorf("a stale meeting was resumed with %d participants", a3.Resumed())
	}
	if status, body := putAnswers(t, a3.URL, ja.Token, `{"vfl-c1.q1": 3}`); status != http.StatusUnauthorized {
		t.Errorf("a token of a meeting over 12 hours ago: %d %s, want 401", status, body)
	}
	if got := answersOf(readBack(t, path), "Ida")["vfl-c1.q1"]; got != "2" {
		t.Errorf("Ida's answer is %q, want 2", got)
	}
}

// TestNewMeeting: --new on a file whose meeting could go on starts a new
// one: another code, the earlier phones refused, the answers in the file
// untouched; and it is this new meeting that a later restart continues.
func TestNewMeeting(t *testing.T) {
	path := writeCase(t, smallCase)
	first := startServer(t, Config{File: path})
	ida := mustJoin(t, first, "Ida", "venner")
	answer(t, first, ida.Token, `{"vfl-c1.q1": 4}`)
	first.stop()
	before, _ := os.ReadFile(path)

	second := startServer(t, Config{File: path, NewMeeting: true})
	if second.Code() == first.Code() || second.Continued() || second.Resumed() != 0 {
		t.Errorf("--new: code %s (was %s), continued %v, %d resumed", second.Code(), first.Code(), second.Continued(), second.Resumed())
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
		t.Errorf("--new changed the case file:\n%s", after)
	}
	if status, body := putAnswers(t, second.URL, ida.Token, `{"vfl-c1.q2": 1}`); status != http.StatusUnauthorized {
		t.Errorf("a token of the earlier meeting: %d %s, want 401", status, body)
	}
	if jr := apiJoinAs(t, second.URL, first.Code(), "Bo", "venner"); jr.status != http.StatusForbidden {
		t.Errorf("the earlier code: %d %s, want 403", jr.status, jr.raw)
	}
	bo := mustJoin(t, second, "Bo", "venner")
	second.stop()

	third := startServer(t, Config{File: path})
	if third.Code() != second.Code() || !third.Continued() || third.Resumed() != 1 {
		t.Errorf("restart after --new: code %s (want %s), continued %v, %d resumed", third.Code(), second.Code(), third.Continued(), third.Resumed())
	}
	answer(t, third, bo.Token, `{"vfl-c1.q2": 3}`)
	c := readBack(t, path)
	if got := answersOf(c, "Ida"); len(got) != 1 || got["vfl-c1.q1"] != "4" {
		t.Errorf("Ida's earlier answers: %v", got)
	}
	if got := answersOf(c, "Bo")["vfl-c1.q2"]; got != "3" {
		t.Errorf("Bo's answer after the restart: %q", got)
	}
}

// TestRestartAfterTheFileWasEdited: a response that is no longer where the
// state says, or no longer the same respondent's, is not taken back, so
// answers never land in someone else's response.
func TestRestartAfterTheFileWasEdited(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	ida := mustJoin(t, ts, "Ida", "venner")
	bo := mustJoin(t, ts, "Bo", "kommune")
	ts.stop()
	data, _ := os.ReadFile(path)
	edited := strings.Replace(string(data), "respondent: Ida", "respondent: Ingrid", 1)
	if edited == string(data) {
		t.Fatalf("no Ida in the file:\n%s", data)
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	ts2 := startServer(t, Config{File: path, ErrorLog: &log})
	if status, _ := putAnswers(t, ts2.URL, ida.Token, `{"vfl-c1.q1": 1}`); status != http.StatusUnauthorized {
		t.Errorf("a token whose response was renamed: %d, want 401", status)
	}
	if status, body := putAnswers(t, ts2.URL, bo.Token, `{"vfl-c1.q1": 4}`); status != http.StatusOK {
		t.Errorf("Bo: %d %s", status, body)
	}
	ts2.stop()
	if !strings.Contains(log.String(), `participant "Ida" cannot continue: response number 2 is no longer theirs`) {
		t.Errorf("log: %q", log.String())
	}
	c := readBack(t, path)
	if answersOf(c, "Ingrid") == nil || len(answersOf(c, "Ingrid")) != 0 || answersOf(c, "Bo")["vfl-c1.q1"] != "4" {
		t.Errorf("responses: %+v", c.Responses)
	}
}

// TestStateWriteFailureKeepsTheMeeting: when the state file cannot be
// written, people still join and answer; the problem is logged.
func TestStateWriteFailureKeepsTheMeeting(t *testing.T) {
	path := writeCase(t, smallCase)
	if err := os.Mkdir(statePath(path), 0o755); err != nil { // a folder where the state goes
		t.Fatal(err)
	}
	var log bytes.Buffer
	ts := startServer(t, Config{File: path, ErrorLog: &log})
	j := mustJoin(t, ts, "Ida", "venner")
	if status, body := putAnswers(t, ts.URL, j.Token, `{"vfl-c1.q1": 1}`); status != http.StatusOK {
		t.Fatalf("%d %s", status, body)
	}
	ts.stop()
	if !strings.Contains(log.String(), "saving the meeting state") {
		t.Errorf("log: %q", log.String())
	}
	if answersOf(readBack(t, path), "Ida")["vfl-c1.q1"] != "1" {
		t.Error("the answer is missing")
	}
}

func TestParseState(t *testing.T) {
	const hash = "0000000000000000000000000000000000000000000000000000000000000000"
	good := `{"samskab_workshop":1,"file":"plan.yaml","code":"012345","updated":"2026-12-02T10:00:00Z",
		"participants":[{"token_sha256":"` + hash + `","response":1,"respondent":"Ida","actor":"venner","done":true}]}`
	st, err := parseState([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	want := meetingState{Format: 1, File: "plan.yaml", Code: "012345", Updated: time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC),
		Participants: []stateEntry{{TokenSHA256: hash, Response: 1, Respondent: "Ida", Actor: "venner", Done: true}}}
	if !reflect.DeepEqual(*st, want) {
		t.Errorf("parsed %+v, want %+v", *st, want)
	}
	for _, bad := range []struct{ name, data string }{
		{"empty", ""},
		{"not JSON", "code: 123456"},
		{"other format", strings.Replace(good, `"samskab_workshop":1`, `"samskab_workshop":2`, 1)},
		{"short code", strings.Replace(good, `"012345"`, `"12345"`, 1)},
		{"letters in the code", strings.Replace(good, `"012345"`, `"01234a"`, 1)},
		{"unknown key", strings.Replace(good, `"file"`, `"secret":"x","file"`, 1)},
		{"two values", good + good},
	} {
		if _, err := parseState([]byte(bad.data)); err == nil {
			t.Errorf("%s: accepted", bad.name)
		}
	}
}

// FuzzState feeds the state reader anything: it never panics, and an
// entry it takes back points at a response of the case file, with the
// respondent it names.
func FuzzState(f *testing.F) {
	const hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
	f.Add(`{"samskab_workshop":1,"file":"plan.yaml","code":"012345","updated":"2026-12-02T10:00:00Z",` +
		`"participants":[{"token_sha256":"` + hash + `","response":0,"respondent":"Mette","actor":"kommune"}]}`)
	f.Add(`{"samskab_workshop":1,"code":"999999","participants":[{"token_sha256":"zz","response":-1}]}`)
	f.Add(`{"samskab_workshop":1,"code":"999999","participants":[{"token_sha256":"` + hash + hash + `","response":7}]}`)
	c, err := yamlfile.ParseCase("plan.yaml", []byte(smallCase), testCatalog(f))
	if err != nil {
		f.Fatal(err)
	}
	s := &Server{cfg: Config{Catalog: testCatalog(f)}, scope: c.Scope}
	f.Fuzz(func(t *testing.T, data string) {
		st, err := parseState([]byte(data))
		if err != nil {
			return
		}
		if !validCode(st.Code) {
			t.Fatalf("accepted the code %q", st.Code)
		}
		for _, e := range st.Participants {
			p, err := s.restore(c, e)
			if err != nil {
				continue
			}
			if r := c.Responses[p.joined.index]; r.Respondent != e.Respondent || r.Actor != e.Actor {
				t.Fatalf("took back %+v as response %d, %+v", e, p.joined.index, r)
			}
		}
	})
}

// The state file sits beside the case file, hidden, named after it.
func TestStatePath(t *testing.T) {
	for in, want := range map[string]string{
		"plan.yaml":               ".plan.yaml.workshop",
		"sager/2026/plan.yaml":    "sager/2026/.plan.yaml.workshop",
		"/tmp/møde/Gå-venner.yml": "/tmp/møde/.Gå-venner.yml.workshop",
	} {
		if got := statePath(in); got != filepath.FromSlash(want) {
			t.Errorf("statePath(%q) = %q, want %q", in, got, want)
		}
	}
}
