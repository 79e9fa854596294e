package yamlfile_test

import (
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

// TestParseCaseProblems checks that every kind of mistake in a case file is
// reported with its position and a message that says what was expected,
// and that all problems in a file are reported, not just the first.
func TestParseCaseProblems(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	tests := []struct {
		name string
		src  string
		want []string // each a problem: "line:col: substring"
	}{
		{"empty file", "", []string{"case.yaml: file is empty"}},
		{"comment only", "# nothing yet\n", []string{"case.yaml: file has only comments and blank lines"}},
		{"list at the root", "- a\n- b\n", []string{"1:1: expected a samskab case file starting with `samskab: 1` (a mapping of keys), found a list"}},
		{"yaml syntax", "samskab: 1\nproject: [\n", []string{"YAML syntax error"}},
		{"wrong version", "samskab: 2\nproject: {name: X}\nresponses: [{answers: {}}]\n",
			[]string{"1:10: unsupported format version 2; this samskab reads `samskab: 1`"}},
		{"missing everything", "meta: {}\n", []string{
			"1:1: missing `samskab: 1`", "1:1: missing `project`", "1:1: missing `responses`"}},
		{"unknown key with suggestion", "samskab: 1\nprojekt: {name: X}\nresponses: [{answers: {}}]\n", []string{
			`2:1: unknown key "projekt" in the case file; did you mean "project"?`, "missing `project`"}},
		{"duplicate key", "samskab: 1\nproject: {name: X}\nproject: {name: Y}\nresponses: [{answers: {}}]\n",
			[]string{`3:1: duplicate key "project" (first at line 2)`}},
		{"empty project name", "samskab: 1\nproject: {name: \" \"}\nresponses: [{answers: {}}]\n",
			[]string{"2:17: project name must not be empty"}},
		{"no responses", "samskab: 1\nproject: {name: X}\nresponses: []\n",
			[]string{"3:12: responses must list at least one response"}},
		{"score out of range, not whole, quoted, wrong type", checklisttest.CaseYAML("a1.q1: 5\na1.q2: 2.5\na2.q1: \"3\"\na2.q2: [1]\na3.q1: true"), []string{
			"6:14: answer to a1.q1 is 5, outside the scale; expected a whole number 0–4, na, dk",
			"7:14: answer to a1.q2 is 2.5, not a whole number",
			`8:14: answer to a2.q1 is the text "3"; write the number without quotes`,
			"9:14: answer to a2.q2 is a list",
			"10:14: answer to a3.q1 is true",
		}},
		{"negative score", checklisttest.CaseYAML("a1.q1: -1"), []string{"6:14: answer to a1.q1 is -1, outside the scale"}},
		{"unknown question suggests the nearest", checklisttest.CaseYAML("a1.q3: 2\nb2.q1: 1\na9: 2"), []string{
			`6:7: unknown question id "a1.q3"; did you mean a1.q1?`,
			`8:7: unknown question id "a9"; question ids look like cok-08.q2`,
		}},
		{"item id instead of question", checklisttest.CaseYAML("a1: 3"), []string{`6:7: "a1" is an item, not a question; answer its questions, e.g. a1.q1`}},
		{"answer mapping problems", checklisttest.CaseYAML("a1.q1: {note: x}\na1.q2: {score: 2, comment: x}"), []string{
			"6:14: answer to a1.q1 has no `score`",
			`7:25: unknown key "comment" in an answer; expected one of: score, note`,
		}},
		{"unknown actor and bad date", "samskab: 1\nproject: {name: X}\nactors: [{id: kommune, kind: municipality}]\nresponses:\n  - actor: komune\n    date: 2026-13-01\n    answers: {}\n",
			[]string{"6:11: date \"2026-13-01\" is not a valid date; expected YYYY-MM-DD", `5:12: unknown actor "komune"; did you mean "kommune"?`}},
		{"bad actor kind and duplicate id", "samskab: 1\nproject: {name: X}\nactors:\n  - {id: a, kind: citizen}\n  - {id: a}\nresponses: [{answers: {}}]\n",
			[]string{`4:19: unknown actor kind "citizen"`, `5:10: actor id "a" is used twice`}},
		{"unknown rubric in scope", "samskab: 1\nproject: {name: X}\nrubrics: [alfa]\nresponses: [{answers: {}}]\n",
			[]string{`3:11: unknown rubric "alfa"; did you mean "alpha"?`}},
		{"targets out of range", "samskab: 1\nproject: {name: X}\ntargets: {overall: 120, item: x, rubrics: {gamma: 5}}\nresponses: [{answers: {}}]\n", []string{
			"3:20: targets.overall must be a percent from 0 to 100, found 120",
			`3:31: targets.item (a percent, 0–100) must be a number, found the text "x"`,
			`3:44: unknown rubric "gamma"`,
		}},
		{"two documents", "samskab: 1\n---\nsamskab: 1\n", []string{"2:1: a second YAML document starts here"}},
		{"invalid UTF-8", "samskab: 1\nproject: {name: K\xf8ge}\n", []string{"2:18: file is not valid UTF-8"}},
		{"alias bomb", aliasBomb(), []string{"aliases (*name) make this document expand to over"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := yamlfile.ParseCase("case.yaml", []byte(tt.src), cat)
			checklisttest.CheckProblems(t, err, tt.want)
		})
	}
}

// aliasBomb is a small file that names one response 200,000 times: a
// "billion laughs" in the shape the walker actually follows.
func aliasBomb() string {
	refs := strings.TrimSuffix(strings.Repeat("*r, ", 200_000), ", ")
	return "samskab: 1\nproject: {name: X}\nmeta: {r: &r {answers: {a1.q1: 1, a1.q2: 1, a2.q1: 1, a2.q2: 1, a3.q1: 1, a3.q2: 1, b1.q1: 1, b1.q2: 1, b2.q1: 1, b2.q2: 1}}}\nresponses: [" + refs + "]\n"
}

func TestParseCaseAccepts(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	tests := []struct{ name, src string }{
		{"BOM and CRLF", "\ufeffsamskab: 1\r\nproject:\r\n  name: X\r\nresponses:\r\n  - answers: {a1.q1: 3}\r\n"},
		{"upper-case NA and DK", checklisttest.CaseYAML("a1.q1: NA\na1.q2: Dk")},
		{"answers not filled in yet", "samskab: 1\nproject: {name: X}\nresponses:\n  - answers:\n"},
		{"meta is free-form", "samskab: 1\nproject: {name: X}\nresponses: [{answers: {}}]\nmeta: {anything: [1, {deep: &a x}], again: *a}\n"},
		{"null owner and respondent", "samskab: 1\nproject: {name: X, owner: ~}\nresponses: [{respondent: ~, answers: {}}]\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := yamlfile.ParseCase("case.yaml", []byte(tt.src), cat); err != nil {
				t.Errorf("want accepted, got:\n%v", err)
			}
		})
	}
}

