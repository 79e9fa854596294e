package yamlfile

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"go.yaml.in/yaml/v3"
)

// ResponseBatch is a set of changes made to a case file in one write, as
// `samskab workshop` does with the answers that arrive together. One parse
// and one check serve the whole batch, however many answers it holds.
type ResponseBatch struct {
	Actors  []checklist.Actor // declared under `actors:`, after those there
	Append  []ResponseHeader  // new responses with no answers yet, after the last one
	Answers []ResponseAnswers
}

// ResponseAnswers sets answers in one existing response. Answers already
// there and not named keep their value; a note already there is kept
// unless a new one is given.
type ResponseAnswers struct {
	Index int // 0-based, in file order
	// Respondent must match the response's `respondent`, so answers never
	// land in someone else's response in a file edited meanwhile.
	Respondent string
	Answers    map[string]checklist.AnswerValue
}

// ApplyResponseBatch returns data with the batch applied. Only the bytes
// of the named responses' answers change, and new actors and responses are
// added; the rest of the file stays as it was. Answers are written in the
// order of order (the catalog's question ids). The result is checked as
// SetAnswer's is.
func ApplyResponseBatch(data []byte, b ResponseBatch, order []string) ([]byte, error) {
	return english.ApplyResponseBatch(data, b, order)
}

// ApplyResponseBatch is the package's ApplyResponseBatch with refusals in
// the reader's language.
func (r Reader) ApplyResponseBatch(data []byte, b ResponseBatch, order []string) ([]byte, error) {
	return editCase(r.messages(), data, batchPlan(b, order))
}

// batchPlan is the edits that apply b, and the change they make to the data.
func batchPlan(b ResponseBatch, order []string) func(*caseText) ([]edit, func(any) error, error) {
	rank := newQuestionOrder(order)
	return func(d *caseText) ([]edit, func(any) error, error) {
		var edits []edit
		var changes []func(any) error
		for _, step := range []func() ([]edit, func(any) error, error){
			func() ([]edit, func(any) error, error) { return d.addActors(b.Actors) },
			func() ([]edit, func(any) error, error) { return d.appendResponses(b.Append) },
		} {
			e, change, err := step()
			if err != nil {
				return nil, nil, err
			}
			edits, changes = append(edits, e...), append(changes, change)
		}
		// Appended responses are listed before the answers: an answer
		// inserted at the same offset (after the last response's line) then
		// lands above the new responses (see caseText.apply).
		for _, ra := range b.Answers {
			e, change, err := d.setAnswers(ra, rank)
			if err != nil {
				return nil, nil, err
			}
			edits, changes = append(edits, e...), append(changes, change)
		}
		return edits, func(tree any) error {
			for _, c := range changes {
				if err := c(tree); err != nil {
					return err
				}
			}
			return nil
		}, nil
	}
}

// actorFields is an actor as the lines of its list item.
func actorFields(a checklist.Actor) []string {
	out := []string{"id: " + plainOrQuoted(a.ID)}
	if a.Name != "" {
		out = append(out, "name: "+plainOrQuoted(a.Name))
	}
	if a.Kind != "" {
		out = append(out, "kind: "+a.Kind)
	}
	return out
}

// blockItem writes fields as one block sequence item.
func blockItem(fields []string, dash, step int, nl string) string {
	var b strings.Builder
	for i, f := range fields {
		if i == 0 {
			b.WriteString(strings.Repeat(" ", dash) + "-" + strings.Repeat(" ", step-1) + f + nl)
			continue
		}
		b.WriteString(strings.Repeat(" ", dash+step) + f + nl)
	}
	return b.String()
}

