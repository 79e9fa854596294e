package main

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/samskab/samskab/internal/xlsx/xlsxtest"
)

// writeSurveyExports adds to dir, which holds the survey exports of the
// Danish corpus, the exports a text archive cannot hold: workbooks made
// from some of the CSV files, a workbook broken in one cell, one that is
// not a zip archive, Latin-1 text and binary data.
func writeSurveyExports(t *testing.T, dir string) {
	t.Helper()
	for _, name := range []string{"unknown-column", "outside-scale", "duplicate-column", "empty"} {
		data, err := os.ReadFile(filepath.Join(dir, name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(bytes.NewReader(bytes.ReplaceAll(data, []byte(";"), []byte(",")))).ReadAll()
		if err != nil {
			t.Fatalf("%s.csv: %v", name, err)
		}
		writeCorpusFile(t, filepath.Join(dir, name+".xlsx"), xlsxtest.Workbook(t, rows))
	}
	writeCorpusFile(t, filepath.Join(dir, "bad-cell.xlsx"), zipOf(t, map[string]string{
		"xl/workbook.xml": `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
			`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Svar" r:id="rId1"/></sheets></workbook>`,
		"xl/_rels/workbook.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheet1.xml"/></Relationships>`,
		"xl/sheet1.xml": `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>cok-01.q1</t></is></c></row>` +
			`<row r="3"><c r="B3" t="s"><v>4</v></c></row></sheetData></worksheet>`,
	}))
	writeCorpusFile(t, filepath.Join(dir, "not-zip.xlsx"), []byte("PK\x03\x04 en afbrudt overførsel"))
	writeCorpusFile(t, filepath.Join(dir, "latin1.csv"), []byte("Navn;cok-01.q1\nS\xf8ren;4\n"))
	writeCorpusFile(t, filepath.Join(dir, "binary.csv"), []byte("Navn;cok-01.q1\nA\x00;4\n"))
}

// zipOf is a zip archive of parts, for a workbook broken on purpose.
func zipOf(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
