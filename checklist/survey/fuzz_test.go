package survey

import (
	"os"
	"strings"
	"testing"

	"github.com/samskab/samskab/internal/xlsx/xlsxtest"
)

// FuzzParse: no input makes the parser panic, and every answer it returns
// is a valid one for a known question.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"forms-da.csv", "forms-da-libreoffice.xlsx"} {
		if data, err := os.ReadFile("testdata/" + name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("Navn\t[cok-01.q1]\nA\t4 - Helt enig\n"))
	f.Add([]byte("\xff\xfeN\x00,\x00c\x00"))
	f.Add([]byte("PK\x03\x04"))
	f.Add(xlsxtest.Workbook(f, [][]string{{"Navn", "[cok-01.q1]"}, {"Ann", "4"}, {"=Bo", "Helt enig"}}))
	known := map[string]bool{}
	for _, q := range questions {
		known[q.ID] = true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Parse(data, questions)
		if err != nil {
			ps, ok := err.(Problems)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			for _, p := range ps {
				if _, known := english()[p.Code]; !known || strings.Contains(p.Msg(), "%!") {
					t.Fatalf("code %q with args %v has no message: %s", p.Code, p.Args, p.Msg())
				}
			}
			return
		}
		for _, r := range res.Responses {
			if hasControl(r.Respondent) || hasControl(r.Party) {
				t.Fatalf("row %d: control character in %q / %q", r.Row, r.Respondent, r.Party)
			}
			if len(r.Answers) == 0 {
				t.Fatalf("row %d imported without answers", r.Row)
			}
			for _, a := range r.Answers {
				if !known[a.Question] || a.Kind == 0 || a.Score < 0 || a.Score > 4 {
					t.Fatalf("row %d: bad answer %+v", r.Row, a)
				}
			}
		}
	})
}
