package yamlfile_test

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

// The fuzz targets run for a few seconds in .ci/run and for much longer by
// hand, e.g.
//
//	go test ./checklist -run='^$' -fuzz='^FuzzParseCase$' -fuzztime=10m -fuzzminimizetime=5s
//
// Every input they ever failed on is kept in testdata/fuzz/<Name>/, so
// plain `go test` replays it.

// maxSeed leaves the largest corpus files out of the seeds: the fuzzer
// mutates small inputs far faster, and the end-to-end tests cover those.
const maxSeed = 20 << 10

// addSeeds adds every file matching the patterns (relative to this
// package) to the fuzzer's seed corpus.
func addSeeds(f *testing.F, patterns ...string) {
	f.Helper()
	n := 0
	for _, p := range patterns {
		files, err := filepath.Glob(p)
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			if len(data) > maxSeed {
				continue
			}
			f.Add(data)
			n++
		}
	}
	if n == 0 {
		f.Fatalf("no seed files match %v", patterns)
	}
}

var seedCases = []string{"../../testdata/cases/*.yaml", "../../testdata/bad/*.yaml"}
var seedRubrics = []string{"../rubrics/*.yaml", "../../testdata/rubrics/*.yaml"}

func FuzzParseCase(f *testing.F) {
	addSeeds(f, append(seedCases, seedRubrics...)...)
	cat := checklisttest.BuiltinCatalog(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := yamlfile.ParseCase("fuzz.yaml", data, cat)
		checkParseResult(t, c != nil, err)
		if c == nil {
			return
		}
		if c.Project.Name == "" || len(c.Responses) == 0 {
			t.Fatalf("accepted a case without a project name or responses: %+v", c)
		}
		for _, r := range c.Responses {
			for _, a := range r.Answers {
				if a.Kind == checklist.Scored && (a.Score < 0 || a.Score > 4) {
					t.Fatalf("accepted answer %d to %s", a.Score, a.QuestionID())
				}
			}
		}
		for _, tg := range []checklist.Target{c.Targets.Overall, c.Targets.Item, c.Targets.Coverage} {
			if tg.Set && !(tg.Percent >= 0 && tg.Percent <= 100) {
				t.Fatalf("accepted target %v", tg.Percent)
			}
		}
	})
}

func FuzzParseRubric(f *testing.F) {
	addSeeds(f, seedRubrics...)
	cat := checklisttest.BuiltinCatalog(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := yamlfile.ParseRubric("fuzz.yaml", data, cat.Themes)
		checkParseResult(t, r != nil, err)
		if r == nil {
			return
		}
		checkRubric(t, r)
		// A rubric that passes validation must work everywhere a rubric
		// is used: beside the built-ins, in every view, and in a case file
		// made from its own template.
		user, err := catalogWith(cat, r)
		if err != nil {
			if _, ok := err.(checklist.Problems); !ok {
				t.Fatalf("catalog error is not a list of problems: %v", err)
			}
			return
		}
		for _, format := range render.Formats(render.RubricView) {
			for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
				p, err := render.NewRubricPrinter(format, io.Discard, render.Options{Lang: lang, Catalog: user})
				if err != nil {
					t.Fatal(err)
				}
				if err := p.Print(r); err != nil {
					t.Fatalf("rendering the rubric as %s: %v", format, err)
				}
			}
		}
		for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
			tmpl := yamlfile.CaseTemplate([]*checklist.Rubric{r}, lang, "fuzz.yaml", true)
			c, err := yamlfile.ParseCase("template.yaml", tmpl, user)
			if err != nil {
				t.Fatalf("the rubric's own case template (%s) does not parse:\n%v\n%s", lang, err, tmpl)
			}
			checkReport(t, c, user, 50)
		}
	})
}

// catalogWith is the built-in catalog plus r, replacing a built-in rubric
// with the same id, as LoadCatalog does for user rubrics.
func catalogWith(base *checklist.Catalog, r *checklist.Rubric) (*checklist.Catalog, error) {
	var list []*checklist.Rubric
	for _, b := range base.Rubrics {
		if b.ID != r.ID {
			list = append(list, b)
		}
	}
	return checklist.NewCatalog(append(list, r), base.Themes)
}

