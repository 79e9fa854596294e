package xlsx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path"
	"strings"
)

// Limits bound what reading a workbook may cost, so a small zip bomb or a
// sheet of a million stray cells cannot take the machine's memory.
type Limits struct {
	MaxEntries   int   // files in the zip archive
	MaxPartSize  int64 // unzipped bytes of one part read
	MaxTotalSize int64 // unzipped bytes of all parts read
	MaxCells     int   // cells returned, counting the blanks that fill sparse rows and the rows between
}

// DefaultLimits fit any survey export with room to spare; the 64 MiB
// unzipped are what samskab allowed when excelize read the exports.
var DefaultLimits = Limits{MaxEntries: 10000, MaxPartSize: 64 << 20, MaxTotalSize: 64 << 20, MaxCells: 1 << 20}

// ReadRows returns the cells of a sheet as text, row by row from row 1 and
// column A: the first sheet when sheet is "", otherwise the one of that
// name. An empty row is an empty slice, rows end at their last cell with a
// value, and the last row is the last with a value.
//
// Text is as stored (shared, inline or rich text, the runs joined);
// numbers are as stored, to 15 significant digits and without the cell's
// number format, so 4 reads "4" whether it shows as 4, 4.00 or 400%;
// booleans are TRUE and FALSE; a formula gives its cached result.
//
// Its errors are *ReadError.
func ReadRows(data []byte, sheet string, lim Limits) ([][]string, error) {
	p, err := openPackage(data, lim)
	if err != nil {
		return nil, err
	}
	wb, err := p.workbook()
	if err != nil {
		return nil, err
	}
	target, err := wb.find(sheet)
	if err != nil {
		return nil, err
	}
	strs, err := p.sharedStrings(wb.sharedStrings)
	if err != nil {
		return nil, err
	}
	f, err := p.open(target)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readSheet(f, target, strs, lim.MaxCells)
}

// pkg is the zip archive, with what has been unzipped so far counted.
type pkg struct {
	files map[string]*zip.File
	lim   Limits
	total int64
}

func openPackage(data []byte, lim Limits) (*pkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, readErr(NotZip, err)
	}
	if len(zr.File) > lim.MaxEntries {
		return nil, readErr(TooManyFiles, len(zr.File), lim.MaxEntries)
	}
	p := &pkg{files: map[string]*zip.File{}, lim: lim}
	for _, f := range zr.File {
		name := strings.TrimPrefix(f.Name, "/")
		if _, dup := p.files[name]; !dup {
			p.files[name] = f
		}
	}
	return p, nil
}

// open unzips a part, stopping at the limits whatever its header claims.
func (p *pkg) open(name string) (io.ReadCloser, error) {
	f, ok := p.files[name]
	if !ok {
		return nil, readErr(MissingPart, name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, readErr(BadPart, name, err)
	}
	return &limitedPart{rc: rc, name: name, p: p, left: p.lim.MaxPartSize}, nil
}

type limitedPart struct {
	rc   io.ReadCloser
	name string
	p    *pkg
	left int64
}

func (l *limitedPart) Read(b []byte) (int, error) {
	n, err := l.rc.Read(b)
	l.left -= int64(n)
	l.p.total += int64(n)
	if l.left < 0 {
		return n, readErr(PartTooLarge, l.name, Size(l.p.lim.MaxPartSize))
	}
	if l.p.total > l.p.lim.MaxTotalSize {
		return n, readErr(WorkbookTooLarge, Size(l.p.lim.MaxTotalSize))
	}
	if err != nil && !errors.Is(err, io.EOF) {
		return n, readErr(BadPart, l.name, err)
	}
	return n, err
}

func (l *limitedPart) Close() error { return l.rc.Close() }

// decode unmarshals a whole (small) part.
func (p *pkg) decode(name string, v any) error {
	rc, err := p.open(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := xml.NewDecoder(rc).Decode(v); err != nil && !isRead(err) {
		return readErr(BadPart, name, err)
	} else if err != nil {
		return err
	}
	return nil
}

type relationships struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
		Mode   string `xml:"TargetMode,attr"`
	} `xml:"Relationship"`
}

