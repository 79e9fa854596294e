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
	var scale []string
	for _, s := range checklist.ScaleLabels {
		scale = append(scale, s.Value+" = "+s.Label.In(lang))
	}
	ids := make([]string, len(rubrics))
	for i, r := range rubrics {
		ids[i] = r.ID
	}
	scope := fmt.Sprintf("rubrics: [%s]  # %s", strings.Join(ids, ", "), t.Scope)
	if !scoped {
		scope = "# " + scope
	}
	return caseSkeleton{
		// The modeline must be the first line; a relative path works
		// offline once the user has written the schema next to the case
		// file.
		comments: []string{"yaml-language-server: $schema=./" + CaseSchemaFile, t.Intro,
			"  " + strings.Join(scale[:5], ", "), "  " + strings.Join(scale[5:], ", ") + ", ~ = " + t.Unanswered,
			fmt.Sprintf(t.Score, fileName), fmt.Sprintf(t.Schema, CaseSchemaFile)},
		project: []string{"name: " + t.Placeholder + "  # " + t.Required, "owner:  # " + t.Optional,
			"description:  # " + t.Optional},
		scope: scope,
		optional: []string{"# actors:  # " + t.Actors, "#   - id: kommune", "#     name: " + t.ActorName,
			"#     kind: municipality", "# targets:  # " + t.Targets, "#   overall: 60", "#   item: 25", "#   coverage: 100"},
		response: templateResponse(rubrics, lang),
	}.bytes()
}

// templateResponse is one response that lists every question as a null
// answer, with the question text as a comment above it.
func templateResponse(rubrics []*checklist.Rubric, lang checklist.Lang) string {
	t := catalog.For(lang).Template
	var b strings.Builder
	// The respondent is left empty, with a hint beside it: `assess` fills
	// in this response rather than adding one next to it.
	fmt.Fprintf(&b, "  - respondent:  # %s\n", t.Respondent)
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
	return b.String()
}

// CaseSchemaFile is the file name `init` points editors at, next to the
// case file: `samskab schema case > samskab-case.schema.json`.
const CaseSchemaFile = "samskab-case.schema.json"
