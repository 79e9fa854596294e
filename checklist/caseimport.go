package checklist

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
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
	Value    AnswerValue
}

// ResponseKey identifies a response by its content: respondent, actor and
// every given answer (notes and empty answers aside). An import adds a
// row only while the file holds fewer responses with its key than the
// export does, so importing the same export twice adds nothing, and two
// anonymous people who answered alike still count as two.
func ResponseKey(respondent, actor string, answers map[string]string) string {
	ids := make([]string, 0, len(answers))
	for id := range answers {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	var b strings.Builder
	fmt.Fprintf(&b, "%q %q", strings.TrimSpace(respondent), strings.TrimSpace(actor))
	for _, id := range ids {
		b.WriteString(" " + id + "=" + answers[id])
	}
	return b.String()
}

// Key is the imported response's ResponseKey.
func (r ImportedResponse) Key() string {
	m := make(map[string]string, len(r.Answers))
	for _, a := range r.Answers {
		m[a.Question] = a.Value.Text()
	}
	return ResponseKey(r.Respondent, r.Actor, m)
}

// Key is the ResponseKey of a response read from a case file.
func (r Response) Key() string {
	m := make(map[string]string, len(r.Answers))
	for _, a := range r.Answers {
		if a.Kind == Unanswered {
			continue
		}
		m[a.QuestionID()] = AnswerValue{Kind: a.Kind, Score: a.Score}.Text()
	}
	return ResponseKey(r.Respondent, r.Actor, m)
}

// entryBlock is the response as a block sequence item at indent dash.
func (r ImportedResponse) entryBlock(dash, step int, nl string) string {
	var b strings.Builder
	b.WriteString(r.ResponseHeader.block(dash, step, nl))
	if len(r.Answers) == 0 {
		return strings.TrimSuffix(b.String(), nl) + " {}" + nl
	}
	for _, a := range r.Answers {
		b.WriteString(strings.Repeat(" ", dash+2*step) + quoteYAMLKey(a.Question) + ": " + a.Value.render() + nl)
	}
	return b.String()
}

func (r ImportedResponse) entryFlow() string {
	answers := make([]string, len(r.Answers))
	for i, a := range r.Answers {
		answers[i] = quoteYAMLKey(a.Question) + ": " + a.Value.render()
	}
	return "{" + strings.Join(append(r.ResponseHeader.fields(), "answers: {"+strings.Join(answers, ", ")+"}"), ", ") + "}"
}

// AppendResponses returns data with the responses added after the last
// one, in the file's own style. Nothing else in the file changes, and the
// result is checked to read as the old file plus exactly these responses.
func AppendResponses(data []byte, rs []ImportedResponse) ([]byte, error) {
	if len(rs) == 0 {
		return data, nil
	}
	for _, r := range rs {
		if !utf8.ValidString(r.Respondent) || !utf8.ValidString(r.Actor) {
			return nil, fmt.Errorf("a respondent or actor name is not UTF-8 text")
		}
	}
	return editCase(data, func(d *caseText) ([]edit, func(any) error, error) {
		_, seq := mapEntry(d.root, "responses")
		if seq == nil || seq.Kind != yaml.SequenceNode {
			return nil, nil, fmt.Errorf("the file has no `responses` list")
		}
		list, edits, err := d.appendItems(seq, rs)
		change := func(tree any) error {
			old, err := treeResponses(tree)
			if err != nil {
				return err
			}
			var items []any
			if err := yaml.Unmarshal([]byte(list), &items); err != nil || len(items) != len(rs) {
				return fmt.Errorf("%w: %v", errEditDrift, err)
			}
			tree.(map[string]any)["responses"] = append(old, items...)
			return nil
		}
		return edits, change, err
	})
}

// appendItems returns the new items as a standalone YAML list and the
// edits that add them to seq.
func (d *caseText) appendItems(seq *yaml.Node, rs []ImportedResponse) (string, []edit, error) {
	if seq.Style&yaml.FlowStyle != 0 {
		entries := make([]string, len(rs))
		for i, r := range rs {
			entries[i] = r.entryFlow()
		}
		joined := strings.Join(entries, ", ")
		start, end, err := d.span(seq, 0, true)
		if err != nil {
			return "", nil, err
		}
		if len(seq.Content) == 0 {
			return "[" + joined + "]", []edit{{start + 1, start + 1, joined}}, nil
		}
		return "[" + joined + "]", []edit{{end - 1, end - 1, ", " + joined}}, nil
	}
	if len(seq.Content) == 0 {
		return "", nil, fmt.Errorf("line %d: `responses` is empty", seq.Line)
	}
	last := seq.Content[len(seq.Content)-1]
	dash := d.dashIndent(last)
	step := max(last.Column-1-dash, 2)
	_, end, err := d.span(seq, dash, false)
	if err != nil {
		return "", nil, err
	}
	pos, pre := d.afterLine(end)
	sep := ""
	if d.blankBefore(last) {
		sep = d.nl
	}
	var standalone, text strings.Builder
	for i, r := range rs {
		standalone.WriteString(r.entryBlock(0, step, "\n"))
		if i > 0 || sep != "" {
			text.WriteString(sep)
		}
		text.WriteString(r.entryBlock(dash, step, d.nl))
	}
	return standalone.String(), []edit{{pos, pos, pre + text.String()}}, nil
}

// ImportedCase describes a new case file made by an import.
type ImportedCase struct {
	Project   Project
	Scope     []string
	Actors    []Actor
	Responses []ImportedResponse
	Lang      Lang
	FileName  string
	Export    string // the export's file name, for the comment at the top
}

var importedCaseComment = Text{
	DA: "samskab-casefil, importeret fra %s med `samskab import`. Se rapporten med: samskab score %s",
	EN: "samskab case file, imported from %s by `samskab import`. See the report with: samskab score %s",
}

// NewImportedCaseFile returns a new case file holding the imported
// responses; it needs at least one.
func NewImportedCaseFile(ic ImportedCase) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# "+importedCaseComment.In(ic.Lang)+"\n", oneLineText(ic.Export), oneLineText(ic.FileName))
	b.WriteString("samskab: 1\nproject:\n")
	fmt.Fprintf(&b, "  name: %s\n", plainOrQuoted(ic.Project.Name))
	if ic.Project.Owner != "" {
		fmt.Fprintf(&b, "  owner: %s\n", plainOrQuoted(ic.Project.Owner))
	}
	if len(ic.Scope) > 0 {
		fmt.Fprintf(&b, "rubrics: [%s]\n", strings.Join(ic.Scope, ", "))
	}
	if len(ic.Actors) > 0 {
		b.WriteString("actors:\n")
		for _, a := range ic.Actors {
			fmt.Fprintf(&b, "  - id: %s\n", plainOrQuoted(a.ID))
			if a.Name != "" {
				fmt.Fprintf(&b, "    name: %s\n", plainOrQuoted(a.Name))
			}
			if a.Kind != "" {
				fmt.Fprintf(&b, "    kind: %s\n", a.Kind)
			}
		}
	}
	b.WriteString("responses:\n")
	for _, r := range ic.Responses {
		b.WriteString(r.entryBlock(2, 2, "\n"))
	}
	return []byte(b.String())
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
		b.WriteString(r.entryBlock(2, 2, "\n"))
	}
	return b.String()
}
