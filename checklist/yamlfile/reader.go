package yamlfile

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/internal/oserr"
)

// Reader reads and edits samskab's files and words what is wrong with
// them in one language. The package's functions of the same names are a
// Reader in English; a command reads in the user's language with In.
type Reader struct {
	Lang checklist.Lang
}

// In is a Reader whose problems are worded in lang.
func In(lang checklist.Lang) Reader { return Reader{Lang: lang} }

var english = In(checklist.English)

func (r Reader) messages() *catalog.ProblemMessages { return &catalog.For(r.Lang).Problems }

// Messages is the wording of problems with files in the reader's language.
func (r Reader) Messages() *catalog.ProblemMessages { return r.messages() }

// ReadCaseFile reads and validates a case file from disk, in English.
func ReadCaseFile(path string, cat *checklist.Catalog) (*checklist.Case, error) {
	return english.ReadCaseFile(path, cat)
}

// ParseCase validates a case file against the catalog, in English.
func ParseCase(file string, data []byte, cat *checklist.Catalog) (*checklist.Case, error) {
	return english.ParseCase(file, data, cat)
}

// ParseRubric is Reader.ParseRubric in English.
func ParseRubric(file string, data []byte, themes []checklist.Theme) (*checklist.Rubric, error) {
	return english.ParseRubric(file, data, themes)
}

// SpecialKind is Reader.SpecialKind in English.
func SpecialKind(mode fs.FileMode) string { return english.SpecialKind(mode) }

// wordedError is an error worded for the user that keeps the error it
// words, so that errors.Is still finds fs.ErrNotExist in it.
type wordedError struct {
	text string
	err  error
}

func (e *wordedError) Error() string { return e.text }
func (e *wordedError) Unwrap() error { return e.err }

// osError is a file-system error worded in the reader's language.
func (r Reader) osError(err error) error {
	return &wordedError{text: r.DescribeOS(err), err: err}
}

// DescribeOS words a file-system error in the reader's language, without
// the path: internal/oserr says which error it is, the catalog how to say it.
func (r Reader) DescribeOS(err error) string {
	var oe *oserr.Error
	if !errors.As(oserr.Describe(err), &oe) {
		return err.Error()
	}
	text, ok := catalog.Lookup(r.Lang, "Problems", oe.Key)
	switch {
	case !ok:
		return oe.Error()
	case oe.Key == oserr.Other:
		return fmt.Sprintf(text, oe.Err)
	}
	return text
}

// UnknownRubrics words checklist.Catalog.Select's refusal of rubric ids
// it does not know.
func (r Reader) UnknownRubrics(e *checklist.UnknownRubricsError) string {
	return fmt.Sprintf(r.messages().UnknownRubricsSelect, strings.Join(e.IDs, ", "), strings.Join(e.Known, ", "))
}

// Describe words an error that reading or scoring a file can end in:
// those of the file system and of the core that have a message in the
// catalog; any other is its own text.
// An error wrapped in another is not worded again: the other's text
// already holds its own.
func (r Reader) Describe(err error) string {
	switch e := err.(type) {
	case *checklist.UnknownRubricsError:
		return r.UnknownRubrics(e)
	case *oserr.Error:
		return r.DescribeOS(e)
	}
	return err.Error()
}

// duplicateItems words the item ids that more than one rubric uses, which
// checklist.NewCatalog refuses.
func duplicateItems(m *catalog.ProblemMessages, rubrics []*checklist.Rubric) checklist.Problems {
	var out checklist.Problems
	for _, d := range checklist.DuplicateItems(rubrics) {
		out = append(out, checklist.Problem{File: d.Rubric.File, Line: d.Item.Line, Col: d.Item.Col,
			Msg: fmt.Sprintf(m.DuplicateItem, d.Item.ID, d.Other.ID, origin(m, d.Other))})
	}
	return out
}
