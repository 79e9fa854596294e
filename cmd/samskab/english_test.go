package main

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// This file holds the detector that the Danish scans use: it finds English
// in text meant to be Danish.

// englishWords give English away: function words, and the words samskab's
// English messages are made of. Words that are Danish as well (to, have,
// give, for, at, by, i, under, over, men, kind, note, start, format,
// version, score, model, respondent, mapping, tag, test, data, id, ok) are
// left out, and so are the argument values case and rubric.
var englishWords = wordSet(`
	a an the is are was were be been being has had it its
	not no nor of and or with without from into onto on in than then
	this that these those there here which when while where what who why how
	do does did done you your we our they their he she
	must should would could can cannot will shall may might
	expected expect found missing unknown invalid outside such
	permission denied error errors warning
	file files folder folders directory exist exists
	line lines value values key keys answer answers question questions
	item items list lists empty number text nothing report written write
	read please run again too many more most one two twice first last after
	yet still name names project skipped ignored interrupted wrote added
	dry every each all any some none other another only already also
	usage flags available commands examples default additional topics information
	document syntax indented above below use uses used between because so
	but if else out up see got get response responses actor actors
	scored scoring whole theme themes language languages weight
	mean means meant replaces replaced unclosed bracket disable description descriptions
	string unsupported corrupt before
`)

// englishPhrases are English that a word list alone could miss.
var englishPhrases = []string{"did you mean", "no such", "not a", "is not", "must be", "help for"}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// formatNames are the names of samskab's output formats.
const formatNames = `(?:text|table|markdown|json|jsonl|csv|html|xlsx|github|sarif|junit)`

// notLanguage are the parts of a message that are not prose and stay as
// they are in every language: YAML keys and code in backticks, values
// quoted from a file or a command line, file paths and names, flags,
// environment variables, ids (cok-08.q2, rubric_versions.cok, actors[].kind),
// placeholders in capitals (FILE, ID), URLs, command lines, PowerShell's
// commands (Out-String), lists of format names, and the names of products.
var notLanguage = []*regexp.Regexp{
	regexp.MustCompile(`\bsamskab(?: (?:help|score|check|batch|compare|init|rubrics|show|lint|schema|assess|import|workshop|completion))+\b`),
	regexp.MustCompile(`--format[ =]\w+`),
	regexp.MustCompile(`\b` + formatNames + `(?:(?:, | eller | og | or |, or )` + formatNames + `)+\b`),
	regexp.MustCompile(`\b` + formatNames + ` \(`),
	regexp.MustCompile(`YAML language server`),
	regexp.MustCompile(`\b(?:Add|Get|Invoke|Join|New|Out|Set|Split)-[A-Z][A-Za-z]+\b`),
	regexp.MustCompile("`[^`\n]*`"),
	regexp.MustCompile(`"(?:[^"\\\n]|\\.)*"`),
	regexp.MustCompile(`“[^”\n]*”`),
	regexp.MustCompile(`'[^'\n]*'`),
	regexp.MustCompile(`https?://\S+`),
	regexp.MustCompile(`\S*[/\\]\S*`),
	regexp.MustCompile(`\S+\.(?:yaml|yml|csv|json|jsonl|xlsx|html|md|txt|sarif|xml|unsaved|lock)\b`),
	regexp.MustCompile(`(?:^|\s)--?[A-Za-z][\w-]*(?:=\S*)?`),
	regexp.MustCompile(`\$\w+`),
	regexp.MustCompile(`\b[\w\[\]-]*[._][\w.\[\]-]*\w\b`),
	regexp.MustCompile(`\b[A-ZÆØÅ][A-ZÆØÅ0-9_-]+\b`),
}

// englishIn returns the English words and phrases found in text, which is
// meant to be Danish; none means the text passes.
func englishIn(text string) []string {
	for _, re := range notLanguage {
		text = re.ReplaceAllString(text, " ")
	}
	lower := strings.ToLower(text)
	var found []string
	for _, p := range englishPhrases {
		if regexp.MustCompile(`\b` + p + `\b`).MatchString(lower) {
			found = append(found, p)
		}
	}
	words := strings.FieldsFunc(lower, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for _, w := range words {
		w = strings.Trim(w, "'")
		if englishWords[w] && !slices.Contains(found, w) {
			found = append(found, w)
		}
	}
	return found
}
