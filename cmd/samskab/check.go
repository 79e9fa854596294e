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
	"github.com/samskab/samskab/checklist/yamlfile"
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
		Use:   "check FILE",
		Short: "Check a case file against its targets; exit 1 when it falls short",
		Long: `Score a case file and check it against thresholds – for CI, where a merge should fail
when a project plan falls below its own targets.

Each threshold comes from a flag if given, else from the file's ` + "`targets`" + `, else from the
default: overall at least 50 %, coverage (items scored or marked na) 100 %, no rubric or item
minimum. Items that break a threshold are reported at the line of their lowest answer.

Formats: text (default), json (the full report plus each threshold), junit (for test
reporters), github (annotations for GitHub Actions) and sarif (SARIF 2.1.0 for code scanning).

Exit status: 0 when every threshold holds, 1 when any does not, 2 on invalid input or usage.`,
		Example: `  samskab check plan.yaml
  samskab check plan.yaml --min 60 --min-rubric cok=70 --min-item 25
  samskab check plan.yaml --min-coverage 90 --fail-on-disagreement
  samskab check plan.yaml --format github                  # in a GitHub Actions step
  samskab check plan.yaml --format junit > samskab.xml     # for a test report`,
		Args:              exactArgs(1, "FILE, the case file to check"),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if err := checkFormat(opts.Format, render.Formats(render.CheckView)); err != nil {
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
	fl.StringVarP(&opts.Format, "format", "f", "text", "output format: text, json, junit, github or sarif")
	// Percent flags default to 0 so help shows no misleading default: an
	// unset flag leaves the file's target (or samskab's default) in force.
	fl.Float64Var(&minOverall, "min", 0, "minimum overall percent `PCT`; overrides targets.overall, which defaults to 50")
	fl.StringArrayVar(&opts.MinRubric, "min-rubric", nil, "minimum percent for a rubric, as `ID=PCT`; repeatable; overrides targets.rubrics")
	fl.Float64Var(&minItem, "min-item", 0, "no scored item below this percent `PCT`; overrides targets.item")
	fl.Float64Var(&minCoverage, "min-coverage", 0, "minimum percent `PCT` of items scored or marked na; overrides targets.coverage, which defaults to 100")
	fl.BoolVar(&opts.Limits.FailOnDisagreement, "fail-on-disagreement", false, "fail when respondents' scores for an item lie 2 or more apart")
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
		if err := checkPercent("--"+fl.name, fl.value); err != nil {
			return err
		}
		*fl.into = checklist.Target{Percent: fl.value, Set: true}
	}
	opts.Limits.Rubrics = nil
	for _, v := range opts.MinRubric {
		rt, err := parseRubricLimit(v)
		if err != nil {
			return err
		}
		for _, prev := range opts.Limits.Rubrics {
			if prev.Rubric == rt.Rubric {
				return usageErrorf("--min-rubric %s is given twice", rt.Rubric)
			}
		}
		opts.Limits.Rubrics = append(opts.Limits.Rubrics, rt)
	}
	return nil
}

func parseRubricLimit(v string) (checklist.RubricTarget, error) {
	id, pct, ok := strings.Cut(v, "=")
	id = strings.TrimSpace(id)
	if !ok || id == "" {
		return checklist.RubricTarget{}, usageErrorf("--min-rubric %q: expected ID=PCT, e.g. --min-rubric cok=70", v)
	}
	p, err := strconv.ParseFloat(strings.TrimSpace(pct), 64)
	if err != nil {
		return checklist.RubricTarget{}, usageErrorf("--min-rubric %q: %q is not a number; expected ID=PCT, e.g. cok=70", v, pct)
	}
	if err := checkPercent("--min-rubric "+id, p); err != nil {
		return checklist.RubricTarget{}, err
	}
	return checklist.RubricTarget{Rubric: id, Target: checklist.Target{Percent: p, Set: true}}, nil
}

func checkPercent(flag string, v float64) error {
	if !(v >= 0 && v <= 100) {
		return usageErrorf("%s must be a percent from 0 to 100, got %g", flag, v)
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
			return usageErrorf("--min-rubric: %s", err)
		}
	}
	c, err := yamlfile.ReadCaseFile(opts.File, cat)
	if err != nil {
		return err
	}
	report, err := checklist.Evaluate(c, cat, checklist.Options{Scope: opts.Global.Rubrics})
	if err != nil {
		return usageErrorf("%s", err)
	}
	result, err := gate.Check(c, report, gate.ResolveThresholds(opts.Limits, c.Targets))
	if err != nil {
		var problems checklist.Problems
		if errors.As(err, &problems) {
			return err
		}
		var scope *gate.ScopeError
		if errors.As(err, &scope) {
			return usageErrorf("%s %s: %s", thresholdFlags[gate.ThresholdRubric], scope.Rubric, scope.Msg)
		}
		return usageErrorf("%s", err)
	}
	if err := opts.writeCheck(result, lang); err != nil {
		return err
	}
	if code := result.ExitCode(); code != exitOK {
		return silentExit(code)
	}
	return nil
}

// writeCheck renders the result completely before writing it, so a
// failure never leaves half a report on stdout.
func (opts *CheckOptions) writeCheck(r *gate.CheckResult, lang checklist.Lang) error {
	var buf bytes.Buffer
	printer, err := render.NewCheckPrinter(opts.Format, &buf, render.Options{
		Lang: lang, Color: opts.Color(), Version: opts.Version, Flags: thresholdFlags})
	if err != nil {
		return usageErrorf("%s", err)
	}
	if err := printer.Print(r); err != nil {
		return fmt.Errorf("rendering the check: %w", err)
	}
	_, err = opts.IO.Out.Write(buf.Bytes())
	return err
}

// thresholdFlags are the flags behind each kind of threshold, which the
// check views name as a threshold's source.
var thresholdFlags = map[gate.ThresholdKind]string{
	gate.ThresholdOverall: "--min", gate.ThresholdRubric: "--min-rubric", gate.ThresholdItem: "--min-item",
	gate.ThresholdCoverage: "--min-coverage", gate.ThresholdDisagreement: "--fail-on-disagreement",
}
