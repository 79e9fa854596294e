package xlsx

// themeXML is the Office theme cut to what the schema requires: the
// colours the charts draw their series in and the Calibri fonts the
// styles name.
const themeXML = xmlHeader + `<a:theme xmlns:a="` + nsDrawingML + `" name="Office Theme"><a:themeElements>` +
	`<a:clrScheme name="Office">` +
	`<a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>` +
	`<a:dk2><a:srgbClr val="44546A"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2>` +
	`<a:accent1><a:srgbClr val="4472C4"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2>` +
	`<a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4>` +
	`<a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6>` +
	`<a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme>` +
	`<a:fontScheme name="Office">` +
	`<a:majorFont><a:latin typeface="Calibri Light"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont>` +
	`<a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
	`<a:fmtScheme name="Office"><a:fillStyleLst>` + solidFill3 + `</a:fillStyleLst>` +
	`<a:lnStyleLst>` + line3 + `</a:lnStyleLst>` +
	`<a:effectStyleLst>` + effect3 + `</a:effectStyleLst>` +
	`<a:bgFillStyleLst>` + solidFill3 + `</a:bgFillStyleLst></a:fmtScheme>` +
	`</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`

const (
	solidFill  = `<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>`
	solidFill3 = solidFill + solidFill + solidFill
	line       = `<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr">` + solidFill + `<a:prstDash val="solid"/><a:miter lim="800000"/></a:ln>`
	line3      = line + line + line
	effect     = `<a:effectStyle><a:effectLst/></a:effectStyle>`
	effect3    = effect + effect + effect
)
