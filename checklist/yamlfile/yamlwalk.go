package yamlfile

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"go.yaml.in/yaml/v3"
)

// MaxFileSize is the largest input file samskab reads (DESIGN.md §7).
const MaxFileSize = 10 << 20

// nodeBudget bounds how many nodes one file may make the walker visit,
// beyond one per byte of input.
// Aliases let a tiny file describe an enormous tree (a "billion laughs"
// bomb); the budget turns that into one clear error instead of a hang.
const nodeBudget = 1_000_000

// decoder walks a parsed YAML tree and collects problems with positions.
// It never stops at the first problem: users fix files faster when they see
// them all.
type decoder struct {
	file     string
	m        *catalog.ProblemMessages // the wording of problems
	problems checklist.Problems
	budget   int
	bombed   bool
	aliases  int // aliases followed, to tell a bomb from a merely huge file
	// seen drops repeats: an alias used many times would otherwise report
	// the same problem at the same place once per use.
	seen map[checklist.Problem]bool
	// doc is the document node parseYAML read, for an editor that keeps
	// the parse (its comments live there too).
	doc *yaml.Node
}

func newDecoder(file string, lang checklist.Lang) *decoder {
	return &decoder{file: file, m: &catalog.For(lang).Problems, budget: nodeBudget}
}

func (d *decoder) addAt(line, col int, format string, args ...any) {
	if d.full() {
		return
	}
	p := checklist.Problem{File: d.file, Line: line, Col: col, Msg: checklist.TerminalSafe(fmt.Sprintf(format, args...))}
	if d.seen[p] {
		return
	}
	if d.seen == nil {
		d.seen = map[checklist.Problem]bool{}
	}
	d.seen[p] = true
	if len(d.problems) == checklist.MaxProblems {
		p.Msg = d.m.TooMany
	}
	d.problems = append(d.problems, p)
}

// full reports whether the problem list is capped, so callers can skip
// work (such as did-you-mean searches) whose message would be dropped.
func (d *decoder) full() bool { return len(d.problems) > checklist.MaxProblems }

func (d *decoder) add(n *yaml.Node, format string, args ...any) {
	d.addAt(n.Line, n.Column, format, args...)
}

// say is add for a message that takes no arguments.
func (d *decoder) say(n *yaml.Node, msg string) { d.add(n, "%s", msg) }

