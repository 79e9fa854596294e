package prompt

import (
	"bytes"
	"context"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

func TestDecodeKeys(t *testing.T) {
	tests := []struct {
		in   string
		want []key
		rest string
	}{
		{"a\r", []key{{kind: keyRune, r: 'a'}, {kind: keyEnter}}, ""},
		{"æ\x7f", []key{{kind: keyRune, r: 'æ'}, {kind: keyBackspace}}, ""},
		{"\x1b[A\x1b[B\x1bOC\x1b[D", []key{{kind: keyUp}, {kind: keyDown}, {kind: keyRight}, {kind: keyLeft}}, ""},
		{"\x1b[Z\t", []key{{kind: keyBackTab}, {kind: keyTab}}, ""},
		{"\x1b[3~\x1b[1~\x1b[4~", []key{{kind: keyDelete}, {kind: keyHome}, {kind: keyEnd}}, ""},
		{"\x1b[1;5A", []key{{kind: keyIgnored}}, ""}, // ctrl+up: not a plain arrow
		{"\x03", []key{{kind: keyInterrupt}}, ""},
		{"\x15\x01\x05", []key{{kind: keyClearLine}, {kind: keyHome}, {kind: keyEnd}}, ""},
		{"\x1b", []key{{kind: keyIgnored}}, ""}, // the escape key itself
		{"\x1bx", []key{{kind: keyIgnored}, {kind: keyRune, r: 'x'}}, ""},
		{"j\x1b[", []key{{kind: keyRune, r: 'j'}}, "\x1b["}, // the rest comes with the next read
		{"\x1b[1", nil, "\x1b[1"},
		{"\xc3", nil, "\xc3"}, // the first byte of æ
		{"\xff", []key{{kind: keyIgnored}}, ""},
		{"\x00\x1f", []key{{kind: keyIgnored}, {kind: keyIgnored}}, ""},
	}
	for _, tt := range tests {
		got, rest := decodeKeys([]byte(tt.in))
		if !equalKeys(got, tt.want) || string(rest) != tt.rest {
			t.Errorf("decodeKeys(%q) = %v, %q; want %v, %q", tt.in, got, rest, tt.want, tt.rest)
		}
	}
}

func equalKeys(a, b []key) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func FuzzDecodeKeys(f *testing.F) {
	for _, s := range []string{"a\r", "\x1b[A", "\x1b[1;5A", "\x1bO", "æ", "\x1b[Z", "\x1b[" + strings.Repeat("1", 20)} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		keys, rest := decodeKeys(b)
		if len(rest) > 17 {
			t.Fatalf("keeps %d bytes waiting for the rest of a key", len(rest))
		}
		if !bytes.HasSuffix(b, rest) {
			t.Fatalf("rest %q is not the end of %q", rest, b)
		}
		for _, k := range keys {
			if k.kind == keyRune && (k.r < 0x20 || !utf8.ValidRune(k.r)) {
				t.Fatalf("a control or invalid rune %U as a printable key", k.r)
			}
		}
	})
}

// chunks hands out one chunk per Read, as a terminal delivers key presses,
// then the end of input.
type chunks struct{ parts []string }

func (c *chunks) Read(p []byte) (int, error) {
	if len(c.parts) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.parts[0])
	c.parts = c.parts[1:]
	return n, nil
}

func formQuestion(t *testing.T, id string, q QuestionPrompt) QuestionPrompt {
	t.Helper()
	ref, ok := checklisttest.BuiltinCatalog(t).Question(id)
	if !ok {
		t.Fatalf("no question %s", id)
	}
	q.Ref, q.Number, q.Total, q.Lang = ref, 2, 8, checklist.English
	return q
}

func scored(n int, note string) checklist.AnswerValue {
	return checklist.AnswerValue{Kind: checklist.Scored, Score: n, Note: note}
}

func TestFormQuestion(t *testing.T) {
	answered := scored(3, "old note")
	tests := []struct {
		name  string
		q     QuestionPrompt
		keys  []string
		want  Reply
		shown string // the record line left on screen
	}{
		{"enter skips", QuestionPrompt{}, []string{"\r"}, Reply{}, "skipped"},
		{"down is the top of the scale", QuestionPrompt{}, []string{"j", "\r"}, Reply{Value: scored(4, "")}, "4 – Strongly agree"},
		{"arrows", QuestionPrompt{}, []string{"\x1b[B", "\x1b[B", "\x1b[A", "\r"}, Reply{Value: scored(4, "")}, "4 – Strongly agree"},
		{"a digit jumps to its answer", QuestionPrompt{}, []string{"1", "\r"}, Reply{Value: scored(1, "")}, "1 – "},
		{"up from skip wraps to back", QuestionPrompt{CanGoBack: true}, []string{"k", "\r"}, Reply{Back: true}, ""},
		{"keys after the answer belong to no question", QuestionPrompt{}, []string{"\r\x1b[Bj\r"}, Reply{}, "skipped"},
		{"with a note", QuestionPrompt{Notes: true}, []string{"2", "\r", "fin", "e\x7f", "e note", "\r"}, Reply{Value: scored(2, "fine note")}, "2 – "},
		{"shift+tab goes back to the answers", QuestionPrompt{Notes: true}, []string{"\r", "x", "\x1b[Z", "3", "\r", "\x15\r"}, Reply{Value: scored(3, "")}, "3 – "},
		{"an answered question starts on its answer", QuestionPrompt{Current: &answered, Notes: true}, []string{"\r", "\r"}, Reply{Value: scored(3, "old note")}, "3 – "},
		{"keep leaves the answer", QuestionPrompt{Current: &answered}, []string{"\x1b[H", "\r"}, Reply{Value: checklist.AnswerValue{Note: "old note"}}, "3 – "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			p := &formPrompter{in: &chunks{parts: tt.keys}, out: &out, lang: checklist.English}
			got, err := p.Question(context.Background(), formQuestion(t, "vfl-c1.q1", tt.q))
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("reply = %+v, want %+v", got, tt.want)
			}
			if tt.shown != "" && !strings.Contains(out.String(), "✓ Question 2 of 8 · vfl-c1.q1: "+tt.shown) {
				t.Errorf("no record line with %q:\n%q", tt.shown, out.String())
			}
		})
	}
}

