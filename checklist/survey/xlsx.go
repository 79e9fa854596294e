package survey

import (
	"errors"

	"github.com/samskab/samskab/internal/xlsx"
)

// readXLSX returns the rows of the first sheet: text as stored, numbers
// without their number format. A problem in a cell is at that cell.
func readXLSX(data []byte) ([][]string, error) {
	rows, err := xlsx.ReadRows(data, "", xlsx.DefaultLimits)
	if err == nil {
		return rows, nil
	}
	var re *xlsx.ReadError
	if !errors.As(err, &re) {
		// ReadRows promises a *ReadError; a new error of another kind is
		// shown as the reader words it.
		re = &xlsx.ReadError{Kind: xlsx.BadCell, Args: []any{err}}
	}
	return nil, Problems{problem(re.Row, re.Col, BadWorkbook, re)}
}
