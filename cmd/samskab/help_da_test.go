package main

import (
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/internal/iostreams"
)

// englishMarkers are words that give away English in help meant to be
// Danish: cobra's headings and common English words.
var englishMarkers = regexp.MustCompile(`(?i)\b(usage|flags|available commands|additional commands|examples|global flags|aliases|the|file|files|and|with|default|help for|expects|unknown)\b`)

func danishEnv(key string) string {
	if key == "SAMSKAB_LANG" {
		return "da"
	}
	return ""
}

// commandPaths are the paths of every command under root, the root
// included, as argument lists.
func commandPaths(root *cobra.Command) [][]string {
	var paths [][]string
	var visit func(c *cobra.Command, path []string)
	visit = func(c *cobra.Command, path []string) {
		paths = append(paths, path)
		for _, sub := range c.Commands() {
			visit(sub, append(append([]string(nil), path...), sub.Name()))
		}
	}
	visit(root, nil)
	return paths
}

// With a Danish locale (here $SAMSKAB_LANG) and with --lang da, the help
// of every command is Danish: no cobra heading, flag or description in
// English. Example command lines are code and are not checked.
func TestHelpIsDanishEverywhere(t *testing.T) {
	io, _, _, _ := iostreams.Test()
	f := &Factory{IO: io, Getenv: danishEnv, Global: &GlobalOptions{}, Version: "test", helpLang: "da"}
	paths := commandPaths(NewCmdRoot(f))
	if len(paths) < 14 {
		t.Fatalf("found only %d commands: %v", len(paths), paths)
	}
	for _, path := range paths {
		for _, args := range [][]string{append(path, "--help"), append([]string{"help"}, path...)} {
			io, _, out, errOut := iostreams.Test()
			getenv := danishEnv
			if len(path) > 0 && path[0] != "completion" && path[0] != "help" && path[len(path)-1] != "lint" && args[0] != "help" {
				args = append(args, "--lang", "da") // where --lang is a flag, it decides
				getenv = func(string) string { return "" }
			}
			if code := Main(args, io, getenv); code != 0 {
				t.Errorf("%v: exit %d: %s", args, code, errOut)
				continue
			}
			help := out.String()
			if !strings.Contains(help, "Brug:") {
				t.Errorf("%v: no Danish usage heading:\n%s", args, help)
			}
			for n, line := range strings.Split(help, "\n") {
				if strings.HasPrefix(strings.TrimSpace(line), "samskab ") && !strings.Contains(line, "[kommando]") {
					continue // an example command
				}
				if w := englishMarkers.FindString(line); w != "" {
					t.Errorf("%v line %d: English %q in Danish help: %s", args, n+1, w, line)
				}
			}
		}
	}
}

// Usage errors are Danish too: an unknown flag, a wrong number of
// arguments, an unknown format.
func TestUsageErrorsAreDanish(t *testing.T) {
	for _, args := range [][]string{
		{"score", "--bogus"},
		{"score", "a.yaml", "b.yaml"},
		{"score", "a.yaml", "--format", "pdf"},
		{"compare", "a.yaml"},
		{"init", "a.yaml", "b.yaml"},
		{"rubrics", "extra"},
		{"batch"},
		{"score", "--gap-below", "0", "a.yaml"},
	} {
		io, _, out, errOut := iostreams.Test()
		if code := Main(args, io, danishEnv); code != exitInvalid {
			t.Errorf("%v: exit %d, want %d", args, code, exitInvalid)
		}
		if out.Len() > 0 {
			t.Errorf("%v: stdout %q", args, out)
		}
		if w := englishMarkers.FindString(errOut.String()); w != "" || !strings.Contains(errOut.String(), "se 'samskab") && !strings.Contains(errOut.String(), "forventede") && !strings.Contains(errOut.String(), "skal") {
			t.Errorf("%v: not a Danish error: %s", args, errOut)
		}
	}
}

// English stays English.
func TestHelpIsEnglishWithEnglish(t *testing.T) {
	io, _, out, _ := iostreams.Test()
	if code := Main([]string{"score", "--help", "--lang", "en"}, io, danishEnv); code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"Usage:", "Flags:", "Examples:", "help for score"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("English help lacks %q:\n%s", want, out)
		}
	}
}

// pflag's errors are worded from the catalog: in English as pflag words
// them, byte for byte, and in Danish without English – strconv's text
// included.
func TestFlagErrorsWorded(t *testing.T) {
	for _, args := range [][]string{
		{"--gap-below", "abc"}, {"-j", "x"}, {"--jobs", "99999999999999999999"}, {"--dry-run=maybe"},
		{"-x"}, {"-jx"}, {"-f"}, {"--format"}, {"---x"}, {"--bogus"},
	} {
		fs := pflag.NewFlagSet("score", pflag.ContinueOnError)
		fs.SetOutput(io.Discard)
		fs.Float64("gap-below", 0, "")
		fs.IntP("jobs", "j", 0, "")
		fs.Bool("dry-run", false, "")
		fs.StringP("format", "f", "", "")
		err := fs.Parse(args)
		if err == nil {
			t.Fatalf("%v: no error", args)
		}
		if en := flagError(&catalog.For(checklist.English).CLI, err); en != err.Error() {
			t.Errorf("%v: English %q; pflag says %q", args, en, err)
		}
		da := flagError(&catalog.For(checklist.Danish).CLI, err)
		if found := englishIn(da); len(found) > 0 || da == err.Error() {
			t.Errorf("%v: English %q in Danish %q", args, found, da)
		}
	}
}
