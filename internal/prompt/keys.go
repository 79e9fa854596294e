package prompt

import "unicode/utf8"

// keyKind is what a key press means to the form.
type keyKind uint8

const (
	keyRune keyKind = iota // a printable character, in key.r
	keyEnter
	keyTab
	keyBackTab
	keyUp
	keyDown
	keyLeft
	keyRight
	keyHome
	keyEnd
	keyBackspace
	keyDelete
	keyClearLine
	keyInterrupt
	keyIgnored // escape, other control keys, sequences the form has no use for
)

type key struct {
	kind keyKind
	r    rune
}

// decodeKeys splits what the terminal sent into key presses. An escape
// sequence or a UTF-8 character cut off at the end of buf is returned as
// rest, to be completed by the next read; a lone ESC at the end is the
// escape key itself.
func decodeKeys(buf []byte) (keys []key, rest []byte) {
	for len(buf) > 0 {
		k, n := decodeKey(buf)
		if n == 0 {
			return keys, buf
		}
		keys = append(keys, k)
		buf = buf[n:]
	}
	return keys, nil
}

// decodeKey reads one key from the start of buf and how many bytes it
// took; 0 bytes means buf holds only the start of a key.
func decodeKey(buf []byte) (key, int) {
	switch c := buf[0]; {
	case c == '\r' || c == '\n':
		return key{kind: keyEnter}, 1
	case c == '\t':
		return key{kind: keyTab}, 1
	case c == 0x7f || c == 0x08:
		return key{kind: keyBackspace}, 1
	case c == 0x03:
		return key{kind: keyInterrupt}, 1
	case c == 0x15:
		return key{kind: keyClearLine}, 1
	case c == 0x01:
		return key{kind: keyHome}, 1
	case c == 0x05:
		return key{kind: keyEnd}, 1
	case c == 0x0e:
		return key{kind: keyDown}, 1
	case c == 0x10:
		return key{kind: keyUp}, 1
	case c == 0x1b:
		return decodeEscape(buf)
	case c < 0x20:
		return key{kind: keyIgnored}, 1
	}
	if !utf8.FullRune(buf) {
		return key{}, 0
	}
	r, n := utf8.DecodeRune(buf)
	if r == utf8.RuneError || r < 0x20 || (r >= 0x7f && r < 0xa0) {
		return key{kind: keyIgnored}, n
	}
	return key{kind: keyRune, r: r}, n
}

// decodeEscape reads an escape sequence: CSI (ESC [ parameters final) or
// SS3 (ESC O letter), as terminals send for arrows and the like.
func decodeEscape(buf []byte) (key, int) {
	if len(buf) == 1 {
		return key{kind: keyIgnored}, 1
	}
	switch buf[1] {
	case 'O':
		if len(buf) < 3 {
			return key{}, 0
		}
		if kind, ok := finalKey(buf[2], false); ok {
			return key{kind: kind}, 3
		}
		return key{kind: keyIgnored}, 3
	case '[':
		return decodeCSI(buf)
	}
	return key{kind: keyIgnored}, 1 // ESC on its own, then the next key
}

// finalKey is the key the final byte of a sequence names; back tab only
// in CSI. Switches, not maps, which would be built at every start.
func finalKey(final byte, csi bool) (keyKind, bool) {
	switch final {
	case 'A':
		return keyUp, true
	case 'B':
		return keyDown, true
	case 'C':
		return keyRight, true
	case 'D':
		return keyLeft, true
	case 'H':
		return keyHome, true
	case 'F':
		return keyEnd, true
	case 'Z':
		if csi {
			return keyBackTab, true
		}
	}
	return 0, false
}

// tildeKey is the key of "ESC [ n ~" by n.
func tildeKey(n string) (keyKind, bool) {
	switch n {
	case "1", "7":
		return keyHome, true
	case "4", "8":
		return keyEnd, true
	case "3":
		return keyDelete, true
	}
	return 0, false
}

func decodeCSI(buf []byte) (key, int) {
	i := 2
	for i < len(buf) && buf[i] >= 0x20 && buf[i] <= 0x3f { // parameters and intermediates
		i++
	}
	if i == len(buf) {
		if i > 16 { // no terminal sends this; do not wait for more
			return key{kind: keyIgnored}, i
		}
		return key{}, 0
	}
	final := buf[i]
	if final < 0x40 || final > 0x7e { // not a sequence after all
		return key{kind: keyIgnored}, i
	}
	params := string(buf[2:i])
	kind, ok := finalKey(final, true)
	if final == '~' {
		kind, ok = tildeKey(params)
	}
	if !ok || (final != '~' && params != "" && params != "1") {
		kind = keyIgnored // modified arrows, mouse, focus and other reports
	}
	return key{kind: kind}, i + 1
}
