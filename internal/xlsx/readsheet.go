package xlsx

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"
)

// readSheet streams the cells of a worksheet's sheetData into rows.
func readSheet(r io.Reader, name string, strs []string, maxCells int) ([][]string, error) {
	d := xml.NewDecoder(r)
	g := grid{max: maxCells}
	row, col, inData := 0, 0, false
	for {
		tok, err := d.Token()
		switch {
		case errors.Is(err, io.EOF):
			return g.rows(), nil
		case isRead(err):
			return nil, err
		case err != nil:
			return nil, readErr(BadPart, name, err)
		}
		if end, ok := tok.(xml.EndElement); ok && end.Name.Local == "sheetData" {
			return g.rows(), nil
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch {
		case se.Name.Local == "sheetData":
			inData = true
		case !inData: // before the cells: nothing to read
		case se.Name.Local == "row":
			if row, err = rowNumber(se, row); err != nil {
				return nil, err
			}
			col = 0
		case se.Name.Local == "c":
			c, err := readCell(d, se, max(row, 1), col)
			if err != nil {
				return nil, err
			}
			col = c.col
			if err := g.set(c, strs); err != nil {
				return nil, err
			}
		}
	}
}

func rowNumber(se xml.StartElement, prev int) (int, error) {
	v := attr(se, "r")
	if v == "" {
		if prev >= MaxRows {
			return 0, readErr(TooManyRows, MaxRows)
		}
		return prev + 1, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > MaxRows {
		return 0, readErr(BadRowNumber, v, MaxRows)
	}
	return n, nil
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

// rawCell is one <c> as stored.
type rawCell struct {
	row, col   int
	typ, v, is string
	formula    bool
}

func readCell(d *xml.Decoder, se xml.StartElement, row, prevCol int) (rawCell, error) {
	c := rawCell{row: row, col: prevCol + 1, typ: attr(se, "t")}
	if ref := attr(se, "r"); ref != "" {
		col, r, err := ParseCell(ref)
		if err != nil {
			return c, cellErr(row, c.col, BadCellRef, ref)
		}
		c.col, c.row = col, r
	}
	if c.col > MaxColumns {
		return c, cellErr(row, MaxColumns, TooManyColumns, MaxColumns)
	}
	for {
		tok, err := d.Token()
		if err != nil {
			return c, c.fault(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				c.v, err = elementText(d)
			case "f":
				c.formula = true
				err = d.Skip()
			case "is":
				c.is, err = stringItem(d, t)
			default:
				err = d.Skip()
			}
			if err != nil {
				return c, c.fault(err)
			}
		case xml.EndElement:
			return c, nil
		}
	}
}

// fault is an error met inside the cell, as that cell's problem.
func (c rawCell) fault(err error) error {
	if isRead(err) {
		return err
	}
	return cellErr(c.row, c.col, BadCell, err)
}

// elementText is the text of an element without children.
func elementText(d *xml.Decoder) (string, error) {
	var b strings.Builder
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if err := d.Skip(); err != nil {
				return "", err
			}
		case xml.EndElement:
			return b.String(), nil
		}
	}
}

// value is a cell's text, by its type.
func (c rawCell) value(strs []string) (string, error) {
	switch c.typ {
	case "s":
		if strings.TrimSpace(c.v) == "" {
			return "", nil
		}
		i, err := strconv.Atoi(strings.TrimSpace(c.v))
		if err != nil || i < 0 || i >= len(strs) {
			return "", cellErr(c.row, c.col, NoSharedString, c.v, len(strs))
		}
		return strs[i], nil
	case "inlineStr":
		return c.is, nil
	case "b":
		switch c.v {
		case "1":
			return "TRUE", nil
		case "0":
			return "FALSE", nil
		}
		return c.v, nil
	case "str", "e", "d":
		return c.v, nil
	}
	return generalNumber(c.v), nil
}

// generalNumber is a stored number as Excel shows it in General format:
// at most 15 significant digits. The count includes a minus sign, as
// excelize counts, so both read the same text.
func generalNumber(v string) string {
	if strings.Contains(v, "_") {
		return v
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return v
	}
	plain := strconv.FormatFloat(f, 'f', -1, 64)
	if digits := len(plain) - strings.Count(plain, "."); digits > 15 && !wholeWithin15(v) {
		return strconv.FormatFloat(f, 'G', 15, 64)
	}
	return plain
}

// wholeWithin15: an integer whose digits past the 15th are all zero.
func wholeWithin15(s string) bool {
	if strings.ContainsAny(s, ".Ee") {
		return false
	}
	s = strings.TrimLeft(s, "+-0")
	return len(strings.TrimRight(s, "0")) <= 15
}

// grid gathers the cells into rows, within the cell budget.
type grid struct {
	cells [][]string
	used  int // slots allocated: cells, blanks and rows
	max   int
}

func (g *grid) set(c rawCell, strs []string) error {
	v, err := c.value(strs)
	if err != nil {
		return err
	}
	if v == "" && !c.formula {
		return nil
	}
	var row []string
	if c.row <= len(g.cells) {
		row = g.cells[c.row-1]
	}
	newRows, grow := max(0, c.row-len(g.cells)), max(0, c.col-len(row))
	if g.used+newRows+grow > g.max {
		return cellErr(c.row, c.col, TooManyCells, g.max)
	}
	g.used += newRows + grow
	for len(g.cells) < c.row {
		g.cells = append(g.cells, nil)
	}
	if grow > 0 {
		row = append(row, make([]string, grow)...)
	}
	row[c.col-1] = v
	g.cells[c.row-1] = row
	return nil
}

func (g *grid) rows() [][]string {
	if g.cells == nil {
		return [][]string{}
	}
	return g.cells
}
