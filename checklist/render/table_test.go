package render

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// The expected widths are what tablewriter's twwidth measured, which the
// goldens were laid out with: rune by rune, so an emoji sequence is the
// sum of its parts.
func TestCellWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"Fællesskab", 10},
		{"æøå ÆØÅ", 7},
		{"Ældre og unge – sammen om 共同創造", 34},
		{"–…█▌░", 5},
		{"共同創造", 8},
		{"ﾊﾝｶｸ", 4}, // half-width katakana
		{"Ａ１", 4},   // full-width forms
		{"🎉", 2},
		{"👍🏽", 4},       // emoji and skin tone, each wide
		{"❤️", 1},       // a narrow heart and VS16
		{"👨‍👩‍👧", 6},    // three wide emoji, two joiners
		{"e\u0301", 1},  // combining acute accent (Mn)
		{"\u0488x", 1},  // enclosing mark (Me)
		{"a\u200bb", 2}, // zero-width space (Cf)
		{"a\u200db", 2}, // zero-width joiner
		{"a\u00adb", 2}, // soft hyphen (Cf)
		{"\x1b[31mrød\x1b[0m", 3},
		{"\x1b[1;32m✓\x1b[0m ok", 4},
		{"\x1b]8;;https://example.org\x1b\\link\x1b]8;;\x1b\\", 4}, // OSC 8 link, ST
		{"\x1b]0;title\x07x", 1},                                   // OSC ended by BEL
		{"\x1b", 0},                                                // a lone ESC: a control
		{"\x1b[", 1},                                               // an unfinished CSI: ESC and "["
		{"\xff", 1},                                                // invalid UTF-8: a replacement character
	}
	for _, tt := range tests {
		if got := cellWidth(tt.s); got != tt.want {
			t.Errorf("cellWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestWriteTable(t *testing.T) {
	lr := []align{alignLeft, alignRight}
	tests := []struct {
		name     string
		markdown bool
		aligns   []align
		header   []string
		rows     [][]string
		want     string
	}{{
		name:   "alignments",
		aligns: []align{alignLeft, alignRight, alignCenter},
		header: []string{"Item", "Score", "Level"},
		rows:   [][]string{{"a1", "2.5", "Emerging"}, {"b22", "10.25", "Ok"}},
		want: `+------+-------+----------+
| Item | Score | Level    |
+------+-------+----------+
| a1   |   2.5 | Emerging |
| b22  | 10.25 |    Ok    |
+------+-------+----------+
`,
	}, {
		name:   "multi-line and empty cells",
		aligns: lr,
		header: []string{"Title", "N"},
		rows:   [][]string{{"Fællesskab\nmod ensomhed", "3"}, {"", ""}, {"  trimmed  ", "\n1\n\n4 "}},
		want: `+--------------+---+
| Title        | N |
+--------------+---+
| Fællesskab   | 3 |
| mod ensomhed |   |
|              |   |
| trimmed      | 1 |
|              | 4 |
+--------------+---+
`,
	}, {
		name:   "a blank line inside a row is left out",
		aligns: lr,
		header: []string{"A", "B"},
		rows:   [][]string{{"x\n \ny", "1"}},
		want: `+---+---+
| A | B |
+---+---+
| x | 1 |
| y |   |
+---+---+
`,
	}, {
		name:   "wide characters and colour",
		aligns: lr,
		header: []string{"Name", "%"},
		rows:   [][]string{{"共同創造", "\x1b[32m50 %\x1b[0m"}, {"æøå", "5 %"}},
		want: "+----------+------+\n" +
			"| Name     | %    |\n" +
			"+----------+------+\n" +
			"| 共同創造 | \x1b[32m50 %\x1b[0m |\n" +
			"| æøå      |  5 % |\n" +
			"+----------+------+\n",
	}, {
		name:   "empty table",
		aligns: lr,
		header: []string{"Item", "Score"},
		want: `+------+-------+
| Item | Score |
+------+-------+
`,
	}, {
		name:     "markdown",
		markdown: true,
		aligns:   []align{alignLeft, alignRight, alignCenter, alignLeft},
		header:   []string{"Item", "Score", "Level", ""},
		rows:     [][]string{{"a1", "2.5", "Emerging", ""}, {"b22", "10", "Ok", "x"}},
		want: `| Item | Score | Level    |   |
|:-----|------:|:--------:|:--|
| a1   |   2.5 | Emerging |   |
| b22  |    10 |    Ok    | x |
`,
	}, {
		name:     "markdown without rows aligns left",
		markdown: true,
		aligns:   lr,
		header:   []string{"Item", "Score"},
		want: `| Item | Score |
|:-----|:------|
`,
	}, {
		name:   "a short row has empty cells",
		aligns: lr,
		header: []string{"A", "B"},
		rows:   [][]string{{"only"}},
		want: `+------+---+
| A    | B |
+------+---+
| only |   |
+------+---+
`,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			write := writeTable
			if tt.markdown {
				write = writeMarkdownTable
			}
			if err := write(&b, tt.aligns, tt.header, tt.rows); err != nil {
				t.Fatal(err)
			}
			if b.String() != tt.want {
				t.Errorf("got:\n%s\nwant:\n%s", b.String(), tt.want)
			}
		})
	}
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteTableReportsAWriteError(t *testing.T) {
	for _, write := range []func(w io.Writer, a []align, h []string, r [][]string) error{writeTable, writeMarkdownTable} {
		if err := write(failingWriter{}, nil, []string{"A"}, [][]string{{"x"}}); err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("err = %v, want the write error", err)
		}
	}
}

func BenchmarkTable(b *testing.B) {
	header := []string{"Item", "Principle", "Score", "Percent", "", "Spread"}
	aligns := []align{alignLeft, alignLeft, alignRight, alignRight, alignLeft, alignRight}
	var rows [][]string
	for range 40 {
		rows = append(rows, []string{"vfl-c1", "I samskabelse ejes\nproblemstillingen af\naktørerne i fællesskab.", "2.17", "54.2 %", "█████▍░░░░", "1.00"})
	}
	var out bytes.Buffer
	for b.Loop() {
		out.Reset()
		if err := writeTable(&out, aligns, header, rows); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCellWidth(b *testing.B) {
	cells := []string{"vfl-c1", "Fællesskab mod ensomhed i Havdrup", "█████▍░░░░", "\x1b[32mDeveloping\x1b[0m", "共同創造"}
	for b.Loop() {
		for _, c := range cells {
			cellWidth(c)
		}
	}
}

// cellWidth reads escape sequences from outside text: it must not panic,
// and no rune counts more than two.
func FuzzCellWidth(f *testing.F) {
	for _, s := range []string{"abc", "æøå", "共同創造", "\x1b[31mrød\x1b[0m", "\x1b]8;;u\x1b\\l\x1b]8;;\x07", "\x1b", "\x1b[1;", "\x1b]x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := cellWidth(s)
		if w < 0 || w > 2*utf8.RuneCountInString(s) {
			t.Errorf("cellWidth(%q) = %d", s, w)
		}
		if len(stripEscapes(s)) > len(s) {
			t.Errorf("stripEscapes(%q) grew", s)
		}
	})
}
