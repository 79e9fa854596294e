package survey

import (
	"errors"
	"fmt"

	"github.com/samskab/samskab/internal/xlsx"
)

// readXLSX returns the rows of the first sheet: text as stored, numbers
// without their number format.
func readXLSX(data []byte) ([][]string, error) {
	rows, err := xlsx.ReadRows(data, "", xlsx.DefaultLimits)
	var ce *xlsx.CellError
	switch {
	case errors.As(err, &ce):
		return nil, Problems{{Row: ce.Row, Col: ce.Col, Msg: "not a readable Excel workbook: " + ce.Msg}}
	case err != nil:
		return nil, Problems{{Msg: fmt.Sprintf("not a readable Excel workbook: %v", err)}}
	}
	return rows, nil
}
