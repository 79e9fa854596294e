package xlsx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// sameAsExcelize reads every sheet with ReadRows and with excelize's
// GetRows and compares them cell by cell. A cell in General format reads
// as excelize shows it; a number in another format (a percent, a date)
// reads as the number stored, since ReadRows leaves formats out.
func sameAsExcelize(t *testing.T, data []byte) {
	t.Helper()
	f := openExcelize(t, data)
	for _, sheet := range f.GetSheetList() {
		ours, err := ReadRows(data, sheet, DefaultLimits)
		if err != nil {
			t.Fatalf("%s: %v", sheet, err)
		}
		shown, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		raw, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(ours) != len(raw) {
			t.Errorf("%s: %d rows, excelize %d:\nours %q\nexcelize %q", sheet, len(ours), len(raw), ours, raw)
			continue
		}
		for r := range ours {
			if len(ours[r]) != len(raw[r]) {
				t.Errorf("%s row %d: %d cells, excelize %d:\nours %q\nexcelize %q", sheet, r+1, len(ours[r]), len(raw[r]), ours[r], raw[r])
				continue
			}
			for c, got := range ours[r] {
				cell := CellName(c+1, r+1)
				if got == at(shown, r, c) || (formattedNumber(t, f, sheet, cell) && sameNumber(got, raw[r][c])) {
					continue
				}
				t.Errorf("%s!%s: %q, excelize shows %q (stored %q)", sheet, cell, got, at(shown, r, c), raw[r][c])
			}
		}
	}
}

func at(rows [][]string, r, c int) string {
	if r < len(rows) && c < len(rows[r]) {
		return rows[r][c]
	}
	return ""
}

// formattedNumber: a number cell whose number format is not General.
func formattedNumber(t *testing.T, f *excelize.File, sheet, cell string) bool {
	typ, err := f.GetCellType(sheet, cell)
	if err != nil || (typ != excelize.CellTypeUnset && typ != excelize.CellTypeNumber) {
		return false
	}
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	s, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return s.NumFmt != 0 || s.CustomNumFmt != nil
}

// sameNumber: equal to Excel's 15 significant digits.
func sameNumber(a, b string) bool {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	return err1 == nil && err2 == nil && math.Abs(x-y) <= 1e-14*math.Max(math.Abs(x), math.Abs(y))
}

func writeExcelize(t *testing.T, f *excelize.File) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return buf.Bytes()
}

// excelizeBooks are workbooks as excelize writes them: shared strings,
// inline strings (SetCellDefault), rich text, booleans, formulas, dates,
// sparse rows, several sheets, and the stream writer's output.
func excelizeBooks(t *testing.T) map[string][]byte {
	books := map[string][]byte{}
	check := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}

	f := excelize.NewFile()
	for cell, v := range map[string]any{
		"A1": "text", "B1": 42, "C1": 3.25, "D1": true, "E1": false, "F1": -0.5, "G1": 1e20, "H1": 0.1 + 0.2,
		"A2": "  padded  ", "B2": "line\nbreak", "C2": "esc\x1b", "D2": "_x0041_", "E2": "Ærø – “x”", "F2": "=1+2",
		"A3": int64(12345678901234567), "B3": 123456789012345.67, "C3": time.Date(2024, 5, 17, 0, 0, 0, 0, time.UTC),
		"D3": "", "E3": nil,
	} {
		check(f.SetCellValue("Sheet1", cell, v))
	}
	check(f.SetCellDefault("Sheet1", "A4", "inline text"))
	check(f.SetCellDefault("Sheet1", "B4", "17"))
	check(f.SetCellRichText("Sheet1", "C4", []excelize.RichTextRun{{Text: "bold ", Font: &excelize.Font{Bold: true}}, {Text: "plain"}}))
	check(f.SetCellFormula("Sheet1", "D4", "SUM(B1:C1)"))
	pct, err := f.NewStyle(&excelize.Style{NumFmt: 10})
	check(err)
	check(f.SetCellValue("Sheet1", "E4", 0.375))
	check(f.SetCellStyle("Sheet1", "E4", "E4", pct))
	check(f.SetCellValue("Sheet1", "C9", "after a gap"))
	check(f.SetCellValue("Sheet1", "AA12", 7))
	_, err = f.NewSheet("Second")
	check(err)
	check(f.SetCellValue("Second", "B2", "on the second sheet"))
	books["types"] = writeExcelize(t, f)

	f = excelize.NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	check(err)
	check(sw.SetRow("A1", []any{"Navn", "Part", "cok-01.q1"}))
	check(sw.SetRow("A2", []any{"Mette", nil, 4}))
	check(sw.SetRow("B4", []any{"Borgere", 2.5, true}))
	check(sw.Flush())
	books["stream"] = writeExcelize(t, f)
	return books
}

