package render

import (
	"bytes"
	"testing"

	"github.com/samskab/samskab/checklist"
)

// TestXLSXBatchGolden: one row per case with rubric percents, an error
// row for a file that could not be scored, and the summary sheet.
func TestXLSXBatchGolden(t *testing.T) {
	cat := builtinCat(t)
	var buf bytes.Buffer
	v := NewXLSXBatch(&buf, Options{Lang: checklist.Danish, Rubrics: cat.Rubrics})
	pb := checklist.NewPortfolioBuilder(cat.Rubrics)
	if err := v.Begin(); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"aalborg-ungeliv.yaml", "havdrup-ensomhed.yaml", "nordfyn-natur.yaml"} {
		s := checklist.Summarize(scoreFile(t, cat, "../../testdata/cases/"+f))
		pb.Add(s)
		if err := v.Case(s); err != nil {
			t.Fatal(err)
		}
	}
	pb.AddFailure()
	if err := v.Failure(Failure{File: "=broken.yaml", Problems: checklist.Problems{
		{File: "=broken.yaml", Line: 3, Col: 1, Msg: "unknown key"}}}); err != nil {
		t.Fatal(err)
	}
	if err := v.End(pb.Portfolio()); err != nil {
		t.Fatal(err)
	}
	golden(t, "batch.da.xlsx.txt", dumpWorkbook(t, buf.Bytes()))
}
