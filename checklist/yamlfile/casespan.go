package yamlfile

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/samskab/samskab/checklist/render/catalog"
)

// caseText is a case file's text together with its parsed tree. Edits splice
// new text into the original bytes at positions taken from the tree:
// re-encoding the tree would reflow folded text, drop blank lines and
// realign comments, and a user's file must stay as they wrote it.
type caseText struct {
	src   []byte
	root  *yaml.Node // the top-level mapping
	lines []int      // byte offset of the start of each line
	nl    string     // the file's line ending
	m     *catalog.ProblemMessages
}

func parseDoc(m *catalog.ProblemMessages, src []byte) (*caseText, error) {
	var n yaml.Node
	if err := yaml.Unmarshal(src, &n); err != nil {
		return nil, err
	}
	if n.Kind != yaml.DocumentNode || len(n.Content) == 0 || n.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New(m.FileNotMapping)
	}
	return newCaseText(m, src, n.Content[0]), nil
}

// newCaseText pairs src with root, its parsed top-level mapping.
func newCaseText(m *catalog.ProblemMessages, src []byte, root *yaml.Node) *caseText {
	d := &caseText{src: src, root: root, nl: "\n", lines: []int{0}, m: m}
	if bytes.Contains(src, []byte("\r\n")) {
		d.nl = "\r\n"
	}
	for i, b := range src {
		if b == '\n' {
			d.lines = append(d.lines, i+1)
		}
	}
	return d
}

// offset turns a node's line and column into a byte offset. yaml.v3
// counts columns in characters, so lines with æ, ø or å need walking.
func (d *caseText) offset(line, col int) int {
	if line < 1 || line > len(d.lines) {
		return len(d.src)
	}
	off := d.lines[line-1]
	for c := 1; c < col && off < len(d.src) && d.src[off] != '\n'; c++ {
		_, size := utf8.DecodeRune(d.src[off:])
		off += size
	}
	return off
}

func (d *caseText) lineStart(off int) int {
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off })
	return d.lines[i-1]
}

// lineEnd is the offset of the line break ending off's line (or the end
// of the file), before any '\r'.
func (d *caseText) lineEnd(off int) int {
	i := bytes.IndexByte(d.src[off:], '\n')
	if i < 0 {
		return len(d.src)
	}
	end := off + i
	if end > 0 && d.src[end-1] == '\r' {
		end--
	}
	return end
}

// afterLine is where a new line goes after off's line, and the prefix
// the new text needs when the file does not end with a line break.
func (d *caseText) afterLine(off int) (int, string) {
	i := bytes.IndexByte(d.src[off:], '\n')
	if i < 0 {
		return len(d.src), d.nl
	}
	return off + i + 1, ""
}

// indentAt counts the spaces at the start of the line beginning at ls.
func (d *caseText) indentAt(ls int) int {
	n := 0
	for ls+n < len(d.src) && d.src[ls+n] == ' ' {
		n++
	}
	return n
}

func (d *caseText) blankLine(ls int) bool {
	return len(bytes.TrimSpace(d.src[ls:d.lineEnd(ls)])) == 0
}

// span returns where a value node's text starts and ends. indent is the
// indentation of the key (or dash) that owns the node, which bounds
// multi-line values; flow says whether the node sits inside {…} or […].
func (d *caseText) span(n *yaml.Node, indent int, flow bool) (int, int, error) {
	start := d.offset(n.Line, n.Column)
	var end int
	var err error
	switch {
	case n.Kind == yaml.ScalarNode:
		end, err = d.scalarEnd(n, start, indent, flow)
	case n.Kind == yaml.AliasNode:
		end = d.plainEnd(start, indent, flow)
	case n.Style&yaml.FlowStyle != 0:
		end, err = d.flowEnd(start)
	case n.Kind == yaml.MappingNode && len(n.Content) >= 2:
		k, v := n.Content[len(n.Content)-2], n.Content[len(n.Content)-1]
		_, end, err = d.span(v, k.Column-1, false)
	case n.Kind == yaml.SequenceNode && len(n.Content) > 0:
		last := n.Content[len(n.Content)-1]
		_, end, err = d.span(last, d.dashIndent(last), false)
	default:
		err = fmt.Errorf(d.m.ValueEnd, n.Line)
	}
	return start, end, err
}

func (d *caseText) scalarEnd(n *yaml.Node, start, indent int, flow bool) (int, error) {
	switch {
	case n.Tag == "!!null" && n.Value == "" && n.Style == 0:
		return start, nil // nothing written after the colon
	case n.Style&yaml.DoubleQuotedStyle != 0:
		return d.quotedEnd(start, '"')
	case n.Style&yaml.SingleQuotedStyle != 0:
		return d.quotedEnd(start, '\'')
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return d.blockScalarEnd(start, indent), nil
	}
	return d.plainEnd(start, indent, flow), nil
}

