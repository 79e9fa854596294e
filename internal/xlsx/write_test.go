package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/samskab/samskab/internal/checklisttest"
	"github.com/xuri/excelize/v2"
)

// sample is a workbook with every feature the views use: two sheets,
// styles, text that looks like a formula or a number, numbers, frozen
// header rows, autofilters, widths, a bar and a line chart.
func sample(t testing.TB) []byte {
	t.Helper()
	wb := New()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	style := func(s Style) int {
		id, err := wb.AddStyle(s)
		must(err)
		return id
	}
	head := style(Style{Bold: true, Fill: "DDE7F0", VAlign: "top", Wrap: true})
	pct := style(Style{NumFmt: "0.0%"})
	whole := style(Style{NumFmtID: 1})
	data, err := wb.AddSheet("Data")
	must(err)
	for c, h := range []string{"Name", "Share", "Count", "Note"} {
		must(data.SetString(c+1, 1, h, head))
	}
	rows := []struct {
		name  string
		share float64
		count int
		note  string
	}{
		{"=SUM(A1:A9)", 0.625, 3, "+1"},
		{"42", 0.42100000000000004, 0, "-x\nsecond line"},
		{"@Kommune", 1, 12, "tab\tand esc\x1b and _x0041_"},
	}
	for i, r := range rows {
		must(data.SetString(1, i+2, r.name, 0))
		must(data.SetNumber(2, i+2, r.share, pct))
		must(data.SetNumber(3, i+2, float64(r.count), whole))
		must(data.SetString(4, i+2, r.note, 0))
	}
	must(data.SetStyle(2, 6, pct)) // a styled empty cell
	must(data.FreezeRows(1))
	must(data.AutoFilter(1, 1, 4, 4))
	must(data.SetColWidth(1, 17))
	must(data.SetColWidth(4, 40.5))
	zero, one := 0.0, 1.0
	must(data.AddChart(Chart{Kind: BarChart, Title: "Share by name", ReverseCategories: true,
		Series:   []Series{{Name: "Share", Categories: Cells("Data", 1, 2, 1, 4), Values: Cells("Data", 2, 2, 2, 4)}},
		ValueMin: &zero, ValueMax: &one, ValueFormat: "0%", Col: 6, Row: 2, Width: 640, Height: 244}))

	rounds, err := wb.AddSheet("Bo's runder")
	must(err)
	for c, h := range []string{"Round", "A", "B"} {
		must(rounds.SetString(c+1, 1, h, head))
	}
	for r := 1; r <= 3; r++ {
		must(rounds.SetNumber(1, r+1, float64(r), whole))
		must(rounds.SetNumber(2, r+1, 0.1*float64(r), pct))
		must(rounds.SetNumber(3, r+1, 1-0.2*float64(r), pct))
	}
	must(rounds.FreezeRows(1))
	must(rounds.AutoFilter(1, 1, 3, 4))
	var series []Series
	for c := 2; c <= 3; c++ {
		name := Cells("Bo's runder", c, 1, c, 1)
		series = append(series, Series{NameRef: &name, Categories: Cells("Bo's runder", 1, 2, 1, 4),
			Values: Cells("Bo's runder", c, 2, c, 4), Marker: "circle", MarkerSize: 6})
	}
	must(rounds.AddChart(Chart{Kind: LineChart, Title: "Rounds", Series: series, Legend: "r",
		ValueMin: &zero, ValueMax: &one, ValueFormat: "0%", Col: 1, Row: 7, Width: 720, Height: 360}))
	must(wb.SetActive(1))
	var buf bytes.Buffer
	if _, err := wb.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func openExcelize(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("excelize cannot open the workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestExcelizeReadsValues: excelize sees the sheets, the active one, and
// every cell with its value and type – text stays text, even "=SUM(…)"
// and "42", and numbers are numbers.
func TestExcelizeReadsValues(t *testing.T) {
	f := openExcelize(t, sample(t))
	if got := f.GetSheetList(); !slices.Equal(got, []string{"Data", "Bo's runder"}) {
		t.Errorf("sheets %q", got)
	}
	if got := f.GetActiveSheetIndex(); got != 1 {
		t.Errorf("active sheet %d, want 1", got)
	}
	for _, tc := range []struct {
		cell, raw, shown string
		number           bool
	}{
		{"A1", "Name", "Name", false},
		{"A2", "=SUM(A1:A9)", "=SUM(A1:A9)", false},
		{"A3", "42", "42", false},
		{"A4", "@Kommune", "@Kommune", false},
		{"B2", "0.625", "62.5%", true},
		{"B3", "0.421", "42.1%", true},
		{"C3", "0", "0", true},
		{"C4", "12", "12", true},
		{"D3", "-x\nsecond line", "-x\nsecond line", false},
		{"D4", "tab\tand esc\x1b and _x0041_", "tab\tand esc\x1b and _x0041_", false},
	} {
		raw, err := f.GetCellValue("Data", tc.cell, excelize.Options{RawCellValue: true})
		if err != nil || raw != tc.raw {
			t.Errorf("Data!%s raw %q (%v), want %q", tc.cell, raw, err, tc.raw)
		}
		if shown, _ := f.GetCellValue("Data", tc.cell); shown != tc.shown {
			t.Errorf("Data!%s shows %q, want %q", tc.cell, shown, tc.shown)
		}
		typ, _ := f.GetCellType("Data", tc.cell)
		if isNum := typ == excelize.CellTypeUnset || typ == excelize.CellTypeNumber; isNum != tc.number {
			t.Errorf("Data!%s has type %v; number: %v", tc.cell, typ, tc.number)
		}
		if formula, _ := f.GetCellFormula("Data", tc.cell); formula != "" {
			t.Errorf("Data!%s holds formula %q", tc.cell, formula)
		}
	}
}

// TestExcelizeReadsLayout: styles, frozen header, autofilter names,
// column widths.
func TestExcelizeReadsLayout(t *testing.T) {
	f := openExcelize(t, sample(t))
	style := func(cell string) *excelize.Style {
		id, err := f.GetCellStyle("Data", cell)
		if err != nil {
			t.Fatal(err)
		}
		s, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	h := style("A1")
	if !h.Font.Bold || h.Alignment == nil || h.Alignment.Vertical != "top" || !h.Alignment.WrapText ||
		h.Fill.Type != "pattern" || h.Fill.Pattern != 1 || !slices.Equal(h.Fill.Color, []string{"DDE7F0"}) {
		t.Errorf("header style %+v font %+v alignment %+v", h, h.Font, h.Alignment)
	}
	if s := style("B2"); s.CustomNumFmt == nil || *s.CustomNumFmt != "0.0%" {
		t.Errorf("percent style %+v", s)
	}
	if s := style("B6"); s.CustomNumFmt == nil || *s.CustomNumFmt != "0.0%" {
		t.Errorf("styled empty cell %+v", s)
	}
	if s := style("C2"); s.NumFmt != 1 {
		t.Errorf("whole-number style %+v", s)
	}
	if s := style("A2"); s.Font != nil && s.Font.Bold {
		t.Errorf("a plain cell is bold")
	}
	for _, sheet := range f.GetSheetList() {
		p, err := f.GetPanes(sheet)
		if err != nil || !p.Freeze || p.YSplit != 1 || p.TopLeftCell != "A2" || p.ActivePane != "bottomLeft" {
			t.Errorf("%s: panes %+v %v", sheet, p, err)
		}
	}
	want := []excelize.DefinedName{
		{Name: "_xlnm._FilterDatabase", RefersTo: "'Data'!$A$1:$D$4", Scope: "Data"},
		{Name: "_xlnm._FilterDatabase", RefersTo: "'Bo''s runder'!$A$1:$C$4", Scope: "Bo's runder"},
	}
	if got := f.GetDefinedName(); !slices.Equal(got, want) {
		t.Errorf("defined names %+v, want %+v", got, want)
	}
	for col, want := range map[string]float64{"A": 17, "D": 40.5} {
		if w, err := f.GetColWidth("Data", col); err != nil || w != want {
			t.Errorf("column %s width %v (%v), want %v", col, w, err, want)
		}
	}
	parts := checklisttest.Unzip(t, sample(t))
	if !strings.Contains(parts["xl/worksheets/sheet1.xml"], `<autoFilter ref="A1:D4"/>`) {
		t.Errorf("sheet1 has no autofilter over A1:D4")
	}
}

// TestPackageIsWhole: every part is well-formed XML with a content type,
// and every relationship points at a part that is there.
func TestPackageIsWhole(t *testing.T) {
	parts := checklisttest.Unzip(t, sample(t))
	var types struct {
		Defaults []struct {
			Extension string `xml:",attr"`
		} `xml:"Default"`
		Overrides []struct {
			PartName string `xml:",attr"`
		} `xml:"Override"`
	}
	if err := xml.Unmarshal([]byte(parts["[Content_Types].xml"]), &types); err != nil {
		t.Fatal(err)
	}
	typed := map[string]bool{}
	for _, o := range types.Overrides {
		typed[strings.TrimPrefix(o.PartName, "/")] = true
		if _, ok := parts[strings.TrimPrefix(o.PartName, "/")]; !ok {
			t.Errorf("content type for missing part %s", o.PartName)
		}
	}
	for name, body := range parts {
		if err := wellFormed(body); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if name != "[Content_Types].xml" && !typed[name] && !strings.HasSuffix(name, ".rels") {
			t.Errorf("%s has no content type", name)
		}
		if !strings.HasSuffix(name, ".rels") {
			continue
		}
		var rels relationships
		if err := xml.Unmarshal([]byte(body), &rels); err != nil {
			t.Fatal(err)
		}
		base := path.Dir(path.Dir(name)) // the folder of the part the rels belong to
		for _, r := range rels.Rels {
			if _, ok := parts[path.Join(base, r.Target)]; !ok {
				t.Errorf("%s: %s points at missing %s", name, r.ID, path.Join(base, r.Target))
			}
		}
	}
}

func wellFormed(s string) error {
	d := xml.NewDecoder(strings.NewReader(s))
	for {
		if _, err := d.Token(); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// The parts of a chart that carry its meaning, as DrawingML names them.
type chartPart struct {
	Title []string `xml:"chart>title>tx>rich>p>r>t"`
	Plot  struct {
		Bar *struct {
			Dir    val       `xml:"barDir"`
			Series []serPart `xml:"ser"`
		} `xml:"barChart"`
		Line *struct {
			Series []serPart `xml:"ser"`
		} `xml:"lineChart"`
		CatAx struct {
			Orientation val `xml:"scaling>orientation"`
		} `xml:"catAx"`
		ValAx struct {
			Crosses val  `xml:"crosses"`
			Min     *val `xml:"scaling>min"`
			Max     *val `xml:"scaling>max"`
			NumFmt  struct {
				Code string `xml:"formatCode,attr"`
			} `xml:"numFmt"`
		} `xml:"valAx"`
	} `xml:"chart>plotArea"`
	Legend *struct {
		Pos val `xml:"legendPos"`
	} `xml:"chart>legend"`
}

type val struct {
	Val string `xml:"val,attr"`
}

type serPart struct {
	Name     string   `xml:"tx>v"`
	NameRef  string   `xml:"tx>strRef>f"`
	NameVal  []string `xml:"tx>strRef>strCache>pt>v"`
	Cat      string   `xml:"cat>strRef>f"`
	CatCache []string `xml:"cat>strRef>strCache>pt>v"`
	Val      string   `xml:"val>numRef>f"`
	ValCache []string `xml:"val>numRef>numCache>pt>v"`
	Marker   val      `xml:"marker>symbol"`
	Size     val      `xml:"marker>size"`
}

// TestCharts: the bar chart of the first sheet and the line chart of the
// second, each with its title, series, axes, legend and markers, placed
// where asked.
func TestCharts(t *testing.T) {
	parts := checklisttest.Unzip(t, sample(t))
	var bar, line chartPart
	for name, dst := range map[string]*chartPart{"xl/charts/chart1.xml": &bar, "xl/charts/chart2.xml": &line} {
		if err := xml.Unmarshal([]byte(parts[name]), dst); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	if b := bar.Plot.Bar; b == nil || b.Dir.Val != "bar" || len(b.Series) != 1 {
		t.Fatalf("chart1 is not a bar chart of one series: %+v", bar.Plot)
	}
	s := bar.Plot.Bar.Series[0]
	if s.Name != "Share" || s.Cat != "'Data'!$A$2:$A$4" || s.Val != "'Data'!$B$2:$B$4" ||
		!slices.Equal(s.CatCache, []string{"=SUM(A1:A9)", "42", "@Kommune"}) || !slices.Equal(s.ValCache, []string{"0.625", "0.421", "1"}) {
		t.Errorf("bar series %+v", s)
	}
	if !slices.Equal(bar.Title, []string{"Share by name"}) || bar.Legend != nil || bar.Plot.CatAx.Orientation.Val != "maxMin" ||
		bar.Plot.ValAx.Min == nil || bar.Plot.ValAx.Min.Val != "0" || bar.Plot.ValAx.Max == nil || bar.Plot.ValAx.Max.Val != "1" ||
		bar.Plot.ValAx.NumFmt.Code != "0%" || bar.Plot.ValAx.Crosses.Val != "max" {
		t.Errorf("bar chart title %q, legend %+v, axes %+v", bar.Title, bar.Legend, bar.Plot)
	}
	if l := line.Plot.Line; l == nil || len(l.Series) != 2 {
		t.Fatalf("chart2 is not a line chart of two series: %+v", line.Plot)
	}
	for i, s := range line.Plot.Line.Series {
		col := string(rune('B' + i))
		if s.NameRef != "'Bo''s runder'!$"+col+"$1" || !slices.Equal(s.NameVal, []string{string(rune('A' + i))}) ||
			s.Cat != "'Bo''s runder'!$A$2:$A$4" || s.Val != "'Bo''s runder'!$"+col+"$2:$"+col+"$4" ||
			s.Marker.Val != "circle" || s.Size.Val != "6" || len(s.ValCache) != 3 {
			t.Errorf("line series %d: %+v", i, s)
		}
	}
	if line.Legend == nil || line.Legend.Pos.Val != "r" || line.Plot.CatAx.Orientation.Val != "minMax" || line.Plot.ValAx.Crosses.Val != "autoZero" {
		t.Errorf("line chart legend %+v, category axis %+v", line.Legend, line.Plot.CatAx)
	}
	if d := parts["xl/drawings/drawing1.xml"]; !strings.Contains(d, "<xdr:col>5</xdr:col>") || !strings.Contains(d, "<xdr:row>1</xdr:row>") ||
		!strings.Contains(d, `cx="6096000" cy="2324100"`) {
		t.Errorf("drawing1 does not put the chart at F2, 640×244 px:\n%s", d)
	}
}

// TestDeterministic: the same workbook is the same bytes, so goldens and
// reproducible builds hold.
func TestDeterministic(t *testing.T) {
	a, b := sample(t), sample(t)
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same workbook differ")
	}
	zr, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		t.Fatal(err)
	}
	if zr.File[0].Name != "[Content_Types].xml" {
		t.Errorf("first part %s, want [Content_Types].xml", zr.File[0].Name)
	}
	for _, f := range zr.File {
		if !f.Modified.Equal(stamp) {
			t.Errorf("%s stamped %v", f.Name, f.Modified)
		}
	}
}

// TestOwnReaderReadsBack: what the writer stores, the reader returns.
func TestOwnReaderReadsBack(t *testing.T) {
	rows, err := ReadRows(sample(t), "", DefaultLimits)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{
		{"Name", "Share", "Count", "Note"},
		{"=SUM(A1:A9)", "0.625", "3", "+1"},
		{"42", "0.421", "0", "-x\nsecond line"},
		{"@Kommune", "1", "12", "tab\tand esc\x1b and _x0041_"},
	}
	if !equalRows(rows, want) {
		t.Errorf("got %q\nwant %q", rows, want)
	}
}

func TestWriterRefuses(t *testing.T) {
	wb := New()
	for _, name := range []string{"", strings.Repeat("x", 32), "a/b", "a[1]", "what?", "'quoted'", "bell\a"} {
		if _, err := wb.AddSheet(name); err == nil {
			t.Errorf("AddSheet(%q) succeeded", name)
		}
	}
	s, err := wb.AddSheet("Ark")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := wb.AddSheet("ARK"); err == nil {
		t.Error("a second sheet named ARK was added")
	}
	for name, err := range map[string]error{
		"NaN":           s.SetNumber(1, 1, nanValue(), 0),
		"column 0":      s.SetString(0, 1, "x", 0),
		"row past end":  s.SetString(1, MaxRows+1, "x", 0),
		"width 0":       s.SetColWidth(1, 0),
		"filter":        s.AutoFilter(3, 1, 2, 1),
		"active":        wb.SetActive(1),
		"chart":         s.AddChart(Chart{Kind: BarChart, Col: 1, Row: 1, Width: 10, Height: 10}),
		"marker":        s.AddChart(Chart{Kind: LineChart, Col: 1, Row: 1, Width: 10, Height: 10, Series: []Series{{Categories: Cells("Ark", 1, 1, 1, 2), Values: Cells("Ark", 2, 1, 2, 2), Marker: "blob", MarkerSize: 5}}}),
		"fill":          errOf(wb.AddStyle(Style{Fill: "blue"})),
		"builtin":       errOf(wb.AddStyle(Style{NumFmtID: 200})),
		"valign":        errOf(wb.AddStyle(Style{VAlign: "middle"})),
		"empty book":    errOf(New().WriteTo(io.Discard)),
		"negative cell": s.SetString(1, 1, "x", -1),
	} {
		if err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func nanValue() float64 { z := 0.0; return z / z }

func errOf[T any](_ T, err error) error { return err }

// equalRows compares rows, an empty row being nil or empty alike.
func equalRows(a, b [][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !slices.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}