// rels reads the relationships of a part, resolving each target to a
// part name; a missing rels part has none.
func (p *pkg) rels(of string) (map[string]rel, error) {
	dir, file := path.Split(of)
	var rs relationships
	if err := p.decode(dir+"_rels/"+file+".rels", &rs); isKind(err, MissingPart) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	out := map[string]rel{}
	for _, r := range rs.Rels {
		if r.Mode == "External" {
			continue
		}
		target := path.Join(dir, r.Target)
		if strings.HasPrefix(r.Target, "/") {
			target = path.Clean(r.Target[1:])
		}
		out[r.ID] = rel{typ: r.Type, target: target}
	}
	return out, nil
}

// book is what the workbook part says: its sheets in order and where
// the shared strings are.
type book struct {
	names, targets []string
	sharedStrings  string
}

func (p *pkg) workbook() (*book, error) {
	top, err := p.rels("")
	if err != nil {
		return nil, err
	}
	main := "xl/workbook.xml"
	for _, r := range top {
		if strings.HasSuffix(r.typ, "/officeDocument") {
			main = r.target
		}
	}
	var wb struct {
		Sheets []struct {
			Name  string     `xml:"name,attr"`
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := p.decode(main, &wb); err != nil {
		return nil, err
	}
	rels, err := p.rels(main)
	if err != nil {
		return nil, err
	}
	b := &book{sharedStrings: path.Join(path.Dir(main), "sharedStrings.xml")}
	for _, r := range rels {
		if strings.HasSuffix(r.typ, "/sharedStrings") {
			b.sharedStrings = r.target
		}
	}
	for _, s := range wb.Sheets {
		b.names = append(b.names, s.Name)
		b.targets = append(b.targets, rels[relID(s.Attrs)].target)
	}
	return b, nil
}

// relID is the r:id attribute, in whichever namespace (transitional or
// strict) the workbook uses.
func relID(attrs []xml.Attr) string {
	for _, a := range attrs {
		if a.Name.Local == "id" && strings.HasSuffix(a.Name.Space, "relationships") {
			return a.Value
		}
	}
	return ""
}

func (b *book) find(sheet string) (string, error) {
	if len(b.names) == 0 {
		return "", readErr(NoSheets)
	}
	i := 0
	if sheet != "" {
		i = -1
		for j, n := range b.names {
			if strings.EqualFold(n, sheet) {
				i = j
				break
			}
		}
		if i < 0 {
			return "", readErr(NoSuchSheet, sheet, strings.Join(b.names, ", "))
		}
	}
	if b.targets[i] == "" {
		return "", readErr(SheetNoPart, b.names[i])
	}
	return b.targets[i], nil
}

// sharedStrings reads the shared strings part, if there is one.
func (p *pkg) sharedStrings(name string) ([]string, error) {
	rc, err := p.open(name)
	if isKind(err, MissingPart) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	var out []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		} else if isRead(err) {
			return nil, err
		} else if err != nil {
			return nil, readErr(BadPart, name, err)
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
			s, err := stringItem(d, se)
			if isRead(err) {
				return nil, err
			} else if err != nil {
				return nil, readErr(BadString, name, len(out), err)
			}
			out = append(out, s)
		}
	}
}

// stringItem is the text of an <si> or <is>: its <t>, or its rich text
// runs joined; phonetic guides (<rPh>) are not part of the text.
func stringItem(d *xml.Decoder, start xml.StartElement) (string, error) {
	var b strings.Builder
	depth, inT, phonetic := 0, false, 0
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "rPh":
				phonetic++
			case "t":
				inT = phonetic == 0
			}
		case xml.EndElement:
			if depth == 0 {
				return decodeBstr(b.String()), nil
			}
			depth--
			switch t.Name.Local {
			case "rPh":
				phonetic--
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				b.Write(t)
			}
		}
	}
}
