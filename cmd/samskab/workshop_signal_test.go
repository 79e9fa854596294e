//go:build unix

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
)

// TestWorkshopClosesOnSignal runs `samskab workshop` as a child process
// and, while participants are answering, sends it SIGHUP (the terminal it
// runs in is closed) or SIGTERM: the meeting closes as with Ctrl-C. The
// exit status is 0, the closing line is printed, every acknowledged answer
// is in the file, nothing there was never sent, and no temporary file is
// left beside it.
func TestWorkshopClosesOnSignal(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	bin, err := exec.LookPath("samskab") // put on $PATH by testscript.Main
	if err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGHUP, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			cmd := exec.Command(bin, "workshop", "plan.yaml", "--project", "Signal", "--rubric", "vaeksthus",
				"--listen", "127.0.0.1:0", "--format", "json")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "HOME="+dir, "SAMSKAB_LANG=en")
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer cmd.Process.Kill()
			out := bufio.NewReader(stdout)
			first, err := out.ReadString('\n')
			if err != nil {
				t.Fatalf("no start-up line: %v; stderr %s", err, stderr.String())
			}
			var start struct{ URL, Code string }
			if err := json.Unmarshal([]byte(first), &start); err != nil {
				t.Fatalf("start-up line %q: %v", first, err)
			}

			people := answerUntilClosed(t, start.URL, start.Code, 6)
			people.waitForAcks(t, 20)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			rest, _ := io.ReadAll(out)
			if err := cmd.Wait(); err != nil {
				t.Fatalf("exit: %v; stderr %s", err, stderr.String())
			}
			people.wg.Wait()
			if !strings.HasPrefix(string(rest), `{"event":"closed","responses":6,`) {
				t.Errorf("closing line %q", rest)
			}
			people.check(t, filepath.Join(dir, "plan.yaml"))
			for _, e := range readDir(t, dir) {
				if e != "plan.yaml" && e != ".plan.yaml.workshop" {
					t.Errorf("left beside the file: %s", e)
				}
			}
		})
	}
}

// room is participants answering one question per request until the
// server is gone. Each sends one request at a time, so at most one answer
// of theirs is in flight: sent, and not acknowledged.
type room struct {
	wg       sync.WaitGroup
	acks     atomic.Int32
	mu       sync.Mutex
	ack      map[string]map[string]string // respondent → question → last acknowledged value
	inFlight map[string][2]string         // respondent → question and value
}

func answerUntilClosed(t *testing.T, base, code string, n int) *room {
	r := &room{ack: map[string]map[string]string{}, inFlight: map[string][2]string{}}
	for i := range n {
		name := fmt.Sprintf("P%d", i)
		token, questions := joinOver(t, base, code, name)
		r.mu.Lock() // the participants joined before are answering already
		r.ack[name] = map[string]string{}
		r.mu.Unlock()
		r.wg.Go(func() {
			client := &http.Client{Timeout: 30 * time.Second}
			for k := 0; ; k++ {
				q, v := questions[k%len(questions)], fmt.Sprint((i+k)%5)
				r.mu.Lock()
				r.inFlight[name] = [2]string{q, v}
				r.mu.Unlock()
				req, _ := http.NewRequest(http.MethodPut, base+"/api/answers", strings.NewReader(fmt.Sprintf(`{"answers":{%q:%s}}`, q, v)))
				req.Header.Set("Authorization", "Bearer "+token)
				resp, err := client.Do(req)
				if err != nil {
					return
				}
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					return // 503 once the meeting closes
				}
				r.mu.Lock()
				r.ack[name][q] = v
				delete(r.inFlight, name)
				r.mu.Unlock()
				r.acks.Add(1)
			}
		})
	}
	return r
}

func joinOver(t *testing.T, base, code, name string) (string, []string) {
	t.Helper()
	resp, err := http.Post(base+"/api/join", "application/json", strings.NewReader(`{"code":"`+code+`","name":"`+name+`","actor":"citizens"}`))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var j struct {
		Token     string
		Questions []struct{ ID string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&j); err != nil || resp.StatusCode != http.StatusCreated {
		t.Fatalf("join %s: %d %v", name, resp.StatusCode, err)
	}
	var ids []string
	for _, q := range j.Questions {
		ids = append(ids, q.ID)
	}
	return j.Token, ids
}

func (r *room) waitForAcks(t *testing.T, n int32) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for r.acks.Load() < n {
		if time.Now().After(deadline) {
			t.Fatalf("only %d answers acknowledged", r.acks.Load())
		}
		time.Sleep(time.Millisecond)
	}
}

// check reads the file: each question holds the last acknowledged answer,
// or the one in flight; nothing else.
func (r *room) check(t *testing.T, path string) {
	t.Helper()
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	c, err := yamlfile.ReadCaseFile(path, cat)
	if err != nil {
		t.Fatalf("the file does not read: %v", err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	got := map[string]map[string]string{}
	for _, resp := range c.Responses {
		got[resp.Respondent] = map[string]string{}
		for _, a := range resp.Answers {
			got[resp.Respondent][a.QuestionID()] = checklist.AnswerValue{Kind: a.Kind, Score: a.Score}.Text()
		}
	}
	total := 0
	for name, acked := range r.ack {
		total += len(acked)
		questions := map[string]bool{}
		for q := range acked {
			questions[q] = true
		}
		for q := range got[name] {
			questions[q] = true
		}
		for q := range questions {
			g, fly := got[name][q], r.inFlight[name]
			if g != acked[q] && (fly[0] != q || g != fly[1]) {
				t.Errorf("%s %s: the file has %q; acknowledged %q, in flight %q", name, q, g, acked[q], fly)
			}
		}
	}
	if total == 0 {
		t.Error("no answer was acknowledged")
	}
}

func readDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}
