package yamlfile

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// ImportedResponse is a response brought in from outside (a survey
// export): who answered, for which actor, and the answers in question
// order. Empty answers are left out.
type ImportedResponse struct {
	ResponseHeader
	Answers []ImportedAnswer
}

// ImportedAnswer is one answer of an imported response.
type ImportedAnswer struct {
	Question string // full id, "cok-01.q1"
	Value    checklist.AnswerValue
}

// Key is the imported response's checklist.ResponseKey.
func (r ImportedResponse) Key() string {
	m := make(map[string]string, len(r.Answers))
	for _, a := range r.Answers {
		m[a.Question] = a.Value.Text()
	}
	return checklist.ResponseKey(r.Respondent, r.Actor, m)
}

// block is the response as a block sequence item at indent dash.
func (r ImportedResponse) block(dash, step int, nl string) string {
	var b strings.Builder
	b.WriteString(r.ResponseHeader.block(dash, step, nl))
	if len(r.Answers) == 0 {
		return strings.TrimSuffix(b.String(), nl) + " {}" + nl
	}
	for _, a := range r.Answers {
		b.WriteString(strings.Repeat(" ", dash+2*step) + quoteYAMLKey(a.Question) + ": " + answerYAML(a.Value) + nl)
	}
	return b.String()
}

func (r ImportedResponse) flow() string {
	answers := make([]string, len(r.Answers))
	for i, a := range r.Answers {
		answers[i] = quoteYAMLKey(a.Question) + ": " + answerYAML(a.Value)
	}
	return "{" + strings.Join(append(r.ResponseHeader.fields(), "answers: {"+strings.Join(answers, ", ")+"}"), ", ") + "}"
}

// AppendResponses returns data with the responses added after the last
// one, in the file's own style. Nothing else in the file changes, and the
// result is checked to read as the old file plus exactly these responses.
func AppendResponses(data []byte, rs []ImportedResponse) ([]byte, error) {
	return english.AppendResponses(data, rs)
}

// AppendResponses is the package's AppendResponses with refusals in the
// reader's language.
func (rd Reader) AppendResponses(data []byte, rs []ImportedResponse) ([]byte, error) {
	if len(rs) == 0 {
		return data, nil
	}
	m := rd.messages()
	for _, r := range rs {
		if !utf8.ValidString(r.Respondent) || !utf8.ValidString(r.Actor) {
			return nil, errors.New(m.NameNotUTF8)
		}
	}
	return editCase(m, data, func(d *caseText) ([]edit, func(any) error, error) {
		_, seq := mapEntry(d.root, "responses")
		if seq == nil || seq.Kind != yaml.SequenceNode {
			return nil, nil, errors.New(m.NoResponsesList)
		}
		items := make([]listItem, len(rs))
		for i, r := range rs {
			items[i] = r
		}
		list, edits, err := d.appendItems(seq, items)
		change := func(tree any) error {
			old, err := treeResponses(m, tree)
			if err != nil {
				return err
			}
			var items []any
			if err := yaml.Unmarshal([]byte(list), &items); err != nil || len(items) != len(rs) {
				return drift(m, err)
			}
			tree.(map[string]any)["responses"] = append(old, items...)
			return nil
		}
		return edits, change, err
	})
}

// ImportedCase describes a new case file made by an import.
type ImportedCase struct {
	Project   checklist.Project
	Scope     []string
	Actors    []checklist.Actor
	Responses []ImportedResponse
	Lang      checklist.Lang
	FileName  string
	Export    string // the export's file name, for the comment at the top
}

// NewImportedCaseFile returns a new case file holding the imported
// responses; it needs at least one. It is written by the one writer of
// new case files, caseSkeleton.
func NewImportedCaseFile(ic ImportedCase) []byte {
	sk := caseSkeleton{
		comments: []string{fmt.Sprintf(catalog.For(ic.Lang).Template.ImportedCase, oneLineText(ic.Export), oneLineText(ic.FileName))},
		project:  []string{"name: " + plainOrQuoted(ic.Project.Name)},
	}
	if ic.Project.Owner != "" {
		sk.project = append(sk.project, "owner: "+plainOrQuoted(ic.Project.Owner))
	}
	if len(ic.Scope) > 0 {
		sk.scope = "rubrics: [" + strings.Join(ic.Scope, ", ") + "]"
	}
	if len(ic.Actors) > 0 {
		sk.optional = append(sk.optional, "actors:")
	}
	for _, a := range ic.Actors {
		sk.optional = append(sk.optional, "  - id: "+plainOrQuoted(a.ID))
		if a.Name != "" {
			sk.optional = append(sk.optional, "    name: "+plainOrQuoted(a.Name))
		}
		if a.Kind != "" {
			sk.optional = append(sk.optional, "    kind: "+a.Kind)
		}
	}
	for _, r := range ic.Responses {
		sk.response += r.block(2, 2, "\n")
	}
	return sk.bytes()
}

// oneLineText keeps a comment on one line whatever a file name holds.
func oneLineText(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
}

// ImportedResponsesYAML is the responses as a YAML list, as an import
// would add them, for --dry-run.
func ImportedResponsesYAML(rs []ImportedResponse) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(r.block(2, 2, "\n"))
	}
	return b.String()
}
