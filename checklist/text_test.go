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

func TestLangFromEnv(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want Lang
	}{
		{nil, English},
		{map[string]string{"SAMSKAB_LANG": "da"}, Danish},
		{map[string]string{"SAMSKAB_LANG": "en", "LANG": "da_DK.UTF-8"}, English},
		{map[string]string{"SAMSKAB_LANG": "de", "LANG": "da_DK.UTF-8"}, Danish}, // unknown: the locale decides
		{map[string]string{"LANG": "da_DK.UTF-8"}, Danish},
		{map[string]string{"LC_ALL": "C", "LANG": "da_DK.UTF-8"}, English}, // LC_ALL wins
		{map[string]string{"LC_ALL": "da_DK", "LANG": "en_GB"}, Danish},
		{map[string]string{"LANG": "de_DE.UTF-8"}, English},
	} {
		if got := LangFromEnv(func(k string) string { return tc.env[k] }); got != tc.want {
			t.Errorf("LangFromEnv(%v) = %s, want %s", tc.env, got, tc.want)
		}
	}
	if got := LangFromEnv(nil); got != English {
		t.Errorf("LangFromEnv(nil) = %s", got)
	}
}
