package checklist

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// TerminalSafe makes s safe to print on a terminal in a single-line
// context (a table cell, a message, a file name): every control character
// is shown as an escape instead of acting on the terminal.
//
//   - C0 controls, DEL and C1 controls (U+0080–U+009F) show as \xHH or
//     \u00HH; tab, line feed and carriage return as \t, \n and \r. Even
//     those three are escaped, because in a one-line context they would
//     break the layout or overwrite the line; a view that shows a
//     multi-line note splits it into lines first and escapes each line.
//   - Bidirectional formatting characters (U+202A–U+202E, U+2066–U+2069,
//     and the marks U+200E, U+200F, U+061C) and the line and paragraph
//     separators U+2028, U+2029 show as \uXXXX: they reorder or break what
//     follows them ("Trojan Source").
//   - Bytes that are not valid UTF-8 show as \xHH.
//
// Everything else, including all printable Unicode, is untouched, and a
// backslash is not doubled, so that a Windows path stays readable. For
// input without backslashes and double quotes, strconv.Unquote of the
// result in double quotes gives s back.
func TerminalSafe(s string) string {
	if terminalClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case IsTerminalHazard(r):
			writeEscapedRune(&b, r)
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// terminalClean is the fast path: nothing in s needs an escape.
func terminalClean(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == 0x7f || c >= 0x80 {
			return false
		}
	}
	return true
}

// IsTerminalHazard reports a rune that acts on a terminal or on the order of the text.
func IsTerminalHazard(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	case r == 0x200e, r == 0x200f, r == 0x061c, r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

func writeEscapedRune(b *strings.Builder, r rune) {
	switch {
	case r == '\t':
		b.WriteString(`\t`)
	case r == '\n':
		b.WriteString(`\n`)
	case r == '\r':
		b.WriteString(`\r`)
	case r < 0x80:
		fmt.Fprintf(b, `\x%02x`, r)
	default:
		fmt.Fprintf(b, `\u%04x`, r)
	}
}
