package yamlfile

import (
	"fmt"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// yamlSyntax are the YAML reader's syntax errors that have a message of
// their own in the catalog. The English catalog holds the reader's own
// wording, so it is also the pattern the reader's text is matched against.
var yamlSyntax = []func(*catalog.ProblemMessages) string{
	func(m *catalog.ProblemMessages) string { return m.YAMLExpectedKey },
	func(m *catalog.ProblemMessages) string { return m.YAMLMappingValues },
	func(m *catalog.ProblemMessages) string { return m.YAMLMappingKeys },
	func(m *catalog.ProblemMessages) string { return m.YAMLBadStart },
	func(m *catalog.ProblemMessages) string { return m.YAMLExpectedColon },
	func(m *catalog.ProblemMessages) string { return m.YAMLExpectedNode },
	func(m *catalog.ProblemMessages) string { return m.YAMLEndOfStream },
	func(m *catalog.ProblemMessages) string { return m.YAMLBlockEntries },
	func(m *catalog.ProblemMessages) string { return m.YAMLExpectedDash },
	func(m *catalog.ProblemMessages) string { return m.YAMLExpectedBracket },
	func(m *catalog.ProblemMessages) string { return m.YAMLExpectedBrace },
	func(m *catalog.ProblemMessages) string { return m.YAMLTab },
	func(m *catalog.ProblemMessages) string { return m.YAMLTabIndent },
	func(m *catalog.ProblemMessages) string { return m.YAMLEscape },
	func(m *catalog.ProblemMessages) string { return m.YAMLTagHandle },
	func(m *catalog.ProblemMessages) string { return m.YAMLUnknownAnchor },
	func(m *catalog.ProblemMessages) string { return m.YAMLAnchorItself },
	func(m *catalog.ProblemMessages) string { return m.YAMLDocumentMarker },
	func(m *catalog.ProblemMessages) string { return m.YAMLAnchorName },
	func(m *catalog.ProblemMessages) string { return m.YAMLControlChars },
	func(m *catalog.ProblemMessages) string { return m.YAMLIncompatible },
	func(m *catalog.ProblemMessages) string { return m.YAMLCommentOrBreak },
	func(m *catalog.ProblemMessages) string { return m.YAMLSpaceOrBreak },
	func(m *catalog.ProblemMessages) string { return m.YAMLExpectedGreater },
	func(m *catalog.ProblemMessages) string { return m.YAMLExcessiveAliases },
}

// yamlMessage words one of the YAML reader's syntax errors with m. One
// the catalog does not know is shown as the reader wrote it.
func yamlMessage(m *catalog.ProblemMessages, text string) string {
	if strings.HasPrefix(text, "exceeded max depth") {
		return m.TooDeep
	}
	en := &catalog.For(checklist.English).Problems
	for _, msg := range yamlSyntax {
		if arg, ok := matchFormat(msg(en), text); ok {
			if arg == "" {
				return msg(m)
			}
			return fmt.Sprintf(msg(m), arg)
		}
	}
	return text
}

// matchFormat matches text against a message with at most one %s, and
// returns what the %s stands for.
func matchFormat(format, text string) (string, bool) {
	before, after, verb := strings.Cut(format, "%s")
	if !verb {
		return "", text == format
	}
	if len(text) <= len(before)+len(after) || !strings.HasPrefix(text, before) || !strings.HasSuffix(text, after) {
		return "", false
	}
	return text[len(before) : len(text)-len(after)], true
}
