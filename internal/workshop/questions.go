package workshop

import (
	"github.com/samskab/samskab/checklist"
)

// audienceOf maps an actor kind to the audience its people belong to.
func audienceOf(kind string) checklist.Audience {
	switch kind {
	case "citizens", "volunteers":
		return checklist.AudienceCitizen
	case "municipality", "region", "state":
		return checklist.AudienceLead
	}
	return checklist.AudiencePartner
}

// question is one question a participant is asked.
type question struct {
	ID     string // full id, "cok-08.q2"
	Rubric *checklist.Rubric
	Item   *checklist.Item
	Q      *checklist.Question
}

// page is one principle: the questions of one item.
type page struct {
	Rubric    *checklist.Rubric
	Item      *checklist.Item
	Questions []question
	First     int // 1-based number of its first question among all
}

// questionsFor lists the questions of the rubrics in scope that people of
// the given audience are asked, in report order.
// A question without an audience is asked of everyone.
func questionsFor(cat *checklist.Catalog, scope []string, aud checklist.Audience) ([]question, error) {
	rubrics, err := cat.Select(scope)
	if err != nil {
		return nil, err
	}
	var out []question
	for _, r := range rubrics {
		for _, it := range r.Items {
			for qi := range it.Questions {
				q := &it.Questions[qi]
				if !q.For(aud) {
					continue
				}
				out = append(out, question{ID: it.ID + "." + q.ID, Rubric: r, Item: it, Q: q})
			}
		}
	}
	return out, nil
}

// pagesOf groups questions by item, one principle per page.
func pagesOf(qs []question) []page {
	var pages []page
	for i, q := range qs {
		if n := len(pages); n == 0 || pages[n-1].Item != q.Item {
			pages = append(pages, page{Rubric: q.Rubric, Item: q.Item, First: i + 1})
		}
		last := &pages[len(pages)-1]
		last.Questions = append(last.Questions, q)
	}
	return pages
}
