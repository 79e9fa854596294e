package render

import (
	"io"

	"github.com/samskab/samskab/checklist"
)

// batchJSONL writes one compact JSON object per line: a scored case, or a
// file that could not be scored (status "error"). It has no summary line,
// so every line has the same meaning.
type batchJSONL struct {
	w     io.Writer
	lines *lineEncoder
}

func (v *batchJSONL) Begin() error                        { return nil }
func (v *batchJSONL) Case(s *checklist.CaseSummary) error { return v.line(caseJSON(s)) }
func (v *batchJSONL) Failure(f Failure) error             { return v.line(failureJSON(f)) }
func (v *batchJSONL) End(*checklist.Portfolio) error      { return nil }

func (v *batchJSONL) line(val any) error { return v.lines.write(v.w, val, true) }
