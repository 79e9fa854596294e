package yamlfile

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/samskab/samskab/checklist/render/catalog"
)

// yaml.v3 reports a mis-indented key where the parser gives up, often lines
// away from the key itself. For its structural errors, misindented finds
// the key line that breaks its siblings' indentation instead.

var structuralErrors = []string{
	"did not find expected key",
	"mapping values are not allowed in this context",
	"block sequence entries are not allowed",
	"did not find expected '-' indicator",
}

// keyLine matches a block mapping key, optionally after a list dash.
var keyLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^( *)(- +)?([A-Za-z0-9_.\-]+) *:( +(.*))?$`)
})

type indentLevel struct {
	indent int
	key    string
}

// misindented returns the first key line indented neither as a sibling of
// the keys above it nor as a child of an empty key. yaml.v3 names the line
// where the broken block starts, before the culprit, so the whole file is
// scanned.
func misindented(msgs *catalog.ProblemMessages, data []byte) (line, col int, msg string, found bool) {
	var stack []indentLevel // open blocks, shallowest first
	blockScalar := -1       // indent of the key owning a | or > scalar
	prevHasValue := false
	for i, raw := range bytes.Split(data, []byte("\n")) {
		n := i + 1
		text := strings.TrimRight(string(raw), "\r")
		trimmed := strings.TrimLeft(text, " ")
		indent := len(text) - len(trimmed)
		if blockScalar >= 0 {
			if trimmed == "" || indent > blockScalar {
				continue
			}
			blockScalar = -1
		}
		if trimmed == "" || strings.HasPrefix(trimmed, "#") {
			continue
		}
		m := keyLine().FindStringSubmatch(text)
		if m == nil {
			continue
		}
		indent = len(m[1]) + len(m[2])
		key, value := m[3], strings.TrimSpace(m[5])
		if len(stack) > 0 {
			top := stack[len(stack)-1]
			switch {
			case indent > top.indent && prevHasValue:
				return n, indent + 1, indentMsg(msgs, key, indent, top.indent, parentKey(stack, len(stack)-1)), true
			case indent < top.indent:
				j := len(stack) - 1
				for j > 0 && stack[j-1].indent >= indent {
					j--
				}
				if stack[j].indent != indent && m[2] == "" {
					return n, indent + 1, indentMsg(msgs, key, indent, stack[j].indent, parentKey(stack, j)), true
				}
				stack = stack[:j]
			case indent == top.indent:
				stack = stack[:len(stack)-1]
			}
		}
		stack = append(stack, indentLevel{indent, key})
		prevHasValue = value != "" && !strings.HasPrefix(value, "#")
		if strings.HasPrefix(value, "|") || strings.HasPrefix(value, ">") {
			blockScalar, prevHasValue = indent, false
		}
	}
	return 0, 0, "", false
}

// parentKey is the key that owns the block at stack[i], if any.
func parentKey(stack []indentLevel, i int) string {
	if i == 0 {
		return ""
	}
	return stack[i-1].key
}

func indentMsg(m *catalog.ProblemMessages, key string, got, want int, parent string) string {
	format := m.IndentKeys
	if parent == "answers" {
		format = m.IndentAnswers
	}
	return fmt.Sprintf(format, key, got, plural(got, m.Space, m.Spaces), want)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func isStructural(text string) bool {
	for _, s := range structuralErrors {
		if strings.HasPrefix(text, s) {
			return true
		}
	}
	return false
}
