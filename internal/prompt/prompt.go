// Package prompt is the questionnaire of `samskab assess`: a small form
// drawn on a terminal, or plain numbered prompts for screen readers and
// scripts.
package prompt

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/samskab/samskab/checklist"
	"golang.org/x/term"
)

// Prompter is all `samskab assess` knows about asking. formPrompter draws
// a form on a terminal; plainPrompter writes numbered prompts and reads one
// line per answer, for screen readers and scripts. Tests use fakes.
//
// Every method returns ctx.Err() when ctx ends, io.EOF when the input
// ends, and ErrInterrupted when the user aborts the form.
type Prompter interface {
	// Input asks for a line of text; a required one is asked again when empty.
	Input(ctx context.Context, label string, required bool) (string, error)
	// Choose asks the user to pick one of options and returns its index.
	Choose(ctx context.Context, label string, options []string) (int, error)
	// Question asks one question of the questionnaire.
	Question(ctx context.Context, q QuestionPrompt) (Reply, error)
}

// QuestionPrompt is one question with what the user needs to see with it.
type QuestionPrompt struct {
	Number, Total int // Number counts from 1 over the whole questionnaire
	Ref           checklist.QuestionRef
	Current       *checklist.AnswerValue // the answer on file, if any
	CanGoBack     bool
	Notes         bool // ask for a note with the answer
	Lang          checklist.Lang
}

func (q QuestionPrompt) progress() string { return Message(q.Lang, "progress", q.Number, q.Total) }

func (q QuestionPrompt) id() string { return q.Ref.ID() }

// Reply is the user's answer to a QuestionPrompt. A Value of kind
// Unanswered means the question was skipped.
type Reply struct {
	Back  bool
	Value checklist.AnswerValue
}

// ParseAnswer reads one typed answer: 0–4, na, dk, empty (skip) or <.
func ParseAnswer(line string) (Reply, bool) {
	switch s := strings.ToLower(strings.TrimSpace(line)); s {
	case "":
		return Reply{}, true
	case "<":
		return Reply{Back: true}, true
	case "na":
		return Reply{Value: checklist.AnswerValue{Kind: checklist.NotRelevant}}, true
	case "dk":
		return Reply{Value: checklist.AnswerValue{Kind: checklist.DontKnow}}, true
	case "0", "1", "2", "3", "4":
		return Reply{Value: checklist.AnswerValue{Kind: checklist.Scored, Score: int(s[0] - '0')}}, true
	}
	return Reply{}, false
}

type lineResult struct {
	text string
	err  error
}

// plainPrompter reads every line through one buffered reader: piped
// answers arrive in one block, and a reader per prompt would swallow the
// lines meant for the next ones. Reading happens on its own goroutine so
// that a signal can end a prompt that waits for input.
type plainPrompter struct {
	in   *bufio.Reader
	out  io.Writer
	echo bool // input is not a terminal: repeat each line so the transcript reads well
	lang checklist.Lang

	start      sync.Once
	lines      chan lineResult
	stop       chan struct{}
	stopOnce   sync.Once
	intro      bool
	lastItem   string
	lastRubric string
}

func newPlainPrompter(in io.Reader, out io.Writer, echo bool, lang checklist.Lang) *plainPrompter {
	return &plainPrompter{in: bufio.NewReader(in), out: out, echo: echo, lang: lang,
		lines: make(chan lineResult), stop: make(chan struct{})}
}

func (p *plainPrompter) readLoop() {
	defer close(p.lines)
	for {
		line, err := p.in.ReadString('\n')
		if line != "" || err == nil {
			select {
			case p.lines <- lineResult{text: strings.TrimRight(line, "\r\n")}:
			case <-p.stop:
				return
			}
		}
		if err != nil {
			return
		}
	}
}

// Close lets the reading goroutine end once it has a line to hand over.
func (p *plainPrompter) Close() error {
	p.stopOnce.Do(func() { close(p.stop) })
	return nil
}

func (p *plainPrompter) readLine(ctx context.Context) (string, error) {
	p.start.Do(func() { go p.readLoop() })
	if err := ctx.Err(); err != nil { // a line may be waiting too; the signal wins
		fmt.Fprintln(p.out)
		return "", err
	}
	select {
	case <-ctx.Done():
		fmt.Fprintln(p.out)
		return "", ctx.Err()
	case r, ok := <-p.lines:
		if !ok {
			fmt.Fprintln(p.out)
			return "", io.EOF
		}
		if p.echo {
			fmt.Fprintln(p.out, r.text)
		}
		return r.text, r.err
	}
}

