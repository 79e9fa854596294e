package yamlfile_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

// rubricYAML is a small valid user rubric; tests vary it by replacing text.
const rubricYAML = `samskab-rubric: 1
id: mine
version: 2
title: {da: Mine, en: Mine}
items:
  - id: m-1
    title: {da: Et, en: One}
    weight: 1
    themes: [dialogue]
    questions: [{id: q1, text: {da: Spørgsmål., en: Question.}}]
    action: {da: Gør det., en: Do it.}
`

func TestParseRubricRefuses(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           string
	}{
		{"zero weight", "weight: 1", "weight: 0", "f.yaml:8:13: weight must be a number greater than 0 and at most 100, found 0"},
		{"NaN weight", "weight: 1", "weight: .nan", "f.yaml:8:13: weight must be a number greater than 0 and at most 100, found .nan"},
		{"infinite weight", "weight: 1", "weight: .inf", "f.yaml:8:13: weight must be a number greater than 0 and at most 100, found .inf"},
		{"heavy weight", "weight: 1", "weight: 101", "f.yaml:8:13: weight must be a number greater than 0 and at most 100, found 101"},
		{"no version", "version: 2\n", "", "f.yaml:1:1: missing `version`, e.g. `version: 1`; raise it whenever the questions change, so case files can pin it"},
		{"blank text", "en: Question.", `en: "  "`, "f.yaml:10:32: the question text has no en text; the rubric declares languages da, en"},
		{"theme twice", "[dialogue]", "[dialogue, dialogue]", "f.yaml:9:24: theme dialogue is listed twice"},
		{"no questions", "questions: [{id: q1, text: {da: Spørgsmål., en: Question.}}]", "questions: []", "f.yaml:10:16: an item needs at least one question"},
		{"a case instead", "samskab-rubric: 1", "samskab: 1", "f.yaml:1:1: this is a case file (it has `samskab:`), not a rubric; score it with `samskab score FILE`"},
	}
	themes := checklisttest.BuiltinCatalog(t).Themes
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			input := strings.Replace(rubricYAML, tt.old, tt.new, 1)
			if input == rubricYAML {
				t.Fatalf("%q is not in the rubric", tt.old)
			}
			r, err := yamlfile.ParseRubric("f.yaml", []byte(input), themes)
			if r != nil || err == nil || err.Error() != tt.want {
				t.Errorf("got %v\nwant %s", err, tt.want)
			}
		})
	}
}

func writeRubricFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLintRubrics(t *testing.T) {
	dir := writeRubricFiles(t, map[string]string{
		"mine.yaml":     rubricYAML,
		"again.yaml":    strings.Replace(rubricYAML, "m-1", "m-2", 1),
		"borrow.yaml":   strings.NewReplacer("id: mine", "id: borrow", "m-1", "cok-01").Replace(rubricYAML),
		"cok.yaml":      strings.NewReplacer("id: mine", "id: cok", "m-1", "cok-01").Replace(rubricYAML),
		"empty/.keep":   "",
		"broken.yaml":   strings.Replace(rubricYAML, "weight: 1", "weight: -1", 1),
		"sub/ours.yaml": strings.NewReplacer("id: mine", "id: ours", "m-1", "o-1").Replace(rubricYAML),
		"staff.yaml": strings.NewReplacer("id: mine", "id: staff", "m-1", "s-1",
			"en: Question.}}", "en: Question.}, audience: [lead, partner]}").Replace(rubricYAML),
		"citizens.yaml": strings.NewReplacer("id: mine", "id: citizens", "m-1", "c-1",
			"en: Question.}}", "en: Question.}, audience: [citizen]}").Replace(rubricYAML),
	})
	at := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name             string
		paths            []string
		rubrics          int
		warnings, issues []string
	}{
		{"clean", []string{"mine.yaml"}, 1, nil, nil},
		{"a folder", []string{"sub"}, 1, nil, nil},
		{"one id twice", []string{"mine.yaml", "again.yaml"}, 0, nil,
			[]string{at("again.yaml") + ":2:5: rubric id mine is also used by " + at("mine.yaml") + ":2:5; each rubric needs its own id"}},
		{"a built-in's item id", []string{"borrow.yaml"}, 0, nil,
			[]string{at("borrow.yaml") + ":6:9: item id cok-01 is already used by rubric cok (built in); item ids must be unique across all loaded rubrics, so give this item another id"}},
		{"replacing a built-in", []string{"cok.yaml"}, 1,
			[]string{at("cok.yaml") + ":2:5: warning: rubric cok (version 2) replaces the built-in rubric cok (version 2) when loaded"}, nil},
		{"an item that asks citizens nothing", []string{"staff.yaml", "citizens.yaml"}, 2,
			[]string{at("staff.yaml") + ":6:9: warning: item s-1 has no question a citizen can answer; add citizen to a question's audience"}, nil},
		{"not usable", []string{"empty", "missing.yaml", "broken.yaml"}, 0, nil, []string{
			at("empty") + ": no rubric files (*.yaml, *.yml) in this folder",
			at("missing.yaml") + ": no such file",
			at("broken.yaml") + ":8:13: weight must be a number greater than 0 and at most 100, found -1",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var paths []string
			for _, p := range tt.paths {
				paths = append(paths, at(p))
			}
			res, err := yamlfile.LintRubrics(paths)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Rubrics) != tt.rubrics {
				t.Errorf("%d rubrics passed, want %d", len(res.Rubrics), tt.rubrics)
			}
			if got, want := problemLines(res.Warnings), tt.warnings; strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
			if got, want := problemLines(res.Problems), tt.issues; strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

func TestLoadCatalogUserDirs(t *testing.T) {
	dir := writeRubricFiles(t, map[string]string{
		"org/mine.yaml":   rubricYAML,
		"over/cok.yaml":   strings.NewReplacer("id: mine", "id: cok", "m-1", "cok-01").Replace(rubricYAML),
		"clash/x.yaml":    strings.NewReplacer("id: mine", "id: x", "m-1", "fr-p2").Replace(rubricYAML),
		"nothing/a.txt":   "not a rubric",
		"org/.hidden.yml": "not: loaded",
	})
	at := func(name string) string { return filepath.Join(dir, name) }
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{Dirs: []string{"", at("org"), at("over"), at("nothing")}})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(cat.IDs(), " "); got != "vaeksthus vaeksthus-trin frivilligraadet cok mine" {
		t.Errorf("rubrics %s", got)
	}
	if r, _ := cat.Rubric("cok"); r.Version != 2 || len(r.Items) != 1 {
		t.Errorf("cok is version %d with %d items; want the user's version 2 with 1 item", r.Version, len(r.Items))
	}
	want := at("over/cok.yaml") + ":2:5: rubric cok (version 2) replaces the built-in rubric cok (version 2)\n" +
		at("nothing") + ": no rubric files (*.yaml, *.yml) in this folder"
	if got := strings.Join(cat.Warnings, "\n"); got != want {
		t.Errorf("warnings:\n%s\nwant:\n%s", got, want)
	}
	_, err = yamlfile.LoadCatalog(yamlfile.LoadOptions{Dirs: []string{at("clash"), at("gone")}})
	want = at("gone") + ": no such file (a rubric folder from --rubrics or SAMSKAB_RUBRICS)"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
	_, err = yamlfile.LoadCatalog(yamlfile.LoadOptions{Dirs: []string{at("clash")}})
	want = at("clash/x.yaml") + ":6:9: item id fr-p2 is already used by rubric frivilligraadet (built in); item ids must be unique across all loaded rubrics, so give this item another id"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %s", err, want)
	}
}
