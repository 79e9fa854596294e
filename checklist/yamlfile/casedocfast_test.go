package yamlfile_test

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

// workshopFile is a case file as `samskab workshop` writes it.
const workshopFile = `# samskab-besvarelsesfil, skrevet af ` + "`samskab workshop`" + `.
samskab: 1
project:
  name: Prøve
actors:
  - id: citizens
    name: Borgere
    kind: citizens
responses:
  - respondent: Ida
    actor: citizens
    date: 2026-12-02
    answers:
      a1.q1: 3
      a2.q1: dk
  - respondent: Bo
    actor: citizens
    date: 2026-12-02
    answers:
`

// marginFile is workshopFile with its responses at the left margin.
var marginFile = func() string {
	head, rest, _ := strings.Cut(workshopFile, "responses:\n")
	return head + "responses:\n" + strings.ReplaceAll(strings.ReplaceAll(rest, "\n  ", "\n"), "  - respondent", "- respondent")
}()

func scored(n int) checklist.AnswerValue {
	return checklist.AnswerValue{Kind: checklist.Scored, Score: n}
}

func answersFor(index int, respondent string, kv ...any) yamlfile.ResponseAnswers {
	ra := yamlfile.ResponseAnswers{Index: index, Respondent: respondent, Answers: map[string]checklist.AnswerValue{}}
	for i := 0; i+1 < len(kv); i += 2 {
		ra.Answers[kv[i].(string)] = kv[i+1].(checklist.AnswerValue)
	}
	return ra
}

// TestCaseDocFast applies batches one after another, each both ways: the
// fast way (when it takes the batch) must give the text, the tree, the
// case and the comments that the general way and a parse of the result
// give; and it must take the batches the workshop makes.
func TestCaseDocFast(t *testing.T) {
	dk := checklist.AnswerValue{Kind: checklist.DontKnow}
	na := checklist.AnswerValue{Kind: checklist.NotRelevant}
	none := checklist.AnswerValue{Kind: checklist.Unanswered}
	workshopBatches := []batchCase{
		{"first answers into an empty response, and a change", true, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{
			answersFor(1, "Bo", "b1.q1", scored(2)), answersFor(0, "Ida", "a1.q1", scored(4))}}},
		{"answers inserted before, between and after, and appended responses", true, yamlfile.ResponseBatch{
			Append: []yamlfile.ResponseHeader{{Respondent: "Karen: 2", Actor: "citizens", Date: "2026-12-02"}, {Respondent: "# nr. 4"}},
			Answers: []yamlfile.ResponseAnswers{
				answersFor(0, "Ida", "a1.q2", na, "b2.q1", none, "a1.q1", dk),
				answersFor(1, "Bo", "a1.q1", scored(0))}}},
		{"answers into the appended responses, the last one's lines next to the end", true, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{
			answersFor(2, "Karen: 2", "a1.q1", scored(1)), answersFor(3, "# nr. 4", "a3.q1", scored(3), "a1.q1", scored(2))}}},
		{"appended after answers written to the last response in the same batch", true, yamlfile.ResponseBatch{
			Append:  []yamlfile.ResponseHeader{{Respondent: "Sidst", Date: "2026-12-03"}},
			Answers: []yamlfile.ResponseAnswers{answersFor(3, "# nr. 4", "a2.q1", scored(4))}}},
		{"a new actor takes the general way", false, yamlfile.ResponseBatch{
			Actors: []checklist.Actor{{ID: "volunteers", Name: "Frivillige", Kind: "volunteers"}},
			Append: []yamlfile.ResponseHeader{{Respondent: "Ny", Actor: "volunteers"}}}},
		{"and the fast way goes on after it", true, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{
			answersFor(5, "Ny", "b1.q1", scored(1)), answersFor(0, "Ida", "b1.q2", scored(1))}}},
		{"a note takes the general way", false, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{
			answersFor(1, "Bo", "a2.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: 2, Note: "vigtigt"})}}},
		{"the answers with a note do too", false, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{
			answersFor(1, "Bo", "a3.q1", scored(2))}}},
		{"the others do not", true, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{
			answersFor(0, "Ida", "a3.q1", scored(2)), answersFor(4, "Sidst", "a3.q1", scored(2))}}},
	}
	tests := []struct {
		name    string
		src     string
		batches []batchCase
	}{
		{"the workshop's file", workshopFile, workshopBatches},
		{"with CRLF line ends", strings.ReplaceAll(workshopFile, "\n", "\r\n"), workshopBatches},
		{"with a BOM, meta after the responses and items at the margin", "\uFEFF" + marginFile + "meta:\n  x: 1\n", workshopBatches},
		{"with comments elsewhere", strings.Replace(workshopFile, "responses:\n", "# the answers\nresponses:\n", 1) + "# the end\n", []batchCase{
			{"answers, away from the comments", true, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(0, "Ida", "a1.q2", scored(2))}}},
			{"the last response: the comment follows it", false, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(1, "Bo", "a1.q2", scored(2))}}},
			{"appending: the comment follows", false, yamlfile.ResponseBatch{Append: []yamlfile.ResponseHeader{{Respondent: "X"}}}},
		}},
		{"a comment inside a response", strings.Replace(workshopFile, "      a2.q1: dk\n", "      a2.q1: dk # unsure\n", 1), []batchCase{
			{"that response takes the general way", false, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(0, "Ida", "a1.q2", scored(2))}}},
			{"the other does not", true, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(1, "Bo", "a1.q2", scored(2))}}},
		}},
		{"answers out of question order", strings.Replace(workshopFile, "      a1.q1: 3\n      a2.q1: dk\n", "      a2.q1: dk\n      a1.q1: 3\n", 1), []batchCase{
			{"are rewritten in order", true, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(0, "Ida", "a1.q2", scored(2))}}},
			{"and then stay in order", true, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(0, "Ida", "b1.q1", scored(2))}}},
		}},
		{"an anchor anywhere", strings.Replace(workshopFile, "  name: Prøve\n", "  name: &p Prøve\n", 1), []batchCase{
			{"takes the general way", false, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(1, "Bo", "a1.q2", scored(2))}}},
		}},
		{"flow answers", strings.Replace(workshopFile, "    answers:\n      a1.q1: 3\n      a2.q1: dk\n", "    answers: {a1.q1: 3, a2.q1: dk}\n", 1), []batchCase{
			{"take the general way", false, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(0, "Ida", "a1.q2", scored(2))}}},
			{"the block ones do not", true, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(1, "Bo", "a1.q2", scored(2))}}},
		}},
		{"answers written as null, spaced or tagged", strings.Replace(strings.Replace(workshopFile, "      a1.q1: 3\n      a2.q1: dk\n", "", 1), "    answers:\n", "    answers: ~\n", 1) +
			"  - respondent: Tom\n    answers:\n\n      a1.q1:   2\n", []batchCase{
			{"take the general way", false, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(0, "Ida", "a1.q2", scored(2))}}},
			{"spaced", false, yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(2, "Tom", "a1.q2", scored(2))}}},
		}},
	}
	cat := checklisttest.SmallCatalog(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := yamlfile.ParseCaseDoc("c.yaml", []byte(tt.src), cat)
			if err != nil {
				t.Fatal(err)
			}
			for _, bc := range tt.batches {
				next, handled, err := checkFast(t, doc, bc.batch, cat)
				if err != nil {
					t.Fatalf("%s: %v", bc.name, err)
				}
				if handled != bc.fast {
					t.Errorf("%s: fast way taken %v, want %v", bc.name, handled, bc.fast)
				}
				doc = next
			}
			if t.Failed() {
				t.Logf("last text:\n%s", doc.Data)
			}
		})
	}
}

