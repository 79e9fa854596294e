package xlsx

import (
	"archive/zip"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

const (
	xmlHeader            = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsMain               = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
	nsRelationships      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsPackageRels        = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsChart              = "http://schemas.openxmlformats.org/drawingml/2006/chart"
	nsDrawingML          = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsSpreadsheetDrawing = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"
	relOfficeDoc         = nsRelationships + "/officeDocument"
	relWorksheet         = nsRelationships + "/worksheet"
	relStyles            = nsRelationships + "/styles"
	relTheme             = nsRelationships + "/theme"
	relSharedStrings     = nsRelationships + "/sharedStrings"
	relDrawing           = nsRelationships + "/drawing"
	relChart             = nsRelationships + "/chart"
	relExtended          = nsRelationships + "/extended-properties"
	relCore              = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	ctPrefix             = "application/vnd.openxmlformats-officedocument."
)

// stamp is the time every part carries, inside and on the zip entries:
// a fixed one, so the same workbook is the same bytes.
var stamp = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// part is one file of the package.
type part struct {
	name, body string
}

// WriteTo writes the workbook as an .xlsx file.
func (wb *Workbook) WriteTo(w io.Writer) (int64, error) {
	if len(wb.sheets) == 0 {
		return 0, fmt.Errorf("a workbook needs at least one sheet")
	}
	cw := &countingWriter{w: w}
	zw := zip.NewWriter(cw)
	for _, p := range wb.parts() {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: stamp})
		if err != nil {
			return cw.n, err
		}
		if _, err := io.WriteString(fw, p.body); err != nil {
			return cw.n, err
		}
	}
	err := zw.Close()
	return cw.n, err
}

type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// parts lists the package in a fixed order: content types first, as
// some readers expect, then the workbook and each sheet with its charts.
func (wb *Workbook) parts() []part {
	sst := newStringTable()
	var sheets, extra []part
	chartNo, drawingNo := 0, 0
	for i, s := range wb.sheets {
		drawing := 0
		if len(s.charts) > 0 {
			drawingNo++
			drawing = drawingNo
			var rels []rel
			for _, c := range s.charts {
				chartNo++
				name := fmt.Sprintf("xl/charts/chart%d.xml", chartNo)
				extra = append(extra, part{name, wb.chartXML(c)})
				rels = append(rels, rel{relChart, "../charts/" + name[len("xl/charts/"):]})
			}
			extra = append(extra,
				part{fmt.Sprintf("xl/drawings/drawing%d.xml", drawing), drawingXML(s.charts)},
				part{fmt.Sprintf("xl/drawings/_rels/drawing%d.xml.rels", drawing), relsXML(rels)})
			sheets = append(sheets, part{fmt.Sprintf("xl/worksheets/_rels/sheet%d.xml.rels", i+1),
				relsXML([]rel{{relDrawing, fmt.Sprintf("../drawings/drawing%d.xml", drawing)}})})
		}
		sheets = append(sheets, part{fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), s.xml(sst, wb.styles, i == wb.active, drawing > 0)})
	}
	parts := []part{
		{"[Content_Types].xml", wb.contentTypes(chartNo, drawingNo)},
		{"_rels/.rels", relsXML([]rel{{relOfficeDoc, "xl/workbook.xml"}, {relCore, "docProps/core.xml"}, {relExtended, "docProps/app.xml"}})},
		{"docProps/core.xml", coreXML()},
		{"docProps/app.xml", appXML},
		{"xl/workbook.xml", wb.workbookXML()},
		{"xl/_rels/workbook.xml.rels", wb.workbookRels()},
		{"xl/styles.xml", wb.stylesXML()},
		{"xl/theme/theme1.xml", themeXML},
	}
	parts = append(parts, sheets...)
	parts = append(parts, extra...)
	return append(parts, part{"xl/sharedStrings.xml", sst.xml()})
}

type rel struct{ typ, target string }