// err returns the problems in file order, which is how users fix them.
// The cap notice, if any, stays last.
func (d *decoder) err() error {
	if len(d.problems) == 0 {
		return nil
	}
	n := min(len(d.problems), checklist.MaxProblems)
	slices.SortStableFunc(d.problems[:n], func(a, b checklist.Problem) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return d.problems
}

var yamlLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^yaml: line (\d+): (.*)$`) })

// parseYAML checks the raw bytes and parses exactly one YAML document.
// It returns nil when the file could not be parsed; the problems say why.
func (d *decoder) parseYAML(data []byte, what string) *yaml.Node {
	if len(data) > MaxFileSize {
		d.addAt(0, 0, d.m.FileTooBig, humanSize(d.m, len(data)), MaxFileSize)
		return nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	// A node takes at least two bytes of text, so no alias-free file makes
	// the walker visit more nodes than it has bytes: only alias expansion
	// can spend the budget, however large a legitimate file is.
	d.budget = nodeBudget + len(data)
	if !d.isText(data) {
		return nil
	}
	if len(bytes.TrimSpace(data)) == 0 {
		d.addAt(0, 0, d.m.FileEmpty, what)
		return nil
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			d.addAt(0, 0, d.m.OnlyComments, what)
			return nil
		}
		d.syntaxError(err, data)
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		d.say(&extra, d.m.SecondDocument)
		return nil
	} else if !errors.Is(err, io.EOF) {
		d.syntaxError(err, data)
		return nil
	}
	if len(doc.Content) == 0 {
		d.addAt(0, 0, d.m.NoContent, what)
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		d.add(root, d.m.RootNotMapping, what, d.kindName(root))
		return nil
	}
	d.doc = &doc
	return root
}

func (d *decoder) syntaxError(err error, data []byte) {
	msg := err.Error()
	if m := yamlLine().FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		text := m[2]
		if isStructural(text) {
			if l, c, why, ok := misindented(d.m, data); ok {
				d.addAt(l, c, "%s", why)
				return
			}
		}
		d.addAt(line, 1, d.m.SyntaxError, yamlMessage(d.m, text))
		return
	}
	d.addAt(0, 0, d.m.SyntaxError, yamlMessage(d.m, strings.TrimPrefix(msg, "yaml: ")))
}

// visit resolves aliases and charges the node budget. It returns nil when
// the budget is spent; the caller then skips the node.
func (d *decoder) visit(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		d.budget--
		d.aliases++
		n = n.Alias
	}
	d.budget--
	if d.budget < 0 {
		if !d.bombed {
			d.bombed = true
			d.overBudget(n)
		}
		return nil
	}
	return n
}

// mapping calls fn for each key of a mapping node, reporting duplicate keys
// and keys that are not plain strings. It reports a type error when n is
// not a mapping.
func (d *decoder) mapping(n *yaml.Node, what string, fn func(key string, k, v *yaml.Node)) bool {
	if n = d.visit(n); n == nil {
		return false
	}
	if n.Kind != yaml.MappingNode {
		d.add(n, d.m.MustBeMapping, what, d.kindName(n))
		return false
	}
	seen := make(map[string]int, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := d.visit(n.Content[i]), n.Content[i+1]
		if k == nil {
			return false
		}
		if k.Kind != yaml.ScalarNode || k.Tag == "!!merge" {
			d.add(k, d.m.KeysPlain, what, d.kindName(k))
			continue
		}
		if first, dup := seen[k.Value]; dup {
			d.add(k, d.m.DuplicateKey, checklist.Clip(k.Value, 60), first)
			continue
		}
		seen[k.Value] = k.Line
		fn(k.Value, k, v)
	}
	return true
}

// sequence calls fn for each element of a sequence node.
func (d *decoder) sequence(n *yaml.Node, what string, fn func(i int, v *yaml.Node)) bool {
	if n = d.visit(n); n == nil {
		return false
	}
	if n.Kind != yaml.SequenceNode {
		d.add(n, d.m.MustBeList, what, d.kindName(n))
		return false
	}
	for i, v := range n.Content {
		if d.bombed {
			return false
		}
		fn(i, v)
	}
	return true
}

// str decodes a string scalar. Numbers and dates are accepted as text, as
// a user writing `name: 2030` means the text "2030".
func (d *decoder) str(n *yaml.Node, what string) (string, bool) {
	if n = d.visit(n); n == nil {
		return "", false
	}
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.add(n, d.m.MustBeText, what, d.kindName(n))
		return "", false
	}
	if r, bad := checklist.ControlChar(n.Value); bad {
		d.add(n, d.m.ControlChar, what, r)
		return "", false
	}
	return n.Value, true
}

// nonEmpty decodes a string that must not be blank.
func (d *decoder) nonEmpty(n *yaml.Node, what string) (string, bool) {
	s, ok := d.str(n, what)
	if ok && strings.TrimSpace(s) == "" {
		d.add(n, d.m.MustNotBeEmpty, what)
		return "", false
	}
	return s, ok
}

// integer decodes a whole number.
func (d *decoder) integer(n *yaml.Node, what string) (int, bool) {
	if n = d.visit(n); n == nil {
		return 0, false
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!int" {
		var v int
		if err := n.Decode(&v); err == nil {
			return v, true
		}
	}
	d.add(n, d.m.MustBeWhole, what, d.kindName(n))
	return 0, false
}

// number decodes an integer or decimal number.
func (d *decoder) number(n *yaml.Node, what string) (float64, bool) {
	if n = d.visit(n); n == nil {
		return 0, false
	}
	if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") {
		var v float64
		if err := n.Decode(&v); err == nil {
			return v, true
		}
	}
	d.add(n, d.m.MustBeNumber, what, d.kindName(n))
	return 0, false
}

func (d *decoder) boolean(n *yaml.Node, what string) (bool, bool) {
	if n = d.visit(n); n == nil {
		return false, false
	}
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		var v bool
		if err := n.Decode(&v); err == nil {
			return v, true
		}
	}
	d.add(n, d.m.MustBeBool, what, d.kindName(n))
	return false, false
}

// unknownKey reports a key that the format does not define, suggesting the
// nearest defined one when it is close enough to be a typo.
func (d *decoder) unknownKey(k *yaml.Node, where string, allowed []string) {
	if d.full() {
		return
	}
	if s := nearest(k.Value, allowed); s != "" {
		d.add(k, d.m.UnknownKeyNear, checklist.Clip(k.Value, 60), where, s)
		return
	}
	d.add(k, d.m.UnknownKeyList, checklist.Clip(k.Value, 60), where, d.codeList(allowed))
}

// codeList lists YAML keys or values as code in the reader's language:
// Danish puts each in backticks, so that English names read as names.
func (d *decoder) codeList(items []string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = fmt.Sprintf(d.m.Code, s)
	}
	return strings.Join(out, ", ")
}

// kindName describes a node for error messages: "text "abc"", "a list", ...
func (d *decoder) kindName(n *yaml.Node) string { return kindName(d.m, n) }

func kindName(m *catalog.ProblemMessages, n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return m.KindMapping
	case yaml.SequenceNode:
		return m.KindList
	case yaml.AliasNode:
		return m.KindAlias
	case yaml.DocumentNode:
		return m.KindDocument
	}
	switch n.Tag {
	case "!!null":
		return m.KindNull
	case "!!int", "!!float":
		return fmt.Sprintf(m.KindNumber, n.Value)
	case "!!bool":
		return n.Value
	case "!!timestamp":
		return fmt.Sprintf(m.KindDate, n.Value)
	case "!!str":
		return fmt.Sprintf(m.KindText, checklist.Clip(n.Value, 40))
	}
	return fmt.Sprintf(m.KindTagged, checklist.Clip(n.Value, 40), checklist.Clip(n.Tag, 40))
}

// nearest returns the candidate closest to s by edit distance, or "" when
// none is close enough to be a plausible typo.
func nearest(s string, candidates []string) string {
	best, bestDist := "", utf8.RuneCountInString(s)/3+2
	n := utf8.RuneCountInString(s)
	for _, c := range candidates {
		// The distance is at least the difference in length; skipping
		// hopeless candidates keeps a very long key from costing much.
		if abs(n-utf8.RuneCountInString(c)) >= bestDist {
			continue
		}
		if dist := checklist.EditDistance(strings.ToLower(s), strings.ToLower(c)); dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// charge visits every node under n without looking at it, so that a part
// of the file that is not checked (meta) still counts against the budget;
// it stops as soon as the budget is spent.
func (d *decoder) charge(n *yaml.Node) {
	stack := []*yaml.Node{n}
	for len(stack) > 0 {
		top := d.visit(stack[len(stack)-1])
		stack = stack[:len(stack)-1]
		if top == nil {
			if d.bombed {
				return
			}
			continue
		}
		stack = append(stack, top.Content...)
	}
}
