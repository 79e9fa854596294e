package render

import (
	"bytes"
	"strings"
	"testing"
)

// rowTable must draw exactly what newTable draws, so the batch table looks
// like every other table of samskab.
func TestRowTableMatchesNewTable(t *testing.T) {
	aligns := []align{alignLeft, alignRight, alignLeft}
	header := []string{"File", "Resp.", "Project"}
	rows := [][]string{
		{"a.yaml", "3", "Fællesskab mod ensomhed i Havdrup"},
		{"b/c.yaml", "12", "Ældre og unge – sammen"},
		{"d.yaml", "–", "共同創造"},
	}
	var want bytes.Buffer
	nt := newTable(&want, false, aligns, header...)
	for _, r := range rows {
		if err := nt.row(r...); err != nil {
			t.Fatal(err)
		}
	}
	if err := nt.render(); err != nil {
		t.Fatal(err)
	}
	rt := newRowTable(aligns, header)
	for _, r := range rows {
		rt.add(append([]string(nil), r...))
	}
	var got bytes.Buffer
	rt.write(&got)
	if got.String() != want.String() {
		t.Errorf("rowTable:\n%s\nnewTable:\n%s", got.String(), want.String())
	}
}

func TestRowTableKeepsACellOnItsRow(t *testing.T) {
	rt := newRowTable([]align{alignLeft, alignLeft}, []string{"A", "B"})
	rt.add([]string{"two\nlines", "tab\there\x1fsep"})
	var out bytes.Buffer
	rt.write(&out)
	want := "| two lines | tab here sep |"
	if lines := strings.Split(out.String(), "\n"); len(lines) != 6 || lines[3] != want {
		t.Errorf("table:\n%s\nwant row %q", out.String(), want)
	}
}
