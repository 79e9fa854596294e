package survey

import (
	"archive/zip"
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"
)

// questions are three real questions of the cok rubric, in both languages.
var questions = []Question{
	{"cok-01.q1", "Uenigheder mellem parterne bliver bragt frem og drøftet åbent.",
		"Disagreements between the parties are brought into the open and discussed."},
	{"cok-01.q2", "Vi har brugt uenigheder aktivt til at udvikle bedre løsninger.",
		"We have actively used disagreements to develop better solutions."},
	{"cok-02.q1", "Løsningen stod åben, da samarbejdet begyndte.",
		"The solution was still open when the collaboration began."},
}

func score(q string, s int) Answer { return Answer{Question: q, Kind: Scored, Score: s} }

// TestFormsExportDanish reads a Microsoft Forms export as Danish Excel
// saves it: BOM, semicolons, metadata columns, Danish labels, an empty
// answer, a free-text column.
func TestFormsExportDanish(t *testing.T) {
	data, err := os.ReadFile("testdata/forms-da.csv")
	if err != nil {
		t.Fatal(err)
	}
	res, err := Parse(data, questions)
	if err != nil {
		t.Fatal(err)
	}
	want := []Response{
		{Row: 2, Respondent: "Mette Hansen", Party: "Kommune", PartyCol: 6,
			Answers: []Answer{score("cok-01.q1", 3), score("cok-01.q2", 2), score("cok-02.q1", 4)}},
		{Row: 3, Respondent: "Jonas", Party: "Borgere", PartyCol: 6,
			Answers: []Answer{score("cok-01.q1", 0), {Question: "cok-02.q1", Kind: DontKnow}}},
		{Row: 4, Party: "Forening", PartyCol: 6,
			Answers: []Answer{{Question: "cok-01.q1", Kind: NotRelevant}, score("cok-01.q2", 1), score("cok-02.q1", 4)}},
	}
	if diff := cmp.Diff(want, res.Responses); diff != "" {
		t.Errorf("responses (-want +got):\n%s", diff)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].Col != 10 || !strings.Contains(res.Warnings[0].Msg(), "Hvad vil du ellers sige?") {
		t.Errorf("want one warning about column 10, got %v", res.Warnings)
	}
}

// TestHeaderStyles: English text with a comma delimiter and English
// labels; ids in brackets with tabs; bare ids with digits; a Forms Likert
// block ("Title.Statement"); differing punctuation and case.
func TestHeaderStyles(t *testing.T) {
	want := [][]Answer{{score("cok-01.q1", 4), score("cok-01.q2", 1), {Question: "cok-02.q1", Kind: NotRelevant}}}
	for name, csv := range map[string]string{
		"english text, commas": "Name,Disagreements between the parties are brought into the open and discussed,\"We have actively used disagreements to develop better solutions.\",The solution was still open when the collaboration began.\n" +
			"Ann,Strongly agree,Mostly disagree,Not relevant\n",
		"bracketed ids, tabs": "Navn\t[cok-01.q1] Uenigheder …\t[cok-01.q2]\tSpørgsmål [cok-02.q1]\nAnn\tHelt enig\tOvervejende uenig\tIkke relevant\n",
		"bare ids, digits":    "name;cok-01.q1;COK-01.Q2 Vi har brugt;cok-02.q1\nAnn;4;1;na\n",
		"likert block":        "Navn,Samarbejdet.Uenigheder mellem parterne bliver bragt frem og drøftet åbent,Samarbejdet.Vi har brugt uenigheder aktivt til at udvikle bedre løsninger,  LØSNINGEN   stod åben – da samarbejdet begyndte!\nAnn,4 - Helt enig,Overvejende uenig (1),Ikke relevant\n",
	} {
		t.Run(name, func(t *testing.T) {
			res, err := Parse([]byte(csv), questions)
			if err != nil {
				t.Fatal(err)
			}
			var got [][]Answer
			for _, r := range res.Responses {
				got = append(got, r.Answers)
				if r.Respondent != "Ann" {
					t.Errorf("respondent %q, want Ann", r.Respondent)
				}
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("answers (-want +got):\n%s", diff)
			}
			if len(res.Warnings) != 0 {
				t.Errorf("unexpected warnings %v", res.Warnings)
			}
		})
	}
}

