package yamlfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"go.yaml.in/yaml/v3"
)

// answerTree is the answer as the YAML decoder returns it.
func answerTree(v checklist.AnswerValue) any {
	switch v.Kind {
	case checklist.Scored:
		return v.Score
	case checklist.Unanswered:
		return nil
	}
	return v.Text()
}

// answerYAML is the value text for a key that holds no note yet.
func answerYAML(v checklist.AnswerValue) string {
	if v.Note == "" {
		return v.Text()
	}
	return "{score: " + v.Text() + ", note: " + quoteYAML(v.Note) + "}"
}

var bom = []byte("\xef\xbb\xbf")

// SetAnswer returns data with the answer to question qid in response resp
// (0-based, in file order) set to v. Only the bytes of that answer change;
// a new key goes after the nearest question before it in order (the
// catalog's question ids), so the file keeps the questionnaire's order.
// The result is checked: it must read as data with exactly this change
// and the same comments.
func SetAnswer(data []byte, resp int, qid string, v checklist.AnswerValue, order []string) ([]byte, error) {
	return english.SetAnswer(data, resp, qid, v, order)
}

// SetAnswer is the package's SetAnswer with refusals in the reader's language.
func (r Reader) SetAnswer(data []byte, resp int, qid string, v checklist.AnswerValue, order []string) ([]byte, error) {
	return editCase(r.messages(), data, func(d *caseText) ([]edit, func(any) error, error) {
		item, err := d.response(resp)
		if err != nil {
			return nil, nil, err
		}
		ak, av := mapEntry(item, "answers")
		if ak == nil {
			return nil, nil, fmt.Errorf(d.m.ResponseNoAnswersL, item.Line)
		}
		edits, err := d.setAnswer(item, ak, av, qid, v, order)
		change := func(tree any) error { return setAnswerTree(d.m, tree, resp, qid, v) }
		return edits, change, err
	})
}

func (d *caseText) setAnswer(item, ak, av *yaml.Node, qid string, v checklist.AnswerValue, order []string) ([]edit, error) {
	switch {
	case isNull(av):
		return d.answersFromNull(item, ak, av, qid, v)
	case av.Kind != yaml.MappingNode:
		return nil, fmt.Errorf(d.m.NotAMapping, av.Line, "answers")
	}
	k, val := mapEntry(av, qid)
	if k == nil {
		return d.insertAnswer(av, qid, v, order)
	}
	flow := av.Style&yaml.FlowStyle != 0
	if val.Kind == yaml.MappingNode {
		return d.replaceInMapping(k, val, v)
	}
	return d.replaceScalar(val, k.Column-1, flow, answerYAML(v))
}

// replaceScalar replaces a scalar value's text; an empty value gets one.
func (d *caseText) replaceScalar(val *yaml.Node, indent int, flow bool, text string) ([]edit, error) {
	if val.Kind != yaml.ScalarNode {
		return nil, fmt.Errorf(d.m.ExpectedOneValue, val.Line)
	}
	start, end, err := d.span(val, indent, flow)
	if err != nil {
		return nil, err
	}
	if start == end && (start == 0 || d.src[start-1] != ' ') {
		text = " " + text // `key:` with nothing after the colon
	}
	return []edit{{start, end, text}}, nil
}

// replaceInMapping updates a {score, note} answer: the score, and the note
// when a new one is given; an existing note is kept otherwise.
func (d *caseText) replaceInMapping(k, m *yaml.Node, v checklist.AnswerValue) ([]edit, error) {
	flow := m.Style&yaml.FlowStyle != 0
	sk, sv := mapEntry(m, "score")
	if sk == nil {
		return nil, fmt.Errorf(d.m.AnswerToNoScoreL, m.Line, k.Value)
	}
	scoreText := v.Text()
	nk, nv := mapEntry(m, "note")
	var edits []edit
	switch {
	case v.Note == "":
	case nk != nil:
		e, err := d.replaceScalar(nv, nk.Column-1, flow, quoteYAML(v.Note))
		if err != nil {
			return nil, err
		}
		edits = e
	case flow:
		scoreText += ", note: " + quoteYAML(v.Note)
	default:
		_, end, err := d.span(sv, sk.Column-1, false)
		if err != nil {
			return nil, err
		}
		pos, pre := d.afterLine(end)
		line := pre + strings.Repeat(" ", sk.Column-1) + "note: " + quoteYAML(v.Note) + d.nl
		edits = append(edits, edit{pos, pos, line})
	}
	e, err := d.replaceScalar(sv, sk.Column-1, flow, scoreText)
	return append(edits, e...), err
}

