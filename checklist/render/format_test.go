package render

import (
	"testing"

	"github.com/samskab/samskab/checklist"
)

func TestRounding(t *testing.T) {
	tests := []struct {
		v        float64
		decimals int
		want     string
	}{
		{56.25, 1, "56.3"}, {43.75, 1, "43.8"}, {2.125, 2, "2.13"}, {55.0, 1, "55.0"},
		{0.9, 2, "0.9"}, {1, 2, "1.0"}, {70.83333333, 1, "70.8"}, {100, 1, "100.0"},
	}
	for _, tt := range tests {
		if got := jsonNum(tt.v, tt.decimals); got != tt.want {
			t.Errorf("jsonNum(%v, %d) = %s, want %s", tt.v, tt.decimals, got, tt.want)
		}
	}
	if got := decimal(56.25, 1, checklist.Danish); got != "56,3" {
		t.Errorf("Danish decimal = %s, want 56,3", got)
	}
}

// A format no view has is refused in the view's language, for a caller
// that did not check --format first.
func TestUnknownFormatWorded(t *testing.T) {
	for lang, want := range map[checklist.Lang]string{
		checklist.Danish:  `ukendt format "pdf" til --format; forventede et af: text, markdown, json, csv, html, xlsx`,
		checklist.English: `unknown format "pdf" for --format; expected one of: text, markdown, json, csv, html, xlsx`,
	} {
		_, err := NewReportPrinter("pdf", nil, Options{Lang: lang})
		if err == nil || err.Error() != want {
			t.Errorf("%s: got %v, want %q", lang, err, want)
		}
	}
}