// addActors declares actors after the last one, or in a new `actors:`
// block just above `responses:`.
func (d *caseText) addActors(actors []checklist.Actor) ([]edit, func(any) error, error) {
	if len(actors) == 0 {
		return nil, func(any) error { return nil }, nil
	}
	var standalone strings.Builder
	for _, a := range actors {
		standalone.WriteString(blockItem(actorFields(a), 0, 2, "\n"))
	}
	change := func(tree any) error {
		var items []any
		if err := yaml.Unmarshal([]byte(standalone.String()), &items); err != nil {
			return drift(d.m, err)
		}
		top := tree.(map[string]any)
		old, _ := top["actors"].([]any)
		top["actors"] = append(old, items...)
		return nil
	}
	ak, seq := mapEntry(d.root, "actors")
	switch {
	case ak == nil:
		rk, _ := mapEntry(d.root, "responses")
		if rk == nil {
			return nil, nil, errors.New(d.m.NoResponsesList)
		}
		var b strings.Builder
		b.WriteString("actors:" + d.nl)
		for _, a := range actors {
			b.WriteString(blockItem(actorFields(a), 2, 2, d.nl))
		}
		ls := d.lineStart(d.offset(rk.Line, rk.Column))
		return []edit{{ls, ls, b.String()}}, change, nil
	case seq.Kind != yaml.SequenceNode:
		return nil, nil, fmt.Errorf(d.m.NotAList, seq.Line, "actors")
	case seq.Style&yaml.FlowStyle != 0 || len(seq.Content) == 0:
		var flows []string
		for _, a := range actors {
			flows = append(flows, "{"+strings.Join(actorFields(a), ", ")+"}")
		}
		return d.appendFlow(seq, flows), change, nil
	}
	text, pos, err := d.appendBlock(seq, func(dash, step int) string {
		var b strings.Builder
		for _, a := range actors {
			b.WriteString(blockItem(actorFields(a), dash, step, d.nl))
		}
		return b.String()
	})
	return []edit{{pos, pos, text}}, change, err
}

// appendFlow adds items at the end of a […] sequence.
func (d *caseText) appendFlow(seq *yaml.Node, items []string) []edit {
	start, end, err := d.span(seq, 0, true)
	if err != nil || end == start {
		return nil
	}
	joined := strings.Join(items, ", ")
	if len(seq.Content) == 0 {
		return []edit{{start + 1, start + 1, joined}}
	}
	return []edit{{end - 1, end - 1, ", " + joined}}
}

// appendBlock returns the text and the offset that add items after the
// last one of a block sequence, indented like it.
func (d *caseText) appendBlock(seq *yaml.Node, items func(dash, step int) string) (string, int, error) {
	last := seq.Content[len(seq.Content)-1]
	dash := d.dashIndent(last)
	step := max(last.Column-1-dash, 2)
	_, end, err := d.span(seq, dash, false)
	if err != nil {
		return "", 0, err
	}
	pos, pre := d.afterLine(end)
	return pre + items(dash, step), pos, nil
}

// appendResponses adds new responses after the last one.
func (d *caseText) appendResponses(hs []ResponseHeader) ([]edit, func(any) error, error) {
	if len(hs) == 0 {
		return nil, func(any) error { return nil }, nil
	}
	_, seq := mapEntry(d.root, "responses")
	if seq == nil || seq.Kind != yaml.SequenceNode {
		return nil, nil, errors.New(d.m.NoResponsesList)
	}
	var standalone strings.Builder
	for _, h := range hs {
		standalone.WriteString(h.block(0, 2, "\n"))
	}
	change := func(tree any) error {
		rs, err := treeResponses(d.m, tree)
		if err != nil {
			return err
		}
		var items []any
		if err := yaml.Unmarshal([]byte(standalone.String()), &items); err != nil || len(items) != len(hs) {
			return drift(d.m, err)
		}
		tree.(map[string]any)["responses"] = append(rs, items...)
		return nil
	}
	if seq.Style&yaml.FlowStyle != 0 || len(seq.Content) == 0 {
		var flows []string
		for _, h := range hs {
			flows = append(flows, h.flow())
		}
		return d.appendFlow(seq, flows), change, nil
	}
	text, pos, err := d.appendBlock(seq, func(dash, step int) string {
		var b strings.Builder
		for _, h := range hs {
			b.WriteString(h.block(dash, step, d.nl))
		}
		return b.String()
	})
	return []edit{{pos, pos, text}}, change, err
}

