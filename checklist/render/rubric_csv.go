package render

import (
	"encoding/csv"
	"io"

	"github.com/samskab/samskab/checklist"
)

// RubricQuestionsCSV writes a rubric's questions as a list to paste into
// an online form: one row per question with its id, its text in both
// languages and a form title ("[cok-01.q1] text") that `samskab import`
// matches by id even if someone edits the wording in the form.
func RubricQuestionsCSV(w io.Writer, r *checklist.Rubric, lang checklist.Lang) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"id", "item", "text_da", "text_en", "form_title"}); err != nil {
		return err
	}
	for _, it := range r.Items {
		for _, q := range it.Questions {
			id := it.ID + "." + q.ID
			row := []string{id, it.ID, q.Text.DA, q.Text.EN, "[" + id + "] " + q.Text.In(lang)}
			for i := range row {
				row[i] = SpreadsheetCell(row[i])
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
