package render

import (
	"bytes"
	"fmt"

	"github.com/samskab/samskab/checklist"
)

// DocsGeneratedMarker opens every generated documentation page, so that
// the generator knows which files in the folder are its own.
const DocsGeneratedMarker = "<!-- Generated from the built-in rubrics by `go generate ./checklist`. Do not edit: edit rubrics/*.yaml and regenerate. -->\n"

// RubricDocs renders the documentation of the built-in rubrics: a page per
// rubric in Danish (<id>.da.md) and in English (<id>.en.md), and an index,
// README.md. The keys are file names.
func RubricDocs(cat *checklist.Catalog) (map[string][]byte, error) {
	docs := map[string][]byte{}
	var builtins []*checklist.Rubric
	for _, r := range cat.Rubrics {
		if r.File != "builtin" {
			continue
		}
		builtins = append(builtins, r)
		for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
			var b bytes.Buffer
			b.WriteString(DocsGeneratedMarker + "\n")
			if err := rubricMarkdown(&b, r, cat, lang); err != nil {
				return nil, err
			}
			docFooter(&b, r, lang)
			docs[docPage(r, lang)] = b.Bytes()
		}
	}
	docs["README.md"] = docIndex(builtins)
	return docs, nil
}

func docPage(r *checklist.Rubric, lang checklist.Lang) string {
	return r.ID + "." + string(lang) + ".md"
}

func docFooter(b *bytes.Buffer, r *checklist.Rubric, lang checklist.Lang) {
	other, label := checklist.English, "This page in English"
	if lang == checklist.English {
		other, label = checklist.Danish, "Denne side på dansk"
	}
	index := checklist.Text{DA: "Alle indbyggede modeller", EN: "All built-in rubrics"}.In(lang)
	fmt.Fprintf(b, "\n---\n\n[%s](%s) · [%s](README.md)\n", label, docPage(r, other), index)
}

func docIndex(rubrics []*checklist.Rubric) []byte {
	var b bytes.Buffer
	b.WriteString(DocsGeneratedMarker + "\n")
	b.WriteString("# Built-in rubrics · Indbyggede modeller\n\n")
	b.WriteString("samskab ships these rubrics. Each has a page in Danish and in English; " +
		"`samskab rubrics show ID --format markdown` prints the same page for any loaded rubric, including your own.\n\n")
	b.WriteString("samskab har disse modeller indbygget. Hver har en side på dansk og på engelsk; " +
		"`samskab rubrics show ID --format markdown --lang da` skriver samme side for enhver indlæst model, også jeres egne.\n\n")
	b.WriteString("| Rubric | Titel | Title | Publisher | Items | Version | Pages |\n")
	b.WriteString("|:---|:---|:---|:---|---:|---:|:---|\n")
	for _, r := range rubrics {
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %d | %d | [dansk](%s) · [English](%s) |\n", r.ID,
			mdText(r.Title.In(checklist.Danish)), mdText(r.Title.In(checklist.English)), mdText(r.Publisher), len(r.Items), r.Version,
			docPage(r, checklist.Danish), docPage(r, checklist.English))
	}
	return b.Bytes()
}
