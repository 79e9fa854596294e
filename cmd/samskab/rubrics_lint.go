package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

// RubricsLintOptions are the inputs of `samskab rubrics lint`.
type RubricsLintOptions struct {
	*Factory
	Paths []string
}

func newCmdRubricsLint(f *Factory, runF func(*RubricsLintOptions) error) *cobra.Command {
	opts := &RubricsLintOptions{Factory: f}
	cmd := &cobra.Command{
		Use:               "lint " + f.msgs().UseFiles,
		Short:             f.msgs().LintShort,
		Long:              f.msgs().LintLong,
		Example:           f.msgs().LintExample,
		Args:              minimumArgs(f, 1, f.msgs().ArgLint),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return rubricsLintRun(opts)
		},
	}
	return cmd
}

func rubricsLintRun(opts *RubricsLintOptions) error {
	res, err := opts.reader().LintRubrics(opts.Paths)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(opts.IO.ErrOut, w.String())
	}
	if len(res.Problems) > 0 {
		return res.Problems
	}
	for _, r := range res.Rubrics {
		m := opts.say()
		fmt.Fprintln(opts.IO.ErrOut, fmt.Sprintf(m.LintOK, r.File, r.ID, r.Version,
			plural(len(r.Items), m.Item1, m.ItemsN), plural(r.QuestionCount(), m.Question1, m.QuestionsN)))
	}
	return nil
}

// minimumArgs is cobra.MinimumNArgs with a message that says what is
// missing.
func minimumArgs(f *Factory, n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErrorf(f.msgs().ArgCountMin, cmd.CommandPath(), what, cmd.CommandPath())
		}
		return nil
	}
}

// plural is one when n is 1, else many with n in it.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return fmt.Sprintf(many, n)
}
