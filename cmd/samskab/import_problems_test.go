package main

import (
	"archive/zip"
	"compress/flate"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/survey"
	"github.com/samskab/samskab/internal/xlsx"
)

// surveySamples are a problem of every survey.Code, one of every
// xlsx.ReadKind, and every reader error with a message of its own, with
// arguments of the types their packages give.
func surveySamples() []survey.Problem {
	p := func(row, col int, code survey.Code, args ...any) survey.Problem {
		return survey.Problem{Row: row, Col: col, Code: code, Args: args}
	}
	wb := func(kind xlsx.ReadKind, args ...any) survey.Problem {
		return p(0, 0, survey.BadWorkbook, &xlsx.ReadError{Kind: kind, Args: args})
	}
	cell := func(kind xlsx.ReadKind, args ...any) survey.Problem {
		return p(3, 2, survey.BadWorkbook, &xlsx.ReadError{Kind: kind, Row: 3, Col: 2, Args: args})
	}
	const sheet = "xl/worksheets/sheet1.xml"
	return []survey.Problem{
		p(0, 0, survey.ExportEmpty),
		p(1, 1, survey.NoQuestion),
		p(1, 1, survey.OtherDelimiter, "|"),
		p(2, 3, survey.NotAnAnswer, "Måske", "cok-01.q1", "Helt enig, Ved ikke"),
		p(1, 4, survey.ColumnUnknown, "Hvad ellers?", "cok-01.q1", "Uenigheder mellem parterne …"),
		p(1, 4, survey.ColumnNoneNear, "Hvad ellers?"),
		p(1, 2, survey.ColumnTwice, 1, "cok-01.q1"),
		p(0, 0, survey.TooManyProbs),
		p(3, 0, survey.RowNoAnswers),
		p(2, 1, survey.NameControl),
		p(2, 0, survey.NotUTF8, 2),
		p(0, 0, survey.BinaryData),
		p(2, 2, survey.BadCSV, csv.ErrBareQuote),
		p(2, 3, survey.BadCSV, csv.ErrQuote),
		wb(xlsx.NotZip, zip.ErrFormat),
		wb(xlsx.TooManyFiles, 10001, 10000),
		wb(xlsx.MissingPart, "xl/workbook.xml"),
		wb(xlsx.PartTooLarge, sheet, xlsx.Size(64<<20)),
		wb(xlsx.PartTooLarge, sheet, xlsx.Size(1000)),
		wb(xlsx.WorkbookTooLarge, xlsx.Size(64<<20)),
		wb(xlsx.BadPart, sheet, &xml.SyntaxError{Msg: "unexpected EOF", Line: 4}),
		wb(xlsx.BadPart, sheet, &xml.SyntaxError{Msg: "element <row> closed by </rowx>", Line: 1}),
		wb(xlsx.BadPart, sheet, zip.ErrChecksum),
		wb(xlsx.BadPart, sheet, zip.ErrAlgorithm),
		wb(xlsx.BadPart, sheet, flate.CorruptInputError(120)),
		wb(xlsx.BadPart, sheet, io.ErrUnexpectedEOF),
		wb(xlsx.BadString, "xl/sharedStrings.xml", 0, &xml.SyntaxError{Msg: "unexpected EOF", Line: 1}),
		wb(xlsx.NoSheets),
		wb(xlsx.NoSuchSheet, "Ark2", "Svar, Noter"),
		wb(xlsx.SheetNoPart, "Svar"),
		wb(xlsx.TooManyRows, xlsx.MaxRows),
		wb(xlsx.BadRowNumber, "0", xlsx.MaxRows),
		cell(xlsx.BadCellRef, "2B"),
		cell(xlsx.TooManyColumns, xlsx.MaxColumns),
		cell(xlsx.BadCell, &xml.SyntaxError{Msg: "unexpected EOF", Line: 1}),
		cell(xlsx.NoSharedString, "7", 1),
		cell(xlsx.TooManyCells, 1<<20),
	}
}

// Every problem of an export is worded from the catalog: in English as
// checklist/survey and internal/xlsx word it themselves, byte for byte,
// and in Danish without English, except for what an XML parser says in
// its own words.
func TestSurveyWording(t *testing.T) {
	codes, kinds := map[survey.Code]bool{}, map[xlsx.ReadKind]bool{}
	for _, p := range surveySamples() {
		codes[p.Code] = true
		var re *xlsx.ReadError
		if len(p.Args) > 0 {
			if re, _ = p.Args[0].(*xlsx.ReadError); re != nil {
				kinds[re.Kind] = true
			}
		}
		if en := exportProblem(checklist.English, "x.csv", p).Msg; en != p.Msg() {
			t.Errorf("English %s = %q; checklist/survey says %q", p.Code, en, p.Msg())
		}
		da := exportProblem(checklist.Danish, "x.csv", p).Msg
		if da == p.Msg() || strings.Contains(da, "%!") {
			t.Errorf("Danish %s is not worded: %q", p.Code, da)
		}
		if found := englishIn(strings.ReplaceAll(da, "element <row> closed by </rowx>", "")); len(found) > 0 {
			t.Errorf("Danish %s: English %q in %q", p.Code, found, da)
		}
	}
	for _, c := range survey.Codes() {
		if !codes[c] {
			t.Errorf("survey.%s has no sample", c)
		}
	}
	for _, k := range xlsx.ReadKinds() {
		if !kinds[k] {
			t.Errorf("xlsx.%s has no sample", k)
		}
	}
	if got := readerError(checklist.Danish, errors.New("zip: a new error")); got != "zip: a new error" {
		t.Errorf("an error without a message of its own is %q, want the reader's text", got)
	}
}
