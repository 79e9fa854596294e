package render

import (
	"bytes"
	"testing"
)

// TestExcelCSV: the rewrite survives records split across writes and
// quoted line breaks, changes the decimal point only in number columns,
// and writes the byte order mark once.
func TestExcelCSV(t *testing.T) {
	in := "file,title,score,percent,overall_percent,respondents\n" +
		"a.yaml,\"Punkt 1.2, \"\"citat\"\"\nanden linje\",2.5,62.5,61.0,3\n" +
		"b.yaml,v1.0,,,,1\n"
	var out bytes.Buffer
	x := NewExcelCSV(&out)
	for i := 0; i < len(in); i += 7 { // odd chunks cut records and quotes
		if _, err := x.Write([]byte(in[i:min(i+7, len(in))])); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	want := "\ufefffile;title;score;percent;overall_percent;respondents\r\n" +
		"a.yaml;\"Punkt 1.2, \"\"citat\"\"\r\nanden linje\";2,5;62,5;61,0;3\r\n" +
		"b.yaml;v1.0;;;;1\r\n"
	if out.String() != want {
		t.Errorf("got\n%q\nwant\n%q", out.String(), want)
	}
}

func TestExcelCSVEmpty(t *testing.T) {
	var out bytes.Buffer
	x := NewExcelCSV(&out)
	if err := x.Close(); err != nil {
		t.Fatal(err)
	}
	if out.String() != "\ufeff" {
		t.Errorf("got %q", out.String())
	}
}
