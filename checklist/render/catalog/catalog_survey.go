package catalog

// SurveyMessages are the wording of what is wrong with a survey export
// that `samskab import` reads (checklist/survey), each shown after
// file:row:column: the problems and warnings by their survey.Code (the
// key tags without a prefix), the workbook's by their xlsx.ReadKind (key
// tags "xlsx-…"), and the errors of the CSV, zip and XML readers under
// them. The English is what those packages say themselves.
type SurveyMessages struct {
	// The export (survey.Code).
	ExportEmpty    string `key:"export-empty"`
	NoQuestion     string `key:"no-question"`
	OtherDelimiter string `key:"other-delimiter"`
	NotAnAnswer    string `key:"not-an-answer"`
	ColumnUnknown  string `key:"column-unknown"`
	ColumnNoneNear string `key:"column-none-near"`
	ColumnTwice    string `key:"column-twice"`
	TooMany        string `key:"too-many"`
	RowNoAnswers   string `key:"row-no-answers"`
	NameControl    string `key:"name-control"`
	NotUTF8        string `key:"not-utf8"`
	Binary         string `key:"binary"`
	BadCSV         string `key:"bad-csv"`
	BadWorkbook    string `key:"bad-workbook"`
	// The workbook (xlsx.ReadKind).
	NotZip           string `key:"xlsx-not-zip"`
	TooManyFiles     string `key:"xlsx-too-many-files"`
	MissingPart      string `key:"xlsx-missing-part"`
	PartTooLarge     string `key:"xlsx-part-too-large"`
	WorkbookTooLarge string `key:"xlsx-workbook-too-large"`
	BadPart          string `key:"xlsx-bad-part"`
	BadString        string `key:"xlsx-bad-string"`
	NoSheets         string `key:"xlsx-no-sheets"`
	NoSuchSheet      string `key:"xlsx-no-such-sheet"`
	SheetNoPart      string `key:"xlsx-sheet-no-part"`
	TooManyRows      string `key:"xlsx-too-many-rows"`
	BadRowNumber     string `key:"xlsx-bad-row-number"`
	BadCellRef       string `key:"xlsx-bad-cell-ref"`
	TooManyColumns   string `key:"xlsx-too-many-columns"`
	BadCell          string `key:"xlsx-bad-cell"`
	NoSharedString   string `key:"xlsx-no-shared-string"`
	TooManyCells     string `key:"xlsx-too-many-cells"`
	// The readers' errors underneath: encoding/csv, archive/zip,
	// compress/flate, encoding/xml. Others are shown as the reader words
	// them.
	CSVBareQuote   string `key:"csv-bare-quote"`
	CSVQuote       string `key:"csv-quote"`
	ZipFormat      string `key:"zip-format"`
	ZipChecksum    string `key:"zip-checksum"`
	ZipAlgorithm   string `key:"zip-algorithm"`
	FlateCorrupt   string `key:"flate-corrupt"`
	UnexpectedEnd  string `key:"unexpected-end"`
	XMLSyntax      string `key:"xml-syntax"`
	XMLSyntaxEnded string `key:"xml-syntax-ended"`
}

