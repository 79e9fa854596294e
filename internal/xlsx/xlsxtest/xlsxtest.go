// Package xlsxtest helps tests build workbooks with internal/xlsx. It is
// apart from internal/checklisttest, which xlsx's own tests import.
package xlsxtest

import (
	"bytes"
	"testing"

	"github.com/samskab/samskab/internal/xlsx"
)

// Workbook writes rows as text cells of a one-sheet workbook, the sheet
// named "Svar" as a survey export's often is.
func Workbook(t testing.TB, rows [][]string) []byte {
	t.Helper()
	wb := xlsx.New()
	sh, err := wb.AddSheet("Svar")
	if err != nil {
		t.Fatal(err)
	}
	for r, row := range rows {
		for c, v := range row {
			if err := sh.SetString(c+1, r+1, v, 0); err != nil {
				t.Fatal(err)
			}
		}
	}
	var buf bytes.Buffer
	if _, err := wb.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
