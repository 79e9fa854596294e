package checklist

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// docText is the fixed wording of a rubric's documentation page.
var docText = map[string]Text{
	"rubric-id":    {DA: "Rubrik-id", EN: "Rubric id"},
	"source":       {DA: "Kilde", EN: "Source"},
	"size":         {DA: "Omfang", EN: "Size"},
	"items-qs":     {DA: "%s, %s", EN: "%s, %s"},
	"item-1":       {DA: "1 punkt", EN: "1 item"},
	"item-n":       {DA: "%d punkter", EN: "%d items"},
	"question-1":   {DA: "1 spørgsmål", EN: "1 question"},
	"question-n":   {DA: "%d spørgsmål", EN: "%d questions"},
	"languages":    {DA: "Sprog", EN: "Languages"},
	"lang-da":      {DA: "dansk", EN: "Danish"},
	"lang-en":      {DA: "engelsk", EN: "English"},
	"how":          {DA: "Sådan bruger du rubrikken", EN: "How to use it"},
	"how-init":     {DA: "Start en casefil med alle rubrikkens spørgsmål:", EN: "Start a case file with every question in this rubric:"},
	"how-answer":   {DA: "Svar på hvert spørgsmål med et tal fra 0 til 4 eller med na eller dk. Et højere svar betyder altid mere samskabelse.", EN: "Answer each question with a number from 0 to 4, or with na or dk. A higher answer always means more co-creation."},
	"how-score":    {DA: "Se derefter resultatet:", EN: "Then see the result:"},
	"answer":       {DA: "Svar", EN: "Answer"},
	"meaning":      {DA: "Betydning", EN: "Meaning"},
	"items":        {DA: "Punkter", EN: "Items"},
	"weight":       {DA: "Vægt", EN: "Weight"},
	"primary":      {DA: "primært", EN: "primary"},
	"theme-list":   {DA: "Temaer", EN: "Themes"},
	"themes-intro": {DA: "Punkternes scorer lægges også sammen på tværs af rubrikkerne i disse temaer. Et punkt tæller fuldt med i sit primære tema og halvt i de øvrige.", EN: "Item scores also add up across rubrics into these themes. An item counts in full towards its primary theme and by half towards the others."},
	"theme-items":  {DA: "Punkter", EN: "Items"},
	"description":  {DA: "Beskrivelse", EN: "Description"},
}

func doc(lang Lang, key string) string { return docText[key].In(lang) }

// rubricMarkdown writes a rubric as a documentation page: what it is, how
// to use it, then every item with its questions and next step.
func rubricMarkdown(w io.Writer, r *Rubric, cat *Catalog, lang Lang) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "# %s\n", mdText(r.Title.In(lang)))
	if d := r.Description.In(lang); d != "" {
		fmt.Fprintf(ew, "\n%s\n", mdText(d))
	}
	fmt.Fprintln(ew)
	docFacts(ew, r, lang)
	docHowTo(ew, r, lang)
	docContents(ew, r, lang)
	for _, it := range r.Items {
		docItem(ew, it, cat, lang)
	}
	docThemes(ew, r, cat, lang)
	return ew.err
}

func docFacts(w io.Writer, r *Rubric, lang Lang) {
	fmt.Fprintf(w, "- **%s:** `%s` · **%s:** %d\n", doc(lang, "rubric-id"), r.ID, msg(lang, "version"), r.Version)
	if r.Publisher != "" {
		fmt.Fprintf(w, "- **%s:** %s\n", msg(lang, "publisher"), mdText(r.Publisher))
	}
	if r.URL != "" {
		fmt.Fprintf(w, "- **%s:** %s\n", doc(lang, "source"), mdURL(r.URL))
	}
	langs := make([]string, len(r.Languages))
	for i, l := range r.Languages {
		langs[i] = doc(lang, "lang-"+string(l))
	}
	fmt.Fprintf(w, "- **%s:** %s · **%s:** %s\n", doc(lang, "size"),
		fmt.Sprintf(doc(lang, "items-qs"), count(lang, "item", len(r.Items)), count(lang, "question", r.QuestionCount())),
		doc(lang, "languages"), strings.Join(langs, ", "))
}

func count(lang Lang, what string, n int) string {
	if n == 1 {
		return doc(lang, what+"-1")
	}
	return fmt.Sprintf(doc(lang, what+"-n"), n)
}

func docHowTo(w io.Writer, r *Rubric, lang Lang) {
	// A user rubric only loads with --rubrics; name the folder it came from.
	load := ""
	if r.File != "builtin" && r.File != "" {
		load = " --rubrics " + shellWord(filepath.Dir(r.File))
	}
	fmt.Fprintf(w, "\n## %s\n\n%s\n\n", doc(lang, "how"), doc(lang, "how-init"))
	fmt.Fprintf(w, "```sh\nsamskab init plan.yaml --rubric %s%s --lang %s\n```\n\n", r.ID, load, lang)
	fmt.Fprintf(w, "%s\n\n", doc(lang, "how-answer"))
	fmt.Fprintf(w, "| %s | %s |\n|:---|:---|\n", doc(lang, "answer"), doc(lang, "meaning"))
	for _, s := range ScaleLabels {
		fmt.Fprintf(w, "| `%s` | %s |\n", s.Value, s.Label.In(lang))
	}
	fmt.Fprintf(w, "\n%s\n\n```sh\nsamskab score plan.yaml%s --lang %s\n```\n", doc(lang, "how-score"), load, lang)
}