// TestUTF16 reads Excel's "Unicode text": UTF-16 LE with a BOM and tabs.
func TestUTF16(t *testing.T) {
	text := "Navn\tcok-01.q1\r\nÅse\tHelt enig\r\n"
	var b bytes.Buffer
	b.Write([]byte{0xFF, 0xFE})
	for _, r := range text {
		b.WriteByte(byte(r))
		b.WriteByte(byte(r >> 8))
	}
	res, err := Parse(b.Bytes(), questions)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Responses) != 1 || res.Responses[0].Respondent != "Åse" {
		t.Fatalf("got %+v", res.Responses)
	}
}

// TestXLSX reads the same answers from a workbook, numbers as numbers.
func TestXLSX(t *testing.T) {
	f := excelize.NewFile()
	rows := [][]any{
		{"Id", "Navn", "Part", questions[0].DA, questions[1].EN, "[cok-02.q1]"},
		{1, "Mette", "Kommune", "Helt enig", 2, nil},
		{2, "Ib", "Borgere", "Ved ikke", "Mostly agree", "0"},
	}
	for i, r := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Sheet1", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	res, err := Parse(buf.Bytes(), questions)
	if err != nil {
		t.Fatal(err)
	}
	want := []Response{
		{Row: 2, Respondent: "Mette", Party: "Kommune", PartyCol: 3, Answers: []Answer{score("cok-01.q1", 4), score("cok-01.q2", 2)}},
		{Row: 3, Respondent: "Ib", Party: "Borgere", PartyCol: 3,
			Answers: []Answer{{Question: "cok-01.q1", Kind: DontKnow}, score("cok-01.q2", 3), score("cok-02.q1", 0)}},
	}
	if diff := cmp.Diff(want, res.Responses); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestLibreOfficeWorkbook reads the Forms export of forms-da.csv as
// LibreOffice Calc saves it (testdata/forms-da-libreoffice.xlsx, made with
// `soffice --headless --convert-to xlsx forms-da-libreoffice.fods`): its
// own namespaces and styles, a bold filled header, the times as date
// cells, rich text runs in the shared strings, a second sheet. The answers
// and the warning are the same as from the CSV.
func TestLibreOfficeWorkbook(t *testing.T) {
	parse := func(name string) *Result {
		t.Helper()
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		res, err := Parse(data, questions)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return res
	}
	want, got := parse("forms-da.csv"), parse("forms-da-libreoffice.xlsx")
	if len(want.Responses) != 3 {
		t.Fatalf("the CSV gives %d responses, want 3", len(want.Responses))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("the workbook reads otherwise than the CSV (-csv +xlsx):\n%s", diff)
	}
}

// TestRefusals: every bad cell is named by row and column, all at once.
func TestRefusals(t *testing.T) {
	for name, tc := range map[string]struct {
		csv  string
		code Code
		want []string
	}{
		"bad labels": {"Navn;cok-01.q1;cok-01.q2\nA;Måske;5\nB;Helt enig;Enig\n", NotAnAnswer, []string{
			`2:2: "Måske" is not an answer to cok-01.q1; expected one of Helt enig, Overvejende enig`,
			`2:3: "5" is not an answer to cok-01.q2`,
			`3:3: "Enig" is not an answer to cok-01.q2`}},
		"wrong number with label": {"cok-01.q1\n3 - Helt enig\n", NotAnAnswer, []string{`2:1: "3 - Helt enig" is not an answer`}},
		"duplicate column":        {"cok-01.q1,[cok-01.q1]\n1,2\n", ColumnTwice, []string{"1:2: column 1 and this column both ask cok-01.q1"}},
		"no question":             {"Navn,Alder\nA,4\n", NoQuestion, []string{"1:1: no column matches a question"}},
		"pipes":                   {"Navn|[cok-01.q1] Uenigheder\nA|4\n", OtherDelimiter, []string{`1:1: the header row is one column with "|" in it`}},
		"empty":                   {"", ExportEmpty, []string{"the export is empty"}},
		"control character": {"Navn,Part,cok-01.q1\n\"Ann\x1b[31m\",Kommune,4\n\"Bo\nBo\",\"x\ty\",3\n", NameControl, []string{
			"2:1: the cell holds a control character", "3:1: the cell holds a control character", "3:2: the cell holds a control character"}},
		"not utf-8":       {"Navn;cok-01.q1\nS\xf8ren;4\n", NotUTF8, []string{"2:0: line 2 is not UTF-8 text"}},
		"binary":          {"Navn;cok-01.q1\nA\x00;4\n", BinaryData, []string{"the export holds binary data"}},
		"stray quote":     {"cok-01.q1\n4\"x\n", BadCSV, []string{`2:2: not valid CSV: bare "`}},
		"broken workbook": {"PK\x03\x04rest", BadWorkbook, []string{"not a readable Excel workbook: not a zip archive"}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(tc.csv), questions)
			ps, ok := err.(Problems)
			if !ok {
				t.Fatalf("want Problems, got %v", err)
			}
			if len(ps) != len(tc.want) {
				t.Fatalf("want %d problems, got %d:\n%v", len(tc.want), len(ps), ps)
			}
			for i, w := range tc.want {
				if !strings.Contains(ps[i].String(), w) {
					t.Errorf("problem %d: %q does not contain %q", i, ps[i], w)
				}
				if ps[i].Code != tc.code {
					t.Errorf("problem %d: code %q, want %q", i, ps[i].Code, tc.code)
				}
			}
		})
	}
}

