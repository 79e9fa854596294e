package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
	"github.com/samskab/samskab/rubrics"
)

// compileSchema builds a schema and compiles it against the 2020-12
// meta-schema, with formats asserted as a strict editor would.
func compileSchema(t *testing.T, kind string, lang checklist.Lang) *jsonschema.Schema {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteSchema(&buf, kind, checklisttest.BuiltinCatalog(t), lang); err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(&buf)
	if err != nil {
		t.Fatal(err)
	}
	id := CaseSchemaID
	if kind == "rubric" {
		id = RubricSchemaID
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("%s schema does not compile: %v", kind, err)
	}
	return s
}

// instance reads YAML the way the YAML language server sees it: plain
// JSON values, with dates left as text.
func instance(t *testing.T, src []byte) any {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	return nodeValue(t, doc.Content[0])
}

func nodeValue(t *testing.T, n *yaml.Node) any {
	switch n.Kind {
	case yaml.AliasNode:
		return nodeValue(t, n.Alias)
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = nodeValue(t, n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		l := []any{}
		for _, c := range n.Content {
			l = append(l, nodeValue(t, c))
		}
		return l
	}
	switch n.Tag {
	case "!!null":
		return nil
	case "!!bool":
		return n.Value == "true"
	case "!!int":
		v, err := strconv.ParseInt(n.Value, 0, 64)
		if err != nil {
			t.Fatalf("int %q: %v", n.Value, err)
		}
		return v
	case "!!float":
		v, err := strconv.ParseFloat(n.Value, 64)
		if err != nil {
			t.Fatalf("float %q: %v", n.Value, err)
		}
		return v
	}
	return n.Value
}

func TestSchemasAcceptShippedFiles(t *testing.T) {
	for _, lang := range []checklist.Lang{checklist.English, checklist.Danish} {
		caseSchema, rubricSchema := compileSchema(t, "case", lang), compileSchema(t, "rubric", lang)
		cases, _ := filepath.Glob("../../testdata/cases/*.yaml")
		if len(cases) == 0 {
			t.Fatal("no test cases found")
		}
		for _, f := range cases {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := caseSchema.Validate(instance(t, data)); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}
		for _, name := range []string{"vaeksthus.yaml", "vaeksthus-trin.yaml", "frivilligraadet.yaml", "cok.yaml"} {
			data, err := rubrics.FS.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := rubricSchema.Validate(instance(t, data)); err != nil {
				t.Errorf("%s: %v", name, err)
			}
		}
		cat := checklisttest.BuiltinCatalog(t)
		for _, scoped := range []bool{false, true} {
			tmpl := yamlfile.CaseTemplate(cat.Rubrics, lang, "plan.yaml", scoped)
			if err := caseSchema.Validate(instance(t, tmpl)); err != nil {
				t.Errorf("init template (%s): %v", lang, err)
			}
		}
	}
}

// Each fixture is judged by the parser and by the schema, which must
// agree: the schema describes the format exactly.
func TestCaseSchemaAgreesWithParser(t *testing.T) {
	const head = "samskab: 1\nproject: {name: P}\n"
	tests := []struct {
		name string
		src  string
		ok   bool
	}{
		{"minimal", head + "responses:\n  - answers: {cok-01.q1: 3}\n", true},
		{"every kind of answer", head + "responses:\n  - answers:\n      cok-01.q1: 0\n      cok-01.q2: 4\n      cok-02.q1: na\n      cok-02.q2: DK\n      cok-03.q1: ~\n      cok-03.q2: {score: 2, note: fine}\n      cok-04.q1: {score: Na, note: ~}\n      cok-04.q2: {score: ~}\n", true},
		{"answers not given yet", head + "responses:\n  - respondent: A\n    answers:\n", true},
		{"a number as the project name", "samskab: 1\nproject: {name: 2030}\nresponses:\n  - answers: {}\n", true},
		{"everything optional", head + "rubrics: [cok]\nactors:\n  - {id: k, name: K, kind: municipality}\ntargets: {overall: 60, rubrics: {cok: 70.5}, item: 0, coverage: 100}\nresponses:\n  - {respondent: A, actor: k, date: 2026-04-14, answers: {cok-01.q1: 1}}\nmeta: {anything: [1, {x: y}]}\n", true},
		{"score 5", head + "responses:\n  - answers: {cok-01.q1: 5}\n", false},
		{"score -1", head + "responses:\n  - answers: {cok-01.q1: -1}\n", false},
		{"score 2.5", head + "responses:\n  - answers: {cok-01.q1: 2.5}\n", false},
		{"score as text", head + "responses:\n  - answers: {cok-01.q1: \"3\"}\n", false},
		{"unknown answer word", head + "responses:\n  - answers: {cok-01.q1: maybe}\n", false},
		{"a note without a score", head + "responses:\n  - answers: {cok-01.q1: {note: x}}\n", false},
		{"a score that is a mapping", head + "responses:\n  - answers: {cok-01.q1: {score: {score: 1}}}\n", false},
		{"unknown question id", head + "responses:\n  - answers: {cok-11.q1: 3}\n", false},
		{"an item id as key", head + "responses:\n  - answers: {cok-01: 3}\n", false},
		{"unknown top-level key", head + "respones: []\nresponses:\n  - answers: {}\n", false},
		{"unknown key in project", "samskab: 1\nproject: {name: P, budget: 5}\nresponses:\n  - answers: {}\n", false},
		{"unknown key in an answer", head + "responses:\n  - answers: {cok-01.q1: {score: 1, why: x}}\n", false},
		{"missing project name", "samskab: 1\nproject: {owner: X}\nresponses:\n  - answers: {}\n", false},
		{"blank project name", "samskab: 1\nproject: {name: \"  \"}\nresponses:\n  - answers: {}\n", false},
		{"missing project", "samskab: 1\nresponses:\n  - answers: {}\n", false},
		{"wrong version", "samskab: 2\nproject: {name: P}\nresponses:\n  - answers: {}\n", false},
		{"missing version", "project: {name: P}\nresponses:\n  - answers: {}\n", false},
		{"no responses", head + "responses: []\n", false},
		{"a response without answers", head + "responses:\n  - respondent: A\n", false},
		{"unknown rubric in scope", head + "rubrics: [cokk]\nresponses:\n  - answers: {}\n", false},
		{"a rubric listed twice", head + "rubrics: [cok, cok]\nresponses:\n  - answers: {}\n", false},
		{"target above 100", head + "targets: {overall: 101}\nresponses:\n  - answers: {}\n", false},
		{"target for an unknown rubric", head + "targets: {rubrics: {nope: 50}}\nresponses:\n  - answers: {}\n", false},
		{"unknown actor kind", head + "actors: [{id: a, kind: company}]\nresponses:\n  - answers: {}\n", false},
		{"an actor without id", head + "actors: [{name: A}]\nresponses:\n  - answers: {}\n", false},
		{"a date that is not YYYY-MM-DD", head + "responses:\n  - date: 14-04-2026\n    answers: {}\n", false},
		{"an impossible date", head + "responses:\n  - date: 2026-02-30\n    answers: {}\n", false},
		{"targets left empty", head + "targets:\nresponses:\n  - answers: {}\n", false},
	}
	cat := checklisttest.BuiltinCatalog(t)
	s := compileSchema(t, "case", checklist.English)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, perr := yamlfile.ParseCase("case.yaml", []byte(tt.src), cat)
			serr := s.Validate(instance(t, []byte(tt.src)))
			if (perr == nil) != tt.ok {
				t.Errorf("parser: ok=%v, want %v (%v)", perr == nil, tt.ok, perr)
			}
			if (serr == nil) != tt.ok {
				t.Errorf("schema: ok=%v, want %v (%v)", serr == nil, tt.ok, serr)
			}
		})
	}
}

