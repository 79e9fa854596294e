package main

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
)

// CompareOptions are the inputs of `samskab compare`.
type CompareOptions struct {
	*Factory
	Old, New string
	Format   string
	Force    bool
	GapBelow float64
}

// NewCmdCompare builds `samskab compare`.
func NewCmdCompare(f *Factory, runF func(*CompareOptions) error) *cobra.Command {
	opts := &CompareOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "compare OLD NEW",
		Short: "Show what changed between two rounds of the same project",
		Long: `Score two case files of the same project – an earlier round (OLD) and a later one (NEW) –
and show what changed: the overall score and level, each rubric's and each item's percent before
and after, the gaps that opened and closed, and the respondents who joined or are gone (matched
by name).

Changes are in percentage points and are the difference of the percents as printed, so the
columns add up. Each file is scored with its own rubrics unless --rubric is given.

The two files must name the same project (project.name); use --force to compare two different
projects anyway. Exit codes: 0 done; 2 an invalid file, different projects, or a usage error.`,
		Example: `  samskab compare plan-2025.yaml plan-2026.yaml
  samskab compare round1.yaml round2.yaml --format markdown --lang da > udvikling.md
  samskab compare round1.yaml round2.yaml --format json | jq '.gaps.opened'
  samskab compare aalborg.yaml odense.yaml --force`,
		Args:              exactArgs(2, "OLD and NEW, two case files"),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Old, opts.New = args[0], args[1]
			if err := checkFormat(opts.Format, render.Formats(render.CompareView)); err != nil {
				return err
			}
			if err := checkGapBelow(opts.GapBelow); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return compareRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "text", "output format: text, markdown or json")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "compare even if the files name different projects")
	cmd.Flags().Float64Var(&opts.GapBelow, "gap-below", checklist.DefaultGapBelow, "list scored items below this percent as gaps")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(render.Formats(render.CompareView)...))
	return cmd
}

func compareRun(opts *CompareOptions) error {
	oldR, newR, err := loadBoth(opts)
	if err != nil {
		return err
	}
	if a, b := strings.TrimSpace(oldR.Project.Name), strings.TrimSpace(newR.Project.Name); a != b && !opts.Force {
		return usageErrorf("%s and %s are different projects (%q and %q); use --force to compare them anyway",
			opts.Old, opts.New, a, b)
	}
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	printer, err := render.NewComparePrinter(opts.Format, &buf, render.Options{Lang: lang, Color: opts.Color()})
	if err != nil {
		return usageErrorf("%s", err)
	}
	if err := printer.Print(checklist.Compare(oldR, newR, cat)); err != nil {
		return fmt.Errorf("rendering the comparison: %w", err)
	}
	_, err = opts.IO.Out.Write(buf.Bytes())
	return err
}

// loadBoth scores both files, reporting the problems of both when both
// are invalid, so that one run shows everything to fix.
func loadBoth(opts *CompareOptions) (*checklist.Report, *checklist.Report, error) {
	oldR, oldErr := loadAndScore(opts.Factory, opts.Old, opts.GapBelow)
	newR, newErr := loadAndScore(opts.Factory, opts.New, opts.GapBelow)
	if oldErr == nil && newErr == nil {
		return oldR, newR, nil
	}
	oldP, oldIsP := oldErr.(checklist.Problems)
	newP, newIsP := newErr.(checklist.Problems)
	switch {
	case oldIsP && newIsP:
		return nil, nil, append(oldP, newP...)
	case oldErr != nil:
		return nil, nil, oldErr
	}
	return nil, nil, newErr
}
