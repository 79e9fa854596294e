package xlsx

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sync"
)

// ReadKind says what is wrong with a workbook being read. Its value is
// the key of its message in the message catalog (checklist/render/catalog,
// key tags "xlsx-…"), where a caller that knows the reader's language
// finds its wording; this package, below the catalog, words it in English.
type ReadKind string

// The kinds of ReadError, each with the Args its message takes.
const (
	NotZip           ReadKind = "xlsx-not-zip"            // the zip reader's error
	TooManyFiles     ReadKind = "xlsx-too-many-files"     // files, the most allowed
	MissingPart      ReadKind = "xlsx-missing-part"       // part
	PartTooLarge     ReadKind = "xlsx-part-too-large"     // part, Size
	WorkbookTooLarge ReadKind = "xlsx-workbook-too-large" // Size
	BadPart          ReadKind = "xlsx-bad-part"           // part, the zip or XML reader's error
	BadString        ReadKind = "xlsx-bad-string"         // part, index, the XML reader's error
	NoSheets         ReadKind = "xlsx-no-sheets"          // none
	NoSuchSheet      ReadKind = "xlsx-no-such-sheet"      // name asked for, the sheets' names joined
	SheetNoPart      ReadKind = "xlsx-sheet-no-part"      // sheet name
	TooManyRows      ReadKind = "xlsx-too-many-rows"      // the most allowed
	BadRowNumber     ReadKind = "xlsx-bad-row-number"     // row number as written, the largest
	BadCellRef       ReadKind = "xlsx-bad-cell-ref"       // reference as written (in a cell)
	TooManyColumns   ReadKind = "xlsx-too-many-columns"   // the most allowed (in a cell)
	BadCell          ReadKind = "xlsx-bad-cell"           // the XML or zip reader's error (in a cell)
	NoSharedString   ReadKind = "xlsx-no-shared-string"   // index as written, strings in the workbook (in a cell)
	TooManyCells     ReadKind = "xlsx-too-many-cells"     // the most allowed (in a cell)
)

// english is each kind's message in English, a format for its Args; the
// map is built on first use, not at every start.
var english = sync.OnceValue(func() map[ReadKind]string {
	return map[ReadKind]string{
		NotZip:           "not a zip archive: %v",
		TooManyFiles:     "the archive holds %d files, more than the %d a workbook may",
		MissingPart:      "the archive has no part %s",
		PartTooLarge:     "%s is larger than %v unzipped",
		WorkbookTooLarge: "the workbook is larger than %v unzipped",
		BadPart:          "%s: %v",
		BadString:        "%s: string %d: %v",
		NoSheets:         "the workbook has no sheets",
		NoSuchSheet:      "no sheet named %q; the sheets are %s",
		SheetNoPart:      "sheet %q has no part in the archive",
		TooManyRows:      "more than %d rows",
		BadRowNumber:     "row number %q is not one from 1 to %d",
		BadCellRef:       "%q is not a cell reference",
		TooManyColumns:   "more than %d columns",
		BadCell:          "%v",
		NoSharedString:   "shared string %q does not exist; the workbook has %d",
		TooManyCells:     "the sheet has more than %d cells",
	}
})

// ReadKinds lists every kind, for a test that each has a message.
func ReadKinds() []ReadKind {
	return slices.Sorted(maps.Keys(english()))
}

// ReadError is why ReadRows cannot read a workbook; it returns no other
// error. Row and Col (1-based) name the cell the problem is in, 0 when it
// is in none. Args are the values its Kind's message names, in order: a
// count, a name, a Size, or the error of the zip or XML reader underneath.
type ReadError struct {
	Kind     ReadKind
	Row, Col int
	Args     []any
}

// Error is the problem in English, after the cell's name when it is in one.
func (e *ReadError) Error() string {
	if e.Row > 0 {
		return CellName(e.Col, e.Row) + ": " + e.Reason()
	}
	return e.Reason()
}

// Reason is the problem in English, without its cell.
func (e *ReadError) Reason() string { return fmt.Sprintf(english()[e.Kind], e.Args...) }

// Unwrap is the zip or XML reader's error underneath, if there is one.
func (e *ReadError) Unwrap() error {
	for _, a := range e.Args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

func readErr(kind ReadKind, args ...any) *ReadError { return &ReadError{Kind: kind, Args: args} }

func cellErr(row, col int, kind ReadKind, args ...any) *ReadError {
	return &ReadError{Kind: kind, Row: row, Col: col, Args: args}
}

// isKind reports whether err is a ReadError of kind.
func isKind(err error, kind ReadKind) bool {
	var re *ReadError
	return errors.As(err, &re) && re.Kind == kind
}

// isRead reports whether err is already a ReadError, which says all there
// is to say and is passed on as it is: a size limit reached while
// unzipping, or a part that cannot be unzipped, is not a fault of the
// part or the cell being read when it struck.
func isRead(err error) bool {
	var re *ReadError
	return errors.As(err, &re)
}

// Size is a number of bytes, in a limit's message.
type Size int64

// String is the size in whole MiB from 1 MiB, else in bytes.
func (n Size) String() string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", int64(n))
}