// TestSameRowsAsExcelize: over workbooks excelize writes and ours.
func TestSameRowsAsExcelize(t *testing.T) {
	books := excelizeBooks(t)
	books["ours"] = sample(t)
	for name, data := range books {
		t.Run(name, func(t *testing.T) { sameAsExcelize(t, data) })
	}
}

// TestExcelizeTypes pins what the differential test compares: the
// values ReadRows gives for each kind of cell excelize writes.
func TestExcelizeTypes(t *testing.T) {
	rows, err := ReadRows(excelizeBooks(t)["types"], "", DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"text", "42", "3.25", "TRUE", "FALSE", "-0.5", "100000000000000000000", "0.3"},
		// excelize writes a control character as U+FFFD and "_x0041_"
		// unprotected, so Excel (and ReadRows) read it as "A".
		{"  padded  ", "line\nbreak", "esc\uFFFD", "A", "Ærø – “x”", "=1+2"},
		{"1.23456789012346E+16", "123456789012345", "45429"},
		{"inline text", "17", "bold plain", "", "0.375"},
		nil, nil, nil, nil,
		{"", "", "after a gap"},
		nil, nil,
		append(make([]string, 26), "7"),
	}
	if !equalRows(rows, want) {
		t.Errorf("got\n%q\nwant\n%q", rows, want)
	}
	second, err := ReadRows(excelizeBooks(t)["types"], "second", DefaultLimits)
	if err != nil || !equalRows(second, [][]string{nil, {"", "on the second sheet"}}) {
		t.Errorf("sheet Second: %q %v", second, err)
	}
}

// pack zips parts as a workbook, in name order.
func pack(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		w, err := zw.Create(n)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[n])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// handBook is a minimal workbook as other writers make them, its sheet
// and shared strings given.
func handBook(sheet, sst string) map[string]string {
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
			`<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
			`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
			`<sheets><sheet name="Svar" sheetId="1" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
		"xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + sheet + `</sheetData></worksheet>`,
	}
	if sst != "" {
		parts["xl/sharedStrings.xml"] = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + sst + `</sst>`
	}
	return parts
}

// TestOtherWriters: rows and cells without references, inline rich text
// with phonetic guides, cached formula results, errors, booleans,
// escapes in shared strings, whitespace kept. Each reads as excelize
// reads it, and as written here.
func TestOtherWriters(t *testing.T) {
	for name, tc := range map[string]struct {
		sheet, sst string
		want       [][]string
	}{
		"no references": {
			`<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row><row><c><v>4</v></c><c t="b"><v>1</v></c></row>`,
			`<si><t>Navn</t></si><si><t>cok-01.q1</t></si>`,
			[][]string{{"Navn", "cok-01.q1"}, {"4", "TRUE"}}},
		"sparse with references": {
			`<row r="2"><c r="C2" t="s"><v>0</v></c></row><row r="5" spans="1:3"><c r="A5"><v>1.50</v></c><c r="B5" s="0"/><c r="D5" t="inlineStr"><is><t>x</t></is></c></row>`,
			`<si><t>kun C</t></si>`,
			[][]string{nil, {"", "", "kun C"}, nil, nil, {"1.5", "", "", "x"}}},
		"rich text and phonetics": {
			`<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>Fed </t></r><r><t xml:space="preserve">og  tynd</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></is></c>` +
				`<c r="B1" t="s"><v>0</v></c></row>`,
			`<si><r><t>Hel</t></r><r><rPr><i/></rPr><t>ler</t></r><rPh><t>x</t></rPh><phoneticPr fontId="1"/></si>`,
			[][]string{{"Fed og  tynd", "Heller"}}},
		"formulas and errors": {
			`<row r="1"><c r="A1" t="str"><f>CONCAT("a","b")</f><v>ab</v></c><c r="B1" t="e"><f>1/0</f><v>#DIV/0!</v></c>` +
				`<c r="C1"><f>1+1</f><v>2</v></c><c r="D1"><f>NOW()</f></c></row>`,
			``,
			[][]string{{"ab", "#DIV/0!", "2", ""}}},
		"escapes and space": {
			`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>`,
			`<si><t>a_x000D_b</t></si><si><t xml:space="preserve">  to  </t></si><si><t>_x005F_x0041_ &amp; &lt;</t></si>`,
			[][]string{{"a\rb", "  to  ", "_x0041_ & <"}}},
		"long numbers": {
			`<row r="1"><c r="A1"><v>0.30000000000000004</v></c><c r="B1"><v>1E-3</v></c><c r="C1"><v>12345678901234567890</v></c><c r="D1"><v>-1234567890123456.7</v></c></row>`,
			``,
			[][]string{{"0.3", "0.001", "1.23456789012346E+19", "-1.23456789012346E+15"}}},
	} {
		t.Run(name, func(t *testing.T) {
			data := pack(t, handBook(tc.sheet, tc.sst))
			rows, err := ReadRows(data, "", DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if !equalRows(rows, tc.want) {
				t.Errorf("got %q, want %q", rows, tc.want)
			}
			sameAsExcelize(t, data)
		})
	}
}

