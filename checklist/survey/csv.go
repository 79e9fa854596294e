package survey

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"unicode/utf16"
	"unicode/utf8"
)

// readCSV decodes the text and splits it into rows with the delimiter the
// header line uses.
func readCSV(data []byte) ([][]string, error) {
	text, err := decodeText(data)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(text))
	r.Comma = sniffDelimiter(text)
	r.FieldsPerRecord = -1 // forms leave trailing cells out; a short row is fine
	var rows [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, Problems{problem(len(rows)+1, pe.Column, BadCSV, pe.Err)}
		}
		if err != nil {
			return nil, err
		}
		rows = append(rows, rec)
	}
}

// decodeText strips a UTF-8 byte order mark and decodes UTF-16 with one
// (Excel's "Unicode text"); anything else must be UTF-8.
func decodeText(data []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		data = utf16Decode(data[2:], false)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		data = utf16Decode(data[2:], true)
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return nil, Problems{problem(line, 0, NotUTF8, line)}
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return nil, Problems{problem(0, 0, BinaryData)}
	}
	return data, nil
}

func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return len(data)
}

func utf16Decode(b []byte, bigEndian bool) []byte {
	units := make([]uint16, len(b)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	var out bytes.Buffer
	for _, r := range utf16.Decode(units) {
		out.WriteRune(r)
	}
	return out.Bytes()
}

// sniffDelimiter picks the separator that occurs most often outside
// quotes on the header line: semicolon in Danish Excel, comma elsewhere,
// tab in "Unicode text". A tie goes to the comma.
func sniffDelimiter(text []byte) rune {
	counts := map[rune]int{}
	quoted := false
	for _, c := range string(text) {
		if c == '"' {
			quoted = !quoted
			continue
		}
		if !quoted && (c == '\n' || c == '\r') {
			break
		}
		if !quoted {
			counts[c]++
		}
	}
	best := ','
	for _, d := range []rune{';', '\t'} {
		if counts[d] > counts[best] {
			best = d
		}
	}
	return best
}
