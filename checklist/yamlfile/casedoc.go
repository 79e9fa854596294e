package yamlfile

import (
	"bytes"
	"reflect"
	"slices"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"go.yaml.in/yaml/v3"
)

// CaseDoc is a valid case file: its text, its parse and the case it holds.
// A run of edits to one file (the workshop's group commits) edits the
// previous result's parse, so each version of the file is parsed once,
// where ApplyResponseBatch on bytes, its check and the caller's
// validation read the texts six times (the edit, both sides of the check,
// the comments of both, and the result as a case file).
type CaseDoc struct {
	Data     []byte
	Case     *checklist.Case
	file     string
	rd       Reader // the language of problems and refusals
	cat      *checklist.Catalog
	doc      *yaml.Node // the parse of Data without its BOM: the document node; nil once a fast apply took it over
	comments []string   // commentLines of Data
	plain    int8       // whether doc has no anchor or alias (plainTree)
}

// ParseCaseDoc validates data as ParseCase does and keeps its parse.
func ParseCaseDoc(file string, data []byte, cat *checklist.Catalog) (*CaseDoc, error) {
	return english.ParseCaseDoc(file, data, cat)
}

// ParseCaseDoc is the package's ParseCaseDoc in the reader's language,
// which the document's edits keep.
func (r Reader) ParseCaseDoc(file string, data []byte, cat *checklist.Catalog) (*CaseDoc, error) {
	c, doc, err := r.parseCaseRoot(file, data, cat, false)
	if err != nil {
		return nil, err
	}
	return &CaseDoc{Data: data, Case: c, file: file, rd: r, cat: cat, doc: doc, comments: nodeComments(doc)}, nil
}

// ApplyResponseBatch returns the document with b applied, checked as
// ApplyResponseBatch's result is: it must read as the old data with
// exactly this change, keep every comment, and be a valid case file.
//
// A batch that only writes answers in the layout the workshop writes, and
// appends responses, is applied without parsing the result (casedocfast.go).
// doc's parse then becomes the result's, and doc is read again from its
// text should it be used once more.
func (doc *CaseDoc) ApplyResponseBatch(b ResponseBatch, order []string) (*CaseDoc, error) {
	if doc.doc == nil {
		again, err := ParseCaseDoc(doc.file, doc.Data, doc.cat)
		if err != nil {
			return nil, err
		}
		doc = again
	}
	hasBOM := bytes.HasPrefix(doc.Data, bom)
	m := doc.rd.messages()
	d := newCaseText(m, bytes.TrimPrefix(doc.Data, bom), doc.doc.Content[0])
	edits, change, err := batchPlan(b, order)(d)
	if err != nil {
		return nil, err
	}
	if next, handled, err := doc.applyFast(d, b, edits); handled {
		if err != nil {
			return nil, drift(m, err)
		}
		return next, nil
	}
	out := d.apply(edits)
	if hasBOM {
		out = append(append([]byte{}, bom...), out...)
	}
	next, err := doc.rd.ParseCaseDoc(doc.file, out, doc.cat)
	if err != nil {
		return nil, drift(m, err)
	}
	if err := verifyTrees(m, doc.doc, next.doc, change); err != nil {
		return nil, err
	}
	if !slices.Equal(doc.comments, next.comments) {
		return nil, drift(m, nil)
	}
	return next, nil
}

// verifyTrees is verifyEdit on parses already made (document nodes): the
// new tree must be the old one with change applied.
func verifyTrees(m *catalog.ProblemMessages, old, out *yaml.Node, change func(any) error) error {
	var want, got any
	if err := old.Decode(&want); err != nil {
		return err
	}
	if err := change(want); err != nil {
		return err
	}
	if err := out.Decode(&got); err != nil {
		return drift(m, err)
	}
	if !reflect.DeepEqual(want, got) {
		return drift(m, nil)
	}
	return nil
}
