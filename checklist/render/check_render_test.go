package render

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"strconv"
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
	// Only fr-p5 fails a target of its own (coverage: nobody could answer
	// it); the items below the overall and cok targets fail those
	// targets, not themselves.
	want := []string{
		"thresholds: Overall Rubric Coverage",
		"frivilligraadet: fr-p5",
		"cok: ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") || doc.Tests != 20 || doc.Failures != 4 {
		t.Errorf("tests=%d failures=%d\n%s", doc.Tests, doc.Failures, strings.Join(got, "\n"))
	}
}

func TestSARIFResultsPointAtTheirRules(t *testing.T) {
	var log sarifLog
	if err := json.Unmarshal(render(t, "sarif", havdrupChecked(t)), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	// 2 threshold rules + 16 items; results: errors for overall, cok and
	// fr-p5 (which JUnit fails), then notes for the 5 items that pull the
	// score down most.
	if log.Version != "2.1.0" || len(run.Tool.Driver.Rules) != 18 || len(run.Results) != 3+maxPulling {
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

// When only the overall target fails, the CI views say so once: one
// error, the few items that pull the score down most as notices (SARIF
// notes), ranked, and a summary; JUnit fails no item.
func TestCIViewsFailOnlyFailedTargets(t *testing.T) {
	c, r := checklisttest.Havdrup(t)
	limits := gate.Limits{Overall: checklist.Target{Percent: 90, Set: true}, Coverage: checklist.Target{Percent: 0, Set: true}}
	res, err := gate.Check(c, r, gate.ResolveThresholds(limits, checklist.Targets{}))
	if err != nil {
		t.Fatal(err)
	}
	if res.Failed() != 1 {
		t.Fatalf("%d thresholds failed, want only the overall one", res.Failed())
	}
	var gh bytes.Buffer
	if err := (checkGitHub{o: Options{Lang: checklist.English}}).Render(&gh, res); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(gh.String()), "\n")
	var errs, notices []string
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "::error "):
			errs = append(errs, l)
		case strings.HasPrefix(l, "::notice "):
			notices = append(notices, l)
		default:
			t.Errorf("unexpected line %q", l)
		}
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "overall target not met") {
		t.Errorf("errors = %q, want one for the overall target", errs)
	}
	if len(notices) != maxPulling+1 {
		t.Fatalf("%d notices, want %d items and a summary:\n%s", len(notices), maxPulling, gh.String())
	}
	for i, n := range notices[:maxPulling] {
		if !strings.Contains(n, ",title="+strconv.Itoa(i+1)+". ") {
			t.Errorf("notice %d is not ranked %d: %s", i, i+1, n)
		}
	}
	if !strings.Contains(notices[maxPulling], "1 of ") || !strings.Contains(notices[maxPulling], "the 5 with most to gain") {
		t.Errorf("summary = %s", notices[maxPulling])
	}

	var sarif bytes.Buffer
	if err := (checkSARIF{o: Options{Lang: checklist.English}}).Render(&sarif, res); err != nil {
		t.Fatal(err)
	}
	levels := map[string]int{}
	var log struct {
		Runs []struct {
			Results []struct{ Level string } `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(sarif.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	for _, r := range log.Runs[0].Results {
		levels[r.Level]++
	}
	if levels["error"] != 1 || levels["note"] != maxPulling || len(levels) != 2 {
		t.Errorf("SARIF levels = %v, want 1 error and %d notes", levels, maxPulling)
	}

	var junit bytes.Buffer
	if err := (checkJUnit{o: Options{Lang: checklist.English}}).Render(&junit, res); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(junit.String(), "<failure"); n != 1 {
		t.Errorf("JUnit has %d failures, want 1 (the overall target):\n%s", n, junit.String())
	}
}
