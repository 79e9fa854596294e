package yamlfile

import (
	"bytes"

	"go.yaml.in/yaml/v3"
)

// Unexported pieces that the external tests of this package check directly.
var (
	ErrEditDrift = errEditDrift
	ReadSized    = readSized
)

func HumanSize(n int) string { return humanSize(english.messages(), n) }

func VerifyEdit(old, out []byte, change func(any) error) error {
	return verifyEdit(english.messages(), old, out, change)
}

// ApplyFast is the fast way of CaseDoc.ApplyResponseBatch alone; handled
// says whether it took the batch.
func (doc *CaseDoc) ApplyFast(b ResponseBatch, order []string) (next *CaseDoc, handled bool, err error) {
	d := newCaseText(doc.rd.messages(), bytes.TrimPrefix(doc.Data, bom), doc.doc.Content[0])
	edits, _, err := batchPlan(b, order)(d)
	if err != nil {
		return nil, false, err
	}
	return doc.applyFast(d, b, edits)
}

// Tree is the kept parse: the document node.
func (doc *CaseDoc) Tree() *yaml.Node { return doc.doc }

// Comments are the kept comment lines.
func (doc *CaseDoc) Comments() []string { return doc.comments }
