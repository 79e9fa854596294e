package workshop

import (
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
)

func TestJoinAndAnswerOverTheAPI(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	j := mustJoin(t, ts, "Ole", "venner")
	if j.Respondent != "Ole" || len(j.Questions) != 8 || j.Questions[0].ID != "vfl-c1.q1" || j.Questions[0].Text == "" {
		t.Fatalf("join answer: %+v", j)
	}
	status, body := putAnswers(t, ts.URL, j.Token, `{"vfl-c1.q1": 4, "vfl-c1.q2": "dk", "vfl-c2.q1": "na", "vfl-c4.q2": 0}`)
	if status != http.StatusOK || strings.TrimSpace(body) != `{"saved":4}` {
		t.Fatalf("answers: %d %s", status, body)
	}
	// Acknowledged means on disk: read the file before anything else.
	c := readBack(t, path)
	want := map[string]string{"vfl-c1.q1": "4", "vfl-c1.q2": "dk", "vfl-c2.q1": "na", "vfl-c4.q2": "0"}
	if got := answersOf(c, "Ole"); !reflect.DeepEqual(got, want) {
		t.Fatalf("file holds %v, want %v", got, want)
	}
	r := c.Responses[1]
	if r.Actor != "venner" || r.Date != "2026-12-02" {
		t.Errorf("response header: %+v", r)
	}
	data, _ := os.ReadFile(path)
	for _, comment := range []string{"# Workshop test case – comments stay.", "# a comment among the actors", "# before the meeting"} {
		if !strings.Contains(string(data), comment) {
			t.Errorf("comment %q lost:\n%s", comment, data)
		}
	}
	// Change an answer: the new value replaces the old.
	if status, body := putAnswers(t, ts.URL, j.Token, `{"vfl-c1.q1": 1}`); status != http.StatusOK {
		t.Fatalf("change: %d %s", status, body)
	}
	if got := answersOf(readBack(t, path), "Ole")["vfl-c1.q1"]; got != "1" {
		t.Errorf("changed answer is %q, want 1", got)
	}
}

func TestConcurrentParticipants(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	const people = 24
	type person struct {
		name    string
		answers map[string]string
	}
	results := make([]person, people)
	var wg sync.WaitGroup
	for i := range people {
		wg.Add(1)
		go func() {
			defer wg.Done()
			actor := []string{"kommune", "venner", "citizens", "association"}[i%4]
			j := mustJoin(t, ts, fmt.Sprintf("P%02d", i), actor)
			want := map[string]string{}
			// Three requests per person, the last one changing the first
			// answer. The municipality (the lead) is asked 4 questions, the
			// others 8.
			var rest []int
			for qi := 3; qi < len(j.Questions); qi++ {
				rest = append(rest, qi)
			}
			for k, batch := range [][]int{{0, 1, 2}, rest, {0}} {
				var parts []string
				for _, qi := range batch {
					v := fmt.Sprint((i + qi + k) % 5)
					parts = append(parts, fmt.Sprintf("%q: %s", j.Questions[qi].ID, v))
					want[j.Questions[qi].ID] = v
				}
				if status, body := putAnswers(t, ts.URL, j.Token, "{"+strings.Join(parts, ",")+"}"); status != http.StatusOK {
					t.Errorf("P%02d: %d %s", i, status, body)
				}
			}
			results[i] = person{j.Respondent, want}
		}()
	}
	wg.Wait()
	c := readBack(t, path)
	if len(c.Responses) != people+1 {
		t.Fatalf("%d responses, want %d", len(c.Responses), people+1)
	}
	for _, p := range results {
		if got := answersOf(c, p.name); !reflect.DeepEqual(got, p.answers) {
			t.Errorf("%s: file holds %v, want %v", p.name, got, p.answers)
		}
	}
	// Both new kinds became actors, once each.
	kinds := map[string]int{}
	for _, a := range c.Actors {
		kinds[a.Kind]++
	}
	if kinds["citizens"] != 1 || kinds["association"] != 1 || len(c.Actors) != 4 {
		t.Errorf("actors: %+v", c.Actors)
	}
}

