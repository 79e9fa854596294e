//go:build unix

package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// These tests run the samskab command as its own process (testscript.Main
// puts this test binary on $PATH as "samskab"), to send it real signals
// and to drive the form on a pseudo-terminal.

// hangGuard only stops a stuck test; nothing here asserts how long
// anything takes.
const hangGuard = 60 * time.Second

// transcript collects what a process writes and lets a test wait for a
// text to appear after a mark. ANSI sequences and white space are ignored,
// since a terminal renderer may move the cursor instead of writing spaces.
type transcript struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	mark    int
	changed chan struct{}
}

func newTranscript() *transcript { return &transcript{changed: make(chan struct{}, 1)} }

func (tr *transcript) Write(p []byte) (int, error) {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	tr.buf.Write(p)
	select {
	case tr.changed <- struct{}{}:
	default:
	}
	return len(p), nil
}

var ansiOrSpace = regexp.MustCompile(`\x1b\[[0-9;?<>=$]*[a-zA-Z~]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Z]|\x1b[=>]|\s`)

func squeeze(s string) string { return ansiOrSpace.ReplaceAllString(s, "") }

// waitFor waits until all texts have appeared after the mark, then moves
// the mark to the end of what has been written.
func (tr *transcript) waitFor(t *testing.T, texts ...string) {
	t.Helper()
	deadline := time.After(hangGuard)
	for {
		tr.mu.Lock()
		seen := squeeze(tr.buf.String()[tr.mark:])
		missing := ""
		for _, text := range texts {
			if !strings.Contains(seen, squeeze(text)) {
				missing = text
				break
			}
		}
		if missing == "" {
			tr.mark = tr.buf.Len()
		}
		tr.mu.Unlock()
		if missing == "" {
			return
		}
		select {
		case <-tr.changed:
		case <-deadline:
			t.Fatalf("waited in vain for %q; the output so far:\n%s", missing, ansiOrSpace.ReplaceAllLiteralString(tr.String(), " "))
		}
	}
}

func (tr *transcript) String() string {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.buf.String()
}

// samskabCommand prepares `samskab args…` in a fresh folder with a clean
// environment: English, no accessibility or colour settings.
func samskabCommand(t *testing.T, args ...string) (*exec.Cmd, string) {
	t.Helper()
	bin, err := exec.LookPath("samskab")
	if err != nil {
		t.Skipf("samskab is not on $PATH: %v", err)
	}
	dir := t.TempDir()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		switch {
		case name == "ACCESSIBLE", name == "TERM", name == "NO_COLOR", name == "LANG", name == "LC_ALL",
			strings.HasPrefix(name, "SAMSKAB_"):
			continue
		}
		cmd.Env = append(cmd.Env, kv)
	}
	cmd.Env = append(cmd.Env, "SAMSKAB_LANG=en", "LANG=C")
	return cmd, dir
}

func exitStatus(t *testing.T, err error) int {
	t.Helper()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	if ee != nil {
		return ee.ExitCode()
	}
	return 0
}

// TestAssessSignalKeepsAnswers stops a scripted run with SIGINT (Ctrl-C in
// a shell) or SIGTERM while it waits for the third answer.
func TestAssessSignalKeepsAnswers(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		t.Run(sig.String(), func(t *testing.T) {
			cmd, dir := samskabCommand(t, "assess", "plan.yaml", "--rubric", "vaeksthus", "--project", "P", "--respondent", "Mette (projektleder)")
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			var stdout bytes.Buffer
			stderr := newTranscript()
			cmd.Stdout, cmd.Stderr = &stdout, stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			if _, err := io.WriteString(stdin, "3\nna\n"); err != nil {
				t.Fatal(err)
			}
			stderr.waitFor(t, "Question 3 of 8") // asked only once answer 2 is on disk
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if code := exitStatus(t, cmd.Wait()); code != exitInterrupted {
				t.Errorf("exit code %d, want 130; stderr:\n%s", code, stderr)
			}
			got := readFile(t, filepath.Join(dir, "plan.yaml"))
			if !strings.HasSuffix(got, "    answers:\n      vfl-c1.q1: 3\n      vfl-c1.q2: na\n") {
				t.Errorf("plan.yaml:\n%s", got)
			}
			if !strings.Contains(stderr.String(), "\nResume with: samskab assess plan.yaml --respondent 'Mette (projektleder)' --rubric vaeksthus\n") {
				t.Errorf("stderr:\n%s", stderr)
			}
			if stdout.Len() > 0 {
				t.Errorf("stdout: %q", stdout.String())
			}
		})
	}
}

