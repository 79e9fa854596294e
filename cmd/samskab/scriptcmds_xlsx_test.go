package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
)

// csv2xlsx IN OUT turns a comma-separated file into a workbook, as a
// survey tool's "download as Excel" would; cells that are whole numbers
// become numbers.
func cmdCSV2XLSX(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: csv2xlsx IN OUT")
	}
	data, err := os.ReadFile(ts.MkAbs(args[0]))
	ts.Check(err)
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	ts.Check(err)
	f := excelize.NewFile()
	defer f.Close()
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if len(v) == 1 && v[0] >= '0' && v[0] <= '9' {
				ts.Check(f.SetCellInt("Sheet1", cell, int64(v[0]-'0')))
				continue
			}
			ts.Check(f.SetCellStr("Sheet1", cell, v))
		}
	}
	ts.Check(f.SaveAs(ts.MkAbs(args[1])))
}

// xlsxdump FILE prints every sheet of a workbook, one tab-separated line
// per row, as the cells show.
func cmdXLSXDump(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: xlsxdump FILE")
	}
	f, err := excelize.OpenFile(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		b.WriteString("== " + sheet + "\n")
		rows, err := f.GetRows(sheet)
		ts.Check(err)
		for _, row := range rows {
			b.WriteString(strings.Join(row, "\t") + "\n")
		}
	}
	_, err = ts.Stdout().Write([]byte(b.String()))
	ts.Check(err)
}
