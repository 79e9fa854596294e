package workshop

import (
	"strings"
	"testing"

	qrcode "github.com/skip2/go-qrcode"
)

// TestTerminalQR checks the half blocks against the library's bitmap,
// module by module.
func TestTerminalQR(t *testing.T) {
	const url = "http://192.168.1.20:8080/join?code=123456"
	got, err := TerminalQR(url)
	if err != nil {
		t.Fatal(err)
	}
	q, _ := qrcode.New(url, qrcode.Medium)
	bits := q.Bitmap()
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != (len(bits)+1)/2 {
		t.Fatalf("%d lines for %d rows", len(lines), len(bits))
	}
	for y, line := range lines {
		cells := []rune(line)
		if len(cells) != len(bits[0]) {
			t.Fatalf("line %d has %d cells, want %d", y, len(cells), len(bits[0]))
		}
		for x, c := range cells {
			top := !bits[2*y][x]
			bottom := 2*y+1 < len(bits) && !bits[2*y+1][x]
			want := map[[2]bool]rune{{true, true}: '█', {true, false}: '▀', {false, true}: '▄', {false, false}: ' '}[[2]bool{top, bottom}]
			if c != want {
				t.Fatalf("cell %d,%d is %q, want %q", x, y, c, want)
			}
		}
	}
	// The quiet zone is light all round: the first line is all full blocks.
	if strings.Trim(lines[0], "█") != "" {
		t.Errorf("first line %q is not quiet zone", lines[0])
	}
}