// TestLibreOfficeWorkbook: a survey export as LibreOffice Calc saves it
// (the fixture of checklist/survey) – its own namespaces and styles, the
// times as date cells, rich text runs in the shared strings, two sheets.
func TestLibreOfficeWorkbook(t *testing.T) {
	data, err := os.ReadFile("../../checklist/survey/testdata/forms-da-libreoffice.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := ReadRows(data, "", DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Id", "Starttidspunkt", "Fuldførelsestidspunkt", "Mail", "Navn", "Part",
			"Uenigheder mellem parterne bliver bragt frem og drøftet åbent.",
			"Vi har brugt uenigheder aktivt til at udvikle bedre løsninger.",
			"Løsningen stod åben, da samarbejdet begyndte.", "Hvad vil du ellers sige?"},
		{"1", "46329.3765162037", "46329.3796296296", "anonymous", "Mette Hansen", "Kommune",
			"Overvejende enig", "Hverken enig eller uenig", "Helt enig", "Godt møde"},
		{"2", "46329.3771412037", "46329.3813888889", "anonymous", "Jonas", "Borgere", "Helt uenig", "", "Ved ikke"},
		{"3", "46329.3782407407", "46329.3819675926", "anonymous", "", "Forening",
			"Ikke relevant", "Overvejende uenig", "Helt enig", `Mange "gode" idéer; tak`},
	}
	if !equalRows(rows, want) {
		t.Errorf("first sheet:\ngot  %q\nwant %q", rows, want)
	}
	notes, err := ReadRows(data, "Noter", DefaultLimits)
	if err != nil || !equalRows(notes, [][]string{{"Eksporteret fra Microsoft Forms og gemt i LibreOffice Calc"}}) {
		t.Errorf("sheet Noter: %q, %v", notes, err)
	}
	sameAsExcelize(t, data)
}

// TestStrictAndMoved: an ISO strict workbook (other namespaces) kept at
// another path than xl/workbook.xml, as the package's own rels say.
func TestStrictAndMoved(t *testing.T) {
	parts := map[string]string{
		"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="book/main.xml"/></Relationships>`,
		"book/main.xml": `<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">` +
			`<sheets><sheet name="Skjult" sheetId="2" r:id="rId7"/><sheet name="Svar" sheetId="1" r:id="rId3"/></sheets></workbook>`,
		"book/_rels/main.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId3" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="ark/svar.xml"/>` +
			`<Relationship Id="rId7" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet" Target="ark/skjult.xml"/>` +
			`<Relationship Id="rId9" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/sharedStrings" Target="tekster.xml"/></Relationships>`,
		"book/ark/svar.xml":   `<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row r="1"><c r="A1" t="s"><v>1</v></c></row></sheetData></worksheet>`,
		"book/ark/skjult.xml": `<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>`,
		"book/tekster.xml":    `<sst xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><si><t>først</t></si><si><t>svar</t></si></sst>`,
	}
	data := pack(t, parts)
	for sheet, want := range map[string]string{"": "først", "Svar": "svar", "SKJULT": "først"} {
		rows, err := ReadRows(data, sheet, DefaultLimits)
		if err != nil || !equalRows(rows, [][]string{{want}}) {
			t.Errorf("sheet %q: %q %v, want %q", sheet, rows, err, want)
		}
	}
}

