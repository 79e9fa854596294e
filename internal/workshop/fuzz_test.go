package workshop

import (
	"encoding/json"
	"testing"

	"github.com/samskab/samskab/checklist"
)

// FuzzAnswerValue feeds the API's and the form's answer parsers anything:
// they never panic, and what they accept is an answer of the scale.
func FuzzAnswerValue(f *testing.F) {
	for _, s := range []string{"0", "4", "5", "-1", `"na"`, `"dk"`, "null", "2.0", `"3"`, "{}", "[]", " 3 ", "03", "1e0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, parse := range []func(string) (answerValue, bool){
			func(s string) (answerValue, bool) { return parseAPIValue(json.RawMessage(s)) },
			parseFormValue,
		} {
			v, ok := parse(s)
			if !ok {
				continue
			}
			switch v.Kind {
			case checklist.Scored:
				if v.Score < 0 || v.Score > 4 {
					t.Fatalf("%q gave score %d", s, v.Score)
				}
			case checklist.NotRelevant, checklist.DontKnow, checklist.Unanswered:
			default:
				t.Fatalf("%q gave kind %v", s, v.Kind)
			}
		}
	})
}
