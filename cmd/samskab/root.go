package main

import (
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/iostreams"
)

// GlobalOptions are the flags every command shares (DESIGN.md §5).
type GlobalOptions struct {
	Lang       string
	Rubrics    []string // --rubric: scope override
	RubricDirs []string // --rubrics: extra rubric folders
	NoColor    bool
	Accessible bool
}

// Factory hands commands what they need from the outside world, so that
// tests can swap any of it.
type Factory struct {
	IO      *iostreams.IOStreams
	Getenv  func(string) string
	Global  *GlobalOptions
	Version string

	catalog *checklist.Catalog
}

// Catalog loads the built-in rubrics plus those from --rubrics and
// SAMSKAB_RUBRICS, once per run. Load warnings go to stderr.
func (f *Factory) Catalog() (*checklist.Catalog, error) {
	if f.catalog != nil {
		return f.catalog, nil
	}
	dirs := append([]string{}, f.Global.RubricDirs...)
	if env := f.Getenv("SAMSKAB_RUBRICS"); env != "" {
		dirs = append(filepath.SplitList(env), dirs...)
	}
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{Dirs: dirs})
	if err != nil {
		return nil, err
	}
	f.printWarnings(cat.Warnings)
	f.catalog = cat
	return cat, nil
}

// Lang is the report language: --lang, else SAMSKAB_LANG, else Danish when
// the locale is Danish, else English.
func (f *Factory) Lang() (checklist.Lang, error) {
	if f.Global.Lang != "" {
		l, ok := checklist.ParseLang(f.Global.Lang)
		if !ok {
			return "", usageErrorf("unknown language %q for --lang; expected da or en", f.Global.Lang)
		}
		return l, nil
	}
	if l, ok := checklist.ParseLang(f.Getenv("SAMSKAB_LANG")); ok {
		return l, nil
	}
	for _, key := range []string{"LC_ALL", "LANG"} {
		if v := f.Getenv(key); v != "" {
			if strings.HasPrefix(v, "da") {
				return checklist.Danish, nil
			}
			return checklist.English, nil
		}
	}
	return checklist.English, nil
}

// langAndCatalog is what most commands need first: the report language
// (checked before any file is read) and the loaded rubrics.
func (f *Factory) langAndCatalog() (checklist.Lang, *checklist.Catalog, error) {
	lang, err := f.Lang()
	if err != nil {
		return "", nil, err
	}
	cat, err := f.Catalog()
	return lang, cat, err
}

// Color reports whether stdout gets ANSI colour: only on a terminal, and
// never with --no-color or NO_COLOR.
func (f *Factory) Color() bool {
	return f.IO.ColorEnabled() && !f.Global.NoColor && f.Getenv("NO_COLOR") == "" && f.Getenv("TERM") != "dumb"
}

// Accessible reports whether prompts must be plain numbered lines.
func (f *Factory) Accessible() bool {
	return f.Global.Accessible || f.Getenv("ACCESSIBLE") != "" || f.Getenv("TERM") == "dumb" || !f.IO.InTTY
}

// Main runs the command tree and returns the process exit code.
func Main(args []string, io *iostreams.IOStreams, getenv func(string) string) int {
	f := &Factory{IO: io, Getenv: getenv, Global: &GlobalOptions{}, Version: currentBuild().Version}
	root := NewCmdRoot(f)
	root.SetArgs(args)
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	err := root.Execute()
	return reportError(io.ErrOut, err)
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(f *Factory) *cobra.Command {
	root := &cobra.Command{
		Use:   "samskab",
		Short: "Score a project against the principles of samskabelse (co-creation)",
		Long: `samskab scores a project against published principles of samskabelse – co-creation
of welfare, where citizens, volunteers, associations, businesses and public staff define a
problem together and build the solution together.

It ships four rubrics (Væksthus for Ledelse's 4 characteristics and 4 steps, Frivilligrådet's
6 principles and COK's 10 ways), reads answers from a YAML case file or asks them in the
terminal, and reports a score per rubric and theme, the gaps that matter most, and what to do.`,
		Example: `  samskab init plan.yaml --rubric cok     # start a case file
  samskab score plan.yaml                  # report in the terminal
  samskab score plan.yaml --format json    # machine-readable report
  samskab rubrics show cok                 # read the principles`,
		Version:       versionLine(f.Version),
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.SetVersionTemplate("samskab {{.Version}}\n")
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErrorf("%s (see '%s --help')", err, cmd.CommandPath())
	})
	g := f.Global
	pf := root.PersistentFlags()
	pf.StringVar(&g.Lang, "lang", "", "report language: da or en (default: $SAMSKAB_LANG, else from the locale)")
	pf.StringArrayVar(&g.Rubrics, "rubric", nil, "score only this rubric (repeatable; overrides the case's `rubrics`)")
	pf.StringArrayVar(&g.RubricDirs, "rubrics", nil, "also load rubric files from this folder (repeatable; also $SAMSKAB_RUBRICS)")
	pf.BoolVar(&g.NoColor, "no-color", false, "never use colour (also $NO_COLOR)")
	pf.BoolVar(&g.Accessible, "accessible", false, "plain numbered prompts without redraws (also $ACCESSIBLE=1)")
	_ = root.RegisterFlagCompletionFunc("lang", fixedCompletion("da", "en"))
	_ = root.RegisterFlagCompletionFunc("rubric", f.completeRubricIDs)
	_ = root.MarkPersistentFlagDirname("rubrics")

	root.AddCommand(
		NewCmdScore(f, nil),
		NewCmdRubrics(f),
		NewCmdInit(f, nil),
		NewCmdCheck(f, nil),
		NewCmdSchema(f, nil),
		NewCmdAssess(f, nil),
		NewCmdBatch(f, nil),
		NewCmdCompare(f, nil),
		NewCmdImport(f, nil),
		NewCmdWorkshop(f, nil),
	)
	return root
}

func fixedCompletion(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

func (f *Factory) completeRubricIDs(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	cat, err := f.Catalog()
	if err != nil {
		return nil, cobra.ShellCompDirectiveError
	}
	return cat.IDs(), cobra.ShellCompDirectiveNoFileComp
}

// yamlFileArgs completes case-file arguments.
func yamlFileArgs(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return []string{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
}

// checkFormat validates a --format value against the allowed list.
func checkFormat(format string, allowed []string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usageErrorf("unknown format %q for --format; expected one of: %s", format, strings.Join(allowed, ", "))
}