func FuzzEvaluate(f *testing.F) {
	addSeeds(f, seedCases...)
	cat := checklisttest.BuiltinCatalog(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := yamlfile.ParseCase("fuzz.yaml", data, cat)
		if err != nil {
			return
		}
		for _, gapBelow := range []float64{0, 12.5, 50, 100} {
			checkReport(t, c, cat, gapBelow)
		}
	})
}

// checkParseResult checks the contract of every parser: a value or a
// non-empty list of problems, each one a single line with a message.
func checkParseResult(t *testing.T, ok bool, err error) {
	t.Helper()
	if ok == (err != nil) {
		t.Fatalf("parser returned a value and error %v", err)
	}
	if err == nil {
		return
	}
	ps, isProblems := err.(checklist.Problems)
	if !isProblems || len(ps) == 0 {
		t.Fatalf("error is not a non-empty Problems list: %#v", err)
	}
	if len(ps) > checklist.MaxProblems+1 {
		t.Fatalf("%d problems; the cap is %d", len(ps), checklist.MaxProblems)
	}
	for _, p := range ps {
		if p.Msg == "" || p.Line < 0 || p.Col < 0 || (p.Line == 0) != (p.Col == 0) {
			t.Fatalf("malformed problem %#v", p)
		}
		if bytes.ContainsAny([]byte(p.String()), "\n\r") {
			t.Fatalf("problem spans lines: %q", p.String())
		}
	}
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func checkRubric(t *testing.T, r *checklist.Rubric) {
	t.Helper()
	if !idRE.MatchString(r.ID) || r.Version < 1 || len(r.Items) == 0 || len(r.Languages) == 0 {
		t.Fatalf("accepted rubric id %q version %d with %d items", r.ID, r.Version, len(r.Items))
	}
	seen := map[string]bool{}
	for _, it := range r.Items {
		if !idRE.MatchString(it.ID) || seen[it.ID] {
			t.Fatalf("accepted item id %q (duplicate: %v)", it.ID, seen[it.ID])
		}
		seen[it.ID] = true
		if !(it.Weight > 0) || math.IsInf(it.Weight, 0) {
			t.Fatalf("accepted weight %v for %s", it.Weight, it.ID)
		}
		if len(it.Questions) == 0 {
			t.Fatalf("accepted item %s without questions", it.ID)
		}
		for _, l := range r.Languages {
			if !it.Title.Has(l) || !it.Action.Has(l) {
				t.Fatalf("item %s lacks %s text", it.ID, l)
			}
			for _, q := range it.Questions {
				if !q.Text.Has(l) {
					t.Fatalf("question %s.%s lacks %s text", it.ID, q.ID, l)
				}
			}
		}
	}
}

// checkReport scores c and checks the arithmetic's invariants, then renders
// every view.
func checkReport(t *testing.T, c *checklist.Case, cat *checklist.Catalog, gapBelow float64) {
	t.Helper()
	r, err := checklist.Evaluate(c, cat, checklist.Options{GapBelow: gapBelow})
	if err != nil {
		t.Fatalf("Evaluate on a valid case: %v", err)
	}
	checkRange(t, "overall", r.Overall, 0, 100)
	checkFraction(t, "coverage", r.Coverage)
	var lo, hi = math.Inf(1), math.Inf(-1)
	for _, rr := range r.Rubrics {
		checkRubricResult(t, &rr, len(c.Responses))
		if rr.Percent.OK {
			lo, hi = min(lo, rr.Percent.V), max(hi, rr.Percent.V)
		}
	}
	if r.Overall.OK && (r.Overall.V < lo-1e-9 || r.Overall.V > hi+1e-9) {
		t.Fatalf("overall %v outside the rubric percents [%v, %v]", r.Overall.V, lo, hi)
	}
	if r.Overall.OK != !math.IsInf(lo, 1) {
		t.Fatalf("overall defined = %v, but some rubric percent defined = %v", r.Overall.OK, !math.IsInf(lo, 1))
	}
	for _, th := range r.Themes {
		checkRange(t, "theme "+th.Theme.ID, th.Percent, 0, 100)
	}
	checkGaps(t, r)
	renderAll(t, r)
}

func checkRubricResult(t *testing.T, rr *checklist.RubricResult, responses int) {
	t.Helper()
	checkRange(t, rr.Rubric.ID+" score", rr.Score, 0, 4)
	checkRange(t, rr.Rubric.ID+" percent", rr.Percent, 0, 100)
	checkFraction(t, rr.Rubric.ID+" coverage", rr.Coverage)
	scored := false
	for _, it := range rr.Items {
		checkRange(t, it.Item.ID+" score", it.Score, 0, 4)
		checkRange(t, it.Item.ID+" percent", it.Percent, 0, 100)
		checkRange(t, it.Item.ID+" spread", it.Spread, 0, 4)
		if (it.Status == checklist.StatusScored) != it.Score.OK || it.Score.OK != it.Percent.OK {
			t.Fatalf("%s: status %s with score %+v", it.Item.ID, it.Status, it.Score)
		}
		if it.Respondents > responses || (it.Respondents > 0) != it.Score.OK {
			t.Fatalf("%s: %d respondents of %d, score %+v", it.Item.ID, it.Respondents, responses, it.Score)
		}
		scored = scored || it.Score.OK
	}
	if scored != rr.Percent.OK {
		t.Fatalf("%s: some item scored = %v, rubric percent %+v", rr.Rubric.ID, scored, rr.Percent)
	}
	if rr.Percent.OK && checklist.LevelOfNum(rr.Percent) != checklist.LevelOf(rr.Score.V/4*100) {
		t.Fatalf("%s: level of percent and score disagree", rr.Rubric.ID)
	}
}

func checkGaps(t *testing.T, r *checklist.Report) {
	t.Helper()
	line := r.GapBelow / 100 * 4
	for _, g := range r.Gaps {
		it := g.Item
		switch g.Kind {
		case checklist.GapLow:
			if it.Status != checklist.StatusScored || it.Score.V >= line+1e-9 {
				t.Fatalf("low gap %s with score %v, line %v", it.Item.ID, it.Score.V, line)
			}
		case checklist.GapDisagreement:
			if it.Status != checklist.StatusScored || it.Spread.V < checklist.DisagreementSpread {
				t.Fatalf("disagreement gap %s with spread %v", it.Item.ID, it.Spread.V)
			}
		case checklist.GapUnknown, checklist.GapUnanswered:
			if string(it.Status) != string(g.Kind) {
				t.Fatalf("%s gap for an item that is %s", g.Kind, it.Status)
			}
		default:
			t.Fatalf("unknown gap kind %q", g.Kind)
		}
	}
}

func checkRange(t *testing.T, what string, n checklist.Num, lo, hi float64) {
	t.Helper()
	if n.OK && !(n.V >= lo && n.V <= hi) {
		t.Fatalf("%s = %v, outside [%v, %v]", what, n.V, lo, hi)
	}
}

func checkFraction(t *testing.T, what string, v float64) {
	t.Helper()
	if !(v >= 0 && v <= 1) {
		t.Fatalf("%s = %v, outside [0, 1]", what, v)
	}
}

func renderAll(t *testing.T, r *checklist.Report) {
	t.Helper()
	for _, format := range render.Formats(render.ReportView) {
		for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
			var buf bytes.Buffer
			v, err := render.NewReportPrinter(format, &buf, render.Options{Lang: lang, Color: lang == checklist.Danish})
			if err != nil {
				t.Fatal(err)
			}
			if err := v.Print(r); err != nil {
				t.Fatalf("rendering %s: %v", format, err)
			}
			if format == "json" && !json.Valid(buf.Bytes()) {
				t.Fatalf("invalid JSON report:\n%s", buf.Bytes())
			}
		}
	}
}
