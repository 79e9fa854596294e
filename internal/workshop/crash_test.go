package workshop

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestHelperServer is not a test of its own: TestKillNine runs the test
// binary again with this one selected, as a server it can kill.
func TestHelperServer(t *testing.T) {
	path := os.Getenv("SAMSKAB_WORKSHOP_HELPER")
	if path == "" {
		t.Skip("a helper process for TestKillNine")
	}
	s, err := New(Config{File: path, Catalog: testCatalog(t)})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("http://%s %s\n", ln.Addr(), s.Code())
	_ = s.Serve(context.Background(), ln, "", "") // until killed
}

const crashCase = `samskab: 1
project: {name: Crash}
rubrics: [frivilligraadet, cok]
responses:
  - respondent: Før
    answers: {cok-01.q1: 2}
`

// TestKillNine kills the server with SIGKILL while participants answer,
// then checks that the file is whole, holds every acknowledged answer,
// and that a new meeting on it keeps everything.
func TestKillNine(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := writeCase(t, crashCase)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperServer$", "-test.v=false")
	cmd.Env = append(os.Environ(), "SAMSKAB_WORKSHOP_HELPER="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("helper: %v", err)
	}
	base, code, _ := strings.Cut(strings.TrimSpace(line), " ")

	const people = 8
	type record struct {
		name     string
		token    string
		lastQ    string // their last question, which the restart test answers
		acked    map[string]string
		inFlight map[string]string // sent, not acknowledged: may or may not be in the file
	}
	records := make([]*record, people)
	var acks atomic.Int32
	var wg sync.WaitGroup
	for i := range people {
		wg.Add(1)
		go func() {
			defer wg.Done()
			jr := apiJoinAs(t, base, code, fmt.Sprint("K", i), "")
			if jr.status != http.StatusCreated {
				t.Errorf("join: %d %s", jr.status, jr.raw)
				return
			}
			rec := &record{name: jr.body.Respondent, token: jr.body.Token, lastQ: jr.body.Questions[len(jr.body.Questions)-1].ID, acked: map[string]string{}, inFlight: map[string]string{}}
			records[i] = rec
			for k, q := range jr.body.Questions {
				v := fmt.Sprint((i + k) % 5)
				status, ok := tryPut(base, jr.body.Token, fmt.Sprintf(`{%q: %s}`, q.ID, v))
				if !ok {
					rec.inFlight[q.ID] = v
					return
				}
				if status != http.StatusOK {
					t.Errorf("answer: %d", status)
					return
				}
				rec.acked[q.ID] = v
				acks.Add(1)
			}
		}()
	}
	waitUntil(t, "answers to arrive", func() bool { return acks.Load() >= 60 })
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	wg.Wait()

	c := readBack(t, path) // whole and valid, or this fails
	if answersOf(c, "Før")["cok-01.q1"] != "2" {
		t.Error("the response from before the meeting is gone")
	}
	total := 0
	for _, rec := range records {
		if rec == nil {
			continue
		}
		got := answersOf(c, rec.name)
		for id, v := range rec.acked {
			if got[id] != v {
				t.Errorf("%s: acknowledged %s = %s, file has %q", rec.name, id, v, got[id])
			}
		}
		for id, v := range got {
			if rec.acked[id] != v && rec.inFlight[id] != v {
				t.Errorf("%s: %s = %s in the file was never sent", rec.name, id, v)
			}
		}
		total += len(rec.acked)
	}
	t.Logf("%d answers acknowledged before the kill", total)

	// The meeting goes on after the restart: the same code, and every
	// participant who got a token answers on in their own response.
	ts := startServer(t, Config{File: path, Now: time.Now})
	if ts.Code() != code {
		t.Errorf("code after restart %s, want %s", ts.Code(), code)
	}
	mustJoin(t, ts, "Efter", "")
	again := readBack(t, path)
	if len(again.Responses) != len(c.Responses)+1 {
		t.Errorf("after restart %d responses, want %d", len(again.Responses), len(c.Responses)+1)
	}
	for _, rec := range records {
		if rec == nil {
			continue
		}
		if status, body := putAnswers(t, ts.URL, rec.token, `{"`+rec.lastQ+`": "dk"}`); status != http.StatusOK {
			t.Errorf("%s after restart: %d %s", rec.name, status, body)
		}
	}
	final := readBack(t, path)
	if len(final.Responses) != len(again.Responses) {
		t.Errorf("answering after the restart added responses: %d, want %d", len(final.Responses), len(again.Responses))
	}
	for _, rec := range records {
		if rec != nil && answersOf(final, rec.name)[rec.lastQ] != "dk" {
			t.Errorf("%s's answer after the restart is not in their response", rec.name)
		}
	}
}

// tryPut sends answers; ok is false when the server is gone.
func tryPut(base, token, answers string) (int, bool) {
	req, _ := http.NewRequest(http.MethodPut, base+"/api/answers", strings.NewReader(`{"answers":`+answers+`}`))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, false
	}
	resp.Body.Close()
	return resp.StatusCode, true
}
