package render

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"
)

// ExcelCSV turns the plain CSV of a view into the CSV that Excel opens
// right on a double-click in a Danish (or most continental) locale: a
// UTF-8 byte order mark so the letters æøå survive, semicolons between
// cells, a decimal comma in the number columns and CRLF line ends. The
// plain CSV stays locale-free for programs; this is for people.
//
// It is a writer in front of the destination, so streaming views (batch)
// keep streaming: each record is rewritten as soon as it is complete, in
// the caller's goroutine. Close must be called after the view is done.
type ExcelCSV struct {
	dst     io.Writer
	pending []byte
	quoted  bool // inside a quoted cell at the end of pending
	numeric []bool
	started bool
}

// NewExcelCSV returns a writer that rewrites CSV onto dst.
func NewExcelCSV(dst io.Writer) *ExcelCSV { return &ExcelCSV{dst: dst} }

func (e *ExcelCSV) Write(p []byte) (int, error) {
	start := len(e.pending)
	e.pending = append(e.pending, p...)
	end := -1
	for i := start; i < len(e.pending); i++ {
		switch e.pending[i] {
		case '"':
			e.quoted = !e.quoted
		case '\n':
			if !e.quoted {
				end = i + 1
			}
		}
	}
	if end < 0 {
		return len(p), nil
	}
	chunk := e.pending[:end]
	if err := e.rewrite(chunk); err != nil {
		return 0, err
	}
	e.pending = append(e.pending[:0], e.pending[end:]...)
	return len(p), nil
}

// Close rewrites what is left, a last record without a line end.
func (e *ExcelCSV) Close() error {
	if len(e.pending) == 0 && e.started {
		return nil
	}
	err := e.rewrite(e.pending)
	e.pending = nil
	return err
}

func (e *ExcelCSV) rewrite(chunk []byte) error {
	var out bytes.Buffer
	if !e.started {
		e.started = true
		out.WriteString("\ufeff")
	}
	r := csv.NewReader(bytes.NewReader(chunk))
	r.FieldsPerRecord = -1
	w := csv.NewWriter(&out)
	w.Comma, w.UseCRLF = ';', true
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if e.numeric == nil {
			e.numeric = numericColumns(rec)
		} else {
			for i := range rec {
				if i < len(e.numeric) && e.numeric[i] {
					rec[i] = strings.Replace(rec[i], ".", ",", 1)
				}
			}
		}
		if err := w.Write(rec); err != nil {
			return err
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return err
	}
	_, err := e.dst.Write(out.Bytes())
	return err
}

// numericColumns marks the columns that hold decimal numbers, by their
// header: the percents, scores, spreads and coverage of every CSV view.
func numericColumns(header []string) []bool {
	out := make([]bool, len(header))
	for i, h := range header {
		out[i] = strings.HasSuffix(h, "percent") || h == "score" || h == "spread" || h == "coverage"
	}
	return out
}
