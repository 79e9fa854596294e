package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

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

	// flags are the command's flags as parsed, for the resume hint.
	flags *pflag.FlagSet

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
		Use:               "assess " + f.msgs().UseOptFile,
		Short:             f.msgs().AssessShort,
		Long:              f.msgs().AssessLong,
		Example:           f.msgs().AssessExample,
		Args:              maximumArgs(f, 1),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = defaultAssessFile
			if len(args) == 1 {
				opts.File = args[0]
			}
			if err := opts.checkFormat(opts.Format, textFormats(render.Formats(render.ReportView))); err != nil {
				return err
			}
			if err := opts.checkGapBelow(opts.GapBelow); err != nil {
				return err
			}
			if err := opts.parseAudience(audience); err != nil {
				return err
			}
			opts.Ctx = cmd.Context()
			opts.flags = cmd.Flags()
			if runF != nil {
				return runF(opts)
			}
			return assessRun(opts)
		},
	}
	fl := cmd.Flags()
	m := f.msgs()
	fl.StringVar(&opts.Project, "project", "", m.FlagProject)
	fl.StringVar(&opts.Owner, "owner", "", m.FlagOwner)
	fl.StringVar(&opts.Respondent, "respondent", "", m.FlagRespondent)
	fl.StringVar(&opts.Actor, "actor", "", m.FlagActor)
	fl.BoolVar(&opts.Notes, "notes", false, m.FlagNotes)
	fl.StringVar(&audience, "audience", "", m.FlagAudience)
	_ = cmd.RegisterFlagCompletionFunc("audience", cobra.FixedCompletions(checklist.AudienceNames(), cobra.ShellCompDirectiveNoFileComp))
	addReportFlags(cmd, f, &opts.Format, &opts.GapBelow, textFormats(render.Formats(render.ReportView)))
	addScoringFlags(cmd, f)
	addAccessibleFlag(cmd, f)
	return cmd
}

// parseAudience checks --audience; empty means every question.
func (opts *AssessOptions) parseAudience(s string) error {
	if s == "" {
		return nil
	}
	a, ok := checklist.ParseAudience(s)
	if !ok {
		return usageErrorf(opts.say().UnknownAudience, s, strings.Join(checklist.AudienceNames(), ", "))
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
