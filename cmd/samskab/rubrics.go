package main

import (
	"slices"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
)

// rubricShowFormats adds the question list for forms to `rubrics show`.
var rubricShowFormats = append(slices.Clone(checklist.RubricFormats), "csv")

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
			if err := checkFormat(opts.Format, checklist.RubricFormats); err != nil {
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
			if err := checkFormat(opts.Format, rubricShowFormats); err != nil {
				return err
			}
			return rubricsRun(opts)
		},
	}
	addRubricFormatFlag(cmd, &opts.Format)
	cmd.Flags().Lookup("format").Usage = "output format: text, markdown, json or csv (the questions, to paste into a form)"
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(rubricShowFormats...))
	return cmd
}

func addRubricFormatFlag(cmd *cobra.Command, format *string) {
	cmd.Flags().StringVarP(format, "format", "f", "text", "output format: text, markdown or json")
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(checklist.RubricFormats...))
}

func rubricsRun(opts *RubricsOptions) error {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	if opts.ID == "" {
		return checklist.RenderRubricList(opts.IO.Out, cat, opts.Format, lang)
	}
	r, ok := cat.Rubric(opts.ID)
	if !ok {
		_, err := cat.Select([]string{opts.ID})
		return usageErrorf("%s", err)
	}
	if opts.Format == "csv" {
		return render.RubricQuestionsCSV(opts.IO.Out, r, lang)
	}
	return checklist.RenderRubric(opts.IO.Out, r, cat, opts.Format, lang)
}
