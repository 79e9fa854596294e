package xlsx

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// FuzzRead: no archive and no sheet or shared-strings XML makes ReadRows
// panic or return more than its limits allow. Mutating whole archives
// rarely gets past the zip checksums, so the sheet and the shared strings
// are also fuzzed as text inside a valid archive.
func FuzzRead(f *testing.F) {
	f.Add(sample(f), `<row r="1"><c r="A1" t="s"><v>0</v></c></row>`, `<si><t>a</t></si>`)
	f.Add([]byte("PK\x03\x04"), `<row><c t="inlineStr"><is><r><t>x</t></r><rPh><t>y</t></rPh></is></c><c t="b"><v>1</v></c></row>`, ``)
	f.Add([]byte{}, `<row r="3"><c r="XFD3"><v>1E300</v></c><c r="B3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>`, `<si><t>_x0041__x005F_</t></si>`)
	f.Add([]byte{}, `<row r="2"><c r="C2"><v>1</v></c></row><row r="1"><c r="B1" t="s"><v>9</v></c></row>`, `<si><r><t>a</t></r></si>`)
	if data, err := os.ReadFile("../../checklist/survey/testdata/forms-da-libreoffice.xlsx"); err == nil {
		f.Add(data, ``, ``)
	}
	lim := Limits{MaxEntries: 50, MaxPartSize: 1 << 20, MaxTotalSize: 4 << 20, MaxCells: 5000}
	f.Fuzz(func(t *testing.T, archive []byte, sheet, sst string) {
		check(t, archive, lim)
		check(t, pack(t, handBook(sheet, sst)), lim)
	})
}

func check(t *testing.T, data []byte, lim Limits) {
	rows, err := ReadRows(data, "", lim)
	if err != nil {
		var re *ReadError
		if !errors.As(err, &re) {
			t.Fatalf("an error of type %T: %v", err, err)
		}
		if re.Row != 0 && (re.Row < 1 || re.Row > MaxRows || re.Col < 1 || re.Col > MaxColumns) {
			t.Fatalf("cell error outside a sheet: %+v", re)
		}
		if _, ok := english()[re.Kind]; !ok || strings.Contains(re.Reason(), "%!") {
			t.Fatalf("kind %q with args %v has no message: %s", re.Kind, re.Args, re.Reason())
		}
		return
	}
	slots := len(rows)
	for _, r := range rows {
		slots += len(r)
	}
	if slots > lim.MaxCells {
		t.Fatalf("%d rows and cells, over the limit of %d", slots, lim.MaxCells)
	}
	if n := len(rows); n > 0 && len(rows[n-1]) == 0 {
		t.Fatalf("the last of %d rows is empty", n)
	}
}