type batchCase struct {
	name  string
	fast  bool
	batch yamlfile.ResponseBatch
}

// checkFast applies b to doc both ways and compares them. It returns the
// result, parsed from its text when the fast way did not take b.
func checkFast(t *testing.T, doc *yamlfile.CaseDoc, b yamlfile.ResponseBatch, cat *checklist.Catalog) (*yamlfile.CaseDoc, bool, error) {
	t.Helper()
	order := cat.QuestionIDs()
	data := slices.Clone(doc.Data)
	want, wantErr := yamlfile.ApplyResponseBatch(data, b, order)
	var wantDoc *yamlfile.CaseDoc
	if wantErr == nil {
		if wantDoc, wantErr = yamlfile.ParseCaseDoc("c.yaml", want, cat); wantErr != nil {
			wantErr = fmt.Errorf("the general way's result does not parse: %w", wantErr)
		}
	}
	got, handled, err := doc.ApplyFast(b, order)
	switch {
	case !handled:
		if wantErr != nil {
			return nil, false, wantErr
		}
		return wantDoc, false, nil
	case err != nil && wantErr != nil:
		return nil, true, err
	case err != nil:
		t.Fatalf("the fast way failed (%v) where the general way gave:\n%s", err, want)
	case wantErr != nil:
		t.Fatalf("the fast way succeeded where the general way failed (%v):\n%s", wantErr, got.Data)
	}
	if string(got.Data) != string(want) {
		t.Fatalf("text differs; fast:\n%s\ngeneral:\n%s", got.Data, want)
	}
	if diff := treeDiff(got.Tree(), wantDoc.Tree(), "doc"); diff != "" {
		t.Fatalf("tree differs at %s; text:\n%s", diff, want)
	}
	if !reflect.DeepEqual(got.Case, wantDoc.Case) {
		t.Fatalf("case differs:\nfast    %+v\ngeneral %+v", got.Case, wantDoc.Case)
	}
	if !slices.Equal(got.Comments(), wantDoc.Comments()) {
		t.Fatalf("comments differ: %q, want %q", got.Comments(), wantDoc.Comments())
	}
	return got, true, nil
}

