package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/internal/atomicfile"
	"github.com/samskab/samskab/internal/iostreams"
)

// The tests of this file hold samskab to issue 15: a Danish locale gives
// Danish help, errors and files, with no English left. englishIn (in
// english_test.go) is the detector.

// The detector finds English, including every English message of the
// catalog that differs from its Danish one and says more than a word, and
// passes Danish, including the parts of a message that are the same in
// every language.
func TestEnglishDetector(t *testing.T) {
	for _, text := range []string{
		"plan.yaml:4:26: answer to cok-01.q1 is 9, outside the scale; expected a whole number 0–4",
		"missing.yaml: no such file",
		"samskab: cannot write --out rapport.csv: permission denied",
		"Usage:\n  samskab score FILE [flags]\n\nFlags:\n  -h, --help   help for score",
		"YAML-syntaksfejl: did not find expected key",
		"samskab: warning: rubric cok is pinned to version 3",
		"fejl: filen is tom",
	} {
		if len(englishIn(text)) == 0 {
			t.Errorf("no English found in %q", text)
		}
	}
	for _, text := range []string{
		`plan.yaml:4:26: svaret på cok-01.q1 er 9, uden for skalaen; forventede et helt tal 0–4, na, dk, ~ (ikke besvaret) eller {score: …, note: …}`,
		`/tmp/the file/is here.yaml: findes ikke`,
		"ukendt nøgle \"the\" i `project`; forventede en af: `name`, `owner`, `description`",
		`ukendt format "pdf" til --format; forventede et af: text, markdown, json, csv, html`,
		`kør samskab rubrics show ID, og læs https://example.org/the/docs og $SAMSKAB_RUBRICS`,
		`rubric_versions.cok skal være 1 eller højere; se 'samskab score --help' og FILE`,
		`kan ikke skrive --out rapport.csv: adgang nægtet`,
		`tilføj samme linje til $PROFILE: Add-Content $PROFILE og Out-String | Invoke-Expression`,
	} {
		if found := englishIn(text); len(found) > 0 {
			t.Errorf("English %q found in Danish %q", found, text)
		}
	}
	// Fed the English catalog, the detector fires on the messages of
	// problems and of the command line, except those made of names alone.
	names := []string{"CLI.UseCompare", "CLI.ImportUse", "CLI.FlagFormat", "CLI.LintOK"}
	en, da := reflect.ValueOf(*catalog.For(checklist.English)), reflect.ValueOf(*catalog.For(checklist.Danish))
	for _, group := range []string{"Problems", "CLI", "Survey"} {
		g, dg := en.FieldByName(group), da.FieldByName(group)
		for i := range g.NumField() {
			text := g.Field(i).String()
			name := group + "." + g.Type().Field(i).Name
			if text == dg.Field(i).String() || len(strings.Fields(text)) < 3 || strings.HasPrefix(strings.TrimSpace(text), "samskab ") || slices.Contains(names, name) {
				continue
			}
			if len(englishIn(text)) == 0 {
				t.Errorf("English %s passes as Danish: %q", name, text)
			}
		}
	}
}

// catalogAllowed are the Danish catalog's words that the detector takes
// for English, by field ("CLI.CheckLong"), each with a comment saying why
// it is right. None is needed today: format names, keys, flags and the
// like are told apart by the detector itself (notLanguage).
var catalogAllowed = map[string][]string{}

// duForms address the reader as "du"; samskab's Danish says "I" or
// nothing (the project's standard).
var duForms = regexp.MustCompile(`(?i)\b(du|dig|din|dit|dine)\b`)

// Every Danish message of the catalog is Danish: no English word and no
// "du", except for the fields listed in catalogAllowed. Examples, which
// are command lines, are checked for "du" only.
func TestDanishCatalogHasNoEnglish(t *testing.T) {
	v := reflect.ValueOf(*catalog.For(checklist.Danish))
	for i := range v.NumField() {
		g := v.Field(i)
		for j := range g.NumField() {
			name := v.Type().Field(i).Name + "." + g.Type().Field(j).Name
			text := g.Field(j).String()
			if m := duForms.FindString(text); m != "" {
				t.Errorf("%s says %q; address the reader as I, or without a pronoun: %q", name, m, text)
			}
			if strings.HasSuffix(name, "Example") {
				continue
			}
			found := slices.DeleteFunc(englishIn(text), func(w string) bool { return slices.Contains(catalogAllowed[name], w) })
			if len(found) > 0 {
				t.Errorf("%s: English %q in %q", name, found, text)
			}
		}
	}
}

