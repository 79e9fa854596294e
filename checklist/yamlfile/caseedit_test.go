package yamlfile_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
)

var editOrder = []string{"a.q1", "a.q2", "b.q1", "b.q2"}

func score(n int) checklist.AnswerValue {
	return checklist.AnswerValue{Kind: checklist.Scored, Score: n}
}

// inCase puts answer lines into a one-response case file.
func inCase(answers string) string {
	return "samskab: 1\nproject: {name: P}\nresponses:\n  - respondent: A\n    answers:\n" + answers
}

func TestSetAnswer(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		qid     string
		v       checklist.AnswerValue
		want    string
		wantErr string
	}{
		{"replace number", inCase("      a.q1: 3\n      a.q2: 1\n"), "a.q1", score(2),
			inCase("      a.q1: 2\n      a.q2: 1\n"), ""},
		{"replace null, keep comment", inCase("      a.q1: ~          # later\n"), "a.q1", score(4),
			inCase("      a.q1: 4          # later\n"), ""},
		{"empty value", inCase("      a.q1:\n      a.q2: 1\n"), "a.q1", checklist.AnswerValue{Kind: checklist.NotRelevant},
			inCase("      a.q1: na\n      a.q2: 1\n"), ""},
		{"empty value with comment", inCase("      a.q1:   # c\n"), "a.q1", checklist.AnswerValue{Kind: checklist.DontKnow},
			inCase("      a.q1: dk   # c\n"), ""},
		{"flow answer keeps note", inCase("      a.q1: {score: ~, note: \"ask again\"}\n"), "a.q1", score(3),
			inCase("      a.q1: {score: 3, note: \"ask again\"}\n"), ""},
		{"flow answer empty score", inCase("      a.q1: {score: , note: x}\n"), "a.q1", score(3),
			inCase("      a.q1: {score: 3, note: x}\n"), ""},
		{"flow answer new note", inCase("      a.q1: {score: 1, note: old}  # c\n"), "a.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: 2, Note: "new"},
			inCase("      a.q1: {score: 2, note: \"new\"}  # c\n"), ""},
		{"flow answer adds note", inCase("      a.q1: {score: 1}\n"), "a.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: 2, Note: "n"},
			inCase("      a.q1: {score: 2, note: \"n\"}\n"), ""},
		{"characters before the value", inCase("      a.q1: {note: \"æøå – ÆØÅ\", score: ~}\n"), "a.q1", score(1),
			inCase("      a.q1: {note: \"æøå – ÆØÅ\", score: 1}\n"), ""},
		{"block answer keeps folded note",
			inCase("      a.q1:\n        score: ~\n        note: >-\n          two\n          lines\n      a.q2: 1\n"), "a.q1", score(3),
			inCase("      a.q1:\n        score: 3\n        note: >-\n          two\n          lines\n      a.q2: 1\n"), ""},
		{"block answer adds note", inCase("      a.q1:\n        score: 1\n      a.q2: 1\n"), "a.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: 0, Note: "n"},
			inCase("      a.q1:\n        score: 0\n        note: \"n\"\n      a.q2: 1\n"), ""},
		{"scalar becomes note mapping", inCase("      a.q1: ~\n"), "a.q1", checklist.AnswerValue{Kind: checklist.DontKnow, Note: `Spørg "Bent"`},
			inCase("      a.q1: {score: dk, note: \"Spørg \\\"Bent\\\"\"}\n"), ""},
		{"skip with note", inCase("      a.q1: 2\n"), "a.q2", checklist.AnswerValue{Kind: checklist.Unanswered, Note: "later"},
			inCase("      a.q1: 2\n      a.q2: {score: ~, note: \"later\"}\n"), ""},
		{"insert after the question before it", inCase("      a.q1: 3  # c\n      # head of b\n      b.q1: 2\n"), "a.q2", score(1),
			inCase("      a.q1: 3  # c\n      a.q2: 1\n      # head of b\n      b.q1: 2\n"), ""},
		{"insert first", inCase("      # head\n      b.q1: 2\n"), "a.q1", score(1),
			inCase("      # head\n      a.q1: 1\n      b.q1: 2\n"), ""},
		{"insert after a multi-line answer",
			inCase("      a.q1:\n        score: 2\n        note: |\n          one\n\n          two\n\n      b.q1: 2\n"), "a.q2", score(4),
			inCase("      a.q1:\n        score: 2\n        note: |\n          one\n\n          two\n      a.q2: 4\n\n      b.q1: 2\n"), ""},
		{"insert after a multi-line plain note",
			inCase("      a.q1: {score: 2, note: a}\n      b.q1:\n        score: 1\n        note: first\n          second\n"), "b.q2", score(0),
			inCase("      a.q1: {score: 2, note: a}\n      b.q1:\n        score: 1\n        note: first\n          second\n      b.q2: 0\n"), ""},
		{"insert at the end of the file without a line break", inCase("      a.q1: 1"), "a.q2", score(3),
			inCase("      a.q1: 1\n      a.q2: 3\n"), ""},
		{"answers empty", inCase(""), "a.q1", score(3),
			inCase("      a.q1: 3\n"), ""},
		{"answers null with comment",
			"samskab: 1\nproject: {name: P}\nresponses:\n  - answers: ~  # none yet\n# end\n", "a.q1", score(3),
			"samskab: 1\nproject: {name: P}\nresponses:\n  - answers:  # none yet\n      a.q1: 3\n# end\n", ""},
		{"answers flow empty",
			"samskab: 1\nproject: {name: P}\nresponses:\n  - answers: {}\n", "a.q1", score(3),
			"samskab: 1\nproject: {name: P}\nresponses:\n  - answers: {a.q1: 3}\n", ""},
		{"answers flow, insert first",
			"samskab: 1\nproject: {name: P}\nresponses:\n  - answers: {b.q1: 2}\n", "a.q2", score(3),
			"samskab: 1\nproject: {name: P}\nresponses:\n  - answers: {a.q2: 3, b.q1: 2}\n", ""},
		{"answers flow, insert after",
			"samskab: 1\nproject: {name: P}\nresponses: [{answers: {a.q1: 'it''s', b.q1: 2}}]\n", "a.q2", score(3),
			"samskab: 1\nproject: {name: P}\nresponses: [{answers: {a.q1: 'it''s', a.q2: 3, b.q1: 2}}]\n", ""},
		{"CRLF line endings", strings.ReplaceAll(inCase("      a.q1: 3\n"), "\n", "\r\n"), "a.q2", score(2),
			strings.ReplaceAll(inCase("      a.q1: 3\n      a.q2: 2\n"), "\n", "\r\n"), ""},
		{"byte order mark kept", "\xef\xbb\xbf" + inCase("      a.q1: ~\n"), "a.q1", score(2),
			"\xef\xbb\xbf" + inCase("      a.q1: 2\n"), ""},
		{"answers not a mapping", inCase("      - 1\n"), "a.q1", score(2), "", "not a mapping"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := yamlfile.SetAnswer([]byte(tt.in), 0, tt.qid, tt.v, editOrder)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

func TestSetAnswerSecondResponse(t *testing.T) {
	in := "samskab: 1\nproject: {name: P}\nresponses:\n  - answers:\n      a.q1: 1\n  - answers:\n      a.q1: 2\n"
	got, err := yamlfile.SetAnswer([]byte(in), 1, "a.q2", score(0), editOrder)
	if err != nil {
		t.Fatal(err)
	}
	want := in + "      a.q2: 0\n"
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if _, err := yamlfile.SetAnswer([]byte(in), 2, "a.q1", score(0), editOrder); err == nil {
		t.Error("no error for a response that does not exist")
	}
}

func TestAppendResponse(t *testing.T) {
	h := yamlfile.ResponseHeader{Respondent: "Ole: frivillig", Actor: "borgere", Date: "2026-05-01"}
	block := "  - respondent: 'Ole: frivillig'\n    actor: borgere\n    date: 2026-05-01\n    answers:\n"
	tests := []struct {
		name, in, want string
		index          int
	}{
		{"one item",
			"samskab: 1\nresponses:\n  - answers:\n      a.q1: 1\n",
			"samskab: 1\nresponses:\n  - answers:\n      a.q1: 1\n" + block, 1},
		{"items set off by blank lines and comments",
			"responses:\n  - answers: {a.q1: 1}\n\n  # two\n  - answers:\n      a.q1: 2  # c\n\n# tail\nmeta: {}\n",
			"responses:\n  - answers: {a.q1: 1}\n\n  # two\n  - answers:\n      a.q1: 2  # c\n\n" + block + "\n# tail\nmeta: {}\n", 2},
		{"wider indentation",
			"responses:\n    -   answers:\n            a.q1: 1",
			"responses:\n    -   answers:\n            a.q1: 1\n    -   respondent: 'Ole: frivillig'\n        actor: borgere\n        date: 2026-05-01\n        answers:\n", 1},
		{"flow list",
			"responses: [{answers: {a.q1: 1}}]  # c\n",
			"responses: [{answers: {a.q1: 1}}, {respondent: 'Ole: frivillig', actor: borgere, date: 2026-05-01, answers: {}}]  # c\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, index, err := yamlfile.AppendResponse([]byte(tt.in), h)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want || index != tt.index {
				t.Errorf("got index %d:\n%s\nwant index %d:\n%s", index, got, tt.index, tt.want)
			}
		})
	}
}

