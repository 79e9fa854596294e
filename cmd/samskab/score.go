package main

import (
	"bytes"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
)

// ScoreOptions are the inputs of `samskab score`.
type ScoreOptions struct {
	*Factory
	File     string
	Format   string
	GapBelow float64
	outputFlags
}

// NewCmdScore builds `samskab score`. runF replaces the run function in
// tests that only check flag parsing.
func NewCmdScore(f *Factory, runF func(*ScoreOptions) error) *cobra.Command {
	opts := &ScoreOptions{Factory: f}
	cmd := &cobra.Command{
		Use:               "score " + f.msgs().UseFile,
		Short:             f.msgs().ScoreShort,
		Long:              f.msgs().ScoreLong,
		Example:           f.msgs().ScoreExample,
		Args:              exactArgs(f, 1, f.msgs().ArgScoreFile),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if err := opts.checkFormat(opts.Format, render.Formats(render.ReportView)); err != nil {
				return err
			}
			if err := opts.checkGapBelow(opts.GapBelow); err != nil {
				return err
			}
			if err := opts.outputFlags.check(f, opts.Format); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return scoreRun(opts)
		},
	}
	addReportFlags(cmd, f, &opts.Format, &opts.GapBelow, render.Formats(render.ReportView))
	opts.outputFlags.add(cmd, f, true)
	addScoringFlags(cmd, f)
	return cmd
}

// addReportFlags adds the flags shared by every command that prints the
// report: --format and --gap-below.
func addReportFlags(cmd *cobra.Command, f *Factory, format *string, gapBelow *float64, formats []string) {
	cmd.Flags().StringVarP(format, "format", "f", "text", formatUsage(f, formats))
	cmd.Flags().Float64Var(gapBelow, "gap-below", checklist.DefaultGapBelow, f.msgs().FlagGapBelow)
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(formats...))
}

func (f *Factory) checkGapBelow(v float64) error {
	if !(v > 0 && v <= 100) { // written so that NaN fails too
		return usageErrorf(f.msgs().GapBelowRange, v)
	}
	return nil
}

func scoreRun(opts *ScoreOptions) error {
	report, err := loadAndScore(opts.Factory, opts.File, opts.GapBelow)
	if err != nil {
		return err
	}
	lang, err := opts.Lang()
	if err != nil {
		return err
	}
	data, err := renderReport(report, opts.Format, opts.Excel,
		render.Options{Lang: lang, Color: opts.Color() && opts.Out == "", Width: opts.Width()})
	if err != nil {
		return err
	}
	return opts.outputFlags.write(opts.Factory, data)
}

// loadAndScore reads a case file and scores it with the global scope.
func loadAndScore(f *Factory, file string, gapBelow float64) (*checklist.Report, error) {
	cat, err := f.Catalog()
	if err != nil {
		return nil, err
	}
	c, err := f.reader().ReadCaseFile(file, cat)
	if err != nil {
		return nil, err
	}
	f.printWarnings(c.Warnings)
	report, err := checklist.Evaluate(c, cat, checklist.Options{Scope: f.Global.Rubrics, GapBelow: gapBelow})
	if err != nil {
		return nil, usageErrorf("%s", f.describe(err))
	}
	return report, nil
}

// writeReport renders the report completely before writing it, so a
// failure never leaves half a report on stdout.
func (f *Factory) writeReport(r *checklist.Report, format string) error {
	lang, err := f.Lang()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	printer, err := render.NewReportPrinter(format, &buf, render.Options{Lang: lang, Color: f.Color(), Width: f.Width()})
	if err != nil {
		return usageErrorf("%s", err)
	}
	if err := printer.Print(r); err != nil {
		return fmt.Errorf(f.say().RenderingReport, err)
	}
	_, err = f.IO.Out.Write(buf.Bytes())
	return err
}

// exactArgs is cobra.ExactArgs with a message that says what is missing.
func exactArgs(f *Factory, n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErrorf(f.msgs().ArgCount, cmd.CommandPath(), what, len(args), cmd.CommandPath())
		}
		return nil
	}
}

// maximumArgs is cobra.MaximumNArgs in the language of help.
func maximumArgs(f *Factory, n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > n {
			return usageErrorf(f.msgs().ArgCountMax, cmd.CommandPath(), n, len(args), cmd.CommandPath())
		}
		return nil
	}
}

// noArgs is cobra.NoArgs in the language of help.
func noArgs(f *Factory) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) > 0 {
			return usageErrorf(f.msgs().ArgNone, cmd.CommandPath(), args[0], cmd.CommandPath())
		}
		return nil
	}
}