func (d *caseText) quotedEnd(start int, q byte) (int, error) {
	if start >= len(d.src) || d.src[start] != q {
		return 0, fmt.Errorf(d.m.QuotedExpected, start)
	}
	for i := start + 1; i < len(d.src); i++ {
		switch c := d.src[i]; {
		case q == '"' && c == '\\':
			i++
		case c == q && q == '\'' && i+1 < len(d.src) && d.src[i+1] == '\'':
			i++
		case c == q:
			return i + 1, nil
		}
	}
	return 0, fmt.Errorf(d.m.QuotedUnterminated, start)
}

// plainLineEnd scans an unquoted scalar to the end of its line, stopping at
// a comment and, inside brackets, at the next separator. It reports
// whether a comment ended it.
func (d *caseText) plainLineEnd(p int, flow bool) (int, bool) {
	end, comment := p, false
	for i := p; i < len(d.src) && d.src[i] != '\n'; i++ {
		c := d.src[i]
		if c == '#' && i > p && (d.src[i-1] == ' ' || d.src[i-1] == '\t') {
			comment = true
			break
		}
		if flow && (c == ',' || c == '}' || c == ']') {
			break
		}
		if c != ' ' && c != '\t' && c != '\r' {
			end = i + 1
		}
	}
	return end, comment
}

// plainEnd follows a plain scalar over its continuation lines: lines
// indented deeper than its key that are not comments.
func (d *caseText) plainEnd(start, indent int, flow bool) int {
	end, comment := d.plainLineEnd(start, flow)
	for !flow && !comment {
		ls := d.nextContentLine(end)
		if ls < 0 || d.indentAt(ls) <= indent || d.src[ls+d.indentAt(ls)] == '#' {
			break
		}
		end, comment = d.plainLineEnd(ls+d.indentAt(ls), false)
	}
	return end
}

// nextContentLine is the start of the first non-blank line after off's
// line, or -1.
func (d *caseText) nextContentLine(off int) int {
	ls, _ := d.afterLine(off)
	for ls < len(d.src) {
		if !d.blankLine(ls) {
			return ls
		}
		ls, _ = d.afterLine(ls)
	}
	return -1
}

// blockScalarEnd finds the last line of a | or > scalar: the lines after
// its header that are blank or indented deeper than its key.
func (d *caseText) blockScalarEnd(start, indent int) int {
	end, _ := d.plainLineEnd(start, false)
	for ls := d.nextContentLine(end); ls >= 0 && d.indentAt(ls) > indent; ls = d.nextContentLine(end) {
		end = d.lineEnd(ls)
	}
	return end
}

// flowEnd finds the bracket that closes the {…} or […] opening at start.
func (d *caseText) flowEnd(start int) (int, error) {
	depth := 0
	prev := byte('{')
	for i := start; i < len(d.src); i++ {
		c := d.src[i]
		switch {
		case (c == '"' || c == '\'') && bytes.IndexByte([]byte("{[,: \t\n"), prev) >= 0:
			end, err := d.quotedEnd(i, c)
			if err != nil {
				return 0, err
			}
			i = end - 1
		case c == '#' && (prev == ' ' || prev == '\t' || prev == '\n'):
			i = d.lineEnd(i) - 1
		case c == '{' || c == '[':
			depth++
		case c == '}' || c == ']':
			depth--
			if depth == 0 {
				return i + 1, nil
			}
		}
		prev = d.src[i]
	}
	return 0, fmt.Errorf(d.m.BracketUnclosed, start)
}

// dashIndent is the indentation of the "-" that introduces a sequence item.
func (d *caseText) dashIndent(item *yaml.Node) int {
	start := d.offset(item.Line, item.Column)
	ls := d.lineStart(start)
	if i := bytes.LastIndexByte(d.src[ls:start], '-'); i >= 0 {
		return i
	}
	return max(item.Column-3, 0)
}

// mapEntry finds key in a mapping node.
func mapEntry(m *yaml.Node, key string) (k, v *yaml.Node) {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil, nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i], m.Content[i+1]
		}
	}
	return nil, nil
}

// edit replaces src[start:end] with text.
type edit struct {
	start, end int
	text       string
}

// apply makes the edits, each at offsets of the original text.
func (d *caseText) apply(edits []edit) []byte {
	out, _ := d.applyAt(edits)
	return out
}

// applyAt is apply that also returns where each edit's text starts in
// the result.
func (d *caseText) applyAt(edits []edit) ([]byte, []int) {
	// One pass from the start: of edits at the same offset, the one listed
	// last comes first, as if each were spliced in turn from the end of
	// the file backwards (a group commit makes hundreds of edits).
	order := make([]int, len(edits))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ea, eb := edits[order[a]], edits[order[b]]
		if ea.start != eb.start {
			return ea.start < eb.start
		}
		return order[a] > order[b]
	})
	size := len(d.src)
	for _, e := range edits {
		size += len(e.text)
	}
	out := make([]byte, 0, size)
	at := make([]int, len(edits))
	pos := 0
	for _, i := range order {
		e := edits[i]
		if e.start > pos {
			out = append(out, d.src[pos:e.start]...)
		}
		at[i] = len(out)
		out = append(out, e.text...)
		pos = max(pos, e.end)
	}
	return append(out, d.src[pos:]...), at
}