func TestNewCaseFile(t *testing.T) {
	cat := editTestCatalog(t)
	data := yamlfile.NewCaseFile(yamlfile.NewCase{
		Project:  checklist.Project{Name: "Gå-venner i Havdrup", Owner: "Solrød Kommune"},
		Scope:    []string{"cok"},
		Actor:    "kommune",
		Response: yamlfile.ResponseHeader{Respondent: "Mette (projektleder)", Actor: "kommune", Date: "2026-05-01"},
		Lang:     checklist.English,
		FileName: "plan.yaml",
	})
	want := `# samskab case file, written by ` + "`samskab assess`" + `. See the report with: samskab score plan.yaml
samskab: 1
project:
  name: Gå-venner i Havdrup
  owner: Solrød Kommune
rubrics: [cok]
actors:
  - id: kommune
responses:
  - respondent: Mette (projektleder)
    actor: kommune
    date: 2026-05-01
    answers:
`
	if string(data) != want {
		t.Fatalf("got:\n%s\nwant:\n%s", data, want)
	}
	data, err := yamlfile.SetAnswer(data, 0, "cok-02.q1", score(3), cat.QuestionIDs())
	if err != nil {
		t.Fatal(err)
	}
	data, err = yamlfile.SetAnswer(data, 0, "cok-01.q2", checklist.AnswerValue{Kind: checklist.DontKnow, Note: "spørg Bent"}, cat.QuestionIDs())
	if err != nil {
		t.Fatal(err)
	}
	wantEnd := "    answers:\n      cok-01.q2: {score: dk, note: \"spørg Bent\"}\n      cok-02.q1: 3\n"
	if !strings.HasSuffix(string(data), wantEnd) {
		t.Errorf("got:\n%s\nwant it to end with:\n%s", data, wantEnd)
	}
	c, err := yamlfile.ParseCase("plan.yaml", data, cat)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Responses) != 1 || len(c.Responses[0].Answers) != 2 {
		t.Errorf("parsed %+v", c.Responses)
	}
}