// startOnTerminal starts cmd with a pseudo-terminal as its stdin and
// stderr (stdout stays a pipe, as in `samskab assess > report.txt`).
func startOnTerminal(t *testing.T, cmd *exec.Cmd) (*os.File, *transcript, *bytes.Buffer) {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ptmx.Close() })
	if err := pty.Setsize(ptmx, &pty.Winsize{Rows: 40, Cols: 100}); err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	cmd.Stdin, cmd.Stderr, cmd.Stdout = tty, tty, &stdout
	cmd.Env = append(cmd.Env, "TERM=xterm-256color")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	tty.Close()
	screen := newTranscript()
	go func() { _, _ = io.Copy(screen, ptmx) }()
	return ptmx, screen, &stdout
}

func typeKeys(t *testing.T, ptmx *os.File, keys string) {
	t.Helper()
	if _, err := ptmx.WriteString(keys); err != nil {
		t.Fatal(err)
	}
}

const (
	keyEnter = "\r"
	keyDown  = "j"
	keyUp    = "k" // from the first option it wraps round to the last: back
	keyCtrlC = "\x03"
)

// TestAssessFormOnATerminal drives the terminal form: it asks for what the
// flags leave out, shows progress, goes back with the current answer
// selected, takes a note, and stops on Ctrl-C with the answers saved.
func TestAssessFormOnATerminal(t *testing.T) {
	cmd, dir := samskabCommand(t, "assess", "plan.yaml", "--rubric", "vaeksthus", "--notes")
	ptmx, screen, stdout := startOnTerminal(t, cmd)

	screen.waitFor(t, "Project name")
	typeKeys(t, ptmx, "Gå-venner"+keyEnter)
	screen.waitFor(t, "Project owner (optional)")
	typeKeys(t, ptmx, keyEnter)
	screen.waitFor(t, "Your name and role")
	typeKeys(t, ptmx, "Mette"+keyEnter)

	screen.waitFor(t, "Question 1 of 8 · 4 characteristics of co-creation", "dk  Don't know")
	typeKeys(t, ptmx, keyDown+keyDown+keyEnter) // 3 Mostly agree
	screen.waitFor(t, "shift+tab")              // the note field has the focus
	typeKeys(t, ptmx, "first note"+keyEnter)
	screen.waitFor(t, "✓ Question 1 of 8 · vfl-c1.q1: 3 – Mostly agree", "Question 2 of 8", "← Back to the previous question")
	typeKeys(t, ptmx, keyUp+keyEnter)
	screen.waitFor(t, "shift+tab")
	typeKeys(t, ptmx, keyEnter)

	screen.waitFor(t, "Question 1 of 8", "Keep the answer")
	typeKeys(t, ptmx, keyEnter) // the cursor starts on the current answer, 3
	screen.waitFor(t, "shift+tab")
	typeKeys(t, ptmx, keyEnter) // the note field starts with the current note

	screen.waitFor(t, "Question 2 of 8", "← Back")
	// Raw mode is for the keys only: with the terminal's output processing
	// off, a bare line feed draws the form as a staircase.
	if out := screen.String(); strings.Count(out, "\n") != strings.Count(out, "\r\n") {
		t.Errorf("the form wrote line feeds without carriage returns:\n%q", out)
	}
	typeKeys(t, ptmx, keyCtrlC)
	if code := exitStatus(t, cmd.Wait()); code != exitInterrupted {
		t.Errorf("exit code %d, want 130; screen:\n%s", code, screen)
	}
	screen.waitFor(t, "Resume with: samskab assess plan.yaml --respondent Mette --rubric vaeksthus --notes")
	got := readFile(t, filepath.Join(dir, "plan.yaml"))
	for _, want := range []string{"  name: Gå-venner\n", "  - respondent: Mette\n",
		"    answers:\n      vfl-c1.q1: {score: 3, note: \"first note\"}\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("plan.yaml lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "owner") || strings.Contains(got, "vfl-c1.q2") {
		t.Errorf("plan.yaml has more than it should:\n%s", got)
	}
	if stdout.Len() > 0 {
		t.Errorf("stdout: %q", stdout.String())
	}
}

