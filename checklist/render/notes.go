package render

import "github.com/samskab/samskab/checklist"

// reportNote is a respondent's note with what every view shows of it.
type reportNote struct {
	Item, Question, Who, Text string
}

// reportNotes are the notes of a report in rubric, item and file order.
func reportNotes(r *checklist.Report, lang checklist.Lang) []reportNote {
	var notes []reportNote
	for _, rr := range r.Rubrics {
		for _, it := range rr.Items {
			for _, n := range it.Notes {
				notes = append(notes, reportNote{Item: it.Item.ID, Question: n.Question,
					Who: respondentName(r, n.Respondent, lang), Text: checklist.OneLine(n.Text)})
			}
		}
	}
	return notes
}