// insertAnswer adds a key to the answers mapping after the nearest
// question before it, or before every other key if none comes before it.
func (d *caseText) insertAnswer(m *yaml.Node, qid string, v checklist.AnswerValue, order []string) ([]edit, error) {
	entry := quoteYAMLKey(qid) + ": " + answerYAML(v)
	flow := m.Style&yaml.FlowStyle != 0
	if len(m.Content) == 0 { // only a flow mapping can be empty: {}
		start := d.offset(m.Line, m.Column)
		return []edit{{start + 1, start + 1, entry}}, nil
	}
	pk, pv := predecessor(m, qid, order)
	if pk == nil {
		first := m.Content[0]
		start := d.offset(first.Line, first.Column)
		if flow {
			return []edit{{start, start, entry + ", "}}, nil
		}
		ls := d.lineStart(start)
		return []edit{{ls, ls, strings.Repeat(" ", first.Column-1) + entry + d.nl}}, nil
	}
	_, end, err := d.span(pv, pk.Column-1, flow)
	if err != nil {
		return nil, err
	}
	if flow {
		return []edit{{end, end, ", " + entry}}, nil
	}
	pos, pre := d.afterLine(end)
	return []edit{{pos, pos, pre + strings.Repeat(" ", pk.Column-1) + entry + d.nl}}, nil
}

// predecessor is the entry of m whose question comes last before qid in
// order; nil when none does. A qid missing from order goes last.
func predecessor(m *yaml.Node, qid string, order []string) (k, v *yaml.Node) {
	limit := slices.Index(order, qid)
	if limit < 0 {
		n := len(m.Content)
		return m.Content[n-2], m.Content[n-1]
	}
	best := -1
	for i := 0; i+1 < len(m.Content); i += 2 {
		if j := slices.Index(order, m.Content[i].Value); j >= 0 && j < limit && j > best {
			best, k, v = j, m.Content[i], m.Content[i+1]
		}
	}
	return k, v
}

// answersFromNull turns `answers:` with nothing (or ~) under it into a
// mapping holding the first answer.
func (d *caseText) answersFromNull(item, ak, av *yaml.Node, qid string, v checklist.AnswerValue) ([]edit, error) {
	entry := quoteYAMLKey(qid) + ": " + answerYAML(v)
	if item.Style&yaml.FlowStyle != 0 {
		return d.replaceScalar(av, ak.Column-1, true, "{"+entry+"}")
	}
	var edits []edit
	start, end, err := d.span(av, ak.Column-1, false)
	if err != nil {
		return nil, err
	}
	if start < end { // drop the written null, `~` or `null`, and its space
		if start > 0 && d.src[start-1] == ' ' {
			start--
		}
		edits = append(edits, edit{start, end, ""})
	}
	pos, pre := d.afterLine(end)
	return append(edits, edit{pos, pos, pre + strings.Repeat(" ", ak.Column+1) + entry + d.nl}), nil
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// response is the i-th item of `responses`.
func (d *caseText) response(i int) (*yaml.Node, error) {
	_, seq := mapEntry(d.root, "responses")
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil, errors.New(d.m.NoResponsesList)
	}
	if i < 0 || i >= len(seq.Content) || seq.Content[i].Kind != yaml.MappingNode {
		return nil, fmt.Errorf(d.m.NoResponseN, i+1)
	}
	return seq.Content[i], nil
}

// editCase parses data, makes the edits plan returns and checks that the
// result reads as the old data with change applied and the same comments.
func editCase(m *catalog.ProblemMessages, data []byte, plan func(*caseText) ([]edit, func(any) error, error)) ([]byte, error) {
	hasBOM := bytes.HasPrefix(data, bom)
	data = bytes.TrimPrefix(data, bom)
	d, err := parseDoc(m, data)
	if err != nil {
		return nil, err
	}
	edits, change, err := plan(d)
	if err != nil {
		return nil, err
	}
	out := d.apply(edits)
	if err := verifyEdit(m, data, out, change); err != nil {
		return nil, err
	}
	if hasBOM {
		out = append(append([]byte{}, bom...), out...)
	}
	return out, nil
}

// quoteYAML writes s as a double-quoted YAML scalar; JSON's escapes are a
// subset of YAML's, and a note is never folded over several lines.
func quoteYAML(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// quoteYAMLKey leaves ordinary question ids as they are.
func quoteYAMLKey(s string) string { return plainOrQuoted(s) }

// plainOrQuoted writes s plain when YAML reads it back as the same text
// on one line, and quoted otherwise.
func plainOrQuoted(s string) string {
	out, err := yaml.Marshal(s)
	text := strings.TrimSuffix(string(out), "\n")
	if err != nil || strings.ContainsAny(text, "\n\r") || strings.HasPrefix(text, "|") || strings.HasPrefix(text, ">") {
		return quoteYAML(s)
	}
	return text
}