// TestGroupCommit holds the first write until ten more requests wait, and
// checks that those ten are written together, in one replace.
func TestGroupCommit(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	var tokens []apiJoinResponse
	for i := range 11 {
		tokens = append(tokens, mustJoin(t, ts, fmt.Sprint("G", i), "venner"))
	}
	release := make(chan struct{})
	var calls int
	var mu sync.Mutex
	orig := updateFile
	updateFile = func(p string, change func([]byte, bool) ([]byte, error)) error {
		mu.Lock()
		calls++
		first := calls == 1
		mu.Unlock()
		if first {
			<-release
		}
		return orig(p, change)
	}
	defer func() { updateFile = orig }()
	var wg sync.WaitGroup
	send := func(j apiJoinResponse) {
		defer wg.Done()
		if status, body := putAnswers(t, ts.URL, j.Token, `{"vfl-c3.q1": 2}`); status != http.StatusOK {
			t.Errorf("%d %s", status, body)
		}
	}
	wg.Add(1)
	go send(tokens[0])
	waitUntil(t, "the first write to start", func() bool { return ts.store.waiting.Load() == 1 && callsNow(&mu, &calls) == 1 })
	for _, j := range tokens[1:] {
		wg.Add(1)
		go send(j)
	}
	waitUntil(t, "ten more requests to queue", func() bool { return ts.store.waiting.Load() == 11 })
	close(release)
	wg.Wait()
	if calls != 2 {
		t.Errorf("%d writes for 11 requests arriving together, want 2 (the held one, then the other ten at once)", calls)
	}
	c := readBack(t, path)
	for _, j := range tokens {
		if answersOf(c, j.Respondent)["vfl-c3.q1"] != "2" {
			t.Errorf("%s's answer is missing", j.Respondent)
		}
	}
}

func callsNow(mu *sync.Mutex, calls *int) int {
	mu.Lock()
	defer mu.Unlock()
	return *calls
}

func TestInvalidAnswersAreRefusedWhole(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	j := mustJoin(t, ts, "Ida", "kommune")
	before, _ := os.ReadFile(path)
	for _, body := range []string{
		`{"vfl-c1.q1": 3, "vfl-c1.q2": 5}`,
		`{"vfl-c1.q1": 3, "cok-01.q1": 2}`, // outside the meeting's scope
		`{"vfl-c1.q1": 3, "vfl-c1.q2": "3"}`,
		`{"vfl-c1.q1": 2.5}`,
		`{"vfl-c1.q1": {"score": 3}}`,
		`{"vfl-c1.q1": "maybe"}`,
	} {
		status, resp := putAnswers(t, ts.URL, j.Token, body)
		if status != http.StatusBadRequest {
			t.Errorf("%s: %d %s, want 400", body, status, resp)
		}
	}
	req, _ := http.NewRequest(http.MethodPut, ts.URL+"/api/answers", strings.NewReader(`{"answers":{}, "extra": 1}`))
	req.Header.Set("Authorization", "Bearer "+j.Token)
	if resp := do(t, req); resp.StatusCode != http.StatusBadRequest {
		t.Errorf("unknown field: %d, want 400", resp.StatusCode)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Errorf("a refused request changed the file:\n%s", after)
	}
}

func do(t testing.TB, req *http.Request) *http.Response {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp
}

