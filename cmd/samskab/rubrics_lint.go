package main

import (
	"fmt"

	"github.com/samskab/samskab/checklist/yamlfile"
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
		Use:   "lint FILE…",
		Short: "Check rubric files before you load them with --rubrics",
		Long: `Check rubric files (or folders of them) as strictly as --rubrics and $SAMSKAB_RUBRICS load
them: the format version, ids, at least one question per item, a text in every declared
language, known themes and positive weights. The files are also checked together and against
the built-in rubrics: rubric ids must differ between the files, and item ids must be unique
across all of them.

Each problem is printed on stderr as file:line:col and the exit code is 2. When all is well
the exit code is 0, with one line per rubric. A rubric that replaces a built-in one gets a
warning, not an error.`,
		Example: `  samskab rubrics lint my-rubric.yaml
  samskab rubrics lint org-rubrics/        # every *.yaml and *.yml in the folder
  samskab rubrics lint org-rubrics/ && samskab score plan.yaml --rubrics org-rubrics`,
		Args:              minimumArgs(1, "one or more rubric files or folders"),
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
	res, err := yamlfile.LintRubrics(opts.Paths)
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
		fmt.Fprintf(opts.IO.ErrOut, "%s: ok: rubric %s, version %d, %s, %s\n", r.File, r.ID, r.Version,
			plural(len(r.Items), "item", "items"), plural(r.QuestionCount(), "question", "questions"))
	}
	return nil
}

// minimumArgs is cobra.MinimumNArgs with a message that says what is
// missing.
func minimumArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usageErrorf("%s expects %s (see '%s --help')", cmd.CommandPath(), what, cmd.CommandPath())
		}
		return nil
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
