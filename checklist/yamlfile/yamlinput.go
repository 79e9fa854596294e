package yamlfile

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/samskab/samskab/checklist/render/catalog"
)

// This file holds the checks that keep hostile or mistaken input from
// reaching the walker, or from costing more than a clear error.

// isText reports whether data can be YAML at all: UTF-8 text without NUL
// bytes. Users most often get here by saving in another encoding, so the
// message names the likely cause.
func (d *decoder) isText(data []byte) bool {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		d.addAt(0, 0, "%s", d.m.UTF16)
		return false
	}
	if bytes.IndexByte(data, 0) >= 0 {
		d.addAt(0, 0, "%s", d.m.Binary)
		return false
	}
	if line, col, b, ok := invalidUTF8(data); ok {
		d.addAt(line, col, d.m.NotUTF8, b)
		return false
	}
	return true
}

// formats are samskab's file formats, by the key that declares them, with
// what to do with a file of each.
func formats(m *catalog.ProblemMessages) []struct{ key, name, hint string } {
	return []struct{ key, name, hint string }{
		{"samskab", m.FormatCase, m.HintCase},
		{"samskab-rubric", m.FormatRubric, m.HintRubric},
		{"samskab-themes", m.FormatThemes, ""},
	}
}

// otherFormat reports a file that declares another of samskab's formats
// than want, instead of a screenful of unknown and missing keys.
func (d *decoder) otherFormat(root *yaml.Node, want string) bool {
	if hasKey(root, want) {
		return false
	}
	wantName := ""
	for _, f := range formats(d.m) {
		if f.key == want {
			wantName = f.name
		}
	}
	for _, f := range formats(d.m) {
		if f.key != want && hasKey(root, f.key) {
			d.add(root, d.m.OtherFormat, f.name, f.key, wantName, f.hint)
			return true
		}
	}
	return false
}

// invalidUTF8 reports the position and value of the first byte that is
// not UTF-8.
func invalidUTF8(data []byte) (line, col int, b byte, found bool) {
	if utf8.Valid(data) {
		return 0, 0, 0, false
	}
	line, col = 1, 1
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			return line, col, data[0], true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		data = data[size:]
	}
	return line, col, 0, true
}

func (d *decoder) overBudget(n *yaml.Node) {
	if d.aliases > 0 {
		d.add(n, d.m.AliasBomb, nodeBudget)
		return
	}
	d.add(n, d.m.TooManyValues, nodeBudget)
}

// resolve follows aliases without charging the budget, for looking at a
// node the walker has already visited.
func resolve(n *yaml.Node) *yaml.Node {
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 100; i++ {
		n = n.Alias
	}
	return n
}

// humanSize describes a file size over the limit. Just over 10 MiB would
// round to "10.0 MiB", which reads as within it, so that shows bytes.
func humanSize(m *catalog.ProblemMessages, n int) string {
	if mib := float64(n) / (1 << 20); mib >= 10.05 {
		return fmt.Sprintf(m.SizeMiB, strings.Replace(strconv.FormatFloat(mib, 'f', 1, 64), ".", m.DecimalPoint, 1))
	}
	return fmt.Sprintf(m.SizeBytes, n)
}
