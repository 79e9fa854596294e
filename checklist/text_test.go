package checklist

import "testing"

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"", "abc", 3},
		{"cok-01", "cok-01", 0},
		{"kitten", "sitting", 3}, // k→s, e→i, +g
		{"respondent", "respondnet", 2},
		{"næste", "naeste", 2}, // runes, not bytes: æ→a, +e
		{"cok-08.q3", "cok-08.q1", 1},
		{"ab", "ba", 2}, // no transpositions
	}
	for _, tt := range tests {
		if got := EditDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := EditDistance(tt.b, tt.a); got != tt.want {
			t.Errorf("EditDistance(%q, %q) = %d, want %d (symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}
