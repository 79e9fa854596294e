package workshop

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/cookiejar"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
)

var (
	catOnce sync.Once
	cat     *checklist.Catalog
	catErr  error
)

func testCatalog(t testing.TB) *checklist.Catalog {
	t.Helper()
	catOnce.Do(func() { cat, catErr = yamlfile.LoadCatalog(yamlfile.LoadOptions{}) })
	if catErr != nil {
		t.Fatal(catErr)
	}
	return cat
}

// smallCase is a case file scoped to one rubric (8 questions), with two
// actors and one earlier response, and comments that must survive.
const smallCase = `# Workshop test case – comments stay.
samskab: 1
project:
  name: Gå-venner i Havdrup
rubrics: [vaeksthus]
actors:
  - id: kommune
    name: Solrød Kommune
    kind: municipality
  # a comment among the actors
  - id: venner
    name: Besøgsvennerne
    kind: volunteers
responses:
  - respondent: Mette
    actor: kommune
    answers:
      vfl-c1.q1: 3 # before the meeting
`

func writeCase(t testing.TB, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "plan.yaml")
	if content != "" {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// testServer is a meeting on a real loopback listener.
type testServer struct {
	*Server
	URL  string
	stop func()
}

func startServer(t testing.TB, cfg Config) *testServer {
	t.Helper()
	if cfg.Catalog == nil {
		cfg.Catalog = testCatalog(t)
	}
	if cfg.Now == nil {
		cfg.Now = func() time.Time { return time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC) }
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln, "", "") }()
	var once sync.Once
	ts := &testServer{Server: s, URL: "http://" + ln.Addr().String()}
	ts.stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Serve: %v", err)
			}
		})
	}
	t.Cleanup(ts.stop)
	return ts
}

type joinResult struct {
	status int
	body   apiJoinResponse
	raw    string
}

func apiJoinAs(t testing.TB, base, code, name, actor string) joinResult {
	t.Helper()
	body, _ := json.Marshal(apiJoinRequest{Code: code, Name: name, Actor: actor})
	resp, err := http.Post(base+"/api/join", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var jr joinResult
	jr.status, jr.raw = resp.StatusCode, string(raw)
	if resp.StatusCode == http.StatusCreated {
		if err := json.Unmarshal(raw, &jr.body); err != nil {
			t.Fatalf("join response %s: %v", raw, err)
		}
	}
	return jr
}

func mustJoin(t testing.TB, ts *testServer, name, actor string) apiJoinResponse {
	t.Helper()
	jr := apiJoinAs(t, ts.URL, ts.Code(), name, actor)
	if jr.status != http.StatusCreated {
		t.Fatalf("join: %d %s", jr.status, jr.raw)
	}
	return jr.body
}

// putAnswers sends answers as JSON text and returns the status and body.
func putAnswers(t testing.TB, base, token, answers string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPut, base+"/api/answers", strings.NewReader(`{"answers":`+answers+`}`))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(raw)
}

// readBack parses the case file as `samskab score` would.
func readBack(t testing.TB, path string) *checklist.Case {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := yamlfile.ParseCase(path, data, testCatalog(t))
	if err != nil {
		t.Fatalf("the file does not parse: %v\n%s", err, data)
	}
	return c
}

// answersOf lists a response's answers as "id=value".
func answersOf(c *checklist.Case, respondent string) map[string]string {
	for _, r := range c.Responses {
		if r.Respondent != respondent {
			continue
		}
		out := map[string]string{}
		for _, a := range r.Answers {
			out[a.QuestionID()] = checklist.AnswerValue{Kind: a.Kind, Score: a.Score}.Text()
		}
		return out
	}
	return nil
}

// browserClient is a participant with a cookie jar that does not follow
// redirects, so each step can be checked.
func browserClient(t testing.TB) *http.Client {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// waitUntil polls cond; the bound only turns a hang into a failure.
func waitUntil(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		runtime.Gosched()
		time.Sleep(time.Millisecond)
	}
}
