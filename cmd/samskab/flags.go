package main

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// The shared flags (DESIGN.md §5) are defined here once and added to each
// command that uses them, so a command's help lists only its own flags.

func addLangFlag(cmd *cobra.Command, f *Factory) {
	cmd.Flags().StringVar(&f.Global.Lang, "lang", "", f.msgs().FlagLang)
	_ = cmd.RegisterFlagCompletionFunc("lang", fixedCompletion("da", "en"))
}

func addRubricFlag(cmd *cobra.Command, f *Factory) {
	stringArrayVar(cmd.Flags(), &f.Global.Rubrics, "rubric", f.msgs().FlagRubric)
	_ = cmd.RegisterFlagCompletionFunc("rubric", f.completeRubricIDs)
}

func addRubricDirsFlag(cmd *cobra.Command, f *Factory) {
	stringArrayVar(cmd.Flags(), &f.Global.RubricDirs, "rubrics", f.msgs().FlagRubrics)
	_ = cmd.MarkFlagDirname("rubrics")
}

func addNoColorFlag(cmd *cobra.Command, f *Factory) {
	cmd.Flags().BoolVar(&f.Global.NoColor, "no-color", false, f.msgs().FlagNoColor)
}

func addAccessibleFlag(cmd *cobra.Command, f *Factory) {
	cmd.Flags().BoolVar(&f.Global.Accessible, "accessible", false, f.msgs().FlagAccessible)
}

// addScoringFlags are the flags of every command that scores case files:
// the language, the scope, extra rubric folders and colour.
func addScoringFlags(cmd *cobra.Command, f *Factory) {
	addLangFlag(cmd, f)
	addRubricFlag(cmd, f)
	addRubricDirsFlag(cmd, f)
	addNoColorFlag(cmd, f)
}

// formatUsage is the --format description listing the formats of a view.
func formatUsage(f *Factory, formats []string) string {
	return fmt.Sprintf(f.msgs().FlagFormat, strings.Join(formats, ", "))
}

// preLang is the language of help and usage, decided before cobra parses
// anything: --lang from the arguments if it names a language, else the
// environment as Factory.Lang reads it.
func preLang(args []string, getenv func(string) string) checklist.Lang {
	for i, a := range args {
		if a == "--" {
			break
		}
		v, ok := strings.CutPrefix(a, "--lang=")
		if !ok && a == "--lang" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if l, valid := checklist.ParseLang(v); ok && valid {
			return l
		}
	}
	return checklist.LangFromEnv(getenv)
}

// msgs is the wording of the command line in the language of help.
func (f *Factory) msgs() *catalog.CLIMessages {
	if f.helpLang == "" {
		f.helpLang = preLang(nil, f.Getenv)
	}
	return &catalog.For(f.helpLang).CLI
}

// say is the wording of errors and notes, in the user's language
// (userLang), which is the language of help unless --lang says otherwise.
func (f *Factory) say() *catalog.CLIMessages { return &catalog.For(f.userLang()).CLI }

// localize puts the help and usage of cmd and its subcommands in the
// language of help: templates, the help and version flags, the help and
// completion commands.
func localize(root *cobra.Command, m *catalog.CLIMessages, lang checklist.Lang) {
	localizeUsage(root, m, lang)
	root.SetHelpCommand(&cobra.Command{
		Use:   "help [" + m.CommandWord + "]",
		Short: m.HelpShort,
		Long:  m.HelpLong,
		Run: func(c *cobra.Command, args []string) {
			cmd, _, e := c.Root().Find(args)
			if cmd == nil || e != nil {
				c.Printf(m.UnknownCommand+"\n", strings.Join(args, " "), c.Root().Name())
				cmd = c.Root()
			}
			_ = cmd.Help()
		},
	})
	root.InitDefaultHelpCmd()
	root.AddCommand(newCmdCompletion(m))
	root.Flags().BoolP("version", "v", false, m.VersionFlag)
	walk(root, func(c *cobra.Command) {
		if c.Flags().Lookup("help") == nil {
			c.Flags().BoolP("help", "h", false, fmt.Sprintf(m.HelpFlag, c.Name()))
		}
	})
}

func walk(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, sub := range c.Commands() {
		walk(sub, fn)
	}
}

// usageTemplate is cobra's usage template in the language of help.
func usageTemplate(m *catalog.CLIMessages, lang checklist.Lang) string {
	flags, useLine := "flagUsagesEn", "useLineEn"
	if lang == checklist.Danish {
		flags, useLine = "flagUsagesDa", "useLineDa"
	}
	// The root runs only to answer --version (NewCmdRoot), so it has no
	// usage line of its own.
	return m.Usage + `{{if and .Runnable .HasParent}}
  {{.UseLine | ` + useLine + `}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} [` + m.CommandWord + `]{{end}}{{if gt (len .Aliases) 0}}

` + m.Aliases + `
  {{.NameAndAliases}}{{end}}{{if .HasExample}}

` + m.Examples + `
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

` + m.Commands + `{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + m.Flags + `
{{.LocalFlags | ` + flags + ` | trimTrailingWhitespaces}}{{end}}{{if .HasAvailableInheritedFlags}}

` + m.GlobalFlags + `
{{.InheritedFlags | ` + flags + ` | trimTrailingWhitespaces}}{{end}}{{if .HasHelpSubCommands}}

` + m.HelpTopics + `{{range .Commands}}{{if .IsAdditionalHelpTopicCommand}}
  {{rpad .CommandPath .CommandPathPadding}} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableSubCommands}}

