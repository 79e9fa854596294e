package workshop

import (
	"bytes"
	"errors"
	"io/fs"
	"os"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/atomicfile"
)

// This file is the workshop's only contact with reading, editing and
// writing case files: yamlfile reads and edits them, atomicfile writes.

// The case-file editing types, named once here.
type (
	answerValue     = checklist.AnswerValue
	responseHeader  = yamlfile.ResponseHeader
	responseBatch   = yamlfile.ResponseBatch
	responseAnswers = yamlfile.ResponseAnswers
)

// scaleLabels are the answer scale's labels (DESIGN.md §3).
var scaleLabels = checklist.ScaleLabels

// updateFile replaces the file at path with what change returns, given the
// current content (exists is false when there is no file yet). It holds
// the file's lock (atomicfile.Lock: in this process and against other
// processes, such as `samskab assess` on the same file) over the read, the
// change and the atomic replace, so no other writer's answers are lost in
// between. A variable so that tests can wrap it.
var updateFile = atomicfile.Update

// readCase reads and validates the case file at path, and returns its
// text too; exists is false when there is none yet. Problems are in lang.
func readCase(path string, cat *checklist.Catalog, lang checklist.Lang) (c *checklist.Case, data []byte, exists bool, err error) {
	if _, err := os.Lstat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, nil, false, nil
	}
	rd := yamlfile.In(lang)
	data, err = rd.ReadInput(path)
	if err != nil {
		return nil, nil, true, checklist.Problems{{File: path, Msg: err.Error()}}
	}
	c, err = rd.ParseCase(path, data, cat)
	return c, data, true, err
}

// newCaseFile is the text of a new case file whose single response is
// first; the rest of a batch is then applied to it.
func newCaseFile(project string, scope []string, first responseHeader, lang checklist.Lang, fileName string) []byte {
	// The header comment names the command that wrote the file; the
	// template's is assess.
	text := yamlfile.NewCaseFile(yamlfile.NewCase{
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

// caseDoc is a valid case file's text with its parse; a group commit
// edits it (caseDoc.ApplyResponseBatch) and parses only its own result.
type caseDoc = yamlfile.CaseDoc

// parseCaseDoc validates a case file's content and keeps its parse;
// problems are in lang.
func parseCaseDoc(path string, data []byte, cat *checklist.Catalog, lang checklist.Lang) (*caseDoc, error) {
	return yamlfile.In(lang).ParseCaseDoc(path, data, cat)
}

// applyBatch makes a commit's changes to a case file's text that has no
// parse yet: a new file, whose first response may name an actor that the
// batch declares.
func applyBatch(data []byte, b responseBatch, order []string, lang checklist.Lang) ([]byte, error) {
	return yamlfile.In(lang).ApplyResponseBatch(data, b, order)
}
