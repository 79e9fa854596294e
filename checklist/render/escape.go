package render

// checklist.TerminalSafe is the one escape for terminals (the core needs
// it for problems); the rest are here. Every string that comes from a file or a file name (names, notes,
// project titles, paths) passes through one of these before it reaches a
// terminal, a markdown document, a spreadsheet or a link, so that it is
// shown as text and never acts as a control sequence, markup, a formula or
// a script link. Identifiers here carry an "esc" prefix so that they cannot
// collide with the rest of the package.

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
)

// MarkdownText makes s safe as text in a markdown paragraph or list item:
// it renders as the same words and cannot become markup. Each line is
// escaped on its own; blank lines are dropped and lines lose their
// leading blanks, so that s stays inside the block it is put in (no new
// paragraph, list, quote or code block).
//
// What is escaped: <, > and & as HTML entities (no raw HTML, no entity
// tricks); \ ` * _ [ ] # | ~ $ with a backslash (no emphasis, code, links
// or images, headings, tables, strike-through or math); at the start of a
// line also - + = and the "." or ")" after digits (no list or setext
// heading); control and bidirectional characters as in TerminalSafe.
func MarkdownText(s string) string {
	var lines []string
	for _, line := range escSplitLines(s) {
		line = strings.TrimLeft(line, " \t")
		if line != "" {
			lines = append(lines, escMarkdownLine(line))
		}
	}
	return strings.Join(lines, "\n")
}

// MarkdownCell makes s safe as one line of markdown: a table cell, a
// heading or a list item's title. It escapes as MarkdownText does and
// joins the lines of s with a space, so a cell stays one cell (| is
// escaped too) and a heading stays one heading.
func MarkdownCell(s string) string {
	var parts []string
	for _, line := range escSplitLines(s) {
		if line = strings.TrimSpace(line); line != "" {
			parts = append(parts, line)
		}
	}
	return escMarkdownLine(strings.Join(parts, " "))
}

// escSplitLines splits at every kind of line break a renderer might honour.
func escSplitLines(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x2028 || r == 0x2029 || r == 0x85
	})
}

// escMarkdownSyntax are the characters that are markup anywhere in a line.
const escMarkdownSyntax = "\\`*_[]#|~$"

// escOrderedMarker matches the start of an ordered list item: "12." or "3)".
var escOrderedMarker = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[0-9]{1,9}[.)]`) })

func escMarkdownLine(line string) string {
	var b strings.Builder
	b.Grow(len(line) + 8)
	if len(line) > 0 && strings.IndexByte("-+=", line[0]) >= 0 {
		b.WriteByte('\\')
	} else if m := escOrderedMarker().FindString(line); m != "" {
		b.WriteString(m[:len(m)-1])
		b.WriteByte('\\')
		b.WriteByte(m[len(m)-1])
		line = line[len(m):]
	}
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, line[i])
		case r == '\t':
			b.WriteByte(' ')
		case checklist.IsTerminalHazard(r):
			b.WriteString(checklist.TerminalSafe(string(r)))
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '&':
			b.WriteString("&amp;")
		case r < utf8.RuneSelf && strings.IndexByte(escMarkdownSyntax, byte(r)) >= 0:
			b.WriteByte('\\')
			b.WriteByte(byte(r))
		default:
			b.WriteString(line[i : i+size])
		}
		i += size
	}
	return b.String()
}

// SpreadsheetCell makes a text cell safe for CSV and spreadsheet output
// (OWASP, "CSV Injection"): a cell that starts with = + - @, a tab or a
// carriage return, or their full-width forms, which Excel and LibreOffice
// would run as a formula, gets a leading apostrophe, which they show as
// text.
//
// It is for text cells only: write numbers as numbers, not through this
// function. A cell that is a plain decimal number ("-3.5", "+4", "1e3")
// is left alone all the same, so that a number that arrives as text stays
// a number. Quoting for the CSV syntax itself is the CSV writer's job.
func SpreadsheetCell(s string) string {
	if s == "" || escPlainNumber().MatchString(s) {
		return s
	}
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠':
		return "'" + s
	}
	return s
}

// escPlainNumber is a decimal number and nothing more.
var escPlainNumber = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$`)
})

// SafeLinkURL checks a URL from a user file before it becomes a link
// (markdown, HTML, SARIF helpUri): only an absolute http or https URL with
// a host and without user:password@ passes. The URL returned is
// normalised, and the characters that could end a markdown link or an
// HTML attribute early (space ( ) < > " ' ` \) are percent-encoded, so it
// can be put in either as it is.
func SafeLinkURL(u string) (string, bool) {
	if !utf8.ValidString(u) || strings.TrimSpace(u) != u || strings.ContainsFunc(u, checklist.IsTerminalHazard) {
		return "", false
	}
	parsed, err := url.Parse(u)
	if err != nil || parsed.Opaque != "" || parsed.User != nil || parsed.Host == "" {
		return "", false
	}
	switch strings.ToLower(parsed.Scheme) {
	case "http", "https":
	default:
		return "", false
	}
	parsed.Scheme = strings.ToLower(parsed.Scheme)
	return escLinkReplacer.Replace(parsed.String()), true
}

var escLinkReplacer = strings.NewReplacer(
	" ", "%20", "(", "%28", ")", "%29", "<", "%3C", ">", "%3E",
	`"`, "%22", "'", "%27", "`", "%60", `\`, "%5C",
)
