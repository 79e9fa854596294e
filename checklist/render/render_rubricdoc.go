package render

import (
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// rubricMarkdown writes a rubric as a documentation page: what it is, how
// to use it, then every item with its questions and next step.
func rubricMarkdown(w io.Writer, r *checklist.Rubric, cat *checklist.Catalog, lang checklist.Lang) error {
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

func docFacts(w io.Writer, r *checklist.Rubric, lang checklist.Lang) {
	fmt.Fprintf(w, "- **%s:** `%s` · **%s:** %d\n", catalog.For(lang).Doc.RubricId, r.ID, catalog.For(lang).Report.Version, r.Version)
	if r.Publisher != "" {
		fmt.Fprintf(w, "- **%s:** %s\n", catalog.For(lang).Report.Publisher, mdText(r.Publisher))
	}
	if r.URL != "" {
		fmt.Fprintf(w, "- **%s:** %s\n", catalog.For(lang).Doc.Source, mdURL(r.URL))
	}
	langs := make([]string, len(r.Languages))
	for i, l := range r.Languages {
		langs[i] = doc(lang, "lang-"+string(l))
	}
	fmt.Fprintf(w, "- **%s:** %s · **%s:** %s\n", catalog.For(lang).Doc.Size,
		fmt.Sprintf(catalog.For(lang).Doc.ItemsQs, count(lang, "item", len(r.Items)), count(lang, "question", r.QuestionCount())),
		catalog.For(lang).Doc.Languages, strings.Join(langs, ", "))
}

func count(lang checklist.Lang, what string, n int) string {
	if n == 1 {
		return doc(lang, what+"-1")
	}
	return fmt.Sprintf(doc(lang, what+"-n"), n)
}

func docHowTo(w io.Writer, r *checklist.Rubric, lang checklist.Lang) {
	// A user rubric only loads with --rubrics; name the folder it came from.
	load := ""
	if r.File != "builtin" && r.File != "" {
		load = " --rubrics " + shellWord(filepath.Dir(r.File))
	}
	fmt.Fprintf(w, "\n## %s\n\n%s\n\n", catalog.For(lang).Doc.How, catalog.For(lang).Doc.HowInit)
	fmt.Fprintf(w, "```sh\nsamskab init plan.yaml --rubric %s%s --lang %s\n```\n\n", r.ID, load, lang)
	fmt.Fprintf(w, "%s\n\n", catalog.For(lang).Doc.HowAnswer)
	fmt.Fprintf(w, "| %s | %s |\n|:---|:---|\n", catalog.For(lang).Doc.Answer, catalog.For(lang).Doc.Meaning)
	for _, s := range checklist.ScaleLabels {
		fmt.Fprintf(w, "| `%s` | %s |\n", s.Value, s.Label.In(lang))
	}
	fmt.Fprintf(w, "\n%s\n\n```sh\nsamskab score plan.yaml%s --lang %s\n```\n", catalog.For(lang).Doc.HowScore, load, lang)
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

func docContents(w io.Writer, r *checklist.Rubric, lang checklist.Lang) {
	fmt.Fprintf(w, "\n## %s\n\n", catalog.For(lang).Doc.Items)
	for i, it := range r.Items {
		fmt.Fprintf(w, "%d. [%s · %s](#%s)\n", i+1, it.ID, mdText(it.Title.In(lang)), it.ID)
	}
}

// docItem writes one item. Its heading carries the original title, as
// the publisher wrote it; an English page gives the translation under it.
func docItem(w io.Writer, it *checklist.Item, cat *checklist.Catalog, lang checklist.Lang) {
	title := it.Title.In(checklist.Danish)
	fmt.Fprintf(w, "\n<a id=\"%s\"></a>\n\n## %s · %s\n\n", it.ID, it.ID, mdText(title))
	if en := it.Title.In(lang); en != title {
		fmt.Fprintf(w, "*%s*\n\n", mdText(en))
	}
	if s := it.Summary.In(lang); s != "" {
		fmt.Fprintf(w, "%s\n\n", mdText(s))
	}
	fmt.Fprintf(w, "**%s**\n\n", catalog.For(lang).Report.Questions)
	for _, q := range it.Questions {
		line := fmt.Sprintf("- `%s.%s` %s", it.ID, q.ID, mdText(q.Text.In(lang)))
		if a := audienceLabel(q, lang); a != "" {
			line += fmt.Sprintf(" *(%s: %s)*", catalog.For(lang).Report.Audience, mdText(a))
		}
		fmt.Fprintln(w, line)
	}
	fmt.Fprintf(w, "\n**%s:** %s\n\n", catalog.For(lang).Report.Action, mdText(it.Action.In(lang)))
	facts := []string{fmt.Sprintf("**%s:** %s", catalog.For(lang).Doc.Weight, weightText(it.Weight, lang))}
	if th := docThemeNames(it, cat, lang); th != "" {
		facts = append(facts, fmt.Sprintf("**%s:** %s", catalog.For(lang).Report.Themes, th))
	}
	fmt.Fprintf(w, "%s\n", strings.Join(facts, " · "))
	if s := docSource(it.Source, lang); s != "" {
		fmt.Fprintf(w, "\n**%s:** %s\n", catalog.For(lang).Doc.Source, s)
	}
}

func weightText(v float64, lang checklist.Lang) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if lang == checklist.Danish {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

func docThemeNames(it *checklist.Item, cat *checklist.Catalog, lang checklist.Lang) string {
	var names []string
	for i, id := range it.Themes {
		th, ok := cat.Theme(id)
		if !ok {
			continue
		}
		name := mdText(th.Title.In(lang))
		if i == 0 {
			name += " (" + catalog.For(lang).Doc.Primary + ")"
		}
		names = append(names, name)
	}
	return strings.Join(names, ", ")
}

func docSource(s checklist.Source, lang checklist.Lang) string {
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
func docThemes(w io.Writer, r *checklist.Rubric, cat *checklist.Catalog, lang checklist.Lang) {
	var rows []string
	for _, th := range cat.Themes {
		var ids []string
		for _, it := range r.Items {
			switch slices.Index(it.Themes, th.ID) {
			case -1:
			case 0:
				ids = append(ids, fmt.Sprintf("[%s](#%s) (%s)", it.ID, it.ID, catalog.For(lang).Doc.Primary))
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
	fmt.Fprintf(w, "\n## %s\n\n%s\n\n", catalog.For(lang).Doc.ThemeList, catalog.For(lang).Doc.ThemesIntro)
	fmt.Fprintf(w, "| %s | %s | %s |\n|:---|:---|:---|\n", catalog.For(lang).Report.Theme, catalog.For(lang).Doc.Description, catalog.For(lang).Doc.ThemeItems)
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
