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
	"github.com/samskab/samskab/checklist/render/catalog"
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
		Use:               "compare " + f.msgs().UseCompare,
		Short:             f.msgs().CompareShort,
		Long:              f.msgs().CompareLong,
		Example:           f.msgs().CompareExample,
		Args:              compareArgs(f),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			opts.Old, opts.New = args[0], args[len(args)-1]
			if err := opts.checkFormat(opts.Format, compareFormats()); err != nil {
				return err
			}
			if err := opts.checkGapBelow(opts.GapBelow); err != nil {
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
	cmd.Flags().StringVarP(&opts.Format, "format", "f", "text", formatUsage(f, compareFormats()))
	cmd.Flags().BoolVar(&opts.Force, "force", false, f.msgs().FlagForceCompare)
	cmd.Flags().Float64Var(&opts.GapBelow, "gap-below", checklist.DefaultGapBelow, f.msgs().FlagGapBelow)
	opts.outputFlags.add(cmd, f, false)
	addScoringFlags(cmd, f)
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(compareFormats()...))
	return cmd
}

// compareArgs wants two or more paths, said in the language of help.
func compareArgs(f *Factory) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < 2 {
			return usageErrorf(f.msgs().ArgCount, cmd.CommandPath(), f.msgs().ArgCompare, len(args), cmd.CommandPath())
		}
		return nil
	}
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
		return usageErrorf("%s", opts.msgs().CompareMix)
	}
	reports, err := loadRounds(opts)
	if err != nil {
		return err
	}
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	ropts := render.Options{Lang: lang, Color: opts.Color() && opts.Out == "", Width: opts.Width()}
	for i := 1; i < len(reports); i++ {
		if !shareRubric(reports[i-1], reports[i]) {
			opts.printWarnings([]string{fmt.Sprintf(opts.msgs().NoSharedRubric,
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
		return fmt.Errorf(catalog.For(o.Lang).CLI.RenderingCompare, err)
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
			return nil, usageErrorf(opts.say().DifferentProjects, opts.Paths[0], opts.Paths[i+1], first, name)
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
