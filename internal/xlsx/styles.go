package xlsx

import (
	"fmt"
	"strings"
)

// stylesXML is the styles part. Fonts, fills and number formats are
// shared between the cell formats that use the same one.
func (wb *Workbook) stylesXML() string {
	var numFmts []string // custom format codes; id 164 + index
	var fills []string   // solid fill colours; id 2 + index, as 0 and 1 are Excel's own
	indexOf := func(list *[]string, s string) int {
		for i, have := range *list {
			if have == s {
				return i
			}
		}
		*list = append(*list, s)
		return len(*list) - 1
	}
	var xfs strings.Builder
	for _, s := range wb.styles {
		numFmt := s.NumFmtID
		if s.NumFmt != "" {
			numFmt = 164 + indexOf(&numFmts, s.NumFmt)
		}
		fill := 0
		if s.Fill != "" {
			fill = 2 + indexOf(&fills, strings.ToUpper(s.Fill))
		}
		font := 0
		if s.Bold {
			font = 1
		}
		fmt.Fprintf(&xfs, `<xf numFmtId="%d" fontId="%d" fillId="%d" borderId="0" xfId="0"`, numFmt, font, fill)
		for _, a := range []struct {
			name string
			on   bool
		}{{"applyNumberFormat", numFmt != 0}, {"applyFont", s.Bold}, {"applyFill", fill != 0}, {"applyAlignment", s.Wrap || s.VAlign != ""}} {
			if a.on {
				fmt.Fprintf(&xfs, ` %s="1"`, a.name)
			}
		}
		if s.Wrap || s.VAlign != "" {
			xfs.WriteString(`><alignment`)
			if s.VAlign != "" {
				xfs.WriteString(` vertical="` + s.VAlign + `"`)
			}
			if s.Wrap {
				xfs.WriteString(` wrapText="1"`)
			}
			xfs.WriteString(`/></xf>`)
		} else {
			xfs.WriteString(`/>`)
		}
	}
	var b strings.Builder
	b.WriteString(xmlHeader + `<styleSheet xmlns="` + nsMain + `">`)
	if len(numFmts) > 0 {
		fmt.Fprintf(&b, `<numFmts count="%d">`, len(numFmts))
		for i, code := range numFmts {
			fmt.Fprintf(&b, `<numFmt numFmtId="%d" formatCode="%s"/>`, 164+i, xmlAttr(code))
		}
		b.WriteString(`</numFmts>`)
	}
	b.WriteString(`<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`)
	b.WriteString(`<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>`)
	// Fill 0 is none and fill 1 gray125, whatever the file says: Excel
	// reserves them.
	fmt.Fprintf(&b, `<fills count="%d"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>`, len(fills)+2)
	for _, rgb := range fills {
		b.WriteString(`<fill><patternFill patternType="solid"><fgColor rgb="FF` + rgb + `"/><bgColor indexed="64"/></patternFill></fill>`)
	}
	b.WriteString(`</fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>`)
	b.WriteString(`<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>`)
	fmt.Fprintf(&b, `<cellXfs count="%d">%s</cellXfs>`, len(wb.styles), xfs.String())
	b.WriteString(`<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>`)
	b.WriteString(`<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>`)
	b.WriteString(`</styleSheet>`)
	return b.String()
}