// answerKey writes a question id as a mapping key. Ids like cok-08.q2
// need no quoting, and skipping yaml.Marshal for them matters when a
// group commit rewrites thousands of answers.
func answerKey(id string) string {
	for i, r := range id {
		ok := r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' && i > 0 || r == '.' && i > 0 || r == '_'
		if !ok {
			return quoteYAMLKey(id)
		}
	}
	if id == "" || strings.HasSuffix(id, ".") || strings.HasSuffix(id, "-") {
		return quoteYAMLKey(id)
	}
	return id
}

// answerEntry is one answer as it will be written.
type answerEntry struct{ id, text string }

// setAnswers rewrites one response's answers mapping with the new answers
// merged into the ones already there.
func (d *caseText) setAnswers(ra ResponseAnswers, rank questionOrder) ([]edit, func(any) error, error) {
	item, err := d.response(ra.Index)
	if err != nil {
		return nil, nil, err
	}
	if _, rv := mapEntry(item, "respondent"); rv == nil || rv.Value != ra.Respondent {
		return nil, nil, fmt.Errorf(d.m.ResponseChanged, ra.Index+1, ra.Respondent)
	}
	ak, av := mapEntry(item, "answers")
	if ak == nil {
		return nil, nil, fmt.Errorf(d.m.ResponseNoAnswersL, item.Line)
	}
	entries, err := mergeAnswers(d.m, av, ra.Answers, rank)
	if err != nil || len(entries) == 0 {
		return nil, func(any) error { return nil }, err
	}
	edits, err := d.replaceAnswers(item, ak, av, entries)
	if err != nil {
		return nil, nil, err
	}
	var standalone strings.Builder
	for _, e := range entries {
		standalone.WriteString(answerKey(e.id) + ": " + e.text + "\n")
	}
	change := func(tree any) error {
		rs, err := treeResponses(d.m, tree)
		if err != nil {
			return err
		}
		resp, ok := rs[ra.Index].(map[string]any)
		if !ok {
			return drift(d.m, nil)
		}
		var m map[string]any
		if err := yaml.Unmarshal([]byte(standalone.String()), &m); err != nil {
			return drift(d.m, err)
		}
		resp["answers"] = m
		return nil
	}
	return edits, change, nil
}

// questionOrder ranks question ids in the catalog's order, made once per
// batch: a group commit sorts thousands of answers by it.
type questionOrder struct {
	index map[string]int
	n     int // the rank of an id not in the order: after all others
}

func newQuestionOrder(order []string) questionOrder {
	o := questionOrder{index: make(map[string]int, len(order)), n: len(order)}
	for i, id := range order {
		if _, dup := o.index[id]; !dup {
			o.index[id] = i
		}
	}
	return o
}

func (o questionOrder) of(id string) int {
	if i, ok := o.index[id]; ok {
		return i
	}
	return o.n
}

// mergeAnswers lists the answers already in av with the new ones laid
// over them, in question order. A group commit calls it for hundreds of
// responses, so it keeps to slices: a response holds a few dozen answers.
func mergeAnswers(m *catalog.ProblemMessages, av *yaml.Node, answers map[string]checklist.AnswerValue, rank questionOrder) ([]answerEntry, error) {
	type ranked struct {
		answerEntry
		note string
		rank int
	}
	var all []ranked
	if av != nil && !isNull(av) {
		if av.Kind != yaml.MappingNode {
			return nil, fmt.Errorf(m.NotAMapping, av.Line, "answers")
		}
		all = make([]ranked, 0, len(av.Content)/2+len(answers))
		for i := 0; i+1 < len(av.Content); i += 2 {
			k, v := av.Content[i], av.Content[i+1]
			text, note, err := existingAnswer(m, v)
			if err != nil {
				return nil, err
			}
			all = append(all, ranked{answerEntry{k.Value, text}, note, rank.of(k.Value)})
		}
	}
	for id, v := range answers {
		i := slices.IndexFunc(all, func(r ranked) bool { return r.id == id })
		if i < 0 {
			all = append(all, ranked{answerEntry: answerEntry{id: id}, rank: rank.of(id)})
			i = len(all) - 1
		}
		if v.Note == "" {
			v.Note = all[i].note
		}
		all[i].text = answerYAML(v)
	}
	slices.SortStableFunc(all, func(a, b ranked) int { return a.rank - b.rank })
	out := make([]answerEntry, len(all))
	for i, r := range all {
		out[i] = r.answerEntry
	}
	return out, nil
}