// TestTooManyProblems: past 50 bad cells the list stops, and says so.
func TestTooManyProblems(t *testing.T) {
	_, err := Parse([]byte("cok-01.q1\n"+strings.Repeat("x\n", 60)), questions)
	ps, ok := err.(Problems)
	if !ok || len(ps) != maxProblems+1 || ps[maxProblems].Code != TooManyProbs || ps[maxProblems].String() != "too many problems; stopped here" {
		t.Fatalf("got %d problems, the last %v", len(ps), ps[len(ps)-1])
	}
}

// TestNearestQuestion: a column whose text was edited in the form is not
// matched, and the warning names the question it most resembles.
func TestNearestQuestion(t *testing.T) {
	res, err := Parse([]byte("Navn,Løsningen var åben da samarbejdet begyndte,cok-01.q1\nA,Helt enig,2\n"), questions)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Msg(), "nearest question: cok-02.q1") {
		t.Fatalf("got %v", res.Warnings)
	}
	if res.Warnings[0].Row != 1 || res.Warnings[0].Col != 2 || res.Warnings[0].Code != ColumnUnknown {
		t.Errorf("warning %s at %d:%d, want %s at 1:2", res.Warnings[0].Code, res.Warnings[0].Row, res.Warnings[0].Col, ColumnUnknown)
	}
	// With no questions to be near, the warning says so.
	if w := unknownColumn(2, "Alder", "alder", nil); w.Code != ColumnNoneNear || w.String() != `1:2: column "Alder" matches no question and is ignored; nearest question: none` {
		t.Errorf("no question to be near: %s %q", w.Code, w)
	}
}

// TestEmptyRows: blank rows are skipped silently; a row with a name but
// no answers is skipped with a warning, not imported as an empty response.
func TestEmptyRows(t *testing.T) {
	res, err := Parse([]byte("Navn;cok-01.q1\n;\nA;\nB;3\n"), questions)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Responses) != 1 || res.Responses[0].Row != 4 {
		t.Errorf("got %+v", res.Responses)
	}
	if len(res.Warnings) != 1 || res.Warnings[0].Row != 3 || res.Warnings[0].Code != RowNoAnswers {
		t.Errorf("got %v", res.Warnings)
	}
}

func TestSniffDelimiter(t *testing.T) {
	for text, want := range map[string]rune{
		"a,b,c\n":            ',',
		"a;b;c\n1,5;2,5;3\n": ';',
		"a\tb\n":             '\t',
		"\"x;y;z\",b\n":      ',',
		"a\n":                ',',
	} {
		if got := sniffDelimiter([]byte(text)); got != want {
			t.Errorf("%q: got %q, want %q", text, got, want)
		}
	}
}

// TestXLSXProblemNamesTheCell: a workbook broken in one cell is refused
// with that cell's row and column.
func TestXLSXProblemNamesTheCell(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range map[string]string{
		"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheet1.xml"/></Relationships>`,
		"xl/sheet1.xml": `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>cok-01.q1</t></is></c></row>` +
			`<row r="3"><c r="B3" t="s"><v>4</v></c></row></sheetData></worksheet>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	_, err := Parse(buf.Bytes(), questions)
	ps, ok := err.(Problems)
	if !ok || len(ps) != 1 || ps[0].Row != 3 || ps[0].Col != 2 || ps[0].Code != BadWorkbook ||
		ps[0].String() != `3:2: not a readable Excel workbook: shared string "4" does not exist; the workbook has 0` {
		t.Fatalf("got %v", err)
	}
}
