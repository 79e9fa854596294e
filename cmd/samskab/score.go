package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
	"github.com/samskab/samskab/checklist/yamlfile"
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
		Use:   "score FILE",
		Short: "Score a case file and print the report",
		Long: `Score a case file against the rubrics in its scope and print a report: the overall
score and level, a score per rubric, item and theme, and the gaps – the items that are low,
that respondents disagree on, or that nobody could answer – each with a next step.`,
		Example: `  samskab score plan.yaml
  samskab score plan.yaml --lang en --format markdown > report.md
  samskab score plan.yaml --format json | jq '.overall'
  samskab score plan.yaml --format html > report.html
  samskab score plan.yaml --format xlsx --out rapport.xlsx
  samskab score plan.yaml --format csv --excel > punkter.csv
  samskab score plan.yaml --rubric cok --gap-below 60`,
		Args:              exactArgs(1, "FILE, the case file to score"),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if err := checkFormat(opts.Format, render.Formats(render.ReportView)); err != nil {
				return err
			}
			if err := checkGapBelow(opts.GapBelow); err != nil {
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
	addReportFlags(cmd, &opts.Format, &opts.GapBelow, render.Formats(render.ReportView))
	opts.outputFlags.add(cmd, true)
	return cmd
}

// addReportFlags adds the flags shared by every command that prints the
// report: --format and --gap-below.
func addReportFlags(cmd *cobra.Command, format *string, gapBelow *float64, formats []string) {
	cmd.Flags().StringVarP(format, "format", "f", "text", "output format: "+orList(formats))
	cmd.Flags().Float64Var(gapBelow, "gap-below", checklist.DefaultGapBelow, "list scored items below this percent as gaps")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(formats...))
}

func checkGapBelow(v float64) error {
	if !(v > 0 && v <= 100) { // written so that NaN fails too
		return usageErrorf("--gap-below must be a percent above 0 and at most 100, got %g", v)
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
		render.Options{Lang: lang, Color: opts.Color() && opts.Out == ""})
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
	c, err := yamlfile.ReadCaseFile(file, cat)
	if err != nil {
		return nil, err
	}
	f.printWarnings(c.Warnings)
	report, err := checklist.Evaluate(c, cat, checklist.Options{Scope: f.Global.Rubrics, GapBelow: gapBelow})
	if err != nil {
		return nil, usageErrorf("%s", err)
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
	printer, err := render.NewReportPrinter(format, &buf, render.Options{Lang: lang, Color: f.Color()})
	if err != nil {
		return usageErrorf("%s", err)
	}
	if err := printer.Print(r); err != nil {
		return fmt.Errorf("rendering the report: %w", err)
	}
	_, err = f.IO.Out.Write(buf.Bytes())
	return err
}

// exactArgs is cobra.ExactArgs with a message that says what is missing.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usageErrorf("%s expects %s, got %d argument(s) (see '%s --help')", cmd.CommandPath(), what, len(args), cmd.CommandPath())
		}
		return nil
	}
}

// orList is "a, b or c".
func orList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}
