package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/samskab/samskab/internal/checklisttest"
)

func TestWrappedLines(t *testing.T) {
	for _, tc := range []struct {
		text  string
		width float64
		want  int
	}{
		{"", 10, 1},
		{"Score", 10, 1},
		{"Respondenter", 10, 2},             // one word wider than the column
		{"one two", 7, 1},                   // exactly a line
		{"one two", 6, 2},                   // a space too many
		{"a b c", 3, 2},                     // "a b" then "c"
		{"abcdefghij", 3, 4},                // broken inside: abc def ghi j
		{"x\ny", 60, 2},                     // a line break
		{"x\n", 60, 2},                      // ends with an empty line
		{"  spaced   out  ", 6, 2},          // runs of spaces count as one
		{"æøå æøå", 7, 1},                   // characters, not bytes
		{"ab", 0.5, 2},                      // narrower than a character
		{strings.Repeat("ord ", 50), 60, 4}, // 199 characters in lines of 59
	} {
		if got := wrappedLines(tc.text, tc.width); got != tc.want {
			t.Errorf("wrappedLines(%q, %v) = %d, want %d", tc.text, tc.width, got, tc.want)
		}
	}
}

// TestWrappedRowsGrow: a row whose wrapped text needs more lines than one
// is written as tall as they are, up to Excel's limit; other rows keep
// the default height, and no row is marked custom, so it still fits its
// text when edited.
func TestWrappedRowsGrow(t *testing.T) {
	wb := New()
	head, err := wb.AddStyle(Style{Bold: true, Wrap: true})
	if err != nil {
		t.Fatal(err)
	}
	wrap, err := wb.AddStyle(Style{Wrap: true, VAlign: "top"})
	if err != nil {
		t.Fatal(err)
	}
	sh, err := wb.AddSheet("Ark")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Kommunen lægger sine færdige løsninger på bordet. ", 4)
	cells := []struct {
		col, row int
		v        string
		style    int
	}{
		{1, 1, "Parter", head}, {2, 1, "Respondenter", head}, // B is 10 wide: two lines
		{1, 2, long, wrap},      // A is 40 wide: five lines
		{1, 3, long, 0},         // not wrapped: one line however long
		{2, 4, "kort", wrap},    // wrapped, but short
		{3, 5, "a\nb\nc", wrap}, // C has the default width
		{1, 6, strings.Repeat("x\n", 40), wrap},
	}
	for _, c := range cells {
		if err := sh.SetString(c.col, c.row, c.v, c.style); err != nil {
			t.Fatal(err)
		}
	}
	if err := sh.SetNumber(2, 2, 12345678901, wrap); err != nil { // a number never wraps
		t.Fatal(err)
	}
	for col, w := range map[int]float64{1: 40, 2: 10} {
		if err := sh.SetColWidth(col, w); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if _, err := wb.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	xml := checklisttest.Unzip(t, buf.Bytes())["xl/worksheets/sheet1.xml"]
	for _, want := range []string{`<row r="1" ht="30">`, `<row r="2" ht="90">`, `<row r="3">`, `<row r="4">`,
		`<row r="5" ht="45">`, `<row r="6" ht="409">`} {
		if !strings.Contains(xml, want) {
			t.Errorf("sheet has no %s", want)
		}
	}
	if strings.Contains(xml, "customHeight") {
		t.Errorf("a row is marked custom height")
	}
	f := openExcelize(t, buf.Bytes())
	for row, want := range map[int]float64{1: 30, 2: 90, 3: 15, 6: 409} {
		if h, err := f.GetRowHeight("Ark", row); err != nil || h != want {
			t.Errorf("excelize: row %d is %v high (%v), want %v", row, h, err, want)
		}
	}
}
