package prompt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/samskab/samskab/checklist"
)

// huhPrompter asks on a terminal with one small huh form per prompt, the
// way GitHub's CLI does: each answer is known, and saved, before the next
// question is drawn.
type huhPrompter struct {
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

// run shows a form and reports how it ended. bubbletea's own signal
// handler is off: it would turn SIGTERM into an ordinary quit, and an
// unfinished form would then look answered. The command's context carries
// signals instead.
func (p *huhPrompter) run(ctx context.Context, fields ...huh.Field) error {
	in := p.in
	if p.kb != nil {
		r, release, err := p.kb.attach()
		if err != nil {
			return err
		}
		defer release()
		in = r
	}
	opts := []tea.ProgramOption{tea.WithoutSignalHandler()}
	if !p.color {
		opts = append(opts, tea.WithColorProfile(colorprofile.Ascii))
	}
	form := huh.NewForm(huh.NewGroup(fields...)).
		WithProgramOptions(opts...). // replaces the defaults, so input and output come after
		WithInput(in).
		WithOutput(p.out)
	err := form.RunWithContext(ctx)
	switch {
	case ctx.Err() != nil:
		return ctx.Err()
	case errors.Is(err, huh.ErrUserAborted):
		return ErrInterrupted
	case err != nil:
		return err
	case form.State != huh.StateCompleted:
		return ErrInterrupted
	}
	return nil
}

func (p *huhPrompter) Input(ctx context.Context, label string, required bool) (string, error) {
	var s string
	in := huh.NewInput().Title(label).Value(&s).Validate(func(s string) error {
		if required && strings.TrimSpace(s) == "" {
			return errors.New(Message(p.lang, "required"))
		}
		return nil
	})
	err := p.run(ctx, in)
	return strings.TrimSpace(s), err
}

func (p *huhPrompter) Choose(ctx context.Context, label string, options []string) (int, error) {
	var choice int
	opts := make([]huh.Option[int], len(options))
	for i, o := range options {
		opts[i] = huh.NewOption(o, i)
	}
	err := p.run(ctx, huh.NewSelect[int]().Title(label).Options(opts...).Value(&choice))
	return choice, err
}

func (p *huhPrompter) Question(ctx context.Context, q QuestionPrompt) (Reply, error) {
	var choice, note string
	if q.Current != nil {
		choice, note = q.Current.Text(), q.Current.Note
		if q.Current.Kind == checklist.Unanswered {
			choice = ""
		}
	}
	it := q.Ref.Item
	about := it.ID + "  " + checklist.OneLine(it.Title.In(q.Lang))
	if summary := checklist.OneLine(it.Summary.In(q.Lang)); summary != "" {
		about += "\n\n" + summary
	}
	header := huh.NewNote().Title(q.progress() + " · " + q.Ref.Rubric.Title.In(q.Lang)).Description(about)
	fields := []huh.Field{header, huh.NewSelect[string]().
		Title(checklist.OneLine(q.Ref.Question.Text.In(q.Lang))).
		Options(questionOptions(q)...).
		Value(&choice)}
	if q.Notes {
		fields = append(fields, huh.NewInput().Title(Message(q.Lang, "note-title")).Value(&note))
	}
	if err := p.run(ctx, fields...); err != nil {
		return Reply{}, err
	}
	reply := choiceReply(choice, q)
	if !reply.Back {
		reply.Value.Note = strings.TrimSpace(note)
		shown := reply.Value
		if shown.Kind == checklist.Unanswered && q.Current != nil {
			shown = *q.Current
		}
		// The form clears itself; this line keeps a record on screen.
		fmt.Fprintf(p.out, "✓ %s · %s: %s\n", q.progress(), q.id(), answerLabel(shown, q.Lang))
	}
	return reply, nil
}

// questionOptions lists skip (or keep, for an answered question) first,
// so the cursor of an unanswered question starts on no answer and a blind
// Enter records nothing; then the scale and, after the first question,
// back.
func questionOptions(q QuestionPrompt) []huh.Option[string] {
	skip := Message(q.Lang, "skip")
	if q.Current != nil && q.Current.Kind != checklist.Unanswered {
		skip = Message(q.Lang, "keep")
	}
	opts := []huh.Option[string]{huh.NewOption(skip, choiceSkip)}
	for _, s := range checklist.ScaleLabels {
		opts = append(opts, huh.NewOption(fmt.Sprintf("%-2s  %s", s.Value, s.Label.In(q.Lang)), s.Value))
	}
	if q.CanGoBack {
		opts = append(opts, huh.NewOption(Message(q.Lang, "back"), choiceBack))
	}
	return opts
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
