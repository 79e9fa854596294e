package render

import (
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
)

func TestTerminalSafe(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain ASCII", "plan.yaml", "plan.yaml"},
		{"Danish and other scripts", "Fællesskab mod ensomhed i Havdrup — Ærø, 日本, مرحبا", "Fællesskab mod ensomhed i Havdrup — Ærø, 日本, مرحبا"},
		{"emoji", "👩‍👩‍👧 ok", "👩‍👩‍👧 ok"},
		{"Windows path keeps its backslashes", `C:\sager\plan.yaml`, `C:\sager\plan.yaml`},
		{"colour sequence", "\x1b[31mred\x1b[0m", `\x1b[31mred\x1b[0m`},
		{"OSC 8 hyperlink", "\x1b]8;;https://evil\x07click\x1b]8;;\x07", `\x1b]8;;https://evil\x07click\x1b]8;;\x07`},
		{"OSC 52 clipboard write", "\x1b]52;c;cm0gLXJmIH4=\x1b\\", `\x1b]52;c;cm0gLXJmIH4=\x1b\`},
		{"title change", "\x1b]0;pwned\x07", `\x1b]0;pwned\x07`},
		{"tab newline carriage return", "a\tb\nc\rd", `a\tb\nc\rd`},
		{"NUL, bell, backspace", "a\x00b\x07c\x08d", `a\x00b\x07c\x08d`},
		{"DEL", "a\x7fb", `a\x7fb`},
		{"C1 CSI as a rune", "a\u009b31mb", `a\u009b31mb`},
		{"C1 NEL", "a\u0085b", `a\u0085b`},
		{"right-to-left override", "invoice\u202etxt.exe", `invoice\u202etxt.exe`},
		{"every bidi embedding and isolate", "\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069", `\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069`},
		{"bidi marks", "\u200e\u200f\u061c", `\u200e\u200f\u061c`},
		{"line and paragraph separators", "a\u2028b\u2029c", `a\u2028b\u2029c`},
		{"invalid UTF-8", "ok\xff\xfe end", `ok\xff\xfe end`},
		{"a truncated rune", "æ\xc3", `æ\xc3`},
		{"a C1 byte that is not UTF-8", "a\x9bb", `a\x9bb`},
		{"empty", "", ""},
	}
	for _, c := range cases {
		if got := checklist.TerminalSafe(c.in); got != c.want {
			t.Errorf("%s: checklist.TerminalSafe(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestMarkdownText(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Solrød Kommune, Sundhed og Omsorg", "Solrød Kommune, Sundhed og Omsorg"},
		{"raw HTML", `<script>alert(1)</script>`, `&lt;script&gt;alert(1)&lt;/script&gt;`},
		{"image with onerror", `<img src=x onerror=alert(1)>`, `&lt;img src=x onerror=alert(1)&gt;`},
		{"javascript link", `[klik](javascript:alert(1))`, `\[klik\](javascript:alert(1))`},
		{"image link", `![x](https://evil/t.png)`, `!\[x\](https://evil/t.png)`},
		{"reference link", "[x]: javascript:alert(1)", `\[x\]: javascript:alert(1)`},
		{"autolink in angle brackets", "<javascript:alert(1)>", "&lt;javascript:alert(1)&gt;"},
		{"entity trick", "&lt;b&gt; &#106;", `&amp;lt;b&amp;gt; &amp;\#106;`},
		{"emphasis and code", "*fed* _skrå_ `kode` ~~streg~~", "\\*fed\\* \\_skrå\\_ \\`kode\\` \\~\\~streg\\~\\~"},
		{"heading", "# Overskrift", `\# Overskrift`},
		{"list item", "- punkt", `\- punkt`},
		{"plus list", "+ punkt", `\+ punkt`},
		{"ordered list", "2026. år", `2026\. år`},
		{"ordered list with )", "3) tre", `3\) tre`},
		{"digits mid-line are text", "uge 3. møde", "uge 3. møde"},
		{"setext underline", "===", `\===`},
		{"block quote", "> citat", "&gt; citat"},
		{"table pipe", "a | b", `a \| b`},
		{"backslash", `a\b`, `a\\b`},
		{"math", "$x^2$", `\$x^2\$`},
		{"lines stay in the block", "første\n\n    kode?\n- liste?\n# overskrift?", "første\nkode?\n\\- liste?\n\\# overskrift?"},
		{"CR LF", "a\r\nb", "a\nb"},
		{"control characters visible", "a\x1b[2Jb\u202e", `a\x1b\[2Jb\u202e`},
		{"invalid UTF-8", "a\xffb", `a\xffb`},
		{"tab becomes a space", "a\tb", "a b"},
	}
	for _, c := range cases {
		if got := MarkdownText(c.in); got != c.want {
			t.Errorf("%s: MarkdownText(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestMarkdownCell(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain", "Mette (projektleder)", "Mette (projektleder)"},
		{"pipe would split the cell", "a|b|c", `a\|b\|c`},
		{"escaped pipe stays one cell", `a\|b`, `a\\\|b`},
		{"newlines become spaces", "første linje\nanden linje\r\ntredje", "første linje anden linje tredje"},
		{"blank lines vanish", "a\n\n\nb", "a b"},
		{"unicode line separator", "a\u2028b", "a b"},
		{"html in a cell", `<b onmouseover=alert(1)>x</b>`, `&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;`},
		{"link in a cell", `[x](javascript:alert(1))`, `\[x\](javascript:alert(1))`},
		{"leading dash", "-3", `\-3`},
		{"empty", "", ""},
		{"only newlines", "\n\n", ""},
	}
	for _, c := range cases {
		if got := MarkdownCell(c.in); got != c.want {
			t.Errorf("%s: MarkdownCell(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestSpreadsheetCell(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"plain text", "Solrød Kommune", "Solrød Kommune"},
		{"formula", "=1+1", "'=1+1"},
		{"HYPERLINK formula", `=HYPERLINK("https://evil","klik")`, `'=HYPERLINK("https://evil","klik")`},
		{"DDE", "=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
		{"plus formula", "+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"},
		{"minus formula", "-2+3", "'-2+3"},
		{"at formula", "@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"tab first", "\t=1+1", "'\t=1+1"},
		{"carriage return first", "\r=1+1", "'\r=1+1"},
		{"full-width equals", "＝1+1", "'＝1+1"},
		{"a negative number stays a number", "-3.5", "-3.5"},
		{"a signed integer stays a number", "+4", "+4"},
		{"exponent", "-1e3", "-1e3"},
		{"a dash that is text", "- ingen note", "'- ingen note"},
		{"equals later is harmless", "a=1", "a=1"},
		{"empty", "", ""},
		{"number-like but not plain", "-0x1F", "'-0x1F"},
		{"minus infinity is text", "-Inf", "'-Inf"},
	}
	for _, c := range cases {
		if got := SpreadsheetCell(c.in); got != c.want {
			t.Errorf("%s: SpreadsheetCell(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

func TestSafeLinkURL(t *testing.T) {
	cases := []struct {
		in, want string
		ok       bool
	}{
		{"https://www.kl.dk/samskabelse", "https://www.kl.dk/samskabelse", true},
		{"http://example.org/a?b=c#d", "http://example.org/a?b=c#d", true},
		{"HTTPS://Example.org/x", "https://Example.org/x", true},
		{"https://example.org/a(b)", "https://example.org/a%28b%29", true},
		{`https://example.org/?q="><script>`, "https://example.org/?q=%22%3E%3Cscript%3E", true},
		{"https://example.org/it's", "https://example.org/it%27s", true},
		{"javascript:alert(1)", "", false},
		{"JavaScript:alert(1)", "", false},
		{"javascript://example.org/%0aalert(1)", "", false},
		{"data:text/html,<script>alert(1)</script>", "", false},
		{"vbscript:msgbox", "", false},
		{"file:///etc/passwd", "", false},
		{"ftp://example.org/x", "", false},
		{"//example.org/x", "", false},
		{"/relative/path", "", false},
		{"example.org", "", false},
		{"https:", "", false},
		{"https:///no-host", "", false},
		{"https://user:pass@example.org/", "", false},
		{"https://google.com@evil.example/", "", false},
		{" https://example.org/", "", false},
		{"https://example.org/\x1b[31m", "", false},
		{"https://example.org/\u202etxt", "", false},
		{"https://example.org/\xff", "", false},
		{"", "", false},
	}
	for _, c := range cases {
		got, ok := SafeLinkURL(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("SafeLinkURL(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// escCheckTerminalClean fails when out holds anything TerminalSafe must
// have escaped.
func escCheckTerminalClean(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("checklist.TerminalSafe(%q) = %q is not valid UTF-8", in, out)
	}
	for _, r := range out {
		if unicode.IsControl(r) || checklist.IsTerminalHazard(r) {
			t.Fatalf("checklist.TerminalSafe(%q) = %q keeps %U", in, out, r)
		}
	}
}

func FuzzTerminalSafe(f *testing.F) {
	for _, s := range []string{"plan.yaml", "\x1b[31m", "a\u202eb", "\xff", "æøå\t\n", `C:\x`, "\u009b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := checklist.TerminalSafe(in)
		escCheckTerminalClean(t, in, out)
		if again := checklist.TerminalSafe(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", in, out, again)
		}
		if strings.ContainsAny(in, `\"`) {
			return
		}
		back, err := strconv.Unquote(`"` + out + `"`)
		if err != nil || back != in {
			t.Fatalf("no way back: %q → %q → %q (%v)", in, out, back, err)
		}
	})
}

func FuzzMarkdownCell(f *testing.F) {
	for _, s := range []string{"a|b", `a\|b`, "<b>", "[x](javascript:1)", "x\ny", "-1", `\\|`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := MarkdownCell(in)
		if strings.ContainsAny(out, "<>\n\r") {
			t.Fatalf("MarkdownCell(%q) = %q keeps < > or a line break", in, out)
		}
		for i := 0; i < len(out); i++ {
			if strings.IndexByte("|[]`*_", out[i]) < 0 {
				continue
			}
			n := 0
			for j := i - 1; j >= 0 && out[j] == '\\'; j-- {
				n++
			}
			if n%2 == 0 {
				t.Fatalf("MarkdownCell(%q) = %q has an unescaped %q at %d", in, out, out[i], i)
			}
		}
		escCheckTerminalClean(t, in, out)
	})
}
