package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"slices"
	"strings"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// cmdWorkshopSession is the script command
//
//	workshop-session [NAME|ACTOR|ANSWERS]... -- ARGS...
//
// It starts `samskab ARGS...` (a workshop with --format json), reads its
// start-up line, joins one participant per spec over the JSON API and
// sends their answers (a JSON object), then interrupts the server as
// Ctrl-C does. Its stdout and stderr go to ws.stdout and ws.stderr, and
// the exit code must be 0.
func cmdWorkshopSession(ts *testscript.TestScript, neg bool, args []string) {
	sep := slices.Index(args, "--")
	if neg || sep < 0 {
		ts.Fatalf("usage: workshop-session [NAME|ACTOR|ANSWERS]... -- ARGS...")
	}
	bin, err := exec.LookPath("samskab")
	ts.Check(err)
	cmd := exec.Command(bin, args[sep+1:]...)
	cmd.Dir = ts.MkAbs(".")
	cmd.Env = os.Environ()
	for _, k := range []string{"HOME", "SAMSKAB_LANG", "LANG", "TMPDIR"} {
		cmd.Env = append(cmd.Env, k+"="+ts.Getenv(k))
	}
	stdout, err := cmd.StdoutPipe()
	ts.Check(err)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	ts.Check(cmd.Start())
	defer cmd.Process.Kill()

	r := bufio.NewReader(stdout)
	lines := make(chan string, 1)
	go func() {
		line, _ := r.ReadString('\n')
		lines <- line
	}()
	var first string
	select {
	case first = <-lines:
	case <-time.After(time.Minute):
		ts.Fatalf("no start-up line within a minute; stderr: %s", stderr.String())
	}
	var start struct {
		URL  string `json:"url"`
		Code string `json:"code"`
	}
	if err := json.Unmarshal([]byte(first), &start); err != nil {
		ts.Fatalf("start-up line %q: %v; stderr: %s", first, err, stderr.String())
	}
	for _, spec := range args[:sep] {
		parts := strings.SplitN(spec, "|", 3)
		if len(parts) != 3 {
			ts.Fatalf("participant %q is not NAME|ACTOR|ANSWERS", spec)
		}
		joinAndAnswer(ts, start.URL, start.Code, parts[0], parts[1], parts[2])
	}
	ts.Check(cmd.Process.Signal(os.Interrupt))
	rest, _ := io.ReadAll(r)
	err = cmd.Wait()
	ts.Check(os.WriteFile(ts.MkAbs("ws.stdout"), append([]byte(first), rest...), 0o644))
	ts.Check(os.WriteFile(ts.MkAbs("ws.stderr"), stderr.Bytes(), 0o644))
	if err != nil {
		ts.Fatalf("samskab workshop: %v; stderr: %s", err, stderr.String())
	}
}

func joinAndAnswer(ts *testscript.TestScript, base, code, name, actor, answers string) {
	body, _ := json.Marshal(map[string]string{"code": code, "name": name, "actor": actor})
	resp, err := http.Post(base+"/api/join", "application/json", bytes.NewReader(body))
	ts.Check(err)
	var joined struct{ Token string }
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusCreated || json.Unmarshal(raw, &joined) != nil {
		ts.Fatalf("join %s: %d %s", name, resp.StatusCode, raw)
	}
	req, _ := http.NewRequest(http.MethodPut, base+"/api/answers", strings.NewReader(`{"answers":`+answers+`}`))
	req.Header.Set("Authorization", "Bearer "+joined.Token)
	resp, err = http.DefaultClient.Do(req)
	ts.Check(err)
	raw, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		ts.Fatalf("answers of %s: %d %s", name, resp.StatusCode, raw)
	}
}
