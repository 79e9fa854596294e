package yamlfile

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/samskab/samskab/checklist"
	"go.yaml.in/yaml/v3"
)

// A group commit of `samskab workshop` mostly changes responses that the
// workshop wrote itself, in the one layout it writes:
//
//	  - respondent: Ida
//	    actor: citizens
//	    date: 2026-12-02
//	    answers:
//	      cok-01.q1: 3
//	      cok-01.q2: dk
//
// Parsing the whole result again and comparing it with the old data costs
// far more than the change: 70 ms a commit for the 120 KB file of 300
// participants, most of it go-yaml, which made answers wait 250–400 ms.
// For a batch that only rewrites answers mappings in that layout and
// appends responses, the next parse is built from the current one instead:
// the new answers are made as nodes (an answer that did not change keeps
// its nodes), the appended responses alone are parsed, and the nodes after
// each change move down by the lines it added. The case is the old one
// with the changed and new responses read by ParseCase's own walk, which
// checks them, and the rest moved down the same way.
//
// Why that is safe without comparing parses: the old text of each answers
// mapping must be exactly the layout (one `key: value` per line, same
// indentation, nothing else between its first key and its last value), so
// the span the edit replaces is known to hold those entries and nothing
// more, and the new text is the same layout with plain keys and values
// whose meaning does not depend on where they stand; its entries must be
// the old ones with the batch's answers laid over them (merged), so none
// is lost or made up. The nodes are read from the text written, not from
// what the batch meant to write. Anything else – a
// comment in or right after the response, a note, a flow mapping, an
// anchor anywhere, a new actor, a file without a final line break – takes
// the general way. FuzzCaseDocFast checks that both ways give the same
// text, tree and case.

// applyFast applies b, whose edits batchPlan made, the fast way. It returns
// handled false, having changed nothing, when b is not for it. Once it
// handles b, doc's tree becomes next's, so doc is parsed again from its
// text if it is used again; err is then what ParseCase would say about the
// result.
func (doc *CaseDoc) applyFast(d *caseText, b ResponseBatch, edits []edit) (next *CaseDoc, handled bool, err error) {
	if len(b.Actors) > 0 || !doc.plainTree() {
		return nil, false, nil
	}
	plan, ok := planFast(d, b, edits)
	if !ok {
		return nil, false, nil
	}
	out, at := d.applyAt(edits)
	root := doc.doc
	doc.doc = nil // from here on the tree changes in place and becomes next's
	plan.commit(root, lineStarts(out), at)
	c, err := plan.nextCase(doc.rd, doc.Case, doc.file, doc.cat, len(out))
	if err != nil {
		return nil, true, err
	}
	if bytes.HasPrefix(doc.Data, bom) {
		out = append(append([]byte{}, bom...), out...)
	}
	return &CaseDoc{Data: out, Case: c, file: doc.file, cat: doc.cat, doc: root, comments: doc.comments, plain: plainYes}, true, nil
}

// Whether a tree has no anchor and no alias: a change to an anchored node
// would change every alias of it too, which only the general way sees.
const (
	plainUnknown = iota
	plainYes
	plainNo
)

func (doc *CaseDoc) plainTree() bool {
	if doc.plain == plainUnknown {
		doc.plain = plainYes
		if !anchorFree(doc.doc) {
			doc.plain = plainNo
		}
	}
	return doc.plain == plainYes
}

func anchorFree(n *yaml.Node) bool {
	if n.Anchor != "" || n.Kind == yaml.AliasNode {
		return false
	}
	for _, c := range n.Content {
		if !anchorFree(c) {
			return false
		}
	}
	return true
}

func commentFree(n *yaml.Node) bool {
	if n.HeadComment != "" || n.LineComment != "" || n.FootComment != "" {
		return false
	}
	for _, c := range n.Content {
		if !commentFree(c) {
			return false
		}
	}
	return true
}

// fastPlan is a batch the fast way takes: how the tree changes.
type fastPlan struct {
	shifts  []lineShift
	appends *appendPlan  // made by edits[0] when set
	answers []answerPlan // made by the edits that follow, in order
}

// lineShift moves the lines after old line `after` down by delta.
type lineShift struct{ after, delta int }

