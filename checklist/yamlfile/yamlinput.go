package yamlfile

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// This file holds the checks that keep hostile or mistaken input from
// reaching the walker, or from costing more than a clear error.

// isText reports whether data can be YAML at all: UTF-8 text without NUL
// bytes. Users most often get here by saving in another encoding, so the
// message names the likely cause.
func (d *decoder) isText(data []byte) bool {
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		d.addAt(0, 0, "file is UTF-16 text; save it as UTF-8")
		return false
	}
	if bytes.IndexByte(data, 0) >= 0 {
		d.addAt(0, 0, "file looks binary (it contains NUL bytes); expected a YAML text file")
		return false
	}
	if line, col, b, ok := invalidUTF8(data); ok {
		d.addAt(line, col, "file is not valid UTF-8 (byte 0x%02X here); save it as UTF-8 – æ, ø and å saved as Latin-1 or Windows-1252 look like this", b)
		return false
	}
	return true
}

// formats are samskab's file formats, by the key that declares them, with
// what to do with a file of each.
var formats = []struct{ key, name, hint string }{
	{"samskab", "a case file", "; score it with `samskab score FILE`"},
	{"samskab-rubric", "a rubric", "; load it with `--rubrics FILE`, or check it with `samskab rubrics lint FILE`"},
	{"samskab-themes", "samskab's theme list", ""},
}

// otherFormat reports a file that declares another of samskab's formats
// than want, instead of a screenful of unknown and missing keys.
func (d *decoder) otherFormat(root *yaml.Node, want string) bool {
	if hasKey(root, want) {
		return false
	}
	wantName := ""
	for _, f := range formats {
		if f.key == want {
			wantName = f.name
		}
	}
	for _, f := range formats {
		if f.key != want && hasKey(root, f.key) {
			d.add(root, "this is %s (it has `%s:`), not %s%s", f.name, f.key, wantName, f.hint)
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
		d.add(n, "aliases (*name) make this document expand to over %d values; refusing to read further (expand them by hand, or remove them)", nodeBudget)
		return
	}
	d.add(n, "document has over %d values; refusing to read further (split it into smaller files)", nodeBudget)
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
func humanSize(n int) string {
	if mib := float64(n) / (1 << 20); mib >= 10.05 {
		return fmt.Sprintf("%.1f MiB", mib)
	}
	return fmt.Sprintf("%d bytes", n)
}