func relsXML(rels []rel) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Relationships xmlns="` + nsPackageRels + `">`)
	for i, r := range rels {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s" Target="%s"/>`, i+1, r.typ, xmlAttr(r.target))
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

func (wb *Workbook) contentTypes(charts, drawings int) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	b.WriteString(`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>`)
	b.WriteString(`<Default Extension="xml" ContentType="application/xml"/>`)
	override := func(name, typ string) {
		b.WriteString(`<Override PartName="/` + name + `" ContentType="` + typ + `"/>`)
	}
	override("xl/workbook.xml", ctPrefix+"spreadsheetml.sheet.main+xml")
	for i := range wb.sheets {
		override(fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1), ctPrefix+"spreadsheetml.worksheet+xml")
	}
	override("xl/styles.xml", ctPrefix+"spreadsheetml.styles+xml")
	override("xl/theme/theme1.xml", ctPrefix+"theme+xml")
	override("xl/sharedStrings.xml", ctPrefix+"spreadsheetml.sharedStrings+xml")
	for i := 1; i <= drawings; i++ {
		override(fmt.Sprintf("xl/drawings/drawing%d.xml", i), ctPrefix+"drawing+xml")
	}
	for i := 1; i <= charts; i++ {
		override(fmt.Sprintf("xl/charts/chart%d.xml", i), ctPrefix+"drawingml.chart+xml")
	}
	override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
	override("docProps/app.xml", ctPrefix+"extended-properties+xml")
	b.WriteString(`</Types>`)
	return b.String()
}

// workbookRels: the sheets are rId1…rIdN, then styles, theme and the
// shared strings.
func (wb *Workbook) workbookRels() string {
	var rels []rel
	for i := range wb.sheets {
		rels = append(rels, rel{relWorksheet, fmt.Sprintf("worksheets/sheet%d.xml", i+1)})
	}
	rels = append(rels, rel{relStyles, "styles.xml"}, rel{relTheme, "theme/theme1.xml"}, rel{relSharedStrings, "sharedStrings.xml"})
	return relsXML(rels)
}

