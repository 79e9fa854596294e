package survey

import (
	"os"
	"testing"
)

// FuzzParse: no input makes the parser panic, and every answer it returns
// is a valid one for a known question.
func FuzzParse(f *testing.F) {
	if data, err := os.ReadFile("testdata/forms-da.csv"); err == nil {
		f.Add(data)
	}
	f.Add([]byte("Navn\t[cok-01.q1]\nA\t4 - Helt enig\n"))
	f.Add([]byte("\xff\xfeN\x00,\x00c\x00"))
	f.Add([]byte("PK\x03\x04"))
	known := map[string]bool{}
	for _, q := range questions {
		known[q.ID] = true
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Parse(data, questions)
		if err != nil {
			if _, ok := err.(Problems); !ok {
				t.Fatalf("error of type %T: %v", err, err)
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
