package prompt

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

func TestParseAnswer(t *testing.T) {
	tests := []struct {
		in   string
		want Reply
		ok   bool
	}{
		{"0", Reply{Value: checklist.AnswerValue{Kind: checklist.Scored, Score: 0}}, true},
		{" 4 ", Reply{Value: checklist.AnswerValue{Kind: checklist.Scored, Score: 4}}, true},
		{"NA", Reply{Value: checklist.AnswerValue{Kind: checklist.NotRelevant}}, true},
		{"dk\r", Reply{Value: checklist.AnswerValue{Kind: checklist.DontKnow}}, true},
		{"", Reply{}, true},
		{"<", Reply{Back: true}, true},
		{"5", Reply{}, false},
		{"-1", Reply{}, false},
		{"3.5", Reply{}, false},
		{"ja", Reply{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseAnswer(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("ParseAnswer(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestPlainPrompterReadsEveryPipedLine: piped input arrives in one block;
// each prompt must still get its own line, invalid lines are asked again,
// and with notes the line after an answer is its note.
func TestPlainPrompterReadsEveryPipedLine(t *testing.T) {
	cat := checklisttest.BuiltinCatalog(t)
	refs := []string{"cok-01.q1", "cok-01.q2", "cok-02.q1"}
	var out bytes.Buffer
	p := newPlainPrompter(strings.NewReader("<\n7\n3\nfirst note\nna\n\n2"), &out, true, checklist.English)
	defer p.Close()
	var got []Reply
	for i, id := range refs {
		ref, _ := cat.Question(id)
		r, err := p.Question(context.Background(), QuestionPrompt{Number: i + 1, Total: 3, Ref: ref,
			CanGoBack: i > 0, Notes: true, Lang: checklist.English})
		if err != nil {
			t.Fatalf("question %d: %v", i+1, err)
		}
		got = append(got, r)
	}
	want := []Reply{
		{Value: checklist.AnswerValue{Kind: checklist.Scored, Score: 3, Note: "first note"}},
		{Value: checklist.AnswerValue{Kind: checklist.NotRelevant}},
		{Value: checklist.AnswerValue{Kind: checklist.Scored, Score: 2}},
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("reply %d = %+v, want %+v", i+1, got[i], want[i])
		}
	}
	for _, s := range []string{
		"Question 1 of 3 (cok-01.q1): ",
		"Answer: <\nThis is the first question; there is nothing to go back to.\n",
		"Answer: 7\n\"7\" is not an answer.",
		"Note (optional): first note\n",
		"\n== 10 ways to co-creation (cok) ==\n",
		"\ncok-02: ",
	} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("transcript lacks %q:\n%s", s, out.String())
		}
	}
	ref, _ := cat.Question("cok-02.q2")
	if _, err := p.Question(context.Background(), QuestionPrompt{Number: 4, Total: 4, Ref: ref, Lang: checklist.English}); !errors.Is(err, io.EOF) {
		t.Errorf("after the last line: err = %v, want io.EOF", err)
	}
}

func TestPlainPrompterStopsOnCancel(t *testing.T) {
	r, w := io.Pipe()
	defer w.Close()
	p := newPlainPrompter(r, io.Discard, false, checklist.English)
	defer p.Close()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Input(ctx, "Name", false); !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v, want context.Canceled", err)
	}
}