// workbookXML lists the sheets and, for each autofilter, the hidden name
// Excel keeps its range in.
func (wb *Workbook) workbookXML() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<workbook xmlns="` + nsMain + `" xmlns:r="` + nsRelationships + `">`)
	b.WriteString(`<workbookPr/><bookViews><workbookView activeTab="` + strconv.Itoa(wb.active) + `"/></bookViews><sheets>`)
	for i, s := range wb.sheets {
		fmt.Fprintf(&b, `<sheet name="%s" sheetId="%d" r:id="rId%d"/>`, xmlAttr(s.name), i+1, i+1)
	}
	b.WriteString(`</sheets>`)
	var names strings.Builder
	for i, s := range wb.sheets {
		if s.filter != nil {
			fmt.Fprintf(&names, `<definedName name="_xlnm._FilterDatabase" localSheetId="%d" hidden="1">%s</definedName>`,
				i, xmlText(s.filter.Ref()))
		}
	}
	if names.Len() > 0 {
		b.WriteString(`<definedNames>` + names.String() + `</definedNames>`)
	}
	b.WriteString(`<calcPr calcId="191029"/></workbook>`)
	return b.String()
}

// xml is the worksheet part: view (active tab, frozen rows), column
// widths, the rows with the heights their wrapped text needs, the cells,
// the autofilter and the drawing of its charts.
func (s *Sheet) xml(sst *stringTable, styles []Style, active, drawing bool) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<worksheet xmlns="` + nsMain + `" xmlns:r="` + nsRelationships + `">`)
	b.WriteString(`<dimension ref="` + s.dimension() + `"/>`)
	s.viewXML(&b, active)
	b.WriteString(`<sheetFormatPr defaultRowHeight="15"/>`)
	if len(s.widths) > 0 {
		b.WriteString(`<cols>`)
		for _, c := range sortedKeys(s.widths) {
			fmt.Fprintf(&b, `<col min="%d" max="%d" width="%s" customWidth="1"/>`, c, c, formatNumber(s.widths[c]))
		}
		b.WriteString(`</cols>`)
	}
	b.WriteString(`<sheetData>`)
	for _, r := range s.rowNumbers() {
		fmt.Fprintf(&b, `<row r="%d"%s>`, r, s.rowAttrs(r, styles))
		for _, c := range sortedKeys(s.cells[r]) {
			s.cells[r][c].xml(&b, CellName(c, r), sst)
		}
		b.WriteString(`</row>`)
	}
	b.WriteString(`</sheetData>`)
	if s.filter != nil {
		b.WriteString(`<autoFilter ref="` + s.filter.local() + `"/>`)
	}
	b.WriteString(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`)
	if drawing {
		b.WriteString(`<drawing r:id="rId1"/>`)
	}
	b.WriteString(`</worksheet>`)
	return b.String()
}

func (s *Sheet) viewXML(b *strings.Builder, active bool) {
	b.WriteString(`<sheetViews><sheetView `)
	if active {
		b.WriteString(`tabSelected="1" `)
	}
	b.WriteString(`workbookViewId="0">`)
	if n := s.freezeRows; n > 0 {
		top := CellName(1, n+1)
		fmt.Fprintf(b, `<pane ySplit="%d" topLeftCell="%s" activePane="bottomLeft" state="frozen"/>`, n, top)
		fmt.Fprintf(b, `<selection pane="bottomLeft" activeCell="%s" sqref="%s"/>`, top, top)
	}
	b.WriteString(`</sheetView></sheetViews>`)
}

// dimension is the range the cells span; A1 for an empty sheet.
func (s *Sheet) dimension() string {
	rows := s.rowNumbers()
	if len(rows) == 0 {
		return "A1"
	}
	minC, maxC := MaxColumns, 1
	for _, r := range rows {
		for c := range s.cells[r] {
			minC, maxC = min(minC, c), max(maxC, c)
		}
	}
	return Cells(s.name, minC, rows[0], maxC, rows[len(rows)-1]).local()
}

func (c cell) xml(b *strings.Builder, ref string, sst *stringTable) {
	b.WriteString(`<c r="` + ref + `"`)
	if c.style != 0 {
		b.WriteString(` s="` + strconv.Itoa(c.style) + `"`)
	}
	switch {
	case c.kind == number:
		b.WriteString(`><v>` + formatNumber(c.num) + `</v></c>`)
	case c.kind == text && c.text != "":
		b.WriteString(` t="s"><v>` + strconv.Itoa(sst.index(c.text)) + `</v></c>`)
	default:
		b.WriteString(`/>`)
	}
}

// stringTable is the shared strings part: each text once, in the order
// the cells first use it.
type stringTable struct {
	ids   map[string]int
	list  []string
	count int
}

func newStringTable() *stringTable { return &stringTable{ids: map[string]int{}} }

func (t *stringTable) index(s string) int {
	t.count++
	if i, ok := t.ids[s]; ok {
		return i
	}
	t.ids[s] = len(t.list)
	t.list = append(t.list, s)
	return len(t.list) - 1
}

func (t *stringTable) xml() string {
	var b strings.Builder
	fmt.Fprintf(&b, xmlHeader+`<sst xmlns="%s" count="%d" uniqueCount="%d">`, nsMain, t.count, len(t.list))
	for _, s := range t.list {
		v := cellText(s)
		if v != strings.TrimSpace(v) {
			b.WriteString(`<si><t xml:space="preserve">` + xmlText(v) + `</t></si>`)
		} else {
			b.WriteString(`<si><t>` + xmlText(v) + `</t></si>`)
		}
	}
	b.WriteString(`</sst>`)
	return b.String()
}

// coreXML is made when a workbook is written, not at every start.
func coreXML() string {
	return xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">` + stamp.Format(time.RFC3339) + `</dcterms:created>` +
		`<dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp.Format(time.RFC3339) + `</dcterms:modified></cp:coreProperties>`
}

var appXML = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
	`<Application>samskab</Application></Properties>`
