package checklist_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
)

// TestCasesMatchHandCalculation scores every case in testdata/cases and
// compares the result with testdata/expected, which was computed
// independently of this code (testdata/expected/compute.py, in exact
// fractions) and checked by hand in each file's comment block.
func TestCasesMatchHandCalculation(t *testing.T) {
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../testdata/cases/*.yaml")
	if err != nil || len(files) < 4 {
		t.Fatalf("want at least four test cases, found %d (%v)", len(files), err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".yaml")
		t.Run(name, func(t *testing.T) {
			want := readExpected(t, "../testdata/expected/"+name+".txt")
			c, err := yamlfile.ReadCaseFile(file, cat)
			if err != nil {
				t.Fatal(err)
			}
			r, err := checklist.Evaluate(c, cat, checklist.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, expectedLines(r)); diff != "" {
				t.Errorf("%s differs from the hand calculation (-want +got):\n%s", name, diff)
			}
		})
	}
}

func readExpected(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, line := range strings.Split(string(data), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	return lines
}

// expectedLines writes a report in the line format of testdata/expected.
func expectedLines(r *checklist.Report) []string {
	fixed := func(n checklist.Num, d int) string {
		if !n.OK {
			return "null"
		}
		return strconv.FormatFloat(checklist.Round(n.V, d), 'f', d, 64)
	}
	lines := []string{"overall " + fixed(r.Overall, 2)}
	for _, rr := range r.Rubrics {
		lines = append(lines, fmt.Sprintf("rubric %s score=%s percent=%s coverage=%s", rr.Rubric.ID,
			fixed(rr.Score, 4), fixed(rr.Percent, 2), fixed(checklist.Some(rr.Coverage), 4)))
		for _, it := range rr.Items {
			lines = append(lines, fmt.Sprintf("item %s status=%s score=%s spread=%s", it.Item.ID, it.Status,
				fixed(it.Score, 4), fixed(it.Spread, 4)))
		}
	}
	for _, th := range r.Themes {
		lines = append(lines, fmt.Sprintf("theme %s percent=%s", th.Theme.ID, fixed(th.Percent, 2)))
	}
	for _, g := range r.Gaps {
		lines = append(lines, fmt.Sprintf("gap %s %s", g.Kind, g.Item.Item.ID))
	}
	for _, k := range r.Parties.Kinds {
		lines = append(lines, fmt.Sprintf("party %s respondents=%d overall=%s", k.Kind, k.Respondents, fixed(k.Overall, 2)))
		for _, pr := range k.Rubrics {
			lines = append(lines, fmt.Sprintf("party %s rubric %s percent=%s", k.Kind, pr.Rubric.ID, fixed(pr.Percent, 2)))
			for _, it := range pr.Items {
				lines = append(lines, fmt.Sprintf("party %s item %s score=%s", k.Kind, it.Item.ID, fixed(it.Score, 4)))
			}
		}
	}
	for _, g := range r.Parties.Gaps {
		lines = append(lines, fmt.Sprintf("gap parties %s low=%s high=%s spread=%s", g.Item.Item.ID,
			g.Low.Kind, g.High.Kind, fixed(checklist.Some(g.Spread), 4)))
	}
	return lines
}
