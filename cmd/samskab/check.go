package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
	"github.com/samskab/samskab/checklist/render"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// CheckOptions are the inputs of `samskab check`.
type CheckOptions struct {
	*Factory
	File   string
	Format string
	Limits gate.Limits
	// MinRubric holds the raw ID=PCT values of --min-rubric.
	MinRubric []string
}

// NewCmdCheck builds `samskab check`. runF replaces the run function in
// tests that only check flag parsing.
func NewCmdCheck(f *Factory, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{Factory: f}
	var minOverall, minItem, minCoverage float64
	cmd := &cobra.Command{
		Use:               "check " + f.msgs().UseFile,
		Short:             f.msgs().CheckShort,
		Long:              f.msgs().CheckLong,
		Example:           f.msgs().CheckExample,
		Args:              exactArgs(f, 1, f.msgs().ArgCheckFile),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if err := opts.checkFormat(opts.Format, render.Formats(render.CheckView)); err != nil {
				return err
			}
			if err := opts.parseLimits(cmd, minOverall, minItem, minCoverage); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts)
		},
	}
	fl := cmd.Flags()
	m := f.msgs()
	fl.StringVarP(&opts.Format, "format", "f", "text", formatUsage(f, render.Formats(render.CheckView)))
	// Percent flags default to 0 so help shows no misleading default: an
	// unset flag leaves the file's target (or samskab's default) in force.
	fl.Float64Var(&minOverall, "min", 0, m.FlagMin)
	stringArrayVar(fl, &opts.MinRubric, "min-rubric", m.FlagMinRubric)
	fl.Float64Var(&minItem, "min-item", 0, m.FlagMinItem)
	fl.Float64Var(&minCoverage, "min-coverage", 0, m.FlagMinCoverage)
	fl.BoolVar(&opts.Limits.FailOnDisagreement, "fail-on-disagreement", false, m.FlagFailDisagreement)
	addScoringFlags(cmd, f)
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(render.Formats(render.CheckView)...))
	_ = cmd.RegisterFlagCompletionFunc("min-rubric", f.completeRubricIDs)
	return cmd
}

// parseLimits turns the flags that were given into limits; flags left at
// their defaults leave the file's targets in force.
func (opts *CheckOptions) parseLimits(cmd *cobra.Command, overall, item, coverage float64) error {
	for _, fl := range []struct {
		name  string
		value float64
		into  *checklist.Target
	}{{"min", overall, &opts.Limits.Overall}, {"min-item", item, &opts.Limits.Item}, {"min-coverage", coverage, &opts.Limits.Coverage}} {
		if !cmd.Flags().Changed(fl.name) {
			continue
		}
		if err := checkPercent(opts.say(), "--"+fl.name, fl.value); err != nil {
			return err
		}
		*fl.into = checklist.Target{Percent: fl.value, Set: true}
	}
	opts.Limits.Rubrics = nil
	for _, v := range opts.MinRubric {
		rt, err := parseRubricLimit(opts.say(), v)
		if err != nil {
			return err
		}
		for _, prev := range opts.Limits.Rubrics {
			if prev.Rubric == rt.Rubric {
				return usageErrorf(opts.say().MinRubricTwice, rt.Rubric)
			}
		}
		opts.Limits.Rubrics = append(opts.Limits.Rubrics, rt)
	}
	return nil
}

func parseRubricLimit(m *catalog.CLIMessages, v string) (checklist.RubricTarget, error) {
	id, pct, ok := strings.Cut(v, "=")
	id = strings.TrimSpace(id)
	if !ok || id == "" {
		return checklist.RubricTarget{}, usageErrorf(m.MinRubricForm, v)
	}
	p, err := strconv.ParseFloat(strings.TrimSpace(pct), 64)
	if err != nil {
		return checklist.RubricTarget{}, usageErrorf(m.MinRubricNumber, v, pct)
	}
	if err := checkPercent(m, "--min-rubric "+id, p); err != nil {
		return checklist.RubricTarget{}, err
	}
	return checklist.RubricTarget{Rubric: id, Target: checklist.Target{Percent: p, Set: true}}, nil
}

func checkPercent(m *catalog.CLIMessages, flag string, v float64) error {
	if !(v >= 0 && v <= 100) {
		return usageErrorf(m.PercentFlag, flag, v)
	}
	return nil
}

func checkRun(opts *CheckOptions) error {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	for _, rt := range opts.Limits.Rubrics {
		if _, err := cat.Select([]string{rt.Rubric}); err != nil {
			return usageErrorf("--min-rubric: %s", opts.describe(err))
		}
	}
	c, err := opts.reader().ReadCaseFile(opts.File, cat)
	if err != nil {
		return err
	}
	report, err := checklist.Evaluate(c, cat, checklist.Options{Scope: opts.Global.Rubrics})
	if err != nil {
		return usageErrorf("%s", opts.describe(err))
	}
	result, err := gate.Check(c, report, gate.ResolveThresholds(opts.Limits, c.Targets))
	if err != nil {
		return opts.checkError(err)
	}
	if err := opts.writeCheck(result, lang); err != nil {
		return err
	}
	if code := result.ExitCode(); code != exitOK {
		return silentExit(code)
	}
	return nil
}

// checkError words what keeps thresholds from being checked: targets of
// the file, and flags, whose rubric is not scored.
func (opts *CheckOptions) checkError(err error) error {
	m := &catalog.For(opts.userLang()).Problems
	var targets gate.ScopeErrors
	if errors.As(err, &targets) {
		problems := make(checklist.Problems, len(targets))
		for i, e := range targets {
			problems[i] = checklist.Problem{File: e.File, Line: e.Line, Col: e.Col,
				Msg: fmt.Sprintf(m.TargetNotScored, e.Rubric, scopeReason(m, e))}
		}
		return problems
	}
	var scope *gate.ScopeError
	if errors.As(err, &scope) {
		return usageErrorf("%s %s: %s", thresholdFlags()[gate.ThresholdRubric], scope.Rubric, scopeReason(m, scope))
	}
	return usageErrorf("%s", err)
}

func scopeReason(m *catalog.ProblemMessages, e *gate.ScopeError) string {
	return fmt.Sprintf(m.RubricNotScored, e.Rubric, strings.Join(e.Scored, ", "))
}

// writeCheck renders the result completely before writing it, so a
// failure never leaves half a report on stdout.
func (opts *CheckOptions) writeCheck(r *gate.CheckResult, lang checklist.Lang) error {
	var buf bytes.Buffer
	printer, err := render.NewCheckPrinter(opts.Format, &buf, render.Options{Width: opts.Width(),
		Lang: lang, Color: opts.Color(), Version: opts.version(), Flags: thresholdFlags()})
	if err != nil {
		return usageErrorf("%s", err)
	}
	if err := printer.Print(r); err != nil {
		return fmt.Errorf(opts.say().RenderingCheck, err)
	}
	_, err = opts.IO.Out.Write(buf.Bytes())
	return err
}

// thresholdFlags are the flags behind each kind of threshold, which the
// check views name as a threshold's source; made when check needs them,
// not at every start.
func thresholdFlags() map[gate.ThresholdKind]string {
	return map[gate.ThresholdKind]string{
		gate.ThresholdOverall: "--min", gate.ThresholdRubric: "--min-rubric", gate.ThresholdItem: "--min-item",
		gate.ThresholdCoverage: "--min-coverage", gate.ThresholdDisagreement: "--fail-on-disagreement",
	}
}
