package xlsx

import (
	"strings"
	"testing"
)

// TestCellTextRoundTrip: what a cell is given is what a reader gets back,
// control characters and literal escapes included.
func TestCellTextRoundTrip(t *testing.T) {
	for _, s := range []string{
		"plain", "", "tab\there", "line\nbreak", "cr\r\nlf", "esc\x1b[31m", "nul\x00", "_x0041_", "_x005F_x0041_",
		"_x00", "a_x0041_b_X004a_", "ÆØÅ æøå – “quoted”", "<&>\"'",
	} {
		if got := decodeBstr(cellText(s)); got != s {
			t.Errorf("%q: stored %q, read back %q", s, cellText(s), got)
		}
	}
}

func TestCellTextCleans(t *testing.T) {
	if got := cellText("bad \xff byte"); got != "bad \uFFFD byte" {
		t.Errorf("invalid UTF-8: %q", got)
	}
	long := strings.Repeat("ø", maxCellChars+10)
	if got := []rune(cellText(long)); len(got) != maxCellChars {
		t.Errorf("long text kept %d characters, want %d", len(got), maxCellChars)
	}
	// A character outside the BMP is two UTF-16 units: the cut never
	// splits it.
	emoji := strings.Repeat("a", maxCellChars-1) + "😀"
	if got := cellText(emoji); got != strings.Repeat("a", maxCellChars-1) {
		t.Errorf("cut inside a surrogate pair: ends %q", got[len(got)-4:])
	}
}

func TestXMLEscape(t *testing.T) {
	for _, tc := range []struct{ in, text, attr string }{
		{"a&b<c>d", "a&amp;b&lt;c&gt;d", "a&amp;b&lt;c&gt;d"},
		{`say "hi"`, `say "hi"`, "say &quot;hi&quot;"},
		{"a\r\nb\tc", "a&#xD;\nb\tc", "a&#xD;&#xA;b&#x9;c"},
		{"bell\x07", "bell\uFFFD", "bell\uFFFD"},
		{"\xff", "\uFFFD", "\uFFFD"},
	} {
		if got := xmlText(tc.in); got != tc.text {
			t.Errorf("xmlText(%q) = %q, want %q", tc.in, got, tc.text)
		}
		if got := xmlAttr(tc.in); got != tc.attr {
			t.Errorf("xmlAttr(%q) = %q, want %q", tc.in, got, tc.attr)
		}
	}
}
