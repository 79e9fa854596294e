package render

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestFitColumns(t *testing.T) {
	roles := []colRole{colFixed, colWrap, colFixed, colDrop}
	tests := []struct {
		name        string
		natural     []int
		width       int
		wantWidths  []int
		wantDropped []bool
	}{
		// 1 + (6+3) + (40+3) + (6+3) + (20+3) = 85
		{"no limit", []int{6, 40, 6, 20}, 0, []int{6, 40, 6, 20}, []bool{false, false, false, false}},
		{"fits as is", []int{6, 40, 6, 20}, 85, []int{6, 40, 6, 20}, []bool{false, false, false, false}},
		// 5 too wide: the title gives up 5 columns, the bar stays.
		{"title wraps first", []int{6, 40, 6, 20}, 80, []int{6, 35, 6, 20}, []bool{false, false, false, false}},
		// With the title at 24 the table is 85-16 = 69 > 50 wide: the bar
		// goes, and the title gets what 50 allows: 50 - 1 - 9 - 9 - 3 = 28.
		{"bar dropped, title gets the room", []int{6, 40, 6, 20}, 50, []int{6, 28, 6, 20}, []bool{false, false, false, true}},
		// Narrower still: the title stops at minWrap; numbers never shrink.
		{"floor", []int{6, 40, 6, 20}, 20, []int{6, minWrap, 6, 20}, []bool{false, false, false, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, d := fitColumns(tt.natural, roles, tt.width)
			if !slices.Equal(w, tt.wantWidths) || !slices.Equal(d, tt.wantDropped) {
				t.Errorf("fitColumns(%v, %d) = %v, %v; want %v, %v", tt.natural, tt.width, w, d, tt.wantWidths, tt.wantDropped)
			}
		})
	}
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  []string
	}{
		{"Lad uenighed opstå", 80, []string{"Lad uenighed opstå"}},
		{"Gør ikke noget for dine borgere", 12, []string{"Gør ikke", "noget for", "dine borgere"}},
		{"testdata/cases/aalborg.yaml", 10, []string{"testdata/", "cases/", "aalborg.", "yaml"}},
		{"共同創造共同", 5, []string{"共同", "創造", "共同"}},
	}
	for _, tt := range tests {
		got := wrapText(tt.s, tt.width)
		if !slices.Equal(got, tt.want) {
			t.Errorf("wrapText(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
		for _, line := range got {
			if DisplayWidth(line) > tt.width {
				t.Errorf("wrapText(%q, %d): line %q is %d wide", tt.s, tt.width, line, DisplayWidth(line))
			}
		}
	}
}

// A fitted rowTable (batch) draws what a fitted newTable draws.
func TestFittedRowTableMatchesNewTable(t *testing.T) {
	aligns := []align{alignLeft, alignRight, alignLeft, alignLeft}
	header := []string{"File", "Resp.", "Project", "Bar"}
	roles := []colRole{colWrap, colFixed, colWrap, colDrop}
	rows := [][]string{
		{"a.yaml", "3", "Fællesskab mod ensomhed i Havdrup", "██████"},
		{"b/c/d/e/f.yaml", "12", "Ældre og unge – sammen om 共同創造", "███"},
	}
	// 31 is the narrowest: prose at minWrap, numbers whole, the bar gone.
	for _, width := range []int{31, 40, 60} {
		var want bytes.Buffer
		nt := newTable(&want, false, aligns, header...).fit(width, roles...)
		for _, r := range rows {
			_ = nt.row(r...)
		}
		if err := nt.render(); err != nil {
			t.Fatal(err)
		}
		rt := newRowTable(aligns, append([]string(nil), header...))
		rt.fit(width, roles, nil)
		for _, r := range rows {
			rt.add(append([]string(nil), r...))
		}
		var got bytes.Buffer
		rt.write(&got)
		if got.String() != want.String() {
			t.Errorf("width %d: rowTable:\n%s\nnewTable:\n%s", width, got.String(), want.String())
		}
		for _, line := range strings.Split(strings.TrimSuffix(got.String(), "\n"), "\n") {
			if DisplayWidth(line) > width {
				t.Errorf("width %d: %q is %d wide", width, line, DisplayWidth(line))
			}
		}
	}
}