// TestAssessFormToTheEnd answers every question on the terminal; the
// report goes to stdout, the form to the terminal.
func TestAssessFormToTheEnd(t *testing.T) {
	cmd, dir := samskabCommand(t, "assess", "plan.yaml", "--rubric", "vaeksthus", "--project", "P", "--owner", "O", "--respondent", "R", "--no-color")
	ptmx, screen, stdout := startOnTerminal(t, cmd)
	for i := 1; i <= 8; i++ {
		screen.waitFor(t, "Question "+string(rune('0'+i))+" of 8", "Skip")
		keys := keyDown + keyEnter // 4 Strongly agree
		if i == 8 {
			keys = keyEnter // Skip, where the cursor starts
		}
		typeKeys(t, ptmx, keys)
	}
	if code := exitStatus(t, cmd.Wait()); code != 0 {
		t.Fatalf("exit code %d; screen:\n%s", code, screen)
	}
	if !strings.Contains(stdout.String(), "Overall: 100.0 %  ████████████████████  Embedded   Coverage: 100 %") {
		t.Errorf("stdout:\n%s", stdout)
	}
	if strings.Contains(stdout.String(), "Question") {
		t.Error("the form leaked onto stdout")
	}
	if got := readFile(t, filepath.Join(dir, "plan.yaml")); !strings.HasSuffix(got, "      vfl-c4.q1: 4\n      vfl-c4.q2: ~\n") {
		t.Errorf("plan.yaml:\n%s", got)
	}
}

// TestAssessFormStopsOnSIGTERM: a form on screen ends with exit 130, not
// as if it had been answered.
func TestAssessFormStopsOnSIGTERM(t *testing.T) {
	cmd, dir := samskabCommand(t, "assess", "plan.yaml", "--rubric", "vaeksthus", "--project", "P", "--owner", "O", "--respondent", "R")
	ptmx, screen, _ := startOnTerminal(t, cmd)
	screen.waitFor(t, "Question 1 of 8", "Skip")
	typeKeys(t, ptmx, keyDown+keyDown+keyDown+keyEnter)
	screen.waitFor(t, "Question 2 of 8", "← Back")
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if code := exitStatus(t, cmd.Wait()); code != exitInterrupted {
		t.Errorf("exit code %d, want 130; screen:\n%s", code, screen)
	}
	if got := readFile(t, filepath.Join(dir, "plan.yaml")); !strings.HasSuffix(got, "    answers:\n      vfl-c1.q1: 2\n") {
		t.Errorf("plan.yaml:\n%s", got)
	}
}

// TestAssessFormBlindEntersRecordNothing: six Enters pressed while the
// form starts are drained or land on Skip, so no score is saved; a real
// choice afterwards is.
func TestAssessFormBlindEntersRecordNothing(t *testing.T) {
	cmd, dir := samskabCommand(t, "assess", "plan.yaml", "--rubric", "vaeksthus", "--project", "P", "--owner", "O", "--respondent", "R")
	ptmx, screen, _ := startOnTerminal(t, cmd)
	for range 6 {
		typeKeys(t, ptmx, keyEnter)
		time.Sleep(40 * time.Millisecond) // six Enters within the first 300 ms
	}
	// Let the burst settle (not an assertion), then answer the form on screen.
	time.Sleep(500 * time.Millisecond)
	screen.waitFor(t, "Skip")
	typeKeys(t, ptmx, keyDown+keyEnter) // 4 Strongly agree
	screen.waitFor(t, ": 4 – Strongly agree")
	typeKeys(t, ptmx, keyCtrlC)
	if code := exitStatus(t, cmd.Wait()); code != exitInterrupted {
		t.Errorf("exit code %d, want 130; screen:\n%s", code, screen)
	}
	got := readFile(t, filepath.Join(dir, "plan.yaml"))
	scores := regexp.MustCompile(`(?m)^ +vfl-[a-z0-9.-]+: (\{score: )?[0-4]`).FindAllString(got, -1)
	if len(scores) != 1 || !strings.HasSuffix(scores[0], "4") {
		t.Errorf("want exactly the one chosen score (4), got %q in plan.yaml:\n%s", scores, got)
	}
}

// TestAssessEightProcessesOneFile: eight `samskab assess` processes at
// once on one file that `init` wrote, each a different --respondent with
// piped answers. All exit 0, and the file holds eight complete responses.
func TestAssessEightProcessesOneFile(t *testing.T) {
	initCmd, dir := samskabCommand(t, "init", "plan.yaml", "--rubric", "vaeksthus")
	if out, err := initCmd.CombinedOutput(); err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		cmd, _ := samskabCommand(t, "assess", "plan.yaml", "--rubric", "vaeksthus", "--respondent", "P"+string(rune('0'+i)))
		cmd.Dir = dir
		var in strings.Builder
		for j := range 8 {
			in.WriteString(string(rune('0'+(i+j)%5)) + "\n")
		}
		cmd.Stdin = strings.NewReader(in.String())
		wg.Add(1)
		go func() {
			defer wg.Done()
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Errorf("P%d: %v\n%s", i, err, out)
			}
		}()
	}
	wg.Wait()
	checkEightResponses(t, filepath.Join(dir, "plan.yaml"))
}