func TestRubricSchemaAgreesWithParser(t *testing.T) {
	const head = "samskab-rubric: 1\nid: mine\nversion: 1\ntitle: {da: Min, en: Mine}\n"
	const item = "items:\n  - id: m-1\n    title: {da: T, en: T}\n    questions: [{id: q1, text: {da: S, en: S}}]\n    action: {da: A, en: A}\n"
	tests := []struct {
		name string
		src  string
		ok   bool
	}{
		{"minimal", head + item, true},
		{"no version", "samskab-rubric: 1\nid: mine\ntitle: {da: Min, en: Mine}\n" + item, false},
		{"Danish only", "samskab-rubric: 1\nid: mine\nversion: 1\nlanguages: [da]\ntitle: {da: Min}\nitems:\n  - id: m-1\n    title: {da: T}\n    summary: {da: S}\n    questions: [{id: q1, text: {da: S}}]\n    action: {da: A}\n", true},
		{"English only", "samskab-rubric: 1\nid: mine\nversion: 1\nlanguages: [en]\ntitle: {en: Mine}\ndescription: {}\nitems:\n  - id: m-1\n    title: {en: T}\n    questions: [{id: q1, text: {en: S}}]\n    action: {en: A}\n", true},
		{"every field", head + "description: {da: D, en: D}\npublisher: P\nurl: https://example.org\nlanguages: [en, da]\nitems:\n  - id: m-1\n    title: {da: T, en: T}\n    summary: {da: S, en: S}\n    weight: 0.5\n    themes: [dialogue, ownership]\n    source: {name: N, url: U, verified: false}\n    questions: [{id: q1, text: {da: S, en: S}}, {id: q2, text: {da: S, en: S}}]\n    action: {da: A, en: A}\n", true},
		{"a missing English title", "samskab-rubric: 1\nid: mine\nversion: 1\ntitle: {da: Min}\n" + item, false},
		{"a half-translated summary", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    summary: {da: S}\n    questions: [{id: q1, text: {da: S, en: S}}]\n    action: {da: A, en: A}\n", false},
		{"an empty English action", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    questions: [{id: q1, text: {da: S, en: S}}]\n    action: {da: A, en: \"\"}\n", false},
		{"a question without English text", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    questions: [{id: q1, text: {da: S}}]\n    action: {da: A, en: A}\n", false},
		{"wrong format version", "samskab-rubric: 2\nid: mine\ntitle: {da: Min, en: Mine}\n" + item, false},
		{"an id with capitals", "samskab-rubric: 1\nid: Mine\ntitle: {da: Min, en: Mine}\n" + item, false},
		{"weight 0", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    weight: 0\n    questions: [{id: q1, text: {da: S, en: S}}]\n    action: {da: A, en: A}\n", false},
		{"an unknown theme", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    themes: [power]\n    questions: [{id: q1, text: {da: S, en: S}}]\n    action: {da: A, en: A}\n", false},
		{"an item without action", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    questions: [{id: q1, text: {da: S, en: S}}]\n", false},
		{"no questions", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    questions: []\n    action: {da: A, en: A}\n", false},
		{"no items", head + "items: []\n", false},
		{"an unknown language", head + "languages: [de]\n" + item, false},
		{"an audience", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    questions: [{id: q1, text: {da: S, en: S}, audience: [citizen, lead]}]\n    action: {da: A, en: A}\n", true},
		{"an unknown audience", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    questions: [{id: q1, text: {da: S, en: S}, audience: [borger]}]\n    action: {da: A, en: A}\n", false},
		{"an empty audience", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    questions: [{id: q1, text: {da: S, en: S}, audience: []}]\n    action: {da: A, en: A}\n", false},
		{"an audience twice", head + "items:\n  - id: m-1\n    title: {da: T, en: T}\n    questions: [{id: q1, text: {da: S, en: S}, audience: [lead, lead]}]\n    action: {da: A, en: A}\n", false},
		{"an unknown key in a text", "samskab-rubric: 1\nid: mine\nversion: 1\ntitle: {da: Min, en: Mine, de: Meine}\n" + item, false},
	}
	s := compileSchema(t, "rubric", checklist.English)
	themes, err := yamlfile.BuiltinThemes()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, perr := yamlfile.ParseRubric("rubric.yaml", []byte(tt.src), themes)
			serr := s.Validate(instance(t, []byte(tt.src)))
			if (perr == nil) != tt.ok {
				t.Errorf("parser: ok=%v, want %v (%v)", perr == nil, tt.ok, perr)
			}
			if (serr == nil) != tt.ok {
				t.Errorf("schema: ok=%v, want %v (%v)", serr == nil, tt.ok, serr)
			}
		})
	}
}