// TestEditKeepsTheRestOfTheFile edits a real case file with comments,
// folded text and three respondents: every byte outside the edited answers
// must stay as it was.
func TestEditKeepsTheRestOfTheFile(t *testing.T) {
	cat := editTestCatalog(t)
	orig, err := os.ReadFile("../../testdata/cases/havdrup-ensomhed.yaml")
	if err != nil {
		t.Fatal(err)
	}
	order := cat.QuestionIDs()
	data, err := yamlfile.SetAnswer(orig, 2, "fr-p5.q1", score(3), order)
	if err != nil {
		t.Fatal(err)
	}
	data, err = yamlfile.SetAnswer(data, 2, "fr-p5.q2", checklist.AnswerValue{Kind: checklist.NotRelevant}, order)
	if err != nil {
		t.Fatal(err)
	}
	data, err = yamlfile.SetAnswer(data, 1, "fr-p5.q2", score(2), order)
	if err != nil {
		t.Fatal(err)
	}
	data, index, err := yamlfile.AppendResponse(data, yamlfile.ResponseHeader{Respondent: "Lone (lokalrådet)", Actor: "lokalraad", Date: "2026-05-02"})
	if err != nil {
		t.Fatal(err)
	}
	data, err = yamlfile.SetAnswer(data, index, "cok-01.q1", score(4), order)
	if err != nil {
		t.Fatal(err)
	}

	want := string(orig)
	for _, r := range [][2]string{
		{`fr-p5.q1: {score: ~, note: "Spørg mig igen efter næste fællesmøde"}` + "\n",
			`fr-p5.q1: {score: 3, note: "Spørg mig igen efter næste fællesmøde"}` + "\n      fr-p5.q2: na\n"},
		{"fr-p5.q2: ~          # springes", "fr-p5.q2: 2          # springes"},
	} {
		if !strings.Contains(want, r[0]) {
			t.Fatalf("test file changed: %q not found", r[0])
		}
		want = strings.Replace(want, r[0], r[1], 1)
	}
	want += "\n  - respondent: Lone (lokalrådet)\n    actor: lokalraad\n    date: 2026-05-02\n    answers:\n      cok-01.q1: 4\n"
	if string(data) != want {
		t.Errorf("the edited file differs from the original beyond the answers:\n%s", data)
	}
	if _, err := yamlfile.ParseCase("havdrup.yaml", data, cat); err != nil {
		t.Error(err)
	}
}

