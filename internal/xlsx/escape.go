package xlsx

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxCellChars is Excel's limit on the text of one cell, in UTF-16 units;
// Excel refuses to open a workbook with a longer cell.
const maxCellChars = 32767

// xmlText escapes s for the text of an element; attr for an attribute
// value. Control characters that XML 1.0 cannot carry are written as
// _xHHHH_ (as Excel does) by cellText, never here: these two only see
// text already made safe.
func xmlText(s string) string { return xmlEscape(s, false) }
func xmlAttr(s string) string { return xmlEscape(s, true) }
func xmlEscape(s string, attr bool) string {
	if !needsEscape(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '"' && attr:
			b.WriteString("&quot;")
		case r == '\r':
			// A literal CR would be read back as LF.
			b.WriteString("&#xD;")
		case (r == '\n' || r == '\t') && attr:
			b.WriteString("&#x" + string("0123456789ABCDEF"[r]) + ";")
		case !xmlChar(r):
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsEscape(s string) bool {
	for _, r := range s {
		if r == '&' || r == '<' || r == '>' || r == '"' || r < 0x20 || !xmlChar(r) || r == utf8.RuneError {
			return true
		}
	}
	return false
}

// xmlChar: XML 1.0 has no place for most control characters, nor for
// U+FFFE and U+FFFF.
func xmlChar(r rune) bool {
	return r >= 0x20 && r != 0xFFFE && r != 0xFFFF || r == '\t' || r == '\n' || r == '\r'
}

// cellText prepares a string for a cell: invalid UTF-8 becomes U+FFFD,
// the text is cut at Excel's limit, a literal _xHHHH_ is protected so a
// reader does not decode it, and control characters become _xHHHH_.
func cellText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = truncateUTF16(s, maxCellChars)
	var b strings.Builder
	for i := 0; i < len(s); {
		if isBstr(s[i:]) {
			// Only the underscore is escaped: _x005F_ then the rest.
			b.WriteString("_x005F_")
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if needsBstr(r) {
			b.WriteString("_x00" + hex2(byte(r)) + "_")
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// needsBstr: the characters XML 1.0 forbids, which Excel stores escaped.
func needsBstr(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' }

func hex2(c byte) string {
	const digits = "0123456789ABCDEF"
	return string([]byte{digits[c>>4], digits[c&15]})
}

// isBstr reports whether s starts with an escape _xHHHH_.
func isBstr(s string) bool {
	if len(s) < 7 || s[0] != '_' || s[1] != 'x' || s[6] != '_' {
		return false
	}
	for _, c := range []byte(s[2:6]) {
		if !isHex(c) {
			return false
		}
	}
	return true
}

func isHex(c byte) bool {
	return ('0' <= c && c <= '9') || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F')
}

// decodeBstr undoes the _xHHHH_ escapes of a stored string, left to right
// as Excel reads them: _x005F_ is an underscore, and an escape that is no
// Unicode character is dropped.
func decodeBstr(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if !isBstr(s[i:]) {
			b.WriteByte(s[i])
			i++
			continue
		}
		var v rune
		for _, c := range []byte(s[i+2 : i+6]) {
			v = v<<4 | rune(hexVal(c))
		}
		if utf8.ValidRune(v) {
			b.WriteRune(v)
		}
		i += 7
	}
	return b.String()
}

func hexVal(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c >= 'a':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// truncateUTF16 cuts s to at most n UTF-16 units, on a rune boundary.
func truncateUTF16(s string, n int) string {
	if len(s) <= n {
		return s
	}
	units := 0
	for i, r := range s {
		units += utf16.RuneLen(r)
		if units > n {
			return s[:i]
		}
	}
	return s
}