func (p *plainPrompter) Input(ctx context.Context, label string, required bool) (string, error) {
	for {
		fmt.Fprintf(p.out, "%s: ", label)
		s, err := p.readLine(ctx)
		if s = strings.TrimSpace(s); err != nil || s != "" || !required {
			return s, err
		}
		fmt.Fprintln(p.out, Message(p.lang, "required"))
	}
}

func (p *plainPrompter) Choose(ctx context.Context, label string, options []string) (int, error) {
	fmt.Fprintln(p.out, label)
	for i, o := range options {
		fmt.Fprintf(p.out, "  %d. %s\n", i+1, o)
	}
	for {
		fmt.Fprintf(p.out, "1–%d: ", len(options))
		s, err := p.readLine(ctx)
		if err != nil {
			return 0, err
		}
		var n int
		if _, scanErr := fmt.Sscanf(strings.TrimSpace(s), "%d", &n); scanErr == nil && n >= 1 && n <= len(options) {
			return n - 1, nil
		}
	}
}

func (p *plainPrompter) Question(ctx context.Context, q QuestionPrompt) (Reply, error) {
	p.showIntro(q)
	p.showItem(q)
	fmt.Fprintf(p.out, "%s (%s): %s\n", q.progress(), q.id(), checklist.OneLine(q.Ref.Question.Text.In(q.Lang)))
	if q.Current != nil && q.Current.Kind != checklist.Unanswered {
		fmt.Fprintln(p.out, Message(q.Lang, "current", answerLabel(*q.Current, q.Lang)))
	}
	reply, err := p.readAnswer(ctx, q)
	if err != nil || reply.Back || !q.Notes {
		return reply, err
	}
	fmt.Fprint(p.out, Message(q.Lang, "note"))
	note, err := p.readLine(ctx)
	if err == io.EOF {
		err = nil // the answer stands; the next prompt meets the end of input
	}
	reply.Value.Note = strings.TrimSpace(note)
	return reply, err
}

func (p *plainPrompter) readAnswer(ctx context.Context, q QuestionPrompt) (Reply, error) {
	for {
		fmt.Fprint(p.out, Message(q.Lang, "answer"))
		line, err := p.readLine(ctx)
		if err != nil {
			return Reply{}, err
		}
		reply, ok := ParseAnswer(line)
		switch {
		case !ok:
			fmt.Fprintln(p.out, Message(q.Lang, "invalid", strings.TrimSpace(line)))
		case reply.Back && !q.CanGoBack:
			fmt.Fprintln(p.out, Message(q.Lang, "first"))
		default:
			return reply, nil
		}
	}
}

// showIntro prints, once, how to answer and what the scale means.
func (p *plainPrompter) showIntro(q QuestionPrompt) {
	if p.intro {
		return
	}
	p.intro = true
	var scale []string
	for _, s := range checklist.ScaleLabels {
		scale = append(scale, s.Value+" = "+s.Label.In(q.Lang))
	}
	fmt.Fprintln(p.out, Message(q.Lang, "how"))
	if q.Notes {
		fmt.Fprintln(p.out, Message(q.Lang, "how-notes"))
	}
	fmt.Fprintf(p.out, "%s: %s.\n", Message(q.Lang, "scale"), strings.Join(scale, ", "))
}

// showItem prints the item a question belongs to, and its rubric, when
// they differ from the last question's.
func (p *plainPrompter) showItem(q QuestionPrompt) {
	it := q.Ref.Item
	if it.ID == p.lastItem {
		return
	}
	p.lastItem = it.ID
	if r := q.Ref.Rubric; r.ID != p.lastRubric {
		p.lastRubric = r.ID
		fmt.Fprintf(p.out, "\n== %s (%s) ==\n", r.Title.In(q.Lang), r.ID)
	}
	fmt.Fprintf(p.out, "\n%s: %s\n", it.ID, checklist.OneLine(it.Title.In(q.Lang)))
	if s := checklist.OneLine(it.Summary.In(q.Lang)); s != "" {
		fmt.Fprintln(p.out, s)
	}
}

// ErrInterrupted is the user stopping a form with Ctrl-C.
var ErrInterrupted = errors.New("interrupted")

// Options are what the questionnaire needs to know about where it runs.
type Options struct {
	In         io.Reader
	Out        io.Writer // stderr: the report alone goes to stdout
	InTTY      bool
	Accessible bool // plain numbered prompts, no redraws
	Color      bool
	Lang       checklist.Lang
}

// New returns the plain prompter when asked to be accessible, else the
// terminal form, reading keys straight from the terminal when In is one.
func New(o Options) Prompter {
	if o.Accessible {
		return newPlainPrompter(o.In, o.Out, !o.InTTY, o.Lang)
	}
	p := &formPrompter{in: o.In, out: o.Out, color: o.Color, lang: o.Lang}
	if f, ok := o.In.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.kb = newKeyboard(f)
	}
	return p
}