type appendPlan struct {
	seq   *yaml.Node
	items []*yaml.Node // parsed alone, lines counted from their text
}

type answerPlan struct {
	index int        // of the response
	item  *yaml.Node // the response
	slot  int        // where the answers value is in item.Content
	col   int        // the keys' column
	old   []*yaml.Node
	next  []layoutPair
}

// layoutPair is one answer line of the layout and its scalars' tags.
type layoutPair struct{ id, text, idTag, textTag string }

// planFast reads edits as the pieces of b, in batchPlan's order: appended
// responses first, then each response's answers. Each must be the edit
// its layout makes; the text written is batchPlan's, the tree is built
// from it.
func planFast(d *caseText, b ResponseBatch, edits []edit) (*fastPlan, bool) {
	p := &fastPlan{}
	if len(b.Append) > 0 {
		if len(edits) == 0 || !p.addAppend(d, b.Append, edits[0]) {
			return nil, false
		}
		edits = edits[1:]
	}
	seen := make(map[int]bool, len(b.Answers))
	for _, ra := range b.Answers {
		if seen[ra.Index] || len(edits) == 0 || !p.addAnswers(d, ra, edits[0]) {
			return nil, false
		}
		seen[ra.Index] = true
		edits = edits[1:]
	}
	return p, len(edits) == 0
}

// addAppend plans new responses, appended by e after the last one of a
// block list: their text alone is parsed, and must hold exactly them.
func (p *fastPlan) addAppend(d *caseText, hs []ResponseHeader, e edit) bool {
	_, seq := mapEntry(d.root, "responses")
	if seq == nil || seq.Kind != yaml.SequenceNode || seq.Style&yaml.FlowStyle != 0 || len(seq.Content) == 0 {
		return false
	}
	last := seq.Content[len(seq.Content)-1]
	dash := d.dashIndent(last)
	_, end, err := d.span(seq, dash, false)
	if err != nil {
		return false
	}
	pos, pre := d.afterLine(end)
	if pre != "" || e.start != pos || e.end != pos || !strings.HasSuffix(e.text, "\n") || d.commentNext(pos) {
		return false
	}
	for line := range strings.Lines(e.text) {
		if len(line)-len(strings.TrimLeft(line, " ")) < dash {
			return false // it would end the list
		}
	}
	var n yaml.Node
	if yaml.Unmarshal([]byte(e.text), &n) != nil || len(n.Content) != 1 || !commentFree(&n) || !anchorFree(&n) {
		return false
	}
	items := n.Content[0]
	if items.Kind != yaml.SequenceNode || items.Column != seq.Column || len(items.Content) != len(hs) {
		return false
	}
	for i, h := range hs {
		if !isHeader(items.Content[i], h, last.Column) {
			return false
		}
	}
	p.shifts = append(p.shifts, lineShift{d.lineOf(pos) - 1, strings.Count(e.text, "\n")})
	p.appends = &appendPlan{seq: seq, items: items.Content}
	return true
}

// isHeader says whether item is a new response with h's fields, at col.
func isHeader(item *yaml.Node, h ResponseHeader, col int) bool {
	if item.Kind != yaml.MappingNode || item.Style != 0 || item.Column != col {
		return false
	}
	n := 0
	for _, f := range [][2]string{{"respondent", h.Respondent}, {"actor", h.Actor}, {"date", h.Date}, {"answers", ""}} {
		key, want := f[0], f[1]
		if want == "" && key != "answers" {
			continue
		}
		n++
		_, v := mapEntry(item, key)
		if v == nil || v.Kind != yaml.ScalarNode || v.Value != want || key == "answers" && v.Tag != "!!null" {
			return false
		}
	}
	return len(item.Content) == 2*n
}

