package survey

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/samskab/samskab/internal/xlsx"
)

// Code says which problem or warning a Problem is. Its value is the key of
// its message in the message catalog's Survey group
// (checklist/render/catalog, which this package may not import), where a
// caller that knows the reader's language finds its wording; this package
// words it in English.
type Code string

// The codes of Problem, each with the Args its message takes.
const (
	ExportEmpty    Code = "export-empty"     // none
	NoQuestion     Code = "no-question"      // none
	OtherDelimiter Code = "other-delimiter"  // the separator found
	NotAnAnswer    Code = "not-an-answer"    // the cell's text, question id, the scale's Danish labels
	ColumnUnknown  Code = "column-unknown"   // the header's text, nearest question's id and text
	ColumnNoneNear Code = "column-none-near" // the header's text
	ColumnTwice    Code = "column-twice"     // the first column's number, question id
	TooManyProbs   Code = "too-many"         // none
	RowNoAnswers   Code = "row-no-answers"   // none
	NameControl    Code = "name-control"     // none
	NotUTF8        Code = "not-utf8"         // line
	BinaryData     Code = "binary"           // none
	BadCSV         Code = "bad-csv"          // encoding/csv's error
	BadWorkbook    Code = "bad-workbook"     // the *xlsx.ReadError
)

// english is each code's message in English, a format for its Args; the
// map is built on first use, not at every start.
var english = sync.OnceValue(func() map[Code]string {
	return map[Code]string{
		ExportEmpty: "the export is empty; expected a header row with the questions, then one row per response",
		NoQuestion: "no column matches a question; name the columns by question text " +
			"(from `samskab rubrics show ID`) or by question id such as [cok-01.q1]",
		OtherDelimiter: "the header row is one column with %q in it; expected the columns separated by commas, semicolons or tabs",
		NotAnAnswer:    "%q is not an answer to %s; expected one of %s (or the same in English), a digit 0–4, or an empty cell",
		ColumnUnknown:  "column %q matches no question and is ignored; nearest question: %s %q",
		ColumnNoneNear: "column %q matches no question and is ignored; nearest question: none",
		ColumnTwice:    "column %d and this column both ask %s; keep one of them",
		TooManyProbs:   "too many problems; stopped here",
		RowNoAnswers:   "no answers in this row; skipped",
		NameControl:    "the cell holds a control character or line break; expected a name on one line",
		NotUTF8:        "line %d is not UTF-8 text; save the export as \"CSV UTF-8\" or as an Excel workbook (.xlsx)",
		BinaryData:     "the export holds binary data; expected CSV text or an Excel workbook (.xlsx)",
		BadCSV:         "not valid CSV: %v",
		BadWorkbook:    "not a readable Excel workbook: %v",
	}
})

// Codes lists every code, for a test that each has a message.
func Codes() []Code { return slices.Sorted(maps.Keys(english())) }

// Problem is one thing wrong with the export, at a row and column
// (1-based; 0 when the problem is not in one cell). Code says which, and
// Args are the values its message names.
type Problem struct {
	Row, Col int
	Code     Code
	Args     []any
}

// Warning is a note about the export that does not stop the import.
type Warning = Problem

// Msg is the problem in English, without its position.
func (p Problem) Msg() string {
	args := make([]any, len(p.Args))
	for i, a := range p.Args {
		args[i] = a
		if re, ok := a.(*xlsx.ReadError); ok {
			args[i] = re.Reason() // the row and column are the Problem's
		}
	}
	return fmt.Sprintf(english()[p.Code], args...)
}

func (p Problem) String() string {
	if p.Row > 0 {
		return fmt.Sprintf("%d:%d: %s", p.Row, p.Col, p.Msg())
	}
	return p.Msg()
}

// Problems is the error for an export that cannot be imported; it lists
// every problem found, so a user can fix the export in one go.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

func problem(row, col int, code Code, args ...any) Problem {
	return Problem{Row: row, Col: col, Code: code, Args: args}
}
