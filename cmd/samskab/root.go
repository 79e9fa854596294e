package main

import (
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

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
	Version string // samskab's version; empty: this binary's (version)

	catalog  *checklist.Catalog
	helpLang checklist.Lang // the language of help and usage (preLang)
}

// Catalog loads the built-in rubrics plus those from --rubrics and
// SAMSKAB_RUBRICS, once per run. Load warnings go to stderr.
func (f *Factory) Catalog() (*checklist.Catalog, error) {
	if f.catalog != nil {
		return f.catalog, nil
	}
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{Dirs: f.rubricDirs(), Lang: f.userLang()})
	if err != nil {
		return nil, err
	}
	f.printWarnings(cat.Warnings)
	f.catalog = cat
	return cat, nil
}

// rubricDirs are the folders of user rubrics: SAMSKAB_RUBRICS, then
// --rubrics.
func (f *Factory) rubricDirs() []string {
	dirs := append([]string{}, f.Global.RubricDirs...)
	if env := f.Getenv("SAMSKAB_RUBRICS"); env != "" {
		dirs = append(filepath.SplitList(env), dirs...)
	}
	return dirs
}

// Lang is the report language: --lang, else SAMSKAB_LANG, else Danish when
// the locale is Danish, else English.
func (f *Factory) Lang() (checklist.Lang, error) {
	if f.Global.Lang != "" {
		l, ok := checklist.ParseLang(f.Global.Lang)
		if !ok {
			return "", usageErrorf(f.msgs().UnknownLang, f.Global.Lang)
		}
		return l, nil
	}
	return checklist.LangFromEnv(f.Getenv), nil
}

// userLang is the language of what samskab says to the user: Lang, or
// when --lang itself is wrong, the language of help.
func (f *Factory) userLang() checklist.Lang {
	if l, err := f.Lang(); err == nil {
		return l
	}
	if f.helpLang == "" {
		f.helpLang = preLang(nil, f.Getenv)
	}
	return f.helpLang
}

// reader reads case and rubric files with problems in the user's language.
func (f *Factory) reader() yamlfile.Reader { return yamlfile.In(f.userLang()) }

// describe words err in the user's language (see describe).
func (f *Factory) describe(err error) string { return describe(f.userLang(), err) }

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

// Width is the width the text views fit: the terminal's, else $COLUMNS,
// else 80 columns.
func (f *Factory) Width() int {
	if f.IO.OutTTY && f.IO.Width > 0 {
		return f.IO.Width
	}
	if n, err := strconv.Atoi(strings.TrimSpace(f.Getenv("COLUMNS"))); err == nil && n > 0 {
		return n
	}
	return iostreams.DefaultWidth
}

// Accessible reports whether prompts must be plain numbered lines.
func (f *Factory) Accessible() bool {
	return f.Global.Accessible || f.Getenv("ACCESSIBLE") != "" || f.Getenv("TERM") == "dumb" || !f.IO.InTTY
}

// Main runs the command tree and returns the process exit code.
func Main(args []string, io *iostreams.IOStreams, getenv func(string) string) int {
	f := &Factory{IO: io, Getenv: getenv, Global: &GlobalOptions{}, helpLang: preLang(args, getenv)}
	root := NewCmdRoot(f)
	root.SetArgs(args)
	root.SetIn(io.In)
	root.SetOut(io.Out)
	root.SetErr(io.ErrOut)
	err := localizeCobra(f.msgs(), root.Execute())
	return reportError(io.ErrOut, err, f.userLang())
}

// NewCmdRoot builds the command tree.
func NewCmdRoot(f *Factory) *cobra.Command {
	m := f.msgs()
	root := &cobra.Command{
		Use:           "samskab",
		Short:         m.RootShort,
		Long:          m.RootLong,
		Example:       m.RootExample,
		SilenceErrors: true,
		SilenceUsage:  true,
		// No Version: cobra would print it through a text/template, parsed
		// at each --version. localize defines -v/--version, and the root
		// answers it here, or, as a command without a run of its own, shows
		// help; --help wins, as it does in cobra.
		RunE: func(cmd *cobra.Command, _ []string) error {
			if v, _ := cmd.Flags().GetBool("version"); v {
				_, err := io.WriteString(cmd.OutOrStdout(), "samskab "+versionLine(f.Version)+"\n")
				return err
			}
			return pflag.ErrHelp
		},
	}
	root.SetFlagErrorFunc(func(cmd *cobra.Command, err error) error {
		return usageErrorf(m.SeeHelp, flagError(m, err), cmd.CommandPath())
	})
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
	localize(root, m, f.helpLang)
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
func (f *Factory) checkFormat(format string, allowed []string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usageErrorf(f.msgs().UnknownFormat, format, strings.Join(allowed, ", "))
}