func TestGuards(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	j := mustJoin(t, ts, "Ane", "kommune")

	t.Run("unknown token", func(t *testing.T) {
		for _, token := range []string{"", "nope", j.Token + "x"} {
			if status, _ := putAnswers(t, ts.URL, token, `{"vfl-c1.q1": 1}`); status != http.StatusUnauthorized {
				t.Errorf("token %q: %d, want 401", token, status)
			}
		}
	})
	t.Run("cross-origin", func(t *testing.T) {
		for _, h := range []map[string]string{
			{"Origin": "http://evil.example"},
			{"Origin": "null"},
			{"Sec-Fetch-Site": "cross-site"},
		} {
			req, _ := http.NewRequest(http.MethodPut, ts.URL+"/api/answers", strings.NewReader(`{"answers":{"vfl-c1.q1": 1}}`))
			req.Header.Set("Authorization", "Bearer "+j.Token)
			for k, v := range h {
				req.Header.Set(k, v)
			}
			if resp := do(t, req); resp.StatusCode != http.StatusForbidden {
				t.Errorf("%v: %d, want 403", h, resp.StatusCode)
			}
			form := url.Values{"code": {ts.Code()}, "actor": {"kommune"}}
			req, _ = http.NewRequest(http.MethodPost, ts.URL+"/join", strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
			for k, v := range h {
				req.Header.Set(k, v)
			}
			if resp := do(t, req); resp.StatusCode != http.StatusForbidden {
				t.Errorf("form join with %v: %d, want 403", h, resp.StatusCode)
			}
		}
		// The server's own origin is fine.
		req, _ := http.NewRequest(http.MethodPut, ts.URL+"/api/answers", strings.NewReader(`{"answers":{"vfl-c1.q1": 1}}`))
		req.Header.Set("Authorization", "Bearer "+j.Token)
		req.Header.Set("Origin", ts.URL)
		req.Header.Set("Sec-Fetch-Site", "same-origin")
		if resp := do(t, req); resp.StatusCode != http.StatusOK {
			t.Errorf("same origin: %d, want 200", resp.StatusCode)
		}
	})
	t.Run("oversize", func(t *testing.T) {
		big := `{"answers":{"vfl-c1.q1": 1}, "pad": "` + strings.Repeat("x", 70<<10) + `"}`
		req, _ := http.NewRequest(http.MethodPut, ts.URL+"/api/answers", strings.NewReader(big))
		req.Header.Set("Authorization", "Bearer "+j.Token)
		if resp := do(t, req); resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("declared length: %d, want 413", resp.StatusCode)
		}
		// Without a declared length (chunked), the cap stops the reading.
		req, _ = http.NewRequest(http.MethodPut, ts.URL+"/api/answers", io.MultiReader(strings.NewReader(big)))
		req.Header.Set("Authorization", "Bearer "+j.Token)
		req.ContentLength = -1
		if resp := do(t, req); resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("chunked: %d, want 413", resp.StatusCode)
		}
		form := "code=" + ts.Code() + "&name=" + strings.Repeat("x", 70<<10)
		req, _ = http.NewRequest(http.MethodPost, ts.URL+"/join", io.MultiReader(strings.NewReader(form)))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.ContentLength = -1
		if resp := do(t, req); resp.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("form: %d, want 413", resp.StatusCode)
		}
	})
	t.Run("bad name and party", func(t *testing.T) {
		for _, tc := range [][2]string{{"a\x1b[31mb", "kommune"}, {strings.Repeat("n", 81), "kommune"}, {"Bo", "martians"}} {
			if jr := apiJoinAs(t, ts.URL, ts.Code(), tc[0], tc[1]); jr.status != http.StatusBadRequest {
				t.Errorf("join %q as %q: %d %s, want 400", tc[0], tc[1], jr.status, jr.raw)
			}
		}
	})
	t.Run("headers", func(t *testing.T) {
		resp, err := http.Get(ts.URL + "/join?b=1")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		for k, want := range map[string]string{
			"Content-Security-Policy": "default-src 'self'",
			"X-Content-Type-Options":  "nosniff",
			"X-Frame-Options":         "DENY",
			"Referrer-Policy":         "same-origin",
		} {
			if got := resp.Header.Get(k); !strings.Contains(got, want) {
				t.Errorf("%s: %q, want %q", k, got, want)
			}
		}
	})
	t.Run("wrong codes, then rate limit", func(t *testing.T) {
		wrong := fmt.Sprintf("%06d", (mustAtoi(t, ts.Code())+1)%1_000_000)
		for i := range wrongCodeBurst {
			if jr := apiJoinAs(t, ts.URL, wrong, "", "kommune"); jr.status != http.StatusForbidden {
				t.Fatalf("wrong code %d: %d, want 403", i+1, jr.status)
			}
		}
		if jr := apiJoinAs(t, ts.URL, wrong, "", "kommune"); jr.status != http.StatusTooManyRequests {
			t.Fatalf("after %d wrong codes: %d, want 429", wrongCodeBurst, jr.status)
		}
		// Even the right code waits now: guessing must not pay off.
		if jr := apiJoinAs(t, ts.URL, ts.Code(), "", "kommune"); jr.status != http.StatusTooManyRequests {
			t.Fatalf("right code while limited: %d, want 429", jr.status)
		}
		// The form shows the same.
		form := url.Values{"code": {wrong}, "actor": {"kommune"}}
		resp, err := http.PostForm(ts.URL+"/join", form)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusTooManyRequests {
			t.Errorf("form while limited: %d, want 429", resp.StatusCode)
		}
	})
	t.Run("facilitator secret", func(t *testing.T) {
		for _, p := range []string{"/f/", "/f/guess", ts.FacilitatorPath() + "x", ts.FacilitatorPath()[:len(ts.FacilitatorPath())-1]} {
			resp, err := http.Get(ts.URL + p)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("%s: %d, want 404", p, resp.StatusCode)
			}
		}
		resp, err := http.PostForm(ts.URL+"/f/guess/reveal", nil)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotFound || ts.isRevealed() {
			t.Errorf("reveal with a wrong secret: %d, revealed %v", resp.StatusCode, ts.isRevealed())
		}
	})
}

func mustAtoi(t testing.TB, s string) int {
	t.Helper()
	var n int
	if _, err := fmt.Sscan(s, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCodeAndSecretsAreRandom(t *testing.T) {
	seen := map[string]bool{}
	for range 20 {
		code, err := joinCode()
		if err != nil || len(code) != 6 || strings.Trim(code, "0123456789") != "" {
			t.Fatalf("code %q, %v", code, err)
		}
		s, _ := secret()
		if len(s) < 40 || seen[s] {
			t.Fatalf("secret %q repeats or is short", s)
		}
		seen[s] = true
	}
}