var danishSurvey = SurveyMessages{
	ExportEmpty:    "eksporten er tom; forventede en overskriftsrække med spørgsmålene og derefter én række pr. besvarelse",
	NoQuestion:     "ingen kolonne svarer til et spørgsmål; giv kolonnerne spørgsmålenes tekst (fra `samskab rubrics show ID`) eller deres id, fx [cok-01.q1]",
	OtherDelimiter: "overskriftsrækken er én kolonne med %q i; forventede kolonnerne adskilt af komma, semikolon eller tabulator",
	NotAnAnswer:    "%q er ikke et svar på %s; forventede en af %s (eller det samme på engelsk), et tal 0–4 eller en tom celle",
	ColumnUnknown:  "kolonnen %q svarer ikke til noget spørgsmål og springes over; nærmeste spørgsmål: %s %q",
	ColumnNoneNear: "kolonnen %q svarer ikke til noget spørgsmål og springes over; der er ingen spørgsmål at sammenligne med",
	ColumnTwice:    "kolonne %d og denne kolonne spørger begge om %s; behold kun den ene",
	TooMany:        "for mange problemer; læser ikke videre",
	RowNoAnswers:   "ingen svar i denne række; springes over",
	NameControl:    "cellen indeholder et kontroltegn eller et linjeskift; forventede et navn på én linje",
	NotUTF8:        "linje %d er ikke UTF-8-tekst; gem eksporten som \"CSV UTF-8 (kommasepareret)\" eller som Excel-projektmappe (.xlsx)",
	Binary:         "eksporten indeholder binære data; forventede CSV-tekst eller en Excel-projektmappe (.xlsx)",
	BadCSV:         "ikke gyldig CSV: %v",
	BadWorkbook:    "kan ikke læses som Excel-projektmappe: %v",

	NotZip:           "ikke et gyldigt zip-arkiv: %v",
	TooManyFiles:     "arkivet indeholder %d filer, flere end de %d, en projektmappe må have",
	MissingPart:      "arkivet mangler delen %s",
	PartTooLarge:     "%s fylder mere end %v udpakket",
	WorkbookTooLarge: "projektmappen fylder mere end %v udpakket",
	BadPart:          "%s: %v",
	BadString:        "%s: tekst nr. %d: %v",
	NoSheets:         "projektmappen har ingen ark",
	NoSuchSheet:      "intet ark hedder %q; arkene hedder %s",
	SheetNoPart:      "arket %q mangler i arkivet",
	TooManyRows:      "mere end %d rækker",
	BadRowNumber:     "rækkenummeret %q er ikke et tal fra 1 til %d",
	BadCellRef:       "%q er ikke en cellereference",
	TooManyColumns:   "mere end %d kolonner",
	BadCell:          "%v",
	NoSharedString:   "cellen henviser til tekst nr. %q i projektmappens tekstliste, men den findes ikke (listen har %d)",
	TooManyCells:     "arket har mere end %d celler",

	CSVBareQuote:   "et anførselstegn står midt i et felt, som ikke er sat i anførselstegn",
	CSVQuote:       "et felt i anførselstegn har et anførselstegn for meget eller mangler det afsluttende",
	ZipFormat:      "filen er afkortet eller beskadiget",
	ZipChecksum:    "kontrolsummen passer ikke; filen er beskadiget",
	ZipAlgorithm:   "delen er pakket med en metode, som samskab ikke kan udpakke",
	FlateCorrupt:   "delen er beskadiget før byte %d",
	UnexpectedEnd:  "delen slutter for tidligt; filen er afkortet eller beskadiget",
	XMLSyntax:      "XML-syntaksfejl i linje %d: %s",
	XMLSyntaxEnded: "XML-syntaksfejl i linje %d: delen slutter midt i et element",
}

var englishSurvey = SurveyMessages{
	ExportEmpty: "the export is empty; expected a header row with the questions, then one row per response",
	NoQuestion: "no column matches a question; name the columns by question text " +
		"(from `samskab rubrics show ID`) or by question id such as [cok-01.q1]",
	OtherDelimiter: "the header row is one column with %q in it; expected the columns separated by commas, semicolons or tabs",
	NotAnAnswer:    "%q is not an answer to %s; expected one of %s (or the same in English), a digit 0–4, or an empty cell",
	ColumnUnknown:  "column %q matches no question and is ignored; nearest question: %s %q",
	ColumnNoneNear: "column %q matches no question and is ignored; nearest question: none",
	ColumnTwice:    "column %d and this column both ask %s; keep one of them",
	TooMany:        "too many problems; stopped here",
	RowNoAnswers:   "no answers in this row; skipped",
	NameControl:    "the cell holds a control character or line break; expected a name on one line",
	NotUTF8:        "line %d is not UTF-8 text; save the export as \"CSV UTF-8\" or as an Excel workbook (.xlsx)",
	Binary:         "the export holds binary data; expected CSV text or an Excel workbook (.xlsx)",
	BadCSV:         "not valid CSV: %v",
	BadWorkbook:    "not a readable Excel workbook: %v",

	NotZip:           "not a zip archive: %v",
	TooManyFiles:     "the archive holds %d files, more than the %d a workbook may",
	MissingPart:      "the archive has no part %s",
	PartTooLarge:     "%s is larger than %v unzipped",
	WorkbookTooLarge: "the workbook is larger than %v unzipped",
	BadPart:          "%s: %v",
	BadString:        "%s: string %d: %v",
	NoSheets:         "the workbook has no sheets",
	NoSuchSheet:      "no sheet named %q; the sheets are %s",
	SheetNoPart:      "sheet %q has no part in the archive",
	TooManyRows:      "more than %d rows",
	BadRowNumber:     "row number %q is not one from 1 to %d",
	BadCellRef:       "%q is not a cell reference",
	TooManyColumns:   "more than %d columns",
	BadCell:          "%v",
	NoSharedString:   "shared string %q does not exist; the workbook has %d",
	TooManyCells:     "the sheet has more than %d cells",

	CSVBareQuote:   `bare " in non-quoted-field`,
	CSVQuote:       `extraneous or missing " in quoted-field`,
	ZipFormat:      "zip: not a valid zip file",
	ZipChecksum:    "zip: checksum error",
	ZipAlgorithm:   "zip: unsupported compression algorithm",
	FlateCorrupt:   "flate: corrupt input before offset %d",
	UnexpectedEnd:  "unexpected EOF",
	XMLSyntax:      "XML syntax error on line %d: %s",
	XMLSyntaxEnded: "XML syntax error on line %d: unexpected EOF",
}
