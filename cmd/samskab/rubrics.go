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
		Use:   "rubrics",
		Short: "List the loaded rubrics",
		Long: `List the rubrics samskab knows: the four built-in ones and any loaded with --rubrics
or $SAMSKAB_RUBRICS.`,
		Example: `  samskab rubrics
  samskab rubrics --format json
  samskab rubrics show cok --lang en`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(opts.Format, render.Formats(render.RubricsView)); err != nil {
				return err
			}
			return rubricsRun(opts)
		},
	}
	addRubricFormatFlag(cmd, &opts.Format)
	cmd.AddCommand(newCmdRubricsShow(f), newCmdRubricsLint(f, nil))
	return cmd
}

func newCmdRubricsShow(f *Factory) *cobra.Command {
	opts := &RubricsOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Print one rubric: its principles, questions and actions",
		Example: `  samskab rubrics show cok
  samskab rubrics show frivilligraadet --lang en --format markdown
  samskab rubrics show vaeksthus --format json
  samskab rubrics show cok --format csv > spørgsmål.csv   # to paste into a form`,
		Args:              exactArgs(1, "the ID of a rubric (see 'samskab rubrics')"),
		ValidArgsFunction: f.completeRubricIDs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.ID = args[0]
			if err := checkFormat(opts.Format, render.Formats(render.RubricView)); err != nil {
				return err
			}
			return rubricsRun(opts)
		},
	}
	addRubricFormatFlag(cmd, &opts.Format)
	return cmd
}

func addRubricFormatFlag(cmd *cobra.Command, format *string) {
	cmd.Flags().StringVarP(format, "format", "f", "text", "output format: text, markdown or json")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(render.Formats(render.RubricView)...))
}

func rubricsRun(opts *RubricsOptions) error {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	if opts.ID == "" {
		printer, err := render.NewRubricListPrinter(opts.Format, opts.IO.Out, render.Options{Lang: lang})
		if err != nil {
			return usageErrorf("%s", err)
		}
		return printer.Print(cat)
	}
	r, ok := cat.Rubric(opts.ID)
	if !ok {
		_, err := cat.Select([]string{opts.ID})
		return usageErrorf("%s", err)
	}
	printer, err := render.NewRubricPrinter(opts.Format, opts.IO.Out, render.Options{Lang: lang, Catalog: cat})
	if err != nil {
		return usageErrorf("%s", err)
	}
	return printer.Print(r)
}
