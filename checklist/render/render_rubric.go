package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// rubricListJSON writes the loaded rubrics as a JSON list.
func rubricListJSON(w io.Writer, cat *checklist.Catalog) error {
	list := make([]jsonRubricSummary, 0, len(cat.Rubrics))
	for _, r := range cat.Rubrics {
		list = append(list, jsonRubricSummary{ID: r.ID, Version: r.Version, Title: r.Title,
			Publisher: r.Publisher, Items: len(r.Items), Source: r.File})
	}
	return WriteJSON(w, list)
}

// rubricListTable writes the table of loaded rubrics, as text or Markdown.
func rubricListTable(w io.Writer, cat *checklist.Catalog, lang checklist.Lang, md bool, width int) error {
	t := newTable(w, md, []align{alignLeft, alignLeft, alignLeft, alignRight, alignRight, alignLeft},
		catalog.For(lang).Report.Id, catalog.For(lang).Report.Title, catalog.For(lang).Report.Publisher, catalog.For(lang).Report.Items, catalog.For(lang).Report.Version, catalog.For(lang).Report.Source).
		fit(width, colFixed, colWrap, colWrap, colFixed, colDrop, colWrap)
	for _, r := range cat.Rubrics {
		title := r.Title.In(lang)
		if md {
			title = mdCell(title)
		}
		if err := t.row(r.ID, title, r.Publisher, fmt.Sprint(len(r.Items)), fmt.Sprint(r.Version), r.File); err != nil {
			return err
		}
	}
	return t.render()
}

type jsonRubricSummary struct {
	ID        string         `json:"id"`
	Version   int            `json:"version"`
	Title     checklist.Text `json:"title"`
	Publisher string         `json:"publisher"`
	Items     int            `json:"items"`
	Source    string         `json:"source"`
}

// rubricJSONView writes one rubric as JSON (DESIGN.md §5).
func rubricJSONView(w io.Writer, r *checklist.Rubric) error { return WriteJSON(w, rubricJSON(r)) }

type (
	jsonRubricDoc struct {
		ID      string         `json:"id"`
		Version int            `json:"version"`
		Title   checklist.Text `json:"title"`
		Items   []jsonItemDoc  `json:"items"`
	}
	jsonItemDoc struct {
		ID        string            `json:"id"`
		Title     checklist.Text    `json:"title"`
		Weight    float64           `json:"weight"`
		Themes    []string          `json:"themes"`
		Questions []jsonQuestionDoc `json:"questions"`
		Action    checklist.Text    `json:"action"`
	}
	jsonQuestionDoc struct {
		ID       string               `json:"id"`
		Text     checklist.Text       `json:"text"`
		Audience []checklist.Audience `json:"audience"`
	}
)

func rubricJSON(r *checklist.Rubric) jsonRubricDoc {
	doc := jsonRubricDoc{ID: r.ID, Version: r.Version, Title: r.Title, Items: []jsonItemDoc{}}
	for _, it := range r.Items {
		item := jsonItemDoc{ID: it.ID, Title: it.Title, Weight: it.Weight, Themes: it.Themes, Action: it.Action}
		if item.Themes == nil {
			item.Themes = []string{}
		}
		for _, q := range it.Questions {
			item.Questions = append(item.Questions, jsonQuestionDoc{ID: checklist.QuestionID(it.ID, q.ID), Text: q.Text, Audience: q.Audiences()})
		}
		doc.Items = append(doc.Items, item)
	}
	return doc
}

func rubricText(w io.Writer, r *checklist.Rubric, o Options) error {
	cat, lang := o.Catalog, o.Lang
	ew := &errWriter{w: w}
	printWrapped := func(w io.Writer, indent, s string) {
		for _, line := range wrapText(s, o.proseWidth(len(indent))) {
			fmt.Fprintf(w, "%s%s\n", indent, line)
		}
	}
	printWrapped(ew, "", fmt.Sprintf("%s (%s, %s %d)", r.Title.In(lang), r.ID, strings.ToLower(catalog.For(lang).Report.Version), r.Version))
	if r.Publisher != "" {
		printWrapped(ew, "", catalog.For(lang).Report.Publisher+": "+r.Publisher)
	}
	if r.URL != "" {
		fmt.Fprintf(ew, "%s\n", r.URL)
	}
	printWrapped(ew, "", r.Description.In(lang))
	for _, it := range r.Items {
		fmt.Fprintln(ew)
		writeWrapped(ew, it.ID+"  ", strings.Repeat(" ", len(it.ID)+2), itemTitle(it, lang), o.proseWidth(0))
		printWrapped(ew, "    ", it.Summary.In(lang))
		for _, q := range it.Questions {
			fmt.Fprintf(ew, "    %s.%s\n", it.ID, q.ID)
			printWrapped(ew, "      ", q.Text.In(lang))
			if a := audienceLabel(q, lang); a != "" {
				fmt.Fprintf(ew, "      (%s: %s)\n", catalog.For(lang).Report.Audience, a)
			}
		}
		printWrapped(ew, "    ", catalog.For(lang).Report.Action+": "+it.Action.In(lang))
		if themes := themeTitles(it, cat, lang); themes != "" {
			printWrapped(ew, "    ", catalog.For(lang).Report.Themes+": "+themes)
		}
		if s := sourceLine(it.Source, lang); s != "" {
			printWrapped(ew, "    ", catalog.For(lang).Report.Source+": "+s)
		}
	}
	return ew.err
}

func themeTitles(it *checklist.Item, cat *checklist.Catalog, lang checklist.Lang) string {
	var names []string
	for _, id := range it.Themes {
		if th, ok := cat.Theme(id); ok {
			names = append(names, th.Title.In(lang))
		}
	}
	return strings.Join(names, "; ")
}

func sourceLine(s checklist.Source, lang checklist.Lang) string {
	if s.Name == "" && s.URL == "" {
		return ""
	}
	v := verifiedLabel(s, lang)
	parts := []string{}
	for _, p := range []string{s.Name, s.URL} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ") + " (" + v + ")"
}

// verifiedLabel says whether the source text was verified.
func verifiedLabel(s checklist.Source, lang checklist.Lang) string {
	if s.Verified {
		return catalog.For(lang).Report.Verified
	}
	return catalog.For(lang).Report.Unverified
}

// audienceLabel names who answers the question, or is empty when the
// rubric leaves that open (everyone answers).
func audienceLabel(q checklist.Question, lang checklist.Lang) string {
	names := make([]string, len(q.Audience))
	for i, a := range q.Audience {
		names[i], _ = catalog.Lookup(lang, "Report", "audience-"+string(a))
	}
	return strings.Join(names, ", ")
}
