package yamlfile

import (
	"fmt"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// CaseTemplate returns a new case file for the given rubrics: a project
// block to fill in, commented examples of the optional blocks, and one
// response listing every question as a null answer, with the question
// text as a comment above it. `samskab score` accepts it as it is.
// scoped writes an explicit `rubrics:` line.
func CaseTemplate(rubrics []*checklist.Rubric, lang checklist.Lang, fileName string, scoped bool) []byte {
	t := catalog.For(lang).Template
	var b strings.Builder
	// The modeline must be the first line; a relative path works offline
	// once the user has written the schema next to the case file.
	fmt.Fprintf(&b, "# yaml-language-server: $schema=./%s\n", CaseSchemaFile)
	fmt.Fprintf(&b, "# %s\n", t.Intro)
	var scale []string
	for _, s := range checklist.ScaleLabels {
		scale = append(scale, s.Value+" = "+s.Label.In(lang))
	}
	fmt.Fprintf(&b, "#   %s\n", strings.Join(scale[:5], ", "))
	fmt.Fprintf(&b, "#   %s, ~ = %s\n", strings.Join(scale[5:], ", "), t.Unanswered)
	fmt.Fprintf(&b, "# %s\n", fmt.Sprintf(t.Score, fileName))
	fmt.Fprintf(&b, "# %s\n", fmt.Sprintf(t.Schema, CaseSchemaFile))
	b.WriteString("samskab: 1\n")
	b.WriteString("project:\n")
	fmt.Fprintf(&b, "  name: %s  # %s\n", t.Placeholder, t.Required)
	fmt.Fprintf(&b, "  owner:  # %s\n", t.Optional)
	fmt.Fprintf(&b, "  description:  # %s\n", t.Optional)
	ids := make([]string, len(rubrics))
	for i, r := range rubrics {
		ids[i] = r.ID
	}
	if scoped {
		fmt.Fprintf(&b, "rubrics: [%s]  # %s\n", strings.Join(ids, ", "), t.Scope)
	} else {
		fmt.Fprintf(&b, "# rubrics: [%s]  # %s\n", strings.Join(ids, ", "), t.Scope)
	}
	fmt.Fprintf(&b, "# actors:  # %s\n", t.Actors)
	fmt.Fprintf(&b, "#   - id: kommune\n#     name: %s\n#     kind: municipality\n", t.ActorName)
	fmt.Fprintf(&b, "# targets:  # %s\n", t.Targets)
	b.WriteString("#   overall: 60\n#   item: 25\n#   coverage: 100\n")
	b.WriteString("responses:\n")
	fmt.Fprintf(&b, "  - respondent: %s\n", t.Respondent)
	fmt.Fprintf(&b, "    answers:  # %s\n", t.Answers)
	for ri, r := range rubrics {
		if ri > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "      # == %s (%s) ==\n", checklist.OneLine(r.Title.In(lang)), r.ID)
		for _, it := range r.Items {
			fmt.Fprintf(&b, "      # %s %s\n", it.ID, checklist.OneLine(it.Title.In(lang)))
			for _, q := range it.Questions {
				fmt.Fprintf(&b, "      #   %s\n", checklist.OneLine(q.Text.In(lang)))
				fmt.Fprintf(&b, "      %s: ~\n", checklist.QuestionID(it.ID, q.ID))
			}
		}
	}
	return []byte(b.String())
}

// CaseSchemaFile is the file name `init` points editors at, next to the
// case file: `samskab schema case > samskab-case.schema.json`.
const CaseSchemaFile = "samskab-case.schema.json"