func editTestCatalog(t *testing.T) *checklist.Catalog {
	t.Helper()
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// TestEditEveryCaseFile answers, into every response of every sample case
// file, questions that are already there and questions that are not, and
// appends a response: each result must still be a valid case file.
func TestEditEveryCaseFile(t *testing.T) {
	cat := editTestCatalog(t)
	order := cat.QuestionIDs()
	paths, err := filepath.Glob("../../testdata/cases/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no case files: %v", err)
	}
	values := []checklist.AnswerValue{score(0), {Kind: checklist.NotRelevant, Note: "ny note"}, {Kind: checklist.Unanswered}}
	for _, path := range paths {
		orig, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		c, err := yamlfile.ParseCase(path, orig, cat)
		if err != nil {
			t.Fatal(err)
		}
		for ri, r := range c.Responses {
			ids := []string{order[0], order[len(order)/2], order[len(order)-1]}
			for i := 0; i < len(r.Answers); i += 5 { // a sample keeps the race detector quick
				ids = append(ids, r.Answers[i].QuestionID())
			}
			for i, id := range ids {
				out, err := yamlfile.SetAnswer(orig, ri, id, values[i%len(values)], order)
				if err != nil {
					t.Errorf("%s: response %d, %s: %v", path, ri+1, id, err)
					continue
				}
				if _, err := yamlfile.ParseCase(path, out, cat); err != nil {
					t.Errorf("%s: response %d, %s: %v", path, ri+1, id, err)
				}
			}
		}
		out, index, err := yamlfile.AppendResponse(orig, yamlfile.ResponseHeader{Respondent: "Ny", Date: "2026-05-01"})
		if err == nil {
			out, err = yamlfile.SetAnswer(out, index, order[0], score(4), order)
		}
		if err == nil {
			_, err = yamlfile.ParseCase(path, out, cat)
		}
		if err != nil {
			t.Errorf("%s: new response: %v", path, err)
		}
	}
}

func TestVerifyEditCatchesDrift(t *testing.T) {
	old := []byte("a: 1  # keep\nb: 2\n")
	setB := func(tree any) error { tree.(map[string]any)["b"] = 3; return nil }
	for name, out := range map[string]string{
		"lost comment": "a: 1\nb: 3\n",
		"other value":  "a: 0  # keep\nb: 3\n",
		"not YAML":     "a: [1\nb: 3\n",
	} {
		if err := yamlfile.VerifyEdit(old, []byte(out), setB); !errors.Is(err, yamlfile.ErrEditDrift) {
			t.Errorf("%s: err = %v, want yamlfile.ErrEditDrift", name, err)
		}
	}
	if err := yamlfile.VerifyEdit(old, []byte("a: 1  # keep\nb: 3\n"), setB); err != nil {
		t.Errorf("a clean edit: %v", err)
	}
}
