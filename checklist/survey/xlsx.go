package survey

import (
	"bytes"
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Limits on an unzipped workbook, so a small zip bomb cannot take the
// machine's memory.
const (
	unzipLimit    = 64 << 20
	unzipXMLLimit = 16 << 20
)

// readXLSX returns the rows of the first sheet, as the cells show them.
func readXLSX(data []byte) ([][]string, error) {
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		UnzipSizeLimit: unzipLimit, UnzipXMLSizeLimit: unzipXMLLimit})
	if err != nil {
		return nil, Problems{{Msg: fmt.Sprintf("not a readable Excel workbook: %v", err)}}
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, Problems{{Msg: "the workbook has no sheets"}}
	}
	rows, err := f.GetRows(sheets[0])
	if err != nil {
		return nil, Problems{{Msg: fmt.Sprintf("reading sheet %q: %v", sheets[0], err)}}
	}
	return rows, nil
}
