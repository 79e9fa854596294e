package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
)

// CompareOptions are the inputs of `samskab compare`.
type CompareOptions struct {
	*Factory
	Paths    []string // two or more case files oldest first, or two folders
	Old, New string   // the first and the last path
	Format   string
	Force    bool
	GapBelow float64
	outputFlags
}

// NewCmdCompare builds `samskab compare`.
func NewCmdCompare(f *Factory, runF func(*CompareOptions) error) *cobra.Command {
	opts := &CompareOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "compare ROUND... | compare OLD_DIR NEW_DIR",
		Short: "Show what changed between rounds of a project, or of a folder of projects",
		Long: `Score the case files of two or more rounds of the same project, oldest first, and show what
changed.

With two files: the overall score and level, each rubric's and each item's percent before and
after, the gaps that opened and closed, and the respondents who joined or are gone (matched by
name).

With three or more files: every rubric's and item's percent in each round, the change since the
previous round and since the first, a sparkline of the trend in the text views, and the gaps that
opened and closed between the last two rounds. --format html draws the rounds as a line chart.

With two folders (OLD_DIR NEW_DIR, a portfolio in two rounds): the case files are matched by
project name, then by their path inside the folder; each project's change, how many rose, fell
or stayed (less than 1 percentage point either way), the largest moves, and the projects found
in only one round. Files that cannot be scored are reported on stderr (exit 3).

Changes are in percentage points and are the difference of the percents as printed, so the
columns add up. Each file is scored with its own rubrics unless --rubric is given.

The files of one project must name the same project (project.name); use --force to compare
different projects anyway. --format xlsx writes a workbook (with --out FILE, or stdout
redirected to a file). Exit codes: 0 done; 2 an invalid file, different projects, or a usage
error; 3 (folders) some files could not be scored.`,
		Example: `  samskab compare plan-2025.yaml plan-2026.yaml
  samskab compare runde1.yaml runde2.yaml runde3.yaml
  samskab compare runde1.yaml runde2.yaml runde3.yaml --format html > udvikling.html
  samskab compare round1.yaml round2.yaml --format json | jq '.gaps.opened'
  samskab compare cases/2025 cases/2026 --format markdown > portefolje.md
  samskab compare cases/2025 cases/2026 --format xlsx --out udvikling.xlsx
  samskab compare aalborg.yaml odense.yaml --force`,
		Args:              compareArgs,
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.Old, opts.New = args[0], args[len(args)-1]
			if err := checkFormat(opts.Format, compareFormats()); err != nil {
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
			return compareRun(opts)
		},
	}
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "text", "output format: text, markdown, json, html or xlsx")
	cmd.Flags().BoolVar(&opts.Force, "force", false, "compare even if the files name different projects")
	cmd.Flags().Float64Var(&opts.GapBelow, "gap-below", checklist.DefaultGapBelow, "list scored items below this percent as gaps")
	opts.outputFlags.add(cmd, false)
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(compareFormats()...))
	return cmd
}

func compareArgs(cmd *cobra.Command, args []string) error {
	if len(args) < 2 {
		return usageErrorf("%s expects two or more case files, oldest first, or two folders, got %d argument(s) (see '%s --help')",
			cmd.CommandPath(), len(args), cmd.CommandPath())
	}
	return nil
}

func compareRun(opts *CompareOptions) error {
	dirs, err := countDirs(opts.Paths)
	if err != nil {
		return err
	}
	switch {
	case dirs == len(opts.Paths) && dirs == 2:
		return comparePortfolioRun(opts)
	case dirs > 0:
		return usageErrorf("give two or more case files, or exactly two folders – not a mix")
	}
	reports, err := loadRounds(opts)
	if err != nil {
		return err
	}
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	ropts := render.Options{Lang: lang, Color: opts.Color() && opts.Out == ""}
	for i := 1; i < len(reports); i++ {
		if !shareRubric(reports[i-1], reports[i]) {
			opts.printWarnings([]string{fmt.Sprintf("%s and %s have no rubric in common, so no score can be compared; score them with the same --rubric",
				checklist.TerminalSafe(opts.Paths[i-1]), checklist.TerminalSafe(opts.Paths[i]))})
		}
	}
	var buf bytes.Buffer
	// Two files keep the before/after view in its formats; more rounds,
	// and the formats only the rounds view has, go to the rounds view.
	if len(reports) == 2 && slices.Contains(render.Formats(render.CompareView), opts.Format) {
		err = printTo(&buf, render.NewComparePrinter, opts.Format, ropts, checklist.Compare(reports[0], reports[1], cat))
	} else {
		err = printTo(&buf, render.NewRoundsPrinter, opts.Format, ropts, checklist.CompareRounds(reports, cat))
	}
	if err != nil {
		return err
	}
	return opts.outputFlags.write(opts.Factory, buf.Bytes())
}

// printTo renders v in a format with the printer constructor of its view.
func printTo[T any](w io.Writer, newPrinter func(string, io.Writer, render.Options) (render.Printer[T], error),
	format string, o render.Options, v T) error {
	p, err := newPrinter(format, w, o)
	if err != nil {
		return usageErrorf("%s", err)
	}
	if err := p.Print(v); err != nil {
		return fmt.Errorf("rendering the comparison: %w", err)
	}
	return nil
}

// countDirs counts the arguments that are folders.
func countDirs(paths []string) (int, error) {
	n := 0
	for _, p := range paths {
		if info, err := os.Stat(p); err == nil && info.IsDir() {
			n++
		}
	}
	return n, nil
}

// loadRounds scores every file, reporting the problems of all invalid
// files at once, and checks that they are one project.
func loadRounds(opts *CompareOptions) ([]*checklist.Report, error) {
	reports := make([]*checklist.Report, len(opts.Paths))
	var problems checklist.Problems
	for i, p := range opts.Paths {
		r, err := loadAndScore(opts.Factory, p, opts.GapBelow)
		if ps, ok := err.(checklist.Problems); ok {
			problems = append(problems, ps...)
			continue
		}
		if err != nil {
			return nil, err
		}
		reports[i] = r
	}
	if len(problems) > 0 {
		return nil, problems
	}
	first := strings.TrimSpace(reports[0].Project.Name)
	for i, r := range reports[1:] {
		if name := strings.TrimSpace(r.Project.Name); name != first && !opts.Force {
			return nil, usageErrorf("%s and %s are different projects (%q and %q); use --force to compare them anyway",
				opts.Paths[0], opts.Paths[i+1], first, name)
		}
	}
	return reports, nil
}

// shareRubric reports whether both reports scored at least one rubric in
// common; without one, a comparison has nothing to compare.
func shareRubric(a, b *checklist.Report) bool {
	for _, r := range a.Rubrics {
		if b.RubricResult(r.Rubric.ID) != nil {
			return true
		}
	}
	return false
}
