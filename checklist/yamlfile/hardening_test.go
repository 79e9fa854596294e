package yamlfile_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

const minimalCase = "samskab: 1\nproject: {name: P}\nresponses: [{answers: {cok-01.q1: 3}}]\n"

func problemLines(err error) []string {
	if err == nil {
		return nil
	}
	return strings.Split(err.Error(), "\n")
}

func TestParseCaseRefusesBadInput(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string
	}{
		{"empty", "", []string{"f.yaml: file is empty; expected a samskab case file starting with `samskab: 1`"}},
		{"blank", " \n\t\n", []string{"f.yaml: file is empty; expected a samskab case file starting with `samskab: 1`"}},
		{"comments only", "# samskab: 1\n\n# project:\n",
			[]string{"f.yaml: file has only comments and blank lines; expected a samskab case file starting with `samskab: 1`"}},
		{"latin-1", "samskab: 1\nproject: {name: K\xf8ge}\n",
			[]string{"f.yaml:2:18: file is not valid UTF-8 (byte 0xF8 here); save it as UTF-8 – æ, ø and å saved as Latin-1 or Windows-1252 look like this"}},
		{"utf-16", "\xff\xfes\x00a\x00", []string{"f.yaml: file is UTF-16 text; save it as UTF-8"}},
		{"nul byte", "samskab: 1\x00", []string{"f.yaml: file looks binary (it contains NUL bytes); expected a YAML text file"}},
		{"list at the root", "- samskab: 1\n",
			[]string{"f.yaml:1:1: expected a samskab case file starting with `samskab: 1` (a mapping of keys), found a list"}},
		{"wrong version", strings.Replace(minimalCase, "samskab: 1", "samskab: 2", 1),
			[]string{"f.yaml:1:10: unsupported format version 2; this samskab reads `samskab: 1`"}},
		{"duplicate keys", minimalCase + "project: {name: Q}\n",
			[]string{`f.yaml:4:1: duplicate key "project" (first at line 2)`}},
		{"too deep", minimalCase + "meta: " + strings.Repeat("[", 10001) + strings.Repeat("]", 10001) + "\n",
			[]string{"f.yaml:4:1: YAML syntax error: lists or mappings are nested more than 10000 levels deep; samskab reads at most 10000"}},
		{"a rubric instead", "samskab-rubric: 1\nid: x\n",
			[]string{"f.yaml:1:1: this is a rubric (it has `samskab-rubric:`), not a case file; load it with `--rubrics FILE`, or check it with `samskab rubrics lint FILE`"}},
		{"one alias, one problem", "samskab: 1\nproject: {name: P}\nmeta: {x: &x [1]}\nresponses: [*x, *x, *x]\n",
			[]string{"f.yaml:3:11: a response must be a mapping, found a list"}},
		{"alias fan-out", "samskab: 1\nproject: {name: P}\nmeta: {a: &a {cok-01.q1: 1, cok-01.q2: 2, cok-02.q1: 3, cok-02.q2: 3, cok-03.q1: 3, cok-03.q2: 3}, r: &r {answers: *a}}\nresponses: [" +
			strings.Repeat("*r, ", 140000) + "*r]\n",
			[]string{"f.yaml:3:43: aliases (*name) make this document expand to over 1000000 values; refusing to read further (expand them by hand, or remove them)"}},
		{"pins", strings.Replace(minimalCase, "responses", "rubric_versions: {cok: 0, ckk: 1, vaeksthus: 1.5}\nresponses", 1),
			[]string{
				"f.yaml:3:24: rubric_versions.cok must be 1 or higher, found 0",
				`f.yaml:3:27: unknown rubric "ckk"; did you mean "cok"?`,
				"f.yaml:3:46: rubric_versions.vaeksthus (a rubric version) must be a whole number, found the number 1.5",
			}},
		{"control character", strings.Replace(minimalCase, "{name: P}", `{name: "P\e[2J"}`, 1),
			[]string{"f.yaml:2:17: project name contains the control character U+001B, which could garble a terminal; remove it"}},
		{"long project name", strings.Replace(minimalCase, "{name: P}", "{name: "+strings.Repeat("æ", 301)+"}", 1),
			[]string{"f.yaml:2:17: project name is 301 characters long; keep it to 300 and put the rest in `description`"}},
		{"NaN target", minimalCase + "targets: {overall: .nan}\n",
			[]string{"f.yaml:4:20: targets.overall must be a percent from 0 to 100, found .nan"}},
	}
	cat := checklisttest.BuiltinCatalog(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := yamlfile.ParseCase("f.yaml", []byte(tt.input), cat)
			if c != nil {
				t.Fatalf("accepted: %+v", c)
			}
			if got := problemLines(err); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestParseCaseAcceptsBOMAndCRLF(t *testing.T) {
	input := "\xef\xbb\xbfsamskab: 1\r\nproject:\r\n  name: Køge\r\nresponses:\r\n  - answers:\r\n      cok-01.q1: 3\r\n"
	c, err := yamlfile.ParseCase("f.yaml", []byte(input), checklisttest.BuiltinCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	a := c.Responses[0].Answers[0]
	if c.Project.Name != "Køge" || a.Score != 3 || a.Line != 6 || a.Col != 18 {
		t.Errorf("got name %q, answer %d at %d:%d; want Køge, 3 at 6:18", c.Project.Name, a.Score, a.Line, a.Col)
	}
}

func TestProblemsAreCappedInFileOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString("samskab: 1\nproject: {name: P}\nresponses:\n  - answers:\n")
	for i := 0; i < 200; i++ {
		fmt.Fprintf(&b, "      x%d: 1\n", i)
	}
	b.WriteString("bogus: 1\n")
	_, err := yamlfile.ParseCase("f.yaml", []byte(b.String()), checklisttest.BuiltinCatalog(t))
	got := problemLines(err)
	if len(got) != checklist.MaxProblems+1 {
		t.Fatalf("got %d problems, want %d", len(got), checklist.MaxProblems+1)
	}
	if !strings.HasPrefix(got[0], "f.yaml:5:7: unknown question id \"x0\"") {
		t.Errorf("first problem %q, want the one on line 5", got[0])
	}
	if got[checklist.MaxProblems] != "f.yaml:55:7: too many problems; fix these and run again" {
		t.Errorf("last problem %q", got[checklist.MaxProblems])
	}
}

func TestPinWarnings(t *testing.T) {
	tests := []struct {
		pins string
		want []string
	}{
		{"{cok: 2, vaeksthus: 2}", nil},
		{"{cok: 1}", []string{"f.yaml:3:24: rubric cok is pinned to version 1, but version 2 is loaded (built in); " +
			"its questions may have changed, so compare scores with care, then update rubric_versions"}},
	}
	for _, tt := range tests {
		input := strings.Replace(minimalCase, "responses", "rubric_versions: "+tt.pins+"\nresponses", 1)
		c, err := yamlfile.ParseCase("f.yaml", []byte(input), checklisttest.BuiltinCatalog(t))
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(c.Warnings, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: warnings %q, want %q", tt.pins, c.Warnings, tt.want)
		}
		if len(c.RubricVersions) == 0 || c.RubricVersions[0].Rubric != "cok" {
			t.Errorf("%s: pins %+v", tt.pins, c.RubricVersions)
		}
	}
}

func TestHumanSize(t *testing.T) {
	for n, want := range map[int]string{
		yamlfile.MaxFileSize + 1:       "10485761 bytes",
		yamlfile.MaxFileSize / 20 * 21: "10.5 MiB",
		200 << 20:                      "200.0 MiB",
	} {
		if got := yamlfile.HumanSize(n); got != want {
			t.Errorf("yamlfile.HumanSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestHostileInputsStayBounded feeds inputs built to make validation
// quadratic or to multiply memory (some are valid, some are not): none may
// allocate more than a fixed multiple of its size.
func TestHostileInputsStayBounded(t *testing.T) {
	if testing.Short() || checklisttest.RaceEnabled {
		t.Skip("measures allocation, which -race inflates; builds inputs of several MiB")
	}
	const size = 1 << 20
	gen := func(head string, line func(i int) string) []byte {
		var b strings.Builder
		b.WriteString(head)
		for i := 0; b.Len() < size; i++ {
			b.WriteString(line(i))
		}
		return []byte(b.String())
	}
	head := "samskab: 1\nproject: {name: P}\n"
	rubricHead := "samskab-rubric: 1\nid: r\nversion: 1\ntitle: {da: a, en: b}\nitems:\n"
	inputs := map[string][]byte{
		"actors":        gen(head+"responses: [{answers: {}}]\nactors:\n", func(i int) string { return fmt.Sprintf("- id: a%d\n", i) }),
		"actor refs":    gen(head+"responses:\n", func(i int) string { return fmt.Sprintf("- {actor: b%d, answers: {}}\n", i) }),
		"unknown ids":   gen(head+"responses:\n- answers:\n", func(i int) string { return fmt.Sprintf("    x%d: 1\n", i) }),
		"scope":         gen(head+"responses: [{answers: {}}]\nrubrics:\n", func(i int) string { return fmt.Sprintf("- r%d\n", i) }),
		"responses":     gen(head+"responses:\n", func(int) string { return "- answers:\n" }),
		"questions":     gen(rubricHead+"- id: i\n  title: {da: a, en: b}\n  action: {da: a, en: b}\n  questions:\n", func(i int) string { return fmt.Sprintf("  - {id: q%d, text: {da: a, en: b}}\n", i) }),
		"themes":        gen(rubricHead+"- id: i\n  title: {da: a, en: b}\n  action: {da: a, en: b}\n  questions: [{id: q, text: {da: a, en: b}}]\n  themes:\n", func(i int) string { return fmt.Sprintf("  - t%d\n", i) }),
		"long unknowns": gen(head+"responses:\n- answers:\n", func(i int) string { return fmt.Sprintf("    %s%d: 1\n", strings.Repeat("y", 900), i) }),
	}
	cat := checklisttest.BuiltinCatalog(t)
	for name, data := range inputs {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		if strings.HasPrefix(string(data), "samskab-rubric") {
			_, _ = yamlfile.ParseRubric("f.yaml", data, cat.Themes)
		} else {
			_, _ = yamlfile.ParseCase("f.yaml", data, cat)
		}
		runtime.ReadMemStats(&after)
		t.Logf("%s: %.0f× its size", name, float64(after.TotalAlloc-before.TotalAlloc)/float64(len(data)))
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 150*uint64(len(data)) {
			t.Errorf("%s: allocated %d MiB for %d KiB of input", name, alloc>>20, len(data)>>10)
		}
	}
}
