package yamlfile_test

import (
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

var importedTwo = []yamlfile.ImportedResponse{
	{ResponseHeader: yamlfile.ResponseHeader{Respondent: "Åse: \"formand\"", Actor: "forening"},
		Answers: []yamlfile.ImportedAnswer{{"cok-01.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: 3}}, {"cok-02.q1", checklist.AnswerValue{Kind: checklist.DontKnow}}}},
	{ResponseHeader: yamlfile.ResponseHeader{},
		Answers: []yamlfile.ImportedAnswer{{"cok-01.q2", checklist.AnswerValue{Kind: checklist.NotRelevant}}}},
}

// TestAppendResponses: block and flow style, comments, CRLF and a BOM are
// kept; only the new responses are added, and they read back.
func TestAppendResponses(t *testing.T) {
	cat := checklisttest.BuiltinCatalog(t)
	for name, tc := range map[string]struct{ in, want string }{
		"block": {
			"samskab: 1\nproject: {name: P}\nactors: [{id: forening}]\nresponses:\n  # first\n  - respondent: Ib\n    answers:\n      cok-01.q1: 2 # good\n# end\n",
			"samskab: 1\nproject: {name: P}\nactors: [{id: forening}]\nresponses:\n  # first\n  - respondent: Ib\n    answers:\n      cok-01.q1: 2 # good\n" +
				"  - respondent: 'Åse: \"formand\"'\n    actor: forening\n    answers:\n      cok-01.q1: 3\n      cok-02.q1: dk\n" +
				"  - answers:\n      cok-01.q2: na\n# end\n"},
		"indented four, blank lines": {
			"samskab: 1\nproject: {name: P}\nactors: [{id: forening}]\nresponses:\n\n    -   respondent: Ib\n        answers: {cok-01.q1: 2}\n",
			"samskab: 1\nproject: {name: P}\nactors: [{id: forening}]\nresponses:\n\n    -   respondent: Ib\n        answers: {cok-01.q1: 2}\n\n" +
				"    -   respondent: 'Åse: \"formand\"'\n        actor: forening\n        answers:\n            cok-01.q1: 3\n            cok-02.q1: dk\n\n" +
				"    -   answers:\n            cok-01.q2: na\n"},
		"flow": {
			"samskab: 1\nproject: {name: P}\nactors: [{id: forening}]\nresponses: [{answers: {cok-01.q1: 2}}]\n",
			"samskab: 1\nproject: {name: P}\nactors: [{id: forening}]\nresponses: [{answers: {cok-01.q1: 2}}, " +
				"{respondent: 'Åse: \"formand\"', actor: forening, answers: {cok-01.q1: 3, cok-02.q1: dk}}, {answers: {cok-01.q2: na}}]\n"},
		"crlf and bom": {
			"\ufeffsamskab: 1\r\nproject: {name: P}\r\nactors: [{id: forening}]\r\nresponses:\r\n- answers: {cok-01.q1: 2}\r\n",
			"\ufeffsamskab: 1\r\nproject: {name: P}\r\nactors: [{id: forening}]\r\nresponses:\r\n- answers: {cok-01.q1: 2}\r\n" +
				"- respondent: 'Åse: \"formand\"'\r\n  actor: forening\r\n  answers:\r\n    cok-01.q1: 3\r\n    cok-02.q1: dk\r\n" +
				"- answers:\r\n    cok-01.q2: na\r\n"},
	} {
		t.Run(name, func(t *testing.T) {
			out, err := yamlfile.AppendResponses([]byte(tc.in), importedTwo)
			if err != nil {
				t.Fatal(err)
			}
			if string(out) != tc.want {
				t.Errorf("got\n%s\nwant\n%s", out, tc.want)
			}
			c, err := yamlfile.ParseCase("x.yaml", out, cat)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Responses) != 3 || c.Responses[1].Key() != importedTwo[0].Key() || c.Responses[2].Key() != importedTwo[1].Key() {
				t.Errorf("responses read back differ: %+v", c.Responses)
			}
		})
	}
}

// TestResponseKey: content identifies a response; notes and unanswered
// questions do not change it, answer order does not matter.
func TestResponseKey(t *testing.T) {
	cat := checklisttest.BuiltinCatalog(t)
	c, err := yamlfile.ParseCase("x.yaml", []byte("samskab: 1\nproject: {name: P}\nresponses:\n"+
		"  - {respondent: Ib, answers: {cok-02.q1: dk, cok-01.q1: {score: 3, note: hej}, cok-03.q1: ~}}\n"), cat)
	if err != nil {
		t.Fatal(err)
	}
	imp := yamlfile.ImportedResponse{ResponseHeader: yamlfile.ResponseHeader{Respondent: "Ib"}, Answers: []yamlfile.ImportedAnswer{
		{"cok-01.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: 3}}, {"cok-02.q1", checklist.AnswerValue{Kind: checklist.DontKnow}}}}
	if c.Responses[0].Key() != imp.Key() {
		t.Errorf("%s != %s", c.Responses[0].Key(), imp.Key())
	}
	imp.Answers[0].Value.Score = 2
	if c.Responses[0].Key() == imp.Key() {
		t.Error("a different answer has the same key")
	}
}

func TestNewImportedCaseFile(t *testing.T) {
	data := yamlfile.NewImportedCaseFile(yamlfile.ImportedCase{Project: checklist.Project{Name: "Fællesskab: Havdrup"}, Scope: []string{"cok"},
		Actors: []checklist.Actor{{ID: "forening", Name: "Forening", Kind: "association"}}, Responses: importedTwo,
		Lang: checklist.Danish, FileName: "h.yaml", Export: "svar\nx.csv"})
	c, err := yamlfile.ParseCase("h.yaml", data, checklisttest.BuiltinCatalog(t))
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if c.Project.Name != "Fællesskab: Havdrup" || len(c.Responses) != 2 || c.Actors[0].Kind != "association" {
		t.Errorf("read back %+v", c)
	}
	if !strings.HasPrefix(string(data), "# samskab-besvarelsesfil, importeret fra svar x.csv ") {
		t.Errorf("comment line: %q", strings.SplitN(string(data), "\n", 2)[0])
	}
}

// FuzzAppendResponses: whatever the names, the result reads back with the
// responses added, or the edit is refused; never a broken file.
func FuzzAppendResponses(f *testing.F) {
	f.Add("Ib", "forening", 3, "samskab: 1\nproject: {name: P}\nactors: [{id: forening}]\nresponses:\n  - answers: {cok-01.q1: 2}\n")
	f.Add("- x: y", "", 0, "samskab: 1\nproject: {name: P}\nresponses: [{answers: {}}]\n")
	f.Add("'\"#", "", 4, "samskab: 1\nproject: {name: P}\nresponses:\n- answers: {cok-01.q1: 2}  # c\n  # trailing\n")
	cat := checklisttest.BuiltinCatalog(f)
	f.Fuzz(func(t *testing.T, name, actor string, score int, file string) {
		before, err := yamlfile.ParseCase("x.yaml", []byte(file), cat)
		if err != nil {
			return
		}
		r := yamlfile.ImportedResponse{ResponseHeader: yamlfile.ResponseHeader{Respondent: name, Actor: actor},
			Answers: []yamlfile.ImportedAnswer{{"cok-01.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: ((score % 5) + 5) % 5}}}}
		out, err := yamlfile.AppendResponses([]byte(file), []yamlfile.ImportedResponse{r})
		if err != nil {
			return
		}
		after, err := yamlfile.ParseCase("x.yaml", out, cat)
		if err != nil {
			// An unknown actor or a name the parser refuses is the
			// caller's to check; the YAML itself must still read.
			if strings.Contains(err.Error(), "actor") || strings.Contains(err.Error(), "respondent") {
				return
			}
			t.Fatalf("appended file does not read: %v\n%s", err, out)
		}
		if len(after.Responses) != len(before.Responses)+1 || after.Responses[len(after.Responses)-1].Key() != r.Key() {
			t.Fatalf("responses %d → %d\n%s", len(before.Responses), len(after.Responses), out)
		}
	})
}
