package main

import (
	"github.com/samskab/samskab/checklist/render"
	"github.com/spf13/cobra"
)

// RubricsOptions are the inputs of `samskab rubrics` and `rubrics show`.
type RubricsOptions struct {
	*Factory
	ID     string // empty: list all
	Format string
}

// NewCmdRubrics builds `samskab rubrics` with its `show` subcommand.
func NewCmdRubrics(f *Factory) *cobra.Command {
	opts := &RubricsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "rubrics",
		Short:   f.msgs().RubricsShort,
		Long:    f.msgs().RubricsLong,
		Example: f.msgs().RubricsExample,
		Args:    noArgs(f),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.checkFormat(opts.Format, render.Formats(render.RubricsView)); err != nil {
				return err
			}
			return rubricsRun(opts)
		},
	}
	addRubricFormatFlag(cmd, f, &opts.Format)
	addLangFlag(cmd, f)
	addRubricDirsFlag(cmd, f)
	cmd.AddCommand(newCmdRubricsShow(f), newCmdRubricsLint(f, nil))
	return cmd
}

func newCmdRubricsShow(f *Factory) *cobra.Command {
	opts := &RubricsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:               "show ID",
		Short:             f.msgs().ShowShort,
		Long:              f.msgs().ShowLong,
		Example:           f.msgs().ShowExample,
		Args:              exactArgs(f, 1, f.msgs().ArgRubricID),
		ValidArgsFunction: f.completeRubricIDs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if err := opts.checkFormat(opts.Format, render.Formats(render.RubricView)); err != nil {
				return err
			}
			return rubricsRun(opts)
		},
	}
	addRubricFormatFlag(cmd, f, &opts.Format)
	addLangFlag(cmd, f)
	addRubricDirsFlag(cmd, f)
	return cmd
}

func addRubricFormatFlag(cmd *cobra.Command, f *Factory, format *string) {
	cmd.Flags().StringVarP(format, "format", "f", "text", formatUsage(f, render.Formats(render.RubricView)))
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(render.Formats(render.RubricView)...))
}

func rubricsRun(opts *RubricsOptions) error {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	if opts.ID == "" {
		printer, err := render.NewRubricListPrinter(opts.Format, opts.IO.Out, render.Options{Lang: lang, Width: opts.Width()})
		if err != nil {
			return usageErrorf("%s", err)
		}
		return printer.Print(cat)
	}
	r, ok := cat.Rubric(opts.ID)
	if !ok {
		_, err := cat.Select([]string{opts.ID})
		return usageErrorf("%s", opts.describe(err))
	}
	printer, err := render.NewRubricPrinter(opts.Format, opts.IO.Out, render.Options{Lang: lang, Catalog: cat, Width: opts.Width()})
	if err != nil {
		return usageErrorf("%s", err)
	}
	return printer.Print(r)
}