// shellWord quotes a path for a shell command line when it needs it.
func shellWord(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

func docContents(w io.Writer, r *Rubric, lang Lang) {
	fmt.Fprintf(w, "\n## %s\n\n", doc(lang, "items"))
	for i, it := range r.Items {
		fmt.Fprintf(w, "%d. [%s · %s](#%s)\n", i+1, it.ID, mdText(it.Title.In(lang)), it.ID)
	}
}

// docItem writes one item. Its heading carries the original title, as
// the publisher wrote it; an English page gives the translation under it.
func docItem(w io.Writer, it *Item, cat *Catalog, lang Lang) {
	title := it.Title.In(Danish)
	fmt.Fprintf(w, "\n<a id=\"%s\"></a>\n\n## %s · %s\n\n", it.ID, it.ID, mdText(title))
	if en := it.Title.In(lang); en != title {
		fmt.Fprintf(w, "*%s*\n\n", mdText(en))
	}
	if s := it.Summary.In(lang); s != "" {
		fmt.Fprintf(w, "%s\n\n", mdText(s))
	}
	fmt.Fprintf(w, "**%s**\n\n", msg(lang, "questions"))
	for _, q := range it.Questions {
		line := fmt.Sprintf("- `%s.%s` %s", it.ID, q.ID, mdText(q.Text.In(lang)))
		if a := audienceLabel(q, lang); a != "" {
			line += fmt.Sprintf(" *(%s: %s)*", msg(lang, "audience"), mdText(a))
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "\n**%s:** %s\n\n", msg(lang, "action"), mdText(it.Action.In(lang)))
	facts := []string{fmt.Sprintf("**%s:** %s", doc(lang, "weight"), weightText(it.Weight, lang))}
	if th := docThemeNames(it, cat, lang); th != "" {
		facts = append(facts, fmt.Sprintf("**%s:** %s", msg(lang, "themes"), th))
	}
	fmt.Fprintf(w, "%s\n", strings.Join(facts, " · "))
	if s := docSource(it.Source, lang); s != "" {
		fmt.Fprintf(w, "\n**%s:** %s\n", doc(lang, "source"), s)
	}
}

func weightText(v float64, lang Lang) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if lang == Danish {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

func docThemeNames(it *Item, cat *Catalog, lang Lang) string {
	var names []string
	for i, id := range it.Themes {
		th, ok := cat.Theme(id)
		if !ok {
			continue
		}
		name := mdText(th.Title.In(lang))
		if i == 0 {
			name += " (" + doc(lang, "primary") + ")"
		}
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}

func docSource(s Source, lang Lang) string {
	if s.Name == "" && s.URL == "" {
		return ""
	}
	verified := verifiedLabel(s, lang)
	switch {
	case s.Name == "":
		return mdURL(s.URL) + " · " + verified
	case s.URL == "" || !safeURL(s.URL):
		return strings.TrimSpace(mdText(s.Name)+" "+mdText(s.URL)) + " · " + verified
	}
	return fmt.Sprintf("[%s](<%s>) · %s", mdText(s.Name), s.URL, verified)
}

// docThemes lists the themes the rubric's items carry, with the items that
// carry each, so a reader sees how the rubric feeds the theme scores.
func docThemes(w io.Writer, r *Rubric, cat *Catalog, lang Lang) {
	var rows []string
	for _, th := range cat.Themes {
		var ids []string
		for _, it := range r.Items {
			switch slices.Index(it.Themes, th.ID) {
			case -1:
			case 0:
				ids = append(ids, fmt.Sprintf("[%s](#%s) (%s)", it.ID, it.ID, doc(lang, "primary")))
			default:
				ids = append(ids, fmt.Sprintf("[%s](#%s)", it.ID, it.ID))
			}
		}
		if len(ids) > 0 {
			rows = append(rows, fmt.Sprintf("| %s | %s | %s |", mdText(th.Title.In(lang)),
				mdText(th.Description.In(lang)), strings.Join(ids, ", ")))
		}
	}
	if len(rows) == 0 {
		return
	}
	fmt.Fprintf(w, "\n## %s\n\n%s\n\n", doc(lang, "theme-list"), doc(lang, "themes-intro"))
	fmt.Fprintf(w, "| %s | %s | %s |\n|:---|:---|:---|\n", msg(lang, "theme"), doc(lang, "description"), doc(lang, "theme-items"))
	fmt.Fprintln(w, strings.Join(rows, "\n"))
}

// mdURL writes a web address as a link when it is safe to, else as text.
func mdURL(u string) string {
	if safeURL(u) {
		return "<" + u + ">"
	}
	return mdText(u)
}

func safeURL(u string) bool {
	return (strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")) &&
		!strings.ContainsAny(u, " <>\"'`\n\r\t")
}