// run is one command line of TestDanishEverywhere.
type run struct {
	args  []string
	stdin string
}

// danishRuns are the command lines that TestDanishEverywhere runs in
// Danish, in dir, which holds the corpus: mostly broken files, missing
// and unreadable paths, and wrong flags, and every command's help.
func danishRuns(t *testing.T, dir string) []run {
	t.Helper()
	p := func(name string) string { return filepath.Join(dir, name) }
	var runs []run
	add := func(args ...string) { runs = append(runs, run{args: args}) }
	cases, _ := filepath.Glob(p("c/case-*.yaml"))
	bad, _ := filepath.Glob(p("bad/*"))
	for _, f := range append(cases, bad...) {
		add("score", f)
		add("check", f)
		add("compare", f, p("c/ok/plan.yaml"))
		add("assess", f, "--respondent", "Mette", "--project", "X")
	}
	// The workshop would serve a valid file until stopped; every case-*
	// file but the pinned one is invalid.
	for _, f := range cases {
		if !strings.HasSuffix(f, "pinned.yaml") {
			add("workshop", f, "--listen", "127.0.0.1:0")
		}
	}
	rubrics, _ := filepath.Glob(p("c/rubric-*.yaml"))
	for _, f := range rubrics {
		add("rubrics", "lint", f)
		add("score", p("c/ok/plan.yaml"), "--rubrics", f)
	}
	add("rubrics", "lint", p("c/case-keys.yaml"), p("missing.yaml"), p("empty"), p("c/ok"))
	add("batch", p("c"))
	add("batch", p("c/ok"), p("c/case-keys.yaml"), p("missing"))
	add("batch", p("empty"))
	add("batch", p("c/ok"), "--jobs", "-1")
	add("batch", p("c/ok"), "--out", p("nofolder/x.csv"), "--format", "csv")
	add("batch", p("c/ok"), "--out", p("c"), "--format", "csv")
	add("batch", p("c/ok"), "--rubric", "nope")
	add("score", p("missing.yaml"))
	add("score", p("c"))
	add("score", p("c/ok/plan.yaml"), "--rubric", "nope")
	add("score", p("c/ok/plan.yaml"), "--rubric", "frivilligraadet")
	add("score", p("c/ok/plan.yaml"), "--rubrics", p("missing"))
	add("score", p("c/ok/plan.yaml"), "--rubrics", p("empty"))
	add("score", p("c/ok/plan.yaml"), "--format", "pdf")
	add("score", p("c/ok/plan.yaml"), "--excel")
	add("score", p("c/ok/plan.yaml"), "--out", p("nofolder/r.txt"))
	add("score", p("c/ok/plan.yaml"), "--out", p("c"))
	add("score", p("c/ok/plan.yaml"), "--gap-below", "0")
	add("score", p("c/ok/plan.yaml"), "--bogus")
	add("score", p("c/ok/plan.yaml"), "---bogus")
	add("score", p("c/ok/plan.yaml"), "-x")
	add("score", p("c/ok/plan.yaml"), "-f")
	add("score", p("c/ok/plan.yaml"), "--gap-below", "abc")
	add("batch", p("c/ok"), "--jobs", "99999999999999999999")
	add("import", p("c/ok/svar.csv"), "--into", p("c/ok/ny-import.yaml"), "--dry-run=maybe")
	add("score", p("c/ok/plan.yaml"), p("c/ok/anden.yaml"))
	add("score", p("c/case-pinned.yaml"))
	add("score")
	add("frobnicate")
	add("check", p("c/ok/plan.yaml"), "--min-rubric", "cok")
	add("check", p("c/ok/plan.yaml"), "--min-rubric", "cok=x")
	add("check", p("c/ok/plan.yaml"), "--min-rubric", "cok=10", "--min-rubric", "cok=20")
	add("check", p("c/ok/plan.yaml"), "--min-rubric", "nope=10")
	add("check", p("c/ok/plan.yaml"), "--min", "200")
	add("check", p("c/ok/plan.yaml"), "--min", "90")
	add("check", p("c/ok/plan.yaml"), "--min-rubric", "frivilligraadet=10")
	add("check", p("c/target-scope.yaml"))
	add("compare", p("c/ok/plan.yaml"))
	add("compare", p("c/ok/plan.yaml"), p("c/ok/anden.yaml"))
	add("compare", p("c/ok"), p("c"), "--format", "pdf")
	add("compare", p("c"), p("c/ok"))
	add("compare", p("empty"), p("c/ok"))
	add("init", p("c/ok/plan.yaml"))
	add("init", p("c"))
	add("init", p("nofolder/plan.yaml"))
	add("init", p("c/ok/new.yaml"), "--rubric", "nope")
	add("schema", "nope")
	add("rubrics", "show", "nope")
	add("rubrics", "lint")
	add("assess", p("c/ok/plan.yaml"), "--audience", "voters")
	add("assess", p("c/ok/plan.yaml"), "--actor", "kommune", "--respondent", "Ny")
	add("assess", p("nofolder/plan.yaml"), "--project", "X")
	add("assess", p("c/ok/new.yaml"))
	add("assess", p("c/ok/new.yaml"), "--project", " ")
	add("assess", p("c/ok/plan.yaml"), "--respondent", "Mette (projektleder)")
	add("assess", p("c"), "--project", "X")
	add("import", p("missing.csv"), "--into", p("c/ok/plan.yaml"))
	add("import", p("c/ok/svar.csv"))
	add("import", p("c/ok/svar.csv"), "--into", p("c/ok/plan.yaml"))
	add("import", p("c/ok/svar.csv"), "--into", p("c"))
	// Survey exports, broken and not: --dry-run writes nothing, so the
	// new file stays new for every export.
	exports, _ := filepath.Glob(p("c/survey/*"))
	for _, f := range exports {
		add("import", f, "--into", p("c/ok/ny-import.yaml"), "--dry-run")
	}
	add("workshop", p("nofolder/plan.yaml"), "--listen", "127.0.0.1:0")
	add("workshop", p("c/ok/ny-workshop.yaml"), "--listen", "127.0.0.1:0") // no run writes it
	add("workshop", p("c/ok/plan.yaml"), "--rubric", "nope", "--listen", "127.0.0.1:0")
	add("workshop", p("c/ok/plan.yaml"), "--listen", "nohost")
	add("workshop", p("c/ok/plan.yaml"), "--tls-cert", p("missing.pem"), "--tls-key", p("missing.key"))
	for _, path := range commandPaths(NewCmdRoot(&Factory{IO: &iostreams.IOStreams{}, Getenv: func(string) string { return "" }, Global: &GlobalOptions{}})) {
		add(append(path, "--help")...)
	}
	return runs
}

