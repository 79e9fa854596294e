package prompt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/iostreams"
)

// formPrompter asks on a terminal with one small form per prompt, the way
// GitHub's CLI does: each answer is known, and saved, before the next
// question is drawn.
type formPrompter struct {
	in    io.Reader
	kb    *keyboard // set when in is the terminal
	out   io.Writer // stderr: the report alone goes to stdout
	color bool
	lang  checklist.Lang
}

const (
	choiceSkip = "skip"
	choiceBack = "back"
)

// run shows a form made of fields and waits until it is finished.
func (p *formPrompter) run(ctx context.Context, fields ...field) error {
	in := p.in
	if p.kb != nil {
		r, release, err := p.kb.attach()
		if err != nil {
			return err
		}
		defer release()
		in = r
	}
	width, height := p.size()
	f := &form{out: p.out, width: width, height: height, colors: iostreams.NewColorScheme(p.color), lang: p.lang, fields: fields}
	err := f.run(ctx, in)
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// size is the terminal's width less one column, and its height. A line
// that fills the last column leaves some terminals waiting to wrap, and
// the form would miscount its lines.
func (p *formPrompter) size() (width, height int) {
	if f, ok := p.out.(*os.File); ok {
		if w, h, err := term.GetSize(int(f.Fd())); err == nil && w > 20 {
			return w - 1, h
		}
	}
	return iostreams.DefaultWidth - 1, 0
}

func (p *formPrompter) Input(ctx context.Context, label string, required bool) (string, error) {
	line := &lineField{title: label, validate: func(s string) error {
		if required && strings.TrimSpace(s) == "" {
			return errors.New(Message(p.lang, "required"))
		}
		return nil
	}}
	err := p.run(ctx, line)
	return strings.TrimSpace(line.text()), err
}

func (p *formPrompter) Choose(ctx context.Context, label string, options []string) (int, error) {
	c := &choiceField{title: label, options: options, hotkeys: make([]rune, len(options))}
	err := p.run(ctx, c)
	return c.cursor, err
}

func (p *formPrompter) Question(ctx context.Context, q QuestionPrompt) (Reply, error) {
	it := q.Ref.Item
	about := it.ID + "  " + checklist.OneLine(it.Title.In(q.Lang))
	if summary := checklist.OneLine(it.Summary.In(q.Lang)); summary != "" {
		about += "\n\n" + summary
	}
	choice := questionChoice(q)
	fields := []field{
		&textField{title: q.progress() + " · " + q.Ref.Rubric.Title.In(q.Lang), body: about},
		choice.field,
	}
	note := &lineField{title: Message(q.Lang, "note-title")}
	if q.Current != nil {
		note.value = []rune(q.Current.Note)
		note.pos = len(note.value)
	}
	if q.Notes {
		fields = append(fields, note)
	}
	if err := p.run(ctx, fields...); err != nil {
		return Reply{}, err
	}
	reply := choiceReply(choice.values[choice.field.cursor], q)
	if !reply.Back {
		reply.Value.Note = strings.TrimSpace(note.text())
		shown := reply.Value
		if shown.Kind == checklist.Unanswered && q.Current != nil {
			shown = *q.Current
		}
		// The form clears itself; this line keeps a record on screen.
		fmt.Fprintf(p.out, "✓ %s · %s: %s\n", q.progress(), q.id(), answerLabel(shown, q.Lang))
	}
	return reply, nil
}

// questionField is a question's list of answers and the value behind
// each option.
type questionField struct {
	field  *choiceField
	values []string
}

// questionChoice lists skip (or keep, for an answered question) first, so
// the cursor of an unanswered question starts on no answer and a blind
// Enter records nothing; then the scale and, after the first question,
// back. An answered question starts on its answer.
func questionChoice(q QuestionPrompt) questionField {
	skip := Message(q.Lang, "skip")
	current := ""
	if q.Current != nil && q.Current.Kind != checklist.Unanswered {
		skip, current = Message(q.Lang, "keep"), q.Current.Text()
	}
	c := &choiceField{title: checklist.OneLine(q.Ref.Question.Text.In(q.Lang))}
	qf := questionField{field: c}
	add := func(label, value string, hotkey rune) {
		if value == current {
			c.cursor = len(c.options)
		}
		c.options = append(c.options, label)
		c.hotkeys = append(c.hotkeys, hotkey)
		qf.values = append(qf.values, value)
	}
	add(skip, choiceSkip, 0)
	for _, s := range checklist.ScaleLabels {
		var hotkey rune
		if len(s.Value) == 1 && s.Value[0] >= '0' && s.Value[0] <= '9' {
			hotkey = rune(s.Value[0])
		}
		add(fmt.Sprintf("%-2s  %s", s.Value, s.Label.In(q.Lang)), s.Value, hotkey)
	}
	if q.CanGoBack {
		add(Message(q.Lang, "back"), choiceBack, 0)
	}
	return qf
}

func choiceReply(choice string, q QuestionPrompt) Reply {
	switch choice {
	case choiceBack:
		return Reply{Back: true}
	case choiceSkip:
		return Reply{} // an answer on file stays as it is
	}
	r, _ := ParseAnswer(choice)
	return r
}
