package yamlfile_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

func TestParseRubricProblems(t *testing.T) {
	themes, err := yamlfile.BuiltinThemes()
	if err != nil {
		t.Fatal(err)
	}
	const head = "samskab-rubric: 1\nid: mine\nversion: 1\ntitle: {da: Min, en: Mine}\n"
	const q = "    questions: [{id: q1, text: {da: s, en: s}}]\n"
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"missing basics", "languages: [da]\n", []string{
			"1:1: missing `samskab-rubric: 1`", "1:1: missing `id`", "1:1: missing `version`", "1:1: missing `title`", "1:1: missing `items`"}},
		{"bad ids", "samskab-rubric: 1\nid: Min Rubrik\nversion: 1\ntitle: {da: M, en: M}\nitems:\n  - id: X1\n    title: {da: t, en: t}\n" + q + "    action: {da: a, en: a}\n", []string{
			`2:5: the rubric id "Min Rubrik" must use only lower-case letters`, `6:9: the item id "X1" must use only lower-case`}},
		{"item problems", head + "items:\n  - id: i1\n    title: {da: t, en: t}\n    weight: 0\n    themes: [dialog]\n    questions: []\n    action: {da: a}\n", []string{
			"8:13: weight must be a number greater than 0 and at most 100, found 0",
			`9:14: unknown theme "dialog"; did you mean "dialogue"?`,
			"10:16: an item needs at least one question",
			"11:13: the item action has no en text",
		}},
		{"missing item parts and duplicates", head + "items:\n  - id: i1\n" + q + "  - id: i1\n    title: {da: t, en: t}\n" + q + "    action: {da: a, en: a}\n", []string{
			"6:5: item i1 is missing `title`", "6:5: item i1 is missing `action`", "8:5: item id i1 is used twice in this rubric"}},
		{"single language rubric needs only that language", "samskab-rubric: 1\nid: m\nversion: 1\nlanguages: [da]\ntitle: {da: M}\nitems:\n  - id: i\n    title: {da: t}\n    questions: [{id: q1, text: {da: s}}]\n    action: {da: a, fr: b}\n", []string{
			`10:21: unknown key "fr" in the item action; expected one of: da, en`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := yamlfile.ParseRubric("r.yaml", []byte(tt.src), themes)
			checklisttest.CheckProblems(t, err, tt.want)
		})
	}
}

func TestUserRubricReplacesBuiltin(t *testing.T) {
	dir := t.TempDir()
	src := "samskab-rubric: 1\nid: cok\nversion: 2\ntitle: {da: Egen COK, en: Own COK}\nitems:\n  - id: cok-01\n    title: {da: t, en: t}\n    questions: [{id: q1, text: {da: s, en: s}}]\n    action: {da: a, en: a}\n"
	if err := os.WriteFile(filepath.Join(dir, "cok.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{Dirs: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	r, _ := cat.Rubric("cok")
	if r.Version != 2 || len(r.Items) != 1 || len(cat.Warnings) != 1 || !strings.Contains(cat.Warnings[0], "replaces") {
		t.Errorf("version %d, %d items, warnings %q", r.Version, len(r.Items), cat.Warnings)
	}
	if got := cat.IDs(); got[3] != "cok" {
		t.Errorf("a replacement keeps the built-in's place: %v", got)
	}
}

func TestUserRubricItemIDsMustBeUnique(t *testing.T) {
	dir := t.TempDir()
	src := "samskab-rubric: 1\nid: extra\nversion: 1\ntitle: {da: E, en: E}\nitems:\n  - id: cok-01\n    title: {da: t, en: t}\n    questions: [{id: q1, text: {da: s, en: s}}]\n    action: {da: a, en: a}\n"
	if err := os.WriteFile(filepath.Join(dir, "extra.yaml"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{Dirs: []string{dir}})
	if err == nil || !strings.Contains(err.Error(), "extra.yaml:6:9: item id cok-01 is already used by rubric cok (built in)") {
		t.Errorf("got %v", err)
	}
}

func TestParseRubricAudience(t *testing.T) {
	themes, err := yamlfile.BuiltinThemes()
	if err != nil {
		t.Fatal(err)
	}
	rubric := func(audience string) string {
		return "samskab-rubric: 1\nid: m\nversion: 1\ntitle: {da: M, en: M}\nitems:\n  - id: i\n    title: {da: t, en: t}\n" +
			"    questions:\n      - id: q1\n        text: {da: s, en: s}\n" + audience + "    action: {da: a, en: a}\n"
	}
	tests := []struct {
		name     string
		audience string
		want     []checklist.Audience // nil: everyone
		problems []string
	}{
		{"left out means everyone", "", nil, nil},
		{"one", "        audience: [citizen]\n", []checklist.Audience{checklist.AudienceCitizen}, nil},
		{"order kept", "        audience: [partner, lead]\n", []checklist.Audience{checklist.AudiencePartner, checklist.AudienceLead}, nil},
		{"unknown", "        audience: [lead, borger]\n", nil, []string{
			`11:26: unknown audience "borger"; expected one of lead, partner, citizen`}},
		{"twice", "        audience: [lead, lead]\n", nil, []string{"11:26: audience lead is listed twice"}},
		{"empty list", "        audience: []\n", nil, []string{
			"11:19: audience must list at least one of lead, partner, citizen, or be left out to mean everyone"}},
		{"not a list", "        audience: citizen\n", nil, []string{"11:19: audience must be a list, found"}},
		{"not a string", "        audience: [{lead: 1}]\n", nil, []string{"11:20: an audience must be"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := yamlfile.ParseRubric("r.yaml", []byte(rubric(tt.audience)), themes)
			if tt.problems != nil {
				checklisttest.CheckProblems(t, err, tt.problems)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			q := r.Items[0].Questions[0]
			if !slices.Equal(q.Audience, tt.want) {
				t.Errorf("audience %v, want %v", q.Audience, tt.want)
			}
			for _, a := range checklist.Audiences {
				if want := tt.want == nil || slices.Contains(tt.want, a); q.For(a) != want {
					t.Errorf("For(%s) = %v, want %v", a, q.For(a), want)
				}
			}
		})
	}
}