// treeDiff names the first place where two parses differ, or "".
func treeDiff(a, b *yaml.Node, at string) string {
	type fields struct {
		Kind                                  yaml.Kind
		Style                                 yaml.Style
		Tag, Value, Anchor                    string
		HeadComment, LineComment, FootComment string
		Line, Column, Children                int
	}
	fa := fields{a.Kind, a.Style, a.Tag, a.Value, a.Anchor, a.HeadComment, a.LineComment, a.FootComment, a.Line, a.Column, len(a.Content)}
	fb := fields{b.Kind, b.Style, b.Tag, b.Value, b.Anchor, b.HeadComment, b.LineComment, b.FootComment, b.Line, b.Column, len(b.Content)}
	if fa != fb {
		return fmt.Sprintf("%s: %+v, want %+v", at, fa, fb)
	}
	for i := range a.Content {
		if d := treeDiff(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", at, i)); d != "" {
			return d
		}
	}
	return ""
}

// TestCaseDocUsedAgain: a document whose parse a fast apply took over is
// read again from its text when it is used once more (the workshop does
// that when a write fails), and gives what it gave the first time.
func TestCaseDocUsedAgain(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	doc, err := yamlfile.ParseCaseDoc("c.yaml", []byte(workshopFile), cat)
	if err != nil {
		t.Fatal(err)
	}
	b := yamlfile.ResponseBatch{Answers: []yamlfile.ResponseAnswers{answersFor(1, "Bo", "a1.q1", scored(2))}}
	first, err := doc.ApplyResponseBatch(b, cat.QuestionIDs())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Tree() != nil {
		t.Fatal("the fast way did not take the batch")
	}
	again, err := doc.ApplyResponseBatch(b, cat.QuestionIDs())
	if err != nil {
		t.Fatal(err)
	}
	if string(again.Data) != string(first.Data) || !reflect.DeepEqual(again.Case, first.Case) {
		t.Fatalf("the second apply differs:\n%s", again.Data)
	}
}

// FuzzCaseDocFast applies batches made from ops to a case file both ways
// (checkFast): whenever the fast way takes one, it must agree with the
// general way on text, tree, case and comments.
func FuzzCaseDocFast(f *testing.F) {
	for _, src := range []string{workshopFile, strings.ReplaceAll(workshopFile, "\n", "\r\n"),
		checklisttest.CaseYAML("a1.q1: 3\na2.q1: na", "", "b1.q1: ~"),
		strings.Replace(workshopFile, "responses:\n", "responses:\n  # first\n", 1) + "# end\n"} {
		f.Add([]byte(src), []byte{0x01, 0x10, 0x23, 0x05, 0xff, 0x81, 0x07, 0x12, 0x34})
		f.Add([]byte(src), []byte{0x80, 0x02, 0x03, 0x91, 0x40, 0xff, 0x02, 0x22})
	}
	cat := checklisttest.SmallCatalog(f)
	order := cat.QuestionIDs()
	values := []checklist.AnswerValue{scored(0), scored(1), scored(2), scored(3), scored(4),
		{Kind: checklist.NotRelevant}, {Kind: checklist.DontKnow}, {Kind: checklist.Unanswered}, {Kind: checklist.Scored, Score: 1, Note: "n"}}
	names := []string{"Ida", "Karen: 2", "# x", "- y", "ÆØÅ", "yes", "null", "'q'", ""}
	f.Fuzz(func(t *testing.T, src, ops []byte) {
		doc, err := yamlfile.ParseCaseDoc("c.yaml", src, cat)
		if err != nil || len(ops) > 64 {
			return
		}
		for _, chunk := range strings.Split(string(ops), "\xff") {
			b := batchFrom([]byte(chunk), doc.Case, order, values, names)
			next, _, err := checkFast(t, doc, b, cat)
			if err != nil {
				return
			}
			doc = next
		}
	})
}

// batchFrom reads ops two bytes at a time: the high bit of the first
// appends a response named by its low bits; else its low bits pick a
// response and the second byte a question and an answer. A response is
// answered once per batch, as the workshop's batches do.
func batchFrom(ops []byte, c *checklist.Case, order []string, values []checklist.AnswerValue, names []string) yamlfile.ResponseBatch {
	var b yamlfile.ResponseBatch
	at := map[int]int{}
	for i := 0; i+1 < len(ops); i += 2 {
		op, arg := ops[i], ops[i+1]
		if op&0x80 != 0 {
			h := yamlfile.ResponseHeader{Respondent: names[int(op&0x7f)%len(names)]}
			if arg&1 != 0 {
				h.Date = "2026-12-02"
			}
			b.Append = append(b.Append, h)
			continue
		}
		if len(c.Responses) == 0 {
			continue
		}
		r := int(op) % len(c.Responses)
		k, ok := at[r]
		if !ok {
			k = len(b.Answers)
			at[r] = k
			b.Answers = append(b.Answers, yamlfile.ResponseAnswers{Index: r, Respondent: c.Responses[r].Respondent, Answers: map[string]checklist.AnswerValue{}})
		}
		b.Answers[k].Answers[order[int(arg>>4)%len(order)]] = values[int(arg&0x0f)%len(values)]
	}
	return b
}
