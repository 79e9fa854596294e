package render

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
	"github.com/samskab/samskab/internal/checklisttest"
)

func TestGitHubEscaping(t *testing.T) {
	tests := []struct{ in, data, prop string }{
		{"50 % of 60 %", "50 %25 of 60 %25", "50 %25 of 60 %25"},
		{"line one\r\nline two", "line one%0D%0Aline two", "line one%0D%0Aline two"},
		{"fr-p3 Dialog, hvor: problem", "fr-p3 Dialog, hvor: problem", "fr-p3 Dialog%2C hvor%3A problem"},
		{"%25 stays literal", "%2525 stays literal", "%2525 stays literal"},
	}
	for _, tt := range tests {
		if got := ghData(tt.in); got != tt.data {
			t.Errorf("ghData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := ghProperty(tt.in); got != tt.prop {
			t.Errorf("ghProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

func havdrupChecked(t *testing.T) *gate.CheckResult {
	t.Helper()
	c, r := checklisttest.Havdrup(t)
	res, err := gate.Check(c, r, gate.ResolveThresholds(gate.Limits{}, c.Targets))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func render(t *testing.T, format string, res *gate.CheckResult) []byte {
	t.Helper()
	var buf bytes.Buffer
	v, err := NewCheckPrinter(format, &buf, Options{Lang: checklist.English})
	if err != nil {
		t.Fatal(err)
	}
	if err := v.Print(res); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// The counts are the havdrup targets' failures: 3 of 4 thresholds; in
// frivilligraadet fr-p3 and fr-p6 (below 60 %) and fr-p5 (don't know);
// in cok every item but cok-05 and cok-10 (below 70 %).
func TestJUnitParsesBack(t *testing.T) {
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Name     string `xml:"name,attr"`
			Tests    int    `xml:"tests,attr"`
			Failures int    `xml:"failures,attr"`
			Cases    []struct {
				Name    string    `xml:"name,attr"`
				Failure *struct{} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	out := render(t, "junit", havdrupChecked(t))
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	var got []string
	for _, s := range doc.Suites {
		var failed []string
		for _, c := range s.Cases {
			if c.Failure != nil {
				failed = append(failed, strings.Fields(c.Name)[0])
			}
		}
		got = append(got, s.Name+": "+strings.Join(failed, " "))
	}
	want := []string{
		"thresholds: Overall Rubric Coverage",
		"frivilligraadet: fr-p3 fr-p5 fr-p6",
		"cok: cok-01 cok-02 cok-03 cok-04 cok-06 cok-07 cok-08 cok-09",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") || doc.Tests != 20 || doc.Failures != 14 {
		t.Errorf("tests=%d failures=%d\n%s", doc.Tests, doc.Failures, strings.Join(got, "\n"))
	}
}

func TestSARIFResultsPointAtTheirRules(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(render(t, "sarif", havdrupChecked(t)), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	// 2 threshold rules + 16 items; results: overall, cok, then the 11
	// items the JUnit test lists (3 + 8).
	if log.Version != "2.1.0" || len(run.Tool.Driver.Rules) != 18 || len(run.Results) != 13 {
		t.Fatalf("version %s, %d rules, %d results", log.Version, len(run.Tool.Driver.Rules), len(run.Results))
	}
	for _, res := range run.Results {
		if rule := run.Tool.Driver.Rules[res.RuleIndex]; rule.ID != res.RuleID {
			t.Errorf("result %s points at rule %s", res.RuleID, rule.ID)
		}
		if loc := res.Locations[0].PhysicalLocation; loc.ArtifactLocation.URI != "../../testdata/cases/havdrup-ensomhed.yaml" || loc.Region.StartLine < 1 {
			t.Errorf("result %s at %+v", res.RuleID, loc)
		}
	}
}

func TestGitHubIsQuietWhenAllPass(t *testing.T) {
	c, r := checklisttest.Havdrup(t)
	res, err := gate.Check(c, r, gate.ResolveThresholds(gate.Limits{Overall: checklisttest.SetTarget(50), Coverage: checklisttest.SetTarget(90), Item: checklisttest.SetTarget(0),
		Rubrics: []checklist.RubricTarget{{Rubric: "cok", Target: checklisttest.SetTarget(50)}}}, c.Targets))
	if err != nil {
		t.Fatal(err)
	}
	if out := render(t, "github", res); len(out) != 0 {
		t.Errorf("output when all pass:\n%s", out)
	}
}