// hasLangFlag reports whether the command of args takes --lang.
func hasLangFlag(args []string) bool {
	cmd, _, err := NewCmdRoot(&Factory{IO: &iostreams.IOStreams{}, Getenv: func(string) string { return "" }, Global: &GlobalOptions{}}).Find(args)
	return err == nil && cmd.Flags().Lookup("lang") != nil
}

// With --lang da, and with a Danish locale and no flag, what samskab says
// about broken files, missing and unreadable paths, wrong flags and its
// help is Danish: englishIn finds no English on stdout or stderr.
func TestDanishEverywhere(t *testing.T) {
	dir := danishCorpus(t)
	t.Chdir(dir)
	runs := danishRuns(t, dir)
	for _, r := range runs {
		for _, variant := range []string{"--lang da", "LANG=da_DK.UTF-8"} {
			args := r.args
			env := map[string]string{"LANG": "C"}
			if variant == "--lang da" {
				if !hasLangFlag(args) {
					continue
				}
				args = append(slices.Clone(args), "--lang", "da")
			} else {
				env["LANG"] = "da_DK.UTF-8"
			}
			out, errOut := runDanish(args, env, r.stdin)
			if out == "" && errOut == "" {
				t.Errorf("%s (%s) said nothing; a run that is not checked proves nothing", strings.Join(r.args, " "), variant)
			}
			for name, text := range map[string]string{"stdout": out, "stderr": errOut} {
				if name == "stdout" && isFileText(args) {
					text = yamlKeys.ReplaceAllString(text, "")
				}
				for n, line := range strings.Split(text, "\n") {
					if strings.HasPrefix(strings.TrimSpace(line), "samskab ") && !strings.Contains(line, ":") {
						continue // a command line in the help's examples
					}
					if found := englishIn(line); len(found) > 0 {
						t.Errorf("%s (%s): %s line %d: English %q in %q", strings.Join(r.args, " "), variant, name, n+1, found, line)
					}
				}
			}
		}
	}
}