func TestParseCaseKeepsPositionsAndNotes(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	c, err := yamlfile.ParseCase("case.yaml", []byte(checklisttest.CaseYAML("a1.q1: 3\na1.q2: {score: na, note: \"<b>hej</b>\"}")), cat)
	if err != nil {
		t.Fatal(err)
	}
	if c.ResponsesLine != 3 || c.ResponsesCol != 1 {
		t.Errorf("responses key at %d:%d, want 3:1", c.ResponsesLine, c.ResponsesCol)
	}
	a := c.Responses[0].Answers
	if len(a) != 2 || a[0].Line != 6 || a[0].Col != 14 || a[0].Score != 3 || a[0].Kind != checklist.Scored {
		t.Errorf("first answer = %+v", a[0])
	}
	if a[1].Kind != checklist.NotRelevant || a[1].Note != "<b>hej</b>" || a[1].QuestionID() != "a1.q2" {
		t.Errorf("second answer = %+v", a[1])
	}
}

func TestProblemsAreCapped(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	var lines []string
	for i := 0; i < 200; i++ {
		lines = append(lines, "x"+strings.Repeat("y", i%7)+".q1: 9")
	}
	_, err := yamlfile.ParseCase("case.yaml", []byte(checklisttest.CaseYAML(strings.Join(lines, "\n"))), cat)
	ps := err.(checklist.Problems)
	if len(ps) != checklist.MaxProblems+1 || !strings.Contains(ps[checklist.MaxProblems].Msg, "too many problems") {
		t.Errorf("got %d problems, last %q", len(ps), ps[len(ps)-1].Msg)
	}
}

func TestSizeLimit(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	big := "samskab: 1\nmeta: \"" + strings.Repeat("x", yamlfile.MaxFileSize) + "\"\n"
	_, err := yamlfile.ParseCase("big.yaml", []byte(big), cat)
	if err == nil || !strings.Contains(err.Error(), "big.yaml: file is 10485780 bytes; the limit is 10 MiB") {
		t.Errorf("got %v", err)
	}
}