// addAnswers plans the rewrite e makes of one response's answers: a
// mapping in the layout, or `answers:` with nothing after it yet.
func (p *fastPlan) addAnswers(d *caseText, ra ResponseAnswers, e edit) bool {
	item, err := d.response(ra.Index)
	if err != nil || item.Style&yaml.FlowStyle != 0 || !commentFree(item) {
		return false
	}
	slot := -1
	for i := 0; i+1 < len(item.Content); i += 2 {
		if item.Content[i].Value == "answers" {
			slot = i + 1
		}
	}
	if slot < 0 {
		return false
	}
	ak, av := item.Content[slot-1], item.Content[slot]
	a := answerPlan{index: ra.Index, item: item, slot: slot}
	var ok bool
	var shift lineShift
	if av.Kind == yaml.MappingNode {
		a.col, a.old = av.Content[0].Column, av.Content
		ok = d.inLayout(ak, av, e)
		a.next, ok = splitLayout(e.text, d.nl+strings.Repeat(" ", a.col-1), "", ok)
		shift = lineShift{d.lineOf(e.end), len(a.next) - len(a.old)/2}
	} else {
		a.col = ak.Column + 2
		body, found := strings.CutSuffix(e.text, d.nl)
		ok = found && d.emptyAnswers(ak, av, e)
		a.next, ok = splitLayout(body, d.nl, strings.Repeat(" ", a.col-1), ok)
		shift = lineShift{ak.Line, len(a.next)}
	}
	if !ok || !merged(a.old, ra.Answers, a.next) {
		return false
	}
	p.shifts = append(p.shifts, shift)
	p.answers = append(p.answers, a)
	return true
}

// inLayout says whether av, a block mapping, is written exactly in the
// layout, and e replaces that text.
func (d *caseText) inLayout(ak, av *yaml.Node, e edit) bool {
	if av.Style != 0 || av.Tag != "!!map" || len(av.Content) < 2 {
		return false
	}
	first := av.Content[0]
	start := d.offset(first.Line, first.Column)
	ls := d.lineStart(start)
	if e.start != start || e.end < start || first.Column <= ak.Column || len(bytes.Trim(d.src[ls:start], " ")) > 0 {
		return false
	}
	if len(bytes.TrimSpace(d.src[e.end:d.lineEnd(e.end)])) > 0 {
		return false
	}
	if next, _ := d.afterLine(e.end); d.commentNext(next) {
		return false
	}
	sep := d.nl + strings.Repeat(" ", first.Column-1)
	var text strings.Builder
	for i := 0; i+1 < len(av.Content); i += 2 {
		k, v := av.Content[i], av.Content[i+1]
		if k.Kind != yaml.ScalarNode || v.Kind != yaml.ScalarNode || k.Style != 0 || v.Style != 0 ||
			!layoutWord(k.Value) || !layoutWord(v.Value) {
			return false
		}
		if i > 0 {
			text.WriteString(sep)
		}
		text.WriteString(k.Value + ": " + v.Value)
	}
	return text.String() == string(d.src[start:e.end])
}

// emptyAnswers says whether av is `answers:` with nothing after the colon,
// and e puts lines right below it.
func (d *caseText) emptyAnswers(ak, av *yaml.Node, e edit) bool {
	if av.Kind != yaml.ScalarNode || av.Tag != "!!null" || av.Value != "" || av.Style != 0 || av.Line != ak.Line {
		return false
	}
	pos, pre := d.afterLine(d.offset(av.Line, av.Column))
	return pre == "" && e.start == pos && e.end == pos && !d.commentNext(pos)
}

// splitLayout reads text in the layout back: lines separated by sep, each
// `id: text` after prefix.
func splitLayout(text, sep, prefix string, ok bool) ([]layoutPair, bool) {
	if !ok {
		return nil, false
	}
	lines := strings.Split(text, sep)
	pairs := make([]layoutPair, len(lines))
	for i, line := range lines {
		line, found := strings.CutPrefix(line, prefix)
		id, value, colon := strings.Cut(line, ": ")
		if !found || !colon || !layoutWord(id) || !layoutWord(value) {
			return nil, false
		}
		idTag, okID := plainTag(id)
		textTag, okText := plainTag(value)
		if !okID || !okText {
			return nil, false
		}
		pairs[i] = layoutPair{id, value, idTag, textTag}
	}
	return pairs, true
}

// merged says whether next holds the old answers (key and value nodes)
// with the new ones laid over them, and nothing else: no answer is lost,
// none is made up.
func merged(old []*yaml.Node, answers map[string]checklist.AnswerValue, next []layoutPair) bool {
	want := make(map[string]string, len(old)/2+len(answers))
	for i := 0; i+1 < len(old); i += 2 {
		want[old[i].Value] = old[i+1].Value
	}
	for id, v := range answers {
		if v.Note != "" {
			return false
		}
		want[id] = answerYAML(v)
	}
	if len(next) != len(want) {
		return false
	}
	for _, e := range next {
		if text, ok := want[e.id]; !ok || text != e.text {
			return false
		}
		delete(want, e.id) // a repeated id fails the next time round
	}
	return true
}

