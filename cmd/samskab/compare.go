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
		Use:               "compare " + f.msgs().UseCompare,
		Short:             f.msgs().CompareShort,
		Long:              f.msgs().CompareLong,
		Example:           f.msgs().CompareExample,
		Args:              exactArgs(f, 2, f.msgs().ArgCompare),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Old, opts.New = args[0], args[1]
			if err := opts.checkFormat(opts.Format, render.Formats(render.CompareView)); err != nil {
				return err
			}
			if err := opts.checkGapBelow(opts.GapBelow); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return compareRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "text", formatUsage(f, render.Formats(render.CompareView)))
	cmd.Flags().BoolVar(&opts.Force, "force", false, f.msgs().FlagForceCompare)
	cmd.Flags().Float64Var(&opts.GapBelow, "gap-below", checklist.DefaultGapBelow, f.msgs().FlagGapBelow)
	addScoringFlags(cmd, f)
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
	printer, err := render.NewComparePrinter(opts.Format, &buf, render.Options{Lang: lang, Color: opts.Color(), Width: opts.Width()})
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
