package xlsx

import (
	"fmt"
	"strconv"
	"strings"
)

// ChartKind is the sort of chart.
type ChartKind uint8

const (
	// BarChart draws horizontal bars, one per category.
	BarChart ChartKind = iota + 1
	// LineChart draws a line per series over the categories.
	LineChart
)

// Chart is a chart drawn over a sheet, its data in cells of the workbook.
type Chart struct {
	Kind   ChartKind
	Title  string
	Series []Series
	// Legend is where the legend goes: "r", "l", "t", "b"; "" for none.
	Legend string
	// ReverseCategories lists the categories from the top down, so a bar
	// chart reads in the order of its rows; the value axis stays below.
	ReverseCategories bool
	// The value axis: its bounds when set, and its number format.
	ValueMin, ValueMax *float64
	ValueFormat        string // "0%"; "" for General
	// The top-left corner (1-based column and row) and size in pixels.
	Col, Row      int
	Width, Height int
}

// Series is one data series: its name, the category labels and the
// values, each a range of cells of one column or row.
type Series struct {
	Name       string // the name as text, when NameRef is not set
	NameRef    *Range // a cell that holds the name
	Categories Range
	Values     Range
	Marker     string // line charts: "circle", "square", "diamond", …; "" for none
	MarkerSize int    // 2–72 points
}

// AddChart draws a chart over the sheet.
func (s *Sheet) AddChart(c Chart) error {
	if err := c.check(); err != nil {
		return fmt.Errorf("%s: chart %q: %w", s.name, c.Title, err)
	}
	s.charts = append(s.charts, c)
	return nil
}

func (c Chart) check() error {
	if c.Kind != BarChart && c.Kind != LineChart {
		return fmt.Errorf("unknown kind %d", c.Kind)
	}
	if len(c.Series) == 0 {
		return fmt.Errorf("no series")
	}
	switch c.Legend {
	case "", "r", "l", "t", "b":
	default:
		return fmt.Errorf("legend position %q is not r, l, t or b", c.Legend)
	}
	if c.Col < 1 || c.Col > MaxColumns || c.Row < 1 || c.Row > MaxRows || c.Width <= 0 || c.Height <= 0 {
		return fmt.Errorf("corner at column %d, row %d, %d×%d pixels, is off the sheet", c.Col, c.Row, c.Width, c.Height)
	}
	for i, sr := range c.Series {
		if !sr.Categories.valid() || !sr.Values.valid() || (sr.NameRef != nil && !sr.NameRef.valid()) {
			return fmt.Errorf("series %d: a range is not a block of cells", i+1)
		}
		if sr.Marker != "" && (!validMarker(sr.Marker) || sr.MarkerSize < 2 || sr.MarkerSize > 72) {
			return fmt.Errorf("series %d: marker %q of size %d", i+1, sr.Marker, sr.MarkerSize)
		}
	}
	return nil
}

// validMarker is a switch, not a map, which would be built at every start
// of samskab.
func validMarker(name string) bool {
	switch name {
	case "circle", "dash", "diamond", "dot", "plus", "square", "star", "triangle", "x":
		return true
	}
	return false
}

// emu is the unit of DrawingML lengths: 9525 to a pixel at 96 dpi.
const emuPerPixel = 9525

// Axis ids, fixed: one chart part has one pair of axes.
const (
	catAxisID = 100000000
	valAxisID = 100000001
)