// TestReadLimits: a zip bomb, too many files, too many cells and a cell
// far out are refused with a message saying which limit, before the
// memory is taken; a broken cell is named.
func TestReadLimits(t *testing.T) {
	small := Limits{MaxEntries: 20, MaxPartSize: 1 << 20, MaxTotalSize: 2 << 20, MaxCells: 100}
	bomb := handBook(`<row r="1"><c r="A1"><v>1</v></c></row>`+strings.Repeat(" ", 8<<20), "")
	cellBomb := handBook(`<row r="1"><c r="A1"><v>1`+strings.Repeat(" ", 8<<20)+`</v></c></row>`, "")
	many := handBook("", "")
	for i := range 30 {
		many[fmt.Sprintf("junk/%d.xml", i)] = "<x/>"
	}
	var cells strings.Builder
	for r := 1; r <= 11; r++ {
		fmt.Fprintf(&cells, `<row r="%d">`, r)
		for c := 1; c <= 10; c++ {
			fmt.Fprintf(&cells, `<c r="%s"><v>%d</v></c>`, CellName(c, r), c)
		}
		cells.WriteString(`</row>`)
	}
	for name, tc := range map[string]struct {
		parts map[string]string
		lim   Limits
		want  string
	}{
		"zip bomb":       {bomb, small, "xl/worksheets/sheet1.xml is larger than 1 MiB unzipped"},
		"bomb in a cell": {cellBomb, small, "xl/worksheets/sheet1.xml is larger than 1 MiB unzipped"},
		"total size":     {bomb, Limits{MaxEntries: 20, MaxPartSize: 64 << 20, MaxTotalSize: 1 << 20, MaxCells: 100}, "the workbook is larger than 1 MiB unzipped"},
		"many files":     {many, small, "the archive holds 35 files, more than the 20"},
		"many cells":     {handBook(cells.String(), ""), small, "A10: the sheet has more than 100 cells"},
		"far cell":       {handBook(`<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>`, ""), DefaultLimits, "XFD1048576: the sheet has more than 1048576 cells"},
		"far column":     {handBook(`<row r="1"><c r="A1"><v>1</v></c><c><v>2</v></c></row>`, ""), Limits{MaxEntries: 20, MaxPartSize: 1 << 20, MaxTotalSize: 1 << 20, MaxCells: 2}, "B1: the sheet has more than 2 cells"},
		"bad string":     {handBook(`<row r="3"><c r="B3" t="s"><v>7</v></c></row>`, `<si><t>a</t></si>`), DefaultLimits, `B3: shared string "7" does not exist; the workbook has 1`},
		"bad ref":        {handBook(`<row r="2"><c r="2B"><v>1</v></c></row>`, ""), DefaultLimits, `A2: "2B" is not a cell reference`},
		"bad row":        {handBook(`<row r="0"><c><v>1</v></c></row>`, ""), DefaultLimits, `row number "0" is not one from 1 to 1048576`},
		"broken xml":     {handBook(`<row r="1"><c r="A1"><v>1</c></row>`, ""), DefaultLimits, "A1: XML syntax error"},
		"no workbook":    {map[string]string{"a.txt": "hello"}, DefaultLimits, "the archive has no part xl/workbook.xml"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ReadRows(pack(t, tc.parts), "", tc.lim)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
			if !errors.As(err, new(*ReadError)) {
				t.Errorf("an error of type %T, want *ReadError", err)
			}
		})
	}
}

// TestCellErrorsNameTheCell: a problem in a cell carries its row and
// column, for the survey's row:column messages.
func TestCellErrorsNameTheCell(t *testing.T) {
	_, err := ReadRows(pack(t, handBook(`<row r="3"><c r="B3" t="s"><v>7</v></c></row>`, "")), "", DefaultLimits)
	var re *ReadError
	if !errors.As(err, &re) || re.Row != 3 || re.Col != 2 || re.Kind != NoSharedString {
		t.Errorf("got %#v", err)
	}
}

func TestReadRefusals(t *testing.T) {
	noSheets := handBook("", "")
	noSheets["xl/workbook.xml"] = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>`
	for name, tc := range map[string]struct {
		data  []byte
		sheet string
		want  string
	}{
		"not zip":      {[]byte("PK\x03\x04 not really"), "", "not a zip archive"},
		"no sheets":    {pack(t, noSheets), "", "the workbook has no sheets"},
		"no such name": {pack(t, handBook("", "")), "Ark2", `no sheet named "Ark2"; the sheets are Svar`},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := ReadRows(tc.data, tc.sheet, DefaultLimits)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
			if !errors.As(err, new(*ReadError)) {
				t.Errorf("an error of type %T, want *ReadError", err)
			}
		})
	}
}

func TestEmptySheet(t *testing.T) {
	rows, err := ReadRows(pack(t, handBook("", "")), "", DefaultLimits)
	if err != nil || len(rows) != 0 {
		t.Errorf("got %q %v", rows, err)
	}
}
