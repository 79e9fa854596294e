package workshop

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"sync"

	"github.com/samskab/samskab/checklist"
)

// This file is the workshop's only contact with reading, editing and
// writing case files, so that moving those functions (to
// checklist/yamlfile and internal/atomicfile) changes one place.

// The case-file editing types, named once here.
type (
	answerValue     = checklist.AnswerValue
	responseHeader  = checklist.ResponseHeader
	responseBatch   = checklist.ResponseBatch
	responseAnswers = checklist.ResponseAnswers
)

// scaleLabels are the answer scale's labels (DESIGN.md §3).
var scaleLabels = checklist.ScaleLabels

// updateFile replaces the file at path with what change returns, given the
// current content (exists is false when there is no file yet). It holds
// an exclusive lock over the read, the change and the atomic replace, so
// no other writer's answers are lost in between.
//
// TODO(integrator): replace with atomicfile.Update, which also locks
// against other processes (samskab assess on the same file).
var updateFile = func(path string, change func(current []byte, exists bool) ([]byte, error)) error {
	fileMu.Lock()
	defer fileMu.Unlock()
	current, err := os.ReadFile(path)
	exists := err == nil
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	next, err := change(current, exists)
	if err != nil {
		return err
	}
	return checklist.WriteFileAtomic(path, next)
}

var fileMu sync.Mutex

// parseCase validates a case file's content.
func parseCase(path string, data []byte, cat *checklist.Catalog) (*checklist.Case, error) {
	return checklist.ParseCase(path, data, cat)
}

// readCase reads and validates the case file at path, and returns its
// text too; exists is false when there is none yet.
func readCase(path string, cat *checklist.Catalog) (c *checklist.Case, data []byte, exists bool, err error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil, false, nil
	}
	data, err = checklist.ReadInput(path)
	if err != nil {
		return nil, nil, true, checklist.Problems{{File: path, Msg: err.Error()}}
	}
	c, err = parseCase(path, data, cat)
	return c, data, true, err
}

// newCaseFile is the text of a new case file whose single response is
// first; the rest of a batch is then applied to it.
func newCaseFile(project string, scope []string, first responseHeader, lang checklist.Lang, fileName string) []byte {
	// The header comment names the command that wrote the file; the
	// template's is assess.
	text := checklist.NewCaseFile(checklist.NewCase{
		Project:  checklist.Project{Name: project},
		Scope:    scope,
		Response: first,
		Lang:     lang,
		FileName: fileName,
	})
	head, rest, _ := bytes.Cut(text, []byte("\n"))
	head = bytes.Replace(head, []byte("`samskab assess`"), []byte("`samskab workshop`"), 1)
	return append(append(head, '\n'), rest...)
}

// applyBatch makes one group commit's changes to a case file's text.
func applyBatch(data []byte, b responseBatch, order []string) ([]byte, error) {
	return checklist.ApplyResponseBatch(data, b, order)
}
