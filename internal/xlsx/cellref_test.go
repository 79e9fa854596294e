package xlsx

import "testing"

func TestCellNames(t *testing.T) {
	for _, tc := range []struct {
		col, row int
		name     string
	}{
		{1, 1, "A1"}, {26, 2, "Z2"}, {27, 3, "AA3"}, {52, 4, "AZ4"}, {53, 5, "BA5"}, {702, 6, "ZZ6"},
		{703, 7, "AAA7"}, {MaxColumns, MaxRows, "XFD1048576"},
	} {
		if got := CellName(tc.col, tc.row); got != tc.name {
			t.Errorf("CellName(%d, %d) = %q, want %q", tc.col, tc.row, got, tc.name)
		}
		col, row, err := ParseCell(tc.name)
		if err != nil || col != tc.col || row != tc.row {
			t.Errorf("ParseCell(%q) = %d, %d, %v", tc.name, col, row, err)
		}
	}
	if col, row, err := ParseCell("$b$7"); err != nil || col != 2 || row != 7 {
		t.Errorf("ParseCell($b$7) = %d, %d, %v", col, row, err)
	}
}

func TestParseCellRefuses(t *testing.T) {
	for _, ref := range []string{"", "A", "7", "A0", "A-1", "A+1", "XFE1", "A1048577", "ABCDE1", "A1B", "1A", "A 1"} {
		if col, row, err := ParseCell(ref); err == nil {
			t.Errorf("ParseCell(%q) = %d, %d, want an error", ref, col, row)
		}
	}
}

func TestRangeRef(t *testing.T) {
	for _, tc := range []struct {
		r    Range
		want string
	}{
		{Cells("Overblik", 2, 3, 2, 4), "'Overblik'!$B$3:$B$4"},
		{Cells("Runder", 5, 1, 5, 1), "'Runder'!$E$1"},
		{Cells("Bo's", 1, 1, 2, 2), "'Bo''s'!$A$1:$B$2"},
	} {
		if got := tc.r.Ref(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.r, got, tc.want)
		}
	}
}