// commit changes the tree: the old nodes move down, then the new ones,
// placed by the lines of the result (lines[i] starts line i+1; edit i's
// text starts at at[i]), go in.
func (p *fastPlan) commit(root *yaml.Node, lines, at []int) {
	shiftLines(root, p.shifter())
	lineAt := func(off int) int { return sort.SearchInts(lines, off+1) }
	k := 0
	if p.appends != nil {
		moveLines(p.appends.items, lineAt(at[0])-1)
		p.appends.seq.Content = append(p.appends.seq.Content, p.appends.items...)
		k++
	}
	for i := range p.answers {
		a := &p.answers[i]
		a.item.Content[a.slot] = a.mapping(lineAt(at[k+i]))
	}
}

// mapping is the new answers mapping, its first key at line. An answer
// that did not change keeps its nodes; the new ones share an allocation.
func (a *answerPlan) mapping(line int) *yaml.Node {
	content := make([]*yaml.Node, 2*len(a.next))
	var fresh []yaml.Node
	hint := 0
	for j, e := range a.next {
		k, v := a.unchanged(e, &hint)
		if k == nil {
			if fresh == nil {
				fresh = make([]yaml.Node, 2*len(a.next))
			}
			k, v = &fresh[2*j], &fresh[2*j+1]
			*k = yaml.Node{Kind: yaml.ScalarNode, Tag: e.idTag, Value: e.id}
			*v = yaml.Node{Kind: yaml.ScalarNode, Tag: e.textTag, Value: e.text}
		}
		k.Line, k.Column = line+j, a.col
		v.Line, v.Column = line+j, a.col+len(e.id)+2
		content[2*j], content[2*j+1] = k, v
	}
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Line: line, Column: a.col, Content: content}
}

// unchanged finds e among the old answers, looking from *hint on first:
// both lists are mostly in the same order.
func (a *answerPlan) unchanged(e layoutPair, hint *int) (k, v *yaml.Node) {
	n := len(a.old) / 2
	for i := range n {
		j := (*hint + i) % n
		if a.old[2*j].Value == e.id {
			if a.old[2*j+1].Value != e.text {
				return nil, nil
			}
			*hint = j + 1
			return a.old[2*j], a.old[2*j+1]
		}
	}
	return nil, nil
}

func moveLines(ns []*yaml.Node, by int) {
	for _, n := range ns {
		n.Line += by
		moveLines(n.Content, by)
	}
}

// shifter maps an old line to its new one.
func (p *fastPlan) shifter() func(int) int {
	shifts := slices.Clone(p.shifts)
	slices.SortFunc(shifts, func(a, b lineShift) int { return a.after - b.after })
	after := make([]int, len(shifts))
	sum := make([]int, len(shifts)+1) // sum[i]: the deltas of shifts[:i]
	for i, s := range shifts {
		after[i] = s.after
		sum[i+1] = sum[i] + s.delta
	}
	return func(line int) int { return line + sum[sort.SearchInts(after, line)] }
}

func shiftLines(n *yaml.Node, shift func(int) int) {
	n.Line = shift(n.Line)
	for _, c := range n.Content {
		shiftLines(c, shift)
	}
}

func lineStarts(src []byte) []int {
	lines := make([]int, 1, bytes.Count(src, []byte("\n"))+1)
	for i, b := range src {
		if b == '\n' {
			lines = append(lines, i+1)
		}
	}
	return lines
}

// lineOf is the 1-based line that holds offset off.
func (d *caseText) lineOf(off int) int { return sort.SearchInts(d.lines, off+1) }

// commentNext says whether the first line that is not blank, from the
// line starting at ls on, is a comment.
func (d *caseText) commentNext(ls int) bool {
	for ; ls < len(d.src); ls, _ = d.afterLine(ls) {
		if line := bytes.TrimLeft(d.src[ls:d.lineEnd(ls)], " \t"); len(bytes.TrimSpace(line)) > 0 {
			return line[0] == '#'
		}
	}
	return false
}

