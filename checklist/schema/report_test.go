package schema

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
	"github.com/samskab/samskab/internal/checklisttest"
)

func compileReportSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(ReportSchema()))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(ReportSchemaID, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(ReportSchemaID)
	if err != nil {
		t.Fatalf("the report schema does not compile: %v", err)
	}
	return s
}

func jsonReport(t *testing.T, r *checklist.Report, lang checklist.Lang) []byte {
	t.Helper()
	var buf bytes.Buffer
	p, err := render.NewReportPrinter("json", &buf, render.Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Print(r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func validate(s *jsonschema.Schema, data []byte) error {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(doc)
}

// TestReportSchemaAcceptsRealReports validates the JSON report of every
// case file in testdata/cases, and of cases with undefined scores, in both
// languages.
func TestReportSchemaAcceptsRealReports(t *testing.T) {
	if render.ReportSchemaVersion != 1 {
		t.Fatalf("the report is at schema_version %d; publish report.v%d.schema.json for it", render.ReportSchemaVersion, render.ReportSchemaVersion)
	}
	s := compileReportSchema(t)
	files, err := filepath.Glob(filepath.Join(checklisttest.Root(), "testdata", "cases", "*.yaml"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no case files (%v)", err)
	}
	reports := map[string]*checklist.Report{}
	for _, f := range files {
		reports[filepath.Base(f)] = checklisttest.ScoreCaseFile(t, filepath.Base(f))
	}
	// Nothing scored: every number null.
	reports["unanswered"] = checklisttest.ScoreCase(t, "unanswered.yaml",
		[]byte("samskab: 1\nproject: {name: P}\nrubrics: [cok]\nresponses:\n  - answers: {cok-01.q1: na, cok-02.q1: dk}\n"))
	for name, r := range reports {
		for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
			if err := validate(s, jsonReport(t, r, lang)); err != nil {
				t.Errorf("%s (%s): the report does not match its schema: %v", name, lang, err)
			}
		}
	}
}

// TestReportSchemaRejects makes sure the schema can fail: each change
// below breaks the contract of DESIGN.md §5.
func TestReportSchemaRejects(t *testing.T) {
	s := compileReportSchema(t)
	good := string(jsonReport(t, checklisttest.ScoreCaseFile(t, "havdrup-ensomhed.yaml"), checklist.Danish))
	for name, edit := range map[string][2]string{
		"unknown field":               {`"respondents":`, `"extra": 1, "respondents":`},
		"percent as text":             {`"percent": [0-9.]+`, `"percent": "61.5"`},
		"percent over 100":            {`"percent": [0-9.]+`, `"percent": 100.1`},
		"unknown level":               {`"level": "[a-z]+"`, `"level": "great"`},
		"schema version 2":            {`"schema_version": 1`, `"schema_version": 2`},
		"status outside the set":      {`"status": "scored"`, `"status": "done"`},
		"party kind outside the set":  {`"kind": "citizens"`, `"kind": "citizen"`},
		"party gap without its kinds": {`,\s*"low": \{[^}]*\},\s*"high": \{[^}]*\}`, ``},
		"low gap with party kinds":    {`"kind": "low",`, `"kind": "low", "low": {"kind": "citizens", "score": 1.0, "percent": 25.0},`},
		"party without respondents":   {`"respondents": 1,\s*"overall"`, `"respondents": 0, "overall"`},
	} {
		re := regexp.MustCompile(edit[0])
		loc := re.FindStringIndex(good)
		if loc == nil {
			t.Fatalf("%s: the report has no %s to change", name, edit[0])
		}
		bad := good[:loc[0]] + edit[1] + good[loc[1]:]
		if err := validate(s, []byte(bad)); err == nil {
			t.Errorf("%s: the schema accepts a broken report", name)
		}
	}
}

func TestReportSchemaFileIsPublished(t *testing.T) {
	data, err := os.ReadFile("report.v1.schema.json")
	if err != nil || !bytes.Equal(data, ReportSchema()) {
		t.Errorf("ReportSchema differs from report.v1.schema.json (%v)", err)
	}
}
