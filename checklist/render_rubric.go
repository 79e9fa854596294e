package checklist

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter/tw"
)

// RubricFormats are the formats of `rubrics` and `rubrics show`.
var RubricFormats = []string{"text", "markdown", "json"}

// RenderRubricList writes the table of loaded rubrics.
func RenderRubricList(w io.Writer, cat *Catalog, format string, lang Lang) error {
	if format == "json" {
		list := make([]jsonRubricSummary, 0, len(cat.Rubrics))
		for _, r := range cat.Rubrics {
			list = append(list, jsonRubricSummary{ID: r.ID, Version: r.Version, Title: r.Title,
				Publisher: r.Publisher, Items: len(r.Items), Source: r.File})
		}
		return writeJSON(w, list)
	}
	md := format == "markdown"
	t := newTable(w, md, []tw.Align{tw.AlignLeft, tw.AlignLeft, tw.AlignLeft, tw.AlignRight, tw.AlignRight, tw.AlignLeft},
		msg(lang, "id"), msg(lang, "title"), msg(lang, "publisher"), msg(lang, "items"), msg(lang, "version"), msg(lang, "source"))
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
	ID        string `json:"id"`
	Version   int    `json:"version"`
	Title     Text   `json:"title"`
	Publisher string `json:"publisher"`
	Items     int    `json:"items"`
	Source    string `json:"source"`
}

// RenderRubric writes one rubric in full: as text to read in a terminal,
// as Markdown documentation, or as JSON (DESIGN.md §5).
func RenderRubric(w io.Writer, r *Rubric, cat *Catalog, format string, lang Lang) error {
	switch format {
	case "json":
		return writeJSON(w, rubricJSON(r))
	case "markdown":
		return rubricMarkdown(w, r, cat, lang)
	}
	return rubricText(w, r, cat, lang)
}

type (
	jsonRubricDoc struct {
		ID      string        `json:"id"`
		Version int           `json:"version"`
		Title   Text          `json:"title"`
		Items   []jsonItemDoc `json:"items"`
	}
	jsonItemDoc struct {
		ID        string            `json:"id"`
		Title     Text              `json:"title"`
		Weight    float64           `json:"weight"`
		Themes    []string          `json:"themes"`
		Questions []jsonQuestionDoc `json:"questions"`
		Action    Text              `json:"action"`
	}
	jsonQuestionDoc struct {
		ID       string     `json:"id"`
		Text     Text       `json:"text"`
		Audience []Audience `json:"audience"`
	}
)

func rubricJSON(r *Rubric) jsonRubricDoc {
	doc := jsonRubricDoc{ID: r.ID, Version: r.Version, Title: r.Title, Items: []jsonItemDoc{}}
	for _, it := range r.Items {
		item := jsonItemDoc{ID: it.ID, Title: it.Title, Weight: it.Weight, Themes: it.Themes, Action: it.Action}
		if item.Themes == nil {
			item.Themes = []string{}
		}
		for _, q := range it.Questions {
			item.Questions = append(item.Questions, jsonQuestionDoc{ID: it.ID + "." + q.ID, Text: q.Text, Audience: q.Audiences()})
		}
		doc.Items = append(doc.Items, item)
	}
	return doc
}

func rubricText(w io.Writer, r *Rubric, cat *Catalog, lang Lang) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "%s (%s, %s %d)\n", r.Title.In(lang), r.ID, strings.ToLower(msg(lang, "version")), r.Version)
	if r.Publisher != "" {
		fmt.Fprintf(ew, "%s: %s\n", msg(lang, "publisher"), r.Publisher)
	}
	if r.URL != "" {
		fmt.Fprintf(ew, "%s\n", r.URL)
	}
	printWrapped(ew, "", r.Description.In(lang))
	for _, it := range r.Items {
		fmt.Fprintf(ew, "\n%s  %s\n", it.ID, itemTitle(it, lang))
		printWrapped(ew, "    ", it.Summary.In(lang))
		for _, q := range it.Questions {
			fmt.Fprintf(ew, "    %s.%s\n", it.ID, q.ID)
			printWrapped(ew, "      ", q.Text.In(lang))
			if a := audienceLabel(q, lang); a != "" {
				fmt.Fprintf(ew, "      (%s: %s)\n", msg(lang, "audience"), a)
			}
		}
		printWrapped(ew, "    ", msg(lang, "action")+": "+it.Action.In(lang))
		if themes := themeTitles(it, cat, lang); themes != "" {
			fmt.Fprintf(ew, "    %s: %s\n", msg(lang, "themes"), themes)
		}
		if s := sourceLine(it.Source, lang); s != "" {
			fmt.Fprintf(ew, "    %s: %s\n", msg(lang, "source"), s)
		}
	}
	return ew.err
}

func printWrapped(w io.Writer, indent, s string) {
	for _, line := range wrap(s, 88-len(indent)) {
		fmt.Fprintf(w, "%s%s\n", indent, line)
	}
}

func themeTitles(it *Item, cat *Catalog, lang Lang) string {
	var names []string
	for _, id := range it.Themes {
		if th, ok := cat.Theme(id); ok {
			names = append(names, th.Title.In(lang))
		}
	}
	return strings.Join(names, "; ")
}

func sourceLine(s Source, lang Lang) string {
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
func verifiedLabel(s Source, lang Lang) string {
	if s.Verified {
		return msg(lang, "verified")
	}
	return msg(lang, "unverified")
}

// audienceLabel names who answers the question, or is empty when the
// rubric leaves that open (everyone answers).
func audienceLabel(q Question, lang Lang) string {
	names := make([]string, len(q.Audience))
	for i, a := range q.Audience {
		names[i] = msg(lang, "audience-"+string(a))
	}
	return strings.Join(names, ", ")
}