// yamlKeys are the keys of YAML that a command writes (init's template,
// import's preview): the format's names, the same in every language.
var yamlKeys = regexp.MustCompile(`(?m)^[\s-]*[\w-]+:`)

// isFileText reports whether args write a YAML file to stdout.
func isFileText(args []string) bool {
	return len(args) > 0 && (args[0] == "init" || args[0] == "import")
}

// runDanish runs args with env, and returns stdout and stderr.
func runDanish(args []string, env map[string]string, stdin string) (string, string) {
	io, in, out, errOut := iostreams.Test()
	in.WriteString(stdin)
	Main(args, io, func(k string) string { return env[k] })
	return out.String(), errOut.String()
}

// danishCorpus writes the corpus to a new folder: testdata/l10n/corpus.txtar
// under c/ with the survey exports it cannot hold, the bad-input corpus
// under bad/, and an empty folder.
func danishCorpus(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	ar, err := txtar.ParseFile("../../testdata/l10n/corpus.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range ar.Files {
		writeCorpusFile(t, filepath.Join(dir, "c", f.Name), f.Data)
	}
	writeSurveyExports(t, filepath.Join(dir, "c", "survey"))
	bad, err := filepath.Glob("../../testdata/bad/*")
	if err != nil || len(bad) == 0 {
		t.Fatalf("no bad-input corpus: %v", err)
	}
	for _, f := range bad {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeCorpusFile(t, filepath.Join(dir, "bad", filepath.Base(f)), data)
	}
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

func writeCorpusFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(fmt.Errorf("writing the corpus: %w", err))
	}
}

// A refused write is worded from the catalog: in English as atomicfile
// words it itself, in Danish in Danish.
func TestDescribeWrite(t *testing.T) {
	pathErr := &fs.PathError{Op: "open", Path: "x", Err: syscall.ENOSPC}
	for _, tt := range []struct {
		err  *atomicfile.Error
		want string
	}{
		{&atomicfile.Error{Path: "p", Err: atomicfile.ErrReadOnly}, "er skrivebeskyttet; gør den skrivbar først, hvis den skal ændres"},
		{&atomicfile.Error{Path: "p", Err: atomicfile.ErrIsDir}, "er en mappe; forventede et filnavn"},
		{&atomicfile.Error{Path: "p", Err: atomicfile.ErrNotOwner}, "tilhører en anden bruger; kun egne filer kan erstattes"},
		{&atomicfile.Error{Path: "p", Kind: "a named pipe (FIFO)", Mode: fs.ModeNamedPipe, Err: atomicfile.ErrNotRegular},
			"er en navngiven pipe (FIFO), ikke en almindelig fil; kun en almindelig fil kan erstattes"},
		{&atomicfile.Error{Path: "p", Target: "q", Err: fs.ErrNotExist}, "fører til q, som findes ikke (eller mappen, den skulle ligge i, findes ikke)"},
		{&atomicfile.Error{Path: "p", Err: fs.ErrPermission}, "kan ikke skrives: adgang nægtet"},
		{&atomicfile.Error{Path: "p", Err: pathErr}, "der er ikke mere plads på disken"},
	} {
		if got := describe(checklist.Danish, tt.err); got != tt.want {
			t.Errorf("Danish %v = %q, want %q", tt.err.Err, got, tt.want)
		}
		if got, want := describe(checklist.English, tt.err), tt.err.Error(); got != want {
			t.Errorf("English %v = %q; atomicfile says %q", tt.err.Err, got, want)
		}
	}
}