func TestFormEnds(t *testing.T) {
	q := formQuestion(t, "vfl-c1.q1", QuestionPrompt{})
	p := &formPrompter{in: &chunks{parts: []string{"j", "\x03", "\r"}}, out: io.Discard, lang: checklist.English}
	if _, err := p.Question(context.Background(), q); !errors.Is(err, ErrInterrupted) {
		t.Errorf("ctrl+c: err = %v, want ErrInterrupted", err)
	}
	p.in = &chunks{parts: []string{"j"}}
	if _, err := p.Question(context.Background(), q); !errors.Is(err, io.EOF) {
		t.Errorf("end of input: err = %v, want io.EOF", err)
	}
	r, w := io.Pipe()
	defer w.Close()
	p.in = r
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Question(ctx, q); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v, want context.Canceled", err)
	}
}

func TestFormInputAndChoose(t *testing.T) {
	var out bytes.Buffer
	p := &formPrompter{in: &chunks{parts: []string{"\r", " ", "\r", "\x15-venner", "\x1b[HGå", "\x1b[F ", "\r"}}, out: &out, lang: checklist.Danish}
	got, err := p.Input(context.Background(), "Projektets navn", true)
	if err != nil || got != "Gå-venner" {
		t.Errorf("Input = %q, %v; want Gå-venner", got, err)
	}
	if n := strings.Count(out.String(), "* skal udfyldes"); n < 2 {
		t.Errorf("an empty required line was refused %d times, want 2:\n%q", n, out.String())
	}
	p = &formPrompter{in: &chunks{parts: []string{"j", "j", "j", "\r"}}, out: io.Discard, lang: checklist.Danish}
	if i, err := p.Choose(context.Background(), "Part", []string{"a", "b", "c"}); err != nil || i != 0 {
		t.Errorf("Choose = %d, %v; want 0 (round from the last)", i, err)
	}
}

var csi = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]`)

// TestFormFitsItsWidth: every line the form draws fits the width it was
// given, so it can count its lines and draw itself again in place; and
// it erases as many lines as it drew.
func TestFormFitsItsWidth(t *testing.T) {
	var out bytes.Buffer
	f := &form{out: &out, width: 30, lang: checklist.Danish, fields: []field{
		&textField{title: "Spørgsmål 1 af 8 · " + strings.Repeat("lang titel ", 6), body: strings.Repeat("ord ", 30) + strings.Repeat("x", 70)},
		&choiceField{options: []string{"Spring over", strings.Repeat("meget lang mulighed ", 3)}, hotkeys: []rune{0, 0}},
		&lineField{title: "Note (valgfri)", value: []rune(strings.Repeat("æ", 45))},
	}}
	if err := f.run(context.Background(), &chunks{parts: []string{"j", "\r", "\r"}}); err != nil {
		t.Fatal(err)
	}
	// Each drawing ends by going up to its first line before the next
	// erases it: as many lines up as it has lines below the first.
	up := regexp.MustCompile(`\x1b\[(\d+)A$`)
	parts := strings.Split(out.String(), "\r\x1b[J")
	if len(parts) != 4 {
		t.Fatalf("drawn and erased %d times, want 3:\n%q", len(parts)-1, out.String())
	}
	for _, part := range parts[:3] {
		m := up.FindStringSubmatch(part)
		lines := strings.Split(csi.ReplaceAllString(part, ""), "\r\n")
		if m == nil || m[1] != strconv.Itoa(len(lines)-1) {
			t.Errorf("a drawing of %d lines went up %v:\n%q", len(lines), m, part)
		}
		for _, line := range lines {
			if n := utf8.RuneCountInString(line); n > 30 {
				t.Errorf("a line of %d > 30 characters: %q", n, line)
			}
		}
	}
}

// TestFormTallerThanTheTerminal: the top gives way, so the form can still
// go back up to its first line.
func TestFormTallerThanTheTerminal(t *testing.T) {
	var out bytes.Buffer
	f := &form{out: &out, width: 40, height: 8, lang: checklist.English, fields: []field{
		&textField{title: "Question 1 of 8", body: strings.Repeat("many words ", 40)},
		&choiceField{options: []string{"Skip", "4", "3", "2"}, hotkeys: make([]rune, 4)},
	}}
	if err := f.run(context.Background(), &chunks{parts: []string{"j", "\r"}}); err != nil {
		t.Fatal(err)
	}
	for _, part := range strings.Split(out.String(), "\r\x1b[J")[:2] {
		if n := strings.Count(part, "\r\n") + 1; n > 7 {
			t.Errorf("drew %d lines on a terminal of 8:\n%q", n, part)
		}
	}
	if !strings.Contains(out.String(), "> 4") {
		t.Errorf("the answers were cut off:\n%q", out.String())
	}
}