// chartXML is a chart part. The cached values are the ones the cells hold
// now, so a viewer that does not recalculate still draws the chart.
func (wb *Workbook) chartXML(c Chart) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<c:chartSpace xmlns:c="` + nsChart + `" xmlns:a="` + nsDrawingML + `" xmlns:r="` + nsRelationships + `">`)
	b.WriteString(`<c:roundedCorners val="0"/><c:chart>`)
	if c.Title != "" {
		b.WriteString(`<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr>`)
		b.WriteString(`<a:r><a:rPr lang="en-US" sz="1400" b="0"/><a:t>` + xmlText(c.Title) + `</a:t></a:r></a:p></c:rich></c:tx>`)
		b.WriteString(`<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`)
	} else {
		b.WriteString(`<c:autoTitleDeleted val="1"/>`)
	}
	b.WriteString(`<c:plotArea><c:layout/>`)
	if c.Kind == BarChart {
		b.WriteString(`<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>`)
		// One colour per bar when there is one series, as today's charts have.
		b.WriteString(`<c:varyColors val="` + boolVal(len(c.Series) == 1) + `"/>`)
		for i, sr := range c.Series {
			wb.seriesXML(&b, i, sr, false)
		}
		b.WriteString(`<c:gapWidth val="150"/>`)
		b.WriteString(`<c:axId val="` + strconv.Itoa(catAxisID) + `"/><c:axId val="` + strconv.Itoa(valAxisID) + `"/></c:barChart>`)
	} else {
		b.WriteString(`<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>`)
		for i, sr := range c.Series {
			wb.seriesXML(&b, i, sr, true)
		}
		b.WriteString(`<c:marker val="1"/>`)
		b.WriteString(`<c:axId val="` + strconv.Itoa(catAxisID) + `"/><c:axId val="` + strconv.Itoa(valAxisID) + `"/></c:lineChart>`)
	}
	axesXML(&b, c)
	b.WriteString(`</c:plotArea>`)
	if c.Legend != "" {
		b.WriteString(`<c:legend><c:legendPos val="` + c.Legend + `"/><c:overlay val="0"/></c:legend>`)
	}
	b.WriteString(`<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`)
	return b.String()
}

func (wb *Workbook) seriesXML(b *strings.Builder, i int, sr Series, line bool) {
	n := strconv.Itoa(i)
	b.WriteString(`<c:ser><c:idx val="` + n + `"/><c:order val="` + n + `"/><c:tx>`)
	if sr.NameRef != nil {
		wb.strRef(b, *sr.NameRef)
	} else {
		b.WriteString(`<c:v>` + xmlText(sr.Name) + `</c:v>`)
	}
	b.WriteString(`</c:tx>`)
	if line {
		b.WriteString(`<c:spPr><a:ln w="25400" cap="rnd"><a:round/></a:ln></c:spPr>`)
		if sr.Marker != "" {
			b.WriteString(`<c:marker><c:symbol val="` + sr.Marker + `"/><c:size val="` + strconv.Itoa(sr.MarkerSize) + `"/></c:marker>`)
		} else {
			b.WriteString(`<c:marker><c:symbol val="none"/></c:marker>`)
		}
	} else {
		b.WriteString(`<c:invertIfNegative val="0"/>`)
	}
	b.WriteString(`<c:cat>`)
	wb.strRef(b, sr.Categories)
	b.WriteString(`</c:cat><c:val>`)
	wb.numRef(b, sr.Values)
	b.WriteString(`</c:val>`)
	if line {
		b.WriteString(`<c:smooth val="0"/>`)
	}
	b.WriteString(`</c:ser>`)
}

func axesXML(b *strings.Builder, c Chart) {
	catPos, valPos := "l", "b"
	if c.Kind == LineChart {
		catPos, valPos = "b", "l"
	}
	orientation := "minMax"
	if c.ReverseCategories {
		orientation = "maxMin"
	}
	b.WriteString(`<c:catAx><c:axId val="` + strconv.Itoa(catAxisID) + `"/><c:scaling><c:orientation val="` + orientation + `"/></c:scaling>`)
	b.WriteString(`<c:delete val="0"/><c:axPos val="` + catPos + `"/><c:numFmt formatCode="General" sourceLinked="1"/>`)
	b.WriteString(`<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`)
	b.WriteString(`<c:crossAx val="` + strconv.Itoa(valAxisID) + `"/><c:crosses val="autoZero"/><c:auto val="1"/>`)
	b.WriteString(`<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`)

	b.WriteString(`<c:valAx><c:axId val="` + strconv.Itoa(valAxisID) + `"/><c:scaling><c:orientation val="minMax"/>`)
	if c.ValueMax != nil {
		b.WriteString(`<c:max val="` + formatNumber(*c.ValueMax) + `"/>`)
	}
	if c.ValueMin != nil {
		b.WriteString(`<c:min val="` + formatNumber(*c.ValueMin) + `"/>`)
	}
	format, linked := c.ValueFormat, "0"
	if format == "" {
		format, linked = "General", "1"
	}
	b.WriteString(`</c:scaling><c:delete val="0"/><c:axPos val="` + valPos + `"/><c:majorGridlines/>`)
	b.WriteString(`<c:numFmt formatCode="` + xmlAttr(format) + `" sourceLinked="` + linked + `"/>`)
	b.WriteString(`<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`)
	// With the categories reversed the first is at the top, and the value
	// axis, which crosses at the first by default, would be drawn above
	// the bars; crossing at the last keeps it at the bottom.
	crosses := "autoZero"
	if c.ReverseCategories {
		crosses = "max"
	}
	b.WriteString(`<c:crossAx val="` + strconv.Itoa(catAxisID) + `"/><c:crosses val="` + crosses + `"/><c:crossBetween val="between"/></c:valAx>`)
}

func boolVal(v bool) string {
	if v {
		return "1"
	}
	return "0"
}

// strRef is a reference to text cells with the text they hold now.
func (wb *Workbook) strRef(b *strings.Builder, r Range) {
	b.WriteString(`<c:strRef><c:f>` + xmlText(r.Ref()) + `</c:f><c:strCache>`)
	vals := wb.rangeValues(r)
	b.WriteString(`<c:ptCount val="` + strconv.Itoa(len(vals)) + `"/>`)
	for i, c := range vals {
		if v, ok := c.display(); ok {
			b.WriteString(`<c:pt idx="` + strconv.Itoa(i) + `"><c:v>` + xmlText(v) + `</c:v></c:pt>`)
		}
	}
	b.WriteString(`</c:strCache></c:strRef>`)
}

// numRef is a reference to number cells with the numbers they hold now;
// text and empty cells are gaps.
func (wb *Workbook) numRef(b *strings.Builder, r Range) {
	b.WriteString(`<c:numRef><c:f>` + xmlText(r.Ref()) + `</c:f><c:numCache><c:formatCode>General</c:formatCode>`)
	vals := wb.rangeValues(r)
	b.WriteString(`<c:ptCount val="` + strconv.Itoa(len(vals)) + `"/>`)
	for i, c := range vals {
		if c.kind == number {
			b.WriteString(`<c:pt idx="` + strconv.Itoa(i) + `"><c:v>` + formatNumber(c.num) + `</c:v></c:pt>`)
		}
	}
	b.WriteString(`</c:numCache></c:numRef>`)
}

// display is a cell's value as a chart label shows it.
func (c cell) display() (string, bool) {
	switch c.kind {
	case text:
		return cellText(c.text), true
	case number:
		return formatNumber(c.num), true
	}
	return "", false
}

// rangeValues are the cells of a range, row by row; cells of a sheet the
// workbook does not have are empty.
func (wb *Workbook) rangeValues(r Range) []cell {
	var sheet *Sheet
	for _, s := range wb.sheets {
		if s.name == r.Sheet {
			sheet = s
		}
	}
	var out []cell
	for row := r.FromRow; row <= r.ToRow; row++ {
		for col := r.FromCol; col <= r.ToCol; col++ {
			var c cell
			if sheet != nil {
				c = sheet.cells[row][col]
			}
			out = append(out, c)
		}
	}
	return out
}

// drawingXML places a sheet's charts, each by its top-left cell and its
// size, so the size does not depend on the column widths.
func drawingXML(charts []Chart) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<xdr:wsDr xmlns:xdr="` + nsSpreadsheetDrawing + `" xmlns:a="` + nsDrawingML + `">`)
	for i, c := range charts {
		id := strconv.Itoa(i + 2)
		b.WriteString(`<xdr:oneCellAnchor><xdr:from><xdr:col>` + strconv.Itoa(c.Col-1) + `</xdr:col><xdr:colOff>0</xdr:colOff>`)
		b.WriteString(`<xdr:row>` + strconv.Itoa(c.Row-1) + `</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>`)
		b.WriteString(`<xdr:ext cx="` + strconv.Itoa(c.Width*emuPerPixel) + `" cy="` + strconv.Itoa(c.Height*emuPerPixel) + `"/>`)
		b.WriteString(`<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="` + id + `" name="` + xmlAttr("Chart "+strconv.Itoa(i+1)) + `"/>`)
		b.WriteString(`<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>`)
		b.WriteString(`<a:graphic><a:graphicData uri="` + nsChart + `"><c:chart xmlns:c="` + nsChart + `" xmlns:r="` + nsRelationships + `" r:id="rId` + strconv.Itoa(i+1) + `"/>`)
		b.WriteString(`</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`)
	}
	b.WriteString(`</xdr:wsDr>`)
	return b.String()
}