// existingAnswer renders an answer already in the file, and its note.
func existingAnswer(m *catalog.ProblemMessages, v *yaml.Node) (text, note string, err error) {
	switch {
	case v.Kind == yaml.ScalarNode && isNull(v):
		return "~", "", nil
	case v.Kind == yaml.ScalarNode:
		return v.Value, "", nil
	case v.Kind == yaml.MappingNode:
		_, sv := mapEntry(v, "score")
		_, nv := mapEntry(v, "note")
		if sv == nil || sv.Kind != yaml.ScalarNode {
			return "", "", fmt.Errorf(m.AnswerNoScoreL, v.Line)
		}
		score := sv.Value
		if isNull(sv) {
			score = "~"
		}
		if nv == nil || isNull(nv) {
			return "{score: " + score + "}", "", nil
		}
		return "{score: " + score + ", note: " + quoteYAML(nv.Value) + "}", nv.Value, nil
	}
	return "", "", fmt.Errorf(m.ExpectedOneAnswer, v.Line)
}

// replaceAnswers writes entries in place of the answers mapping's text,
// in the style it has: block, flow, or nothing yet.
func (d *caseText) replaceAnswers(item, ak, av *yaml.Node, entries []answerEntry) ([]edit, error) {
	flowItem := item.Style&yaml.FlowStyle != 0
	switch {
	case isNull(av) && !flowItem:
		return d.answersBlockFromNull(ak, av, entries)
	case isNull(av) || av.Style&yaml.FlowStyle != 0:
		parts := make([]string, len(entries))
		for i, e := range entries {
			parts[i] = answerKey(e.id) + ": " + e.text
		}
		start, end, err := d.span(av, ak.Column-1, flowItem)
		if err != nil {
			return nil, err
		}
		text := "{" + strings.Join(parts, ", ") + "}"
		if start == end && (start == 0 || d.src[start-1] != ' ') {
			text = " " + text
		}
		return []edit{{start, end, text}}, nil
	}
	first := av.Content[0]
	start := d.offset(first.Line, first.Column)
	_, end, err := d.span(av, ak.Column-1, false)
	if err != nil {
		return nil, err
	}
	indent := strings.Repeat(" ", first.Column-1)
	var b strings.Builder
	for i, e := range entries {
		if i > 0 {
			b.WriteString(d.nl + indent)
		}
		b.WriteString(answerKey(e.id) + ": " + e.text)
	}
	return []edit{{start, end, b.String()}}, nil
}

// answersBlockFromNull turns `answers:` with nothing under it into a
// block mapping of the entries.
func (d *caseText) answersBlockFromNull(ak, av *yaml.Node, entries []answerEntry) ([]edit, error) {
	var edits []edit
	start, end, err := d.span(av, ak.Column-1, false)
	if err != nil {
		return nil, err
	}
	if start < end { // drop the written null and its space
		if start > 0 && d.src[start-1] == ' ' {
			start--
		}
		edits = append(edits, edit{start, end, ""})
	}
	pos, pre := d.afterLine(end)
	indent := strings.Repeat(" ", ak.Column+1)
	var b strings.Builder
	b.WriteString(pre)
	for _, e := range entries {
		b.WriteString(indent + answerKey(e.id) + ": " + e.text + d.nl)
	}
	return append(edits, edit{pos, pos, b.String()}), nil
}
