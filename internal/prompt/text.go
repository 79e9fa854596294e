package prompt

import (
	"fmt"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// Message is the questionnaire's wording for key in lang, formatted with
// args.
func Message(lang checklist.Lang, key string, args ...any) string {
	t, ok := catalog.Lookup(lang, "Assess", key)
	if !ok {
		return key
	}
	if len(args) == 0 {
		return t
	}
	return fmt.Sprintf(t, args...)
}

// answerLabel is an answer for display: "3 – Mostly agree".
func answerLabel(v checklist.AnswerValue, lang checklist.Lang) string {
	text := v.Text()
	for _, s := range checklist.ScaleLabels {
		if s.Value == text {
			return text + " – " + s.Label.In(lang)
		}
	}
	return Message(lang, "skipped")
}
