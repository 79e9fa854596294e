package workshop

import (
	"strings"

	qrcode "github.com/skip2/go-qrcode"
)

// TerminalQR draws text as a QR code with half-block characters, two
// modules per character cell, quiet zone included. Light modules are
// drawn, dark ones left as the terminal's background: on the usual dark
// terminal the code then reads dark on light, as scanners expect (and
// phone cameras also read the inverse, on a light terminal).
func TerminalQR(text string) (string, error) {
	q, err := qrcode.New(text, qrcode.Medium)
	if err != nil {
		return "", err
	}
	bits := q.Bitmap() // true is a dark module
	var b strings.Builder
	for y := 0; y < len(bits); y += 2 {
		for x := range bits[y] {
			top := !bits[y][x]
			bottom := y+1 < len(bits) && !bits[y+1][x]
			switch {
			case top && bottom:
				b.WriteRune('█')
			case top:
				b.WriteRune('▀')
			case bottom:
				b.WriteRune('▄')
			default:
				b.WriteRune(' ')
			}
		}
		b.WriteByte('\n')
	}
	return b.String(), nil
}