// nextCase is old with the changed and appended responses read from the
// tree by ParseCase's walk (which checks them), and every position after
// a change moved as the tree's were.
func (p *fastPlan) nextCase(rd Reader, old *checklist.Case, file string, cat *checklist.Catalog, size int) (*checklist.Case, error) {
	shift := p.shifter()
	d := newDecoder(file, rd.Lang)
	d.budget = nodeBudget + size
	cp := caseParser{d: d, cat: cat}
	c := *old
	c.Responses = make([]checklist.Response, len(old.Responses), len(old.Responses)+p.appended())
	copy(c.Responses, old.Responses)
	for i := range c.Responses {
		shiftResponse(&c.Responses[i], shift)
	}
	for _, a := range p.answers {
		if a.index >= len(c.Responses) {
			return nil, errEditDrift
		}
		c.Responses[a.index], _ = cp.response(a.item)
	}
	if p.appends != nil {
		for _, item := range p.appends.items {
			r, _ := cp.response(item)
			c.Responses = append(c.Responses, r)
		}
	}
	cp.checkActorRefs(c.Actors)
	if len(d.problems) > 0 {
		return nil, d.err()
	}
	c.ResponsesLine = shift(c.ResponsesLine)
	c.Targets = shiftTargets(c.Targets, shift)
	if len(c.RubricVersions) > 0 {
		c.RubricVersions = slices.Clone(c.RubricVersions)
		for i := range c.RubricVersions {
			c.RubricVersions[i].Line = shift(c.RubricVersions[i].Line)
		}
		c.Warnings = pinWarnings(rd.messages(), file, c.RubricVersions, cat)
	}
	return &c, nil
}

func (p *fastPlan) appended() int {
	if p.appends == nil {
		return 0
	}
	return len(p.appends.items)
}

// shiftResponse moves r; its answers are copied when they move, as the
// old case may still be read.
func shiftResponse(r *checklist.Response, shift func(int) int) {
	if shift(r.Line) == r.Line {
		return
	}
	r.Line = shift(r.Line)
	r.Answers = slices.Clone(r.Answers)
	for i := range r.Answers {
		r.Answers[i].Line = shift(r.Answers[i].Line)
	}
}

func shiftTargets(t checklist.Targets, shift func(int) int) checklist.Targets {
	for _, x := range []*checklist.Target{&t.Overall, &t.Item, &t.Coverage} {
		x.Line = shift(x.Line)
	}
	t.Rubrics = slices.Clone(t.Rubrics)
	for i := range t.Rubrics {
		t.Rubrics[i].Line = shift(t.Rubrics[i].Line)
	}
	return t
}

// layoutWord says whether s may stand in the layout: a plain word whose
// reading does not depend on where it stands in a block mapping.
func layoutWord(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '~' ||
			i > 0 && (r == '.' || r == '-' || r == '_')
		if !ok {
			return false
		}
	}
	return true
}

// plainTags caches the tag go-yaml resolves a plain word to ("!!int" for
// 3, "!!str" for dk and cok-01.q1, "!!null" for ~): question ids and
// answers are a few dozen words, and asking go-yaml once each keeps this
// file from knowing YAML's resolution rules.
var plainTags sync.Map // string → string, "" when not one plain scalar

// maxPlainTags bounds the cache; words past it are asked each time.
const maxPlainTags = 4096

var plainTagCount atomic.Int32

// plainTag is the tag of s read as a YAML document; ok is false unless
// that is one plain scalar with s as its value.
func plainTag(s string) (tag string, ok bool) {
	if t, found := plainTags.Load(s); found {
		tag = t.(string)
		return tag, tag != ""
	}
	var n yaml.Node
	if yaml.Unmarshal([]byte(s), &n) == nil && len(n.Content) == 1 {
		if c := n.Content[0]; c.Kind == yaml.ScalarNode && c.Style == 0 && c.Value == s && c.Tag != "" {
			tag = c.Tag
		}
	}
	if plainTagCount.Add(1) <= maxPlainTags {
		plainTags.Store(s, tag)
	}
	return tag, tag != ""
}
