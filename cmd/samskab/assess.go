package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
	"github.com/samskab/samskab/internal/atomicfile"
	"github.com/samskab/samskab/internal/prompt"
)

// AssessOptions are the inputs of `samskab assess`.
type AssessOptions struct {
	*Factory
	File       string
	Format     string
	GapBelow   float64
	Project    string
	Owner      string
	Respondent string
	Actor      string
	Notes      bool
	// Audience, when set, asks only the questions for that audience
	// (lead, partner or citizen); empty asks every question.
	Audience checklist.Audience

	// Ctx, Now and NewPrompter are the seams tests use: a context to
	// cancel, a fixed clock and a scripted prompter.
	Ctx         context.Context
	Now         func() time.Time
	NewPrompter func(*AssessOptions, checklist.Lang) prompt.Prompter
}

// defaultAssessFile is where answers go when no FILE is named.
const defaultAssessFile = "samskab.yaml"

// NewCmdAssess builds `samskab assess`.
func NewCmdAssess(f *Factory, runF func(*AssessOptions) error) *cobra.Command {
	opts := &AssessOptions{Factory: f, Now: time.Now, NewPrompter: defaultPrompter}
	var audience string
	cmd := &cobra.Command{
		Use:   "assess [FILE]",
		Short: "Answer the questions in the terminal and get the report",
		Long: `Ask every question in scope, one at a time, and save each answer in FILE as soon as it
is given (default: samskab.yaml). Answers are 0–4 on the scale below, na (not relevant) or
dk (don't know); a question can be skipped and answered later. At the end the report is
printed, as by 'samskab score'. With --audience only the questions for that group are asked:
lead (those who run the project), partner (associations, businesses and other organisations)
or citizen (citizens and volunteers); an item is scored from whoever answered it.

  4 Strongly agree · 3 Mostly agree · 2 Neither agree nor disagree · 1 Mostly disagree
  0 Strongly disagree · na Not relevant · dk Don't know

A FILE that does not exist is created. In an existing FILE a new response is added, or,
when --respondent names a response already there, that response resumes at its first
unanswered question. The rest of the file – comments, order and other responses – is left
exactly as it was.

On a terminal the questions come as a form: arrow keys and Enter choose, and the last
option goes back to the previous question. With --accessible, ACCESSIBLE=1, TERM=dumb, or
when the input is not a terminal, the questions are plain numbered prompts instead, one
answer per line: 0–4, na, dk, an empty line to skip, or < to go back. With --notes the
line after each answer is a note (empty for none).

Ctrl-C, SIGTERM, SIGHUP (a closed terminal), or input that ends before the last question,
stops with exit code 130; every answer given is already saved, and a line on stderr says how
to resume. Several people may answer into one FILE at once: each save locks FILE, re-reads it
and merges by respondent and question, so every answer is kept.`,
		Example: `  samskab assess plan.yaml
  samskab assess plan.yaml --respondent "Mette (projektleder)"    # resume where Mette stopped
  samskab assess plan.yaml --rubric cok --project "Gå-venner i Havdrup" --notes
  samskab assess plan.yaml --audience citizen --respondent "Grethe (frivillig)"   # only questions a citizen can answer
  printf '3\n2\nna\n4\n' | samskab assess plan.yaml --rubric vaeksthus --project X --respondent Y
  samskab assess plan.yaml --accessible --lang da --format markdown > report.md`,
		Args:              cobra.MaximumNArgs(1),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = defaultAssessFile
			if len(args) == 1 {
				opts.File = args[0]
			}
			if err := checkFormat(opts.Format, textFormats(render.Formats(render.ReportView))); err != nil {
				return err
			}
			if err := checkGapBelow(opts.GapBelow); err != nil {
				return err
			}
			if err := opts.parseAudience(audience); err != nil {
				return err
			}
			opts.Ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return assessRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Project, "project", "", "the project's `NAME`, for a new FILE (asked for on a terminal)")
	fl.StringVar(&opts.Owner, "owner", "", "the `NAME` of the project owner, for a new FILE")
	fl.StringVar(&opts.Respondent, "respondent", "", "the `NAME` of who answers; naming an existing response resumes it")
	fl.StringVar(&opts.Actor, "actor", "", "the party the respondent answers for: an `ID` declared under actors")
	fl.BoolVar(&opts.Notes, "notes", false, "ask for an optional note with each answer")
	fl.StringVar(&audience, "audience", "", "ask only the questions for `WHO`: lead, partner or citizen")
	_ = cmd.RegisterFlagCompletionFunc("audience", cobra.FixedCompletions(checklist.AudienceNames(), cobra.ShellCompDirectiveNoFileComp))
	addReportFlags(cmd, &opts.Format, &opts.GapBelow, textFormats(render.Formats(render.ReportView)))
	return cmd
}

// parseAudience checks --audience; empty means every question.
func (opts *AssessOptions) parseAudience(s string) error {
	if s == "" {
		return nil
	}
	a, ok := checklist.ParseAudience(s)
	if !ok {
		return usageErrorf("unknown audience %q for --audience; expected one of: %s", s, strings.Join(checklist.AudienceNames(), ", "))
	}
	opts.Audience = a
	return nil
}

func defaultPrompter(opts *AssessOptions, lang checklist.Lang) prompt.Prompter {
	return prompt.New(prompt.Options{In: opts.IO.In, Out: opts.IO.ErrOut, InTTY: opts.IO.InTTY,
		Accessible: opts.Accessible(), Color: !opts.Global.NoColor && opts.Getenv("NO_COLOR") == "", Lang: lang})
}

// stopped reports whether err means the questionnaire was stopped early,
// by a signal, Ctrl-C or the end of the input.
func stopped(err error) bool {
	return errors.Is(err, io.EOF) || errors.Is(err, context.Canceled) || errors.Is(err, prompt.ErrInterrupted)
}

func assessRun(opts *AssessOptions) error {
	parent := opts.Ctx
	if parent == nil {
		parent = context.Background()
	}
	// Every signal that ends a process from outside (SIGHUP too, as when
	// the terminal closes) stops the questionnaire as Ctrl-C does: the
	// answers given are saved, and the exit status is 130.
	ctx, stop := atomicfile.NotifyContext(parent)
	defer stop()

	lang, err := opts.Lang()
	if err != nil {
		return err
	}
	p := opts.NewPrompter(opts, lang)
	if c, ok := p.(io.Closer); ok {
		defer c.Close()
	}
	s, err := newSession(ctx, opts, p, lang)
	if err != nil {
		if stopped(err) {
			fmt.Fprintln(opts.IO.ErrOut, prompt.Message(lang, "nothing"))
			return silentExit(exitInterrupted)
		}
		return err
	}
	s.announce()
	if err := s.run(ctx); err != nil {
		if ferr := s.flush(); ferr != nil {
			return ferr
		}
		s.reportStop() // what is saved and how to go on, whatever stopped the run
		if stopped(err) {
			return silentExit(exitInterrupted)
		}
		return err
	}
	if err := s.flush(); err != nil {
		return err
	}
	if len(s.pending) > 0 {
		fmt.Fprintln(opts.IO.ErrOut, prompt.Message(lang, "done", opts.File))
	}
	return s.writeReport()
}