` + strings.Replace(m.MoreInfo, "%s", "{{.CommandPath}}", 1) + `{{end}}
`
}

// localizeUsage sets the usage template the first time usage is shown:
// only help needs it, not every start.
func localizeUsage(root *cobra.Command, m *catalog.CLIMessages, lang checklist.Lang) {
	showUsage, ready := root.UsageFunc(), false
	root.SetUsageFunc(func(c *cobra.Command) error {
		if !ready {
			addTemplateFuncsOnce()
			root.SetUsageTemplate(usageTemplate(m, lang))
			ready = true
		}
		return showUsage(c)
	})
}

// addTemplateFuncsOnce registers the functions of the usage template in
// cobra's global map, once: two command trees (tests build many) may show
// usage at the same time.
var addTemplateFuncsOnce = sync.OnceFunc(addTemplateFuncs)

func addTemplateFuncs() {
	cobra.AddTemplateFunc("useLineEn", func(s string) string { return s })
	cobra.AddTemplateFunc("useLineDa", func(s string) string { return strings.Replace(s, "[flags]", "[flag]", 1) })
	cobra.AddTemplateFunc("flagUsagesEn", func(fs *pflag.FlagSet) string { return fs.FlagUsages() })
	cobra.AddTemplateFunc("flagUsagesDa", func(fs *pflag.FlagSet) string {
		return strings.ReplaceAll(fs.FlagUsages(), "(default ", "(standard: ")
	})
}

// flagError puts pflag's usage errors in the language of help.
// cobraUnknown is cobra's refusal of an unknown command, with its
// suggestions.
var cobraUnknown = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?s)^unknown command ("(?:[^"\\]|\\.)*") for ("(?:[^"\\]|\\.)*")(?:\n\nDid you mean this\?\n(.*))?$`)
})

// localizeCobra words the errors that cobra makes itself, outside the
// flag errors (flagError), in m's language.
func localizeCobra(m *catalog.CLIMessages, err error) error {
	if err == nil {
		return nil
	}
	g := cobraUnknown().FindStringSubmatch(err.Error())
	if g == nil {
		return err
	}
	name, _ := strconv.Unquote(g[1])
	path, _ := strconv.Unquote(g[2])
	msg := fmt.Sprintf(m.UnknownCommand, name, path)
	if g[3] != "" {
		msg += "\n\n" + m.DidYouMean + "\n" + g[3]
	}
	return errors.New(msg)
}

func flagError(m *catalog.CLIMessages, err error) string {
	var (
		unknown  *pflag.NotExistError
		noValue  *pflag.ValueRequiredError
		badValue *pflag.InvalidValueError
	)
	switch {
	case errors.As(err, &unknown) && unknown.GetSpecifiedShortnames() != "":
		return fmt.Sprintf(m.UnknownShorthand, firstRune(unknown.GetSpecifiedName()), unknown.GetSpecifiedShortnames())
	case errors.As(err, &noValue) && noValue.GetSpecifiedShortnames() != "":
		return fmt.Sprintf(m.NeedsArgShort, firstRune(noValue.GetSpecifiedName()), noValue.GetSpecifiedShortnames())
	case errors.As(err, &badValue):
		if msg, ok := invalidValue(m, badValue); ok {
			return msg
		}
	}
	msg := err.Error()
	for _, p := range []struct{ prefix, format string }{
		{"unknown flag: ", m.UnknownFlag},
		{"flag needs an argument: ", m.NeedsArgument},
		{"invalid argument ", m.InvalidArgument},
		{"bad flag syntax: ", m.BadFlagSyntax},
	} {
		if rest, ok := strings.CutPrefix(msg, p.prefix); ok {
			return fmt.Sprintf(p.format, rest)
		}
	}
	return msg
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return '?'
}

// invalidValue words a flag value that is not a number (or not true or
// false) without strconv's English; ok is false for another error.
func invalidValue(m *catalog.CLIMessages, e *pflag.InvalidValueError) (string, bool) {
	var ne *strconv.NumError
	if !errors.As(e, &ne) {
		return "", false
	}
	format := m.InvalidNumber
	switch {
	case errors.Is(ne.Err, strconv.ErrRange):
		format = m.NumberRange
	case !errors.Is(ne.Err, strconv.ErrSyntax):
		return "", false
	case ne.Func == "ParseBool":
		format = m.InvalidBool
	}
	f := e.GetFlag()
	name := "--" + f.Name
	if f.Shorthand != "" {
		name = "-" + f.Shorthand + ", " + name
	}
	return fmt.Sprintf(format, e.GetValue(), name, ne.Func, ne.Num), true
}
