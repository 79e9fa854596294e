package workshop

import (
	"bytes"
	"errors"
	"net/http"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/atomicfile"
)

// TestAnotherWriterBetweenCommits: between two of the workshop's commits
// another writer (as `samskab assess` does: under the file's lock) changes
// the file. The writer keeps its last commit's parse, and must see that
// the file is no longer what it wrote: both the other writer's change and
// every answer survive.
func TestAnotherWriterBetweenCommits(t *testing.T) {
	order := testCatalog(t).QuestionIDs()
	setAnswer := func(resp int, qid string, v checklist.AnswerValue) func([]byte) ([]byte, error) {
		return func(data []byte) ([]byte, error) { return yamlfile.SetAnswer(data, resp, qid, v, order) }
	}
	tests := []struct {
		name string
		edit func([]byte) ([]byte, error)
		// kept is what the other writer's change left: the same before
		// and after the workshop's next commit.
		kept func(c *checklist.Case, data []byte) string
	}{
		{"an earlier answer changed in place, the file the same size",
			setAnswer(0, "vfl-c1.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: 1}),
			func(c *checklist.Case, _ []byte) string { return answersOf(c, "Mette")["vfl-c1.q1"] }},
		{"an answer added to the participant's own response",
			setAnswer(1, "vfl-c3.q1", checklist.AnswerValue{Kind: checklist.NotRelevant}),
			func(c *checklist.Case, _ []byte) string { return answersOf(c, "Ida")["vfl-c3.q1"] }},
		{"a response added",
			func(data []byte) ([]byte, error) {
				out, _, err := yamlfile.AppendResponse(data, yamlfile.ResponseHeader{Respondent: "Assess"})
				return out, err
			},
			func(c *checklist.Case, _ []byte) string { return c.Responses[len(c.Responses)-1].Respondent }},
		{"a comment added at the end",
			func(data []byte) ([]byte, error) { return append(data, "# checked by hand\n"...), nil },
			func(_ *checklist.Case, data []byte) string {
				return string(data[bytes.LastIndexByte(data[:len(data)-1], '\n')+1:])
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := writeCase(t, smallCase)
			ts := startServer(t, Config{File: path})
			j := mustJoin(t, ts, "Ida", "venner")
			answer(t, ts, j.Token, `{"vfl-c1.q1": 4}`)
			if err := atomicfile.Update(path, func(cur []byte, _ bool) ([]byte, error) { return tt.edit(cur) }); err != nil {
				t.Fatal(err)
			}
			edited, _ := os.ReadFile(path)
			want := tt.kept(readBack(t, path), edited)
			answer(t, ts, j.Token, `{"vfl-c1.q2": 2}`)
			data, _ := os.ReadFile(path)
			c := readBack(t, path)
			if got := answersOf(c, "Ida"); got["vfl-c1.q1"] != "4" || got["vfl-c1.q2"] != "2" {
				t.Errorf("Ida's answers: %v\n%s", got, data)
			}
			if got := tt.kept(c, data); got != want || want == "" {
				t.Errorf("the other writer's change: %q, want %q\n%s", got, want, data)
			}
		})
	}
}

func answer(t *testing.T, ts *testServer, token, answers string) {
	t.Helper()
	if status, body := putAnswers(t, ts.URL, token, answers); status != http.StatusOK {
		t.Fatalf("answers %s: %d %s", answers, status, body)
	}
}

// TestFailedWriteThenNextCommit: a commit whose write fails after its
// change was made (a full disk) is answered with an error; the writer's
// kept parse was already handed to that change, and the next commit must
// still start from the file as it is.
func TestFailedWriteThenNextCommit(t *testing.T) {
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	j := mustJoin(t, ts, "Ida", "venner")
	answer(t, ts, j.Token, `{"vfl-c1.q1": 4}`)

	var mu sync.Mutex
	fail := true
	orig := updateFile
	updateFile = func(p string, change func([]byte, bool) ([]byte, error)) error {
		return orig(p, func(cur []byte, exists bool) ([]byte, error) {
			out, err := change(cur, exists)
			mu.Lock()
			defer mu.Unlock()
			if err == nil && fail {
				fail = false
				return nil, errors.New("no space left on device")
			}
			return out, err
		})
	}
	defer func() { updateFile = orig }()

	if status, body := putAnswers(t, ts.URL, j.Token, `{"vfl-c2.q1": 1}`); status != http.StatusInternalServerError || !strings.Contains(body, "no space left") {
		t.Fatalf("the failed write answered %d %s", status, body)
	}
	answer(t, ts, j.Token, `{"vfl-c1.q2": 3, "vfl-c1.q1": 0}`)
	want := map[string]string{"vfl-c1.q1": "0", "vfl-c1.q2": "3"}
	if got := answersOf(readBack(t, path), "Ida"); len(got) != 2 || got["vfl-c1.q1"] != want["vfl-c1.q1"] || got["vfl-c1.q2"] != want["vfl-c1.q2"] {
		data, _ := os.ReadFile(path)
		t.Errorf("Ida's answers %v, want %v\n%s", got, want, data)
	}
}
