package yamlfile

import (
	"fmt"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// templateText is the fixed wording of a new case file.
var templateText = map[string]checklist.Text{
	"intro": {
		DA: "samskab-casefil. Udfyld projektet, og svar på hvert spørgsmål:",
		EN: "samskab case file. Fill in the project, then answer each question:",
	},
	"score": {
		DA: "Se resultatet med: samskab score %s",
		EN: "See the result with: samskab score %s",
	},
	"schema": {
		DA: "Hjælp i editoren (YAML language server): kør `samskab schema case > %s` i denne mappe",
		EN: "Editor help (YAML language server): run `samskab schema case > %s` in this folder",
	},
	"name":        {DA: "Projektets navn", EN: "Project name"},
	"required":    {DA: "påkrævet", EN: "required"},
	"optional":    {DA: "valgfri", EN: "optional"},
	"scope":       {DA: "hvilke rubrikker der scores; uden denne linje: alle", EN: "which rubrics are scored; without this line: all"},
	"actors":      {DA: "parterne i projektet; en besvarelse kan henvise til en part med `actor: kommune`", EN: "the parties to the project; a response can refer to one with `actor: kommune`"},
	"targets":     {DA: "mål, som `samskab check` håndhæver (procent)", EN: "targets that `samskab check` enforces (percent)"},
	"respondent":  {DA: "Navn (rolle)", EN: "Name (role)"},
	"answers":     {DA: "~ betyder: ikke besvaret endnu", EN: "~ means: not answered yet"},
	"unanswered":  {DA: "ikke besvaret endnu", EN: "not answered yet"},
	"actor-name":  {DA: "Kommunens afdeling", EN: "The municipal department"},
	"placeholder": {DA: "Mit samskabelsesprojekt", EN: "My co-creation project"},
}

// CaseTemplate returns a new case file for the given rubrics: a project
// block to fill in, commented examples of the optional blocks, and one
// response listing every question as a null answer, with the question
// text as a comment above it. `samskab score` accepts it as it is.
// scoped writes an explicit `rubrics:` line.
func CaseTemplate(rubrics []*checklist.Rubric, lang checklist.Lang, fileName string, scoped bool) []byte {
	t := func(key string) string { return templateText[key].In(lang) }
	var b strings.Builder
	// The modeline must be the first line; a relative path works offline
	// once the user has written the schema next to the case file.
	fmt.Fprintf(&b, "# yaml-language-server: $schema=./%s\n", CaseSchemaFile)
	fmt.Fprintf(&b, "# %s\n", t("intro"))
	var scale []string
	for _, s := range checklist.ScaleLabels {
		scale = append(scale, s.Value+" = "+s.Label.In(lang))
	}
	fmt.Fprintf(&b, "#   %s\n", strings.Join(scale[:5], ", "))
	fmt.Fprintf(&b, "#   %s, ~ = %s\n", strings.Join(scale[5:], ", "), t("unanswered"))
	fmt.Fprintf(&b, "# %s\n", fmt.Sprintf(t("score"), fileName))
	fmt.Fprintf(&b, "# %s\n", fmt.Sprintf(t("schema"), CaseSchemaFile))
	b.WriteString("samskab: 1\n")
	b.WriteString("project:\n")
	fmt.Fprintf(&b, "  name: %s  # %s\n", t("placeholder"), t("required"))
	fmt.Fprintf(&b, "  owner:  # %s\n", t("optional"))
	fmt.Fprintf(&b, "  description:  # %s\n", t("optional"))
	ids := make([]string, len(rubrics))
	for i, r := range rubrics {
		ids[i] = r.ID
	}
	if scoped {
		fmt.Fprintf(&b, "rubrics: [%s]  # %s\n", strings.Join(ids, ", "), t("scope"))
	} else {
		fmt.Fprintf(&b, "# rubrics: [%s]  # %s\n", strings.Join(ids, ", "), t("scope"))
	}
	fmt.Fprintf(&b, "# actors:  # %s\n", t("actors"))
	fmt.Fprintf(&b, "#   - id: kommune\n#     name: %s\n#     kind: municipality\n", t("actor-name"))
	fmt.Fprintf(&b, "# targets:  # %s\n", t("targets"))
	b.WriteString("#   overall: 60\n#   item: 25\n#   coverage: 100\n")
	b.WriteString("responses:\n")
	fmt.Fprintf(&b, "  - respondent: %s\n", t("respondent"))
	fmt.Fprintf(&b, "    answers:  # %s\n", t("answers"))
	for ri, r := range rubrics {
		if ri > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "      # == %s (%s) ==\n", checklist.OneLine(r.Title.In(lang)), r.ID)
		for _, it := range r.Items {
			fmt.Fprintf(&b, "      # %s %s\n", it.ID, checklist.OneLine(it.Title.In(lang)))
			for _, q := range it.Questions {
				fmt.Fprintf(&b, "      #   %s\n", checklist.OneLine(q.Text.In(lang)))
				fmt.Fprintf(&b, "      %s.%s: ~\n", it.ID, q.ID)
			}
		}
	}
	return []byte(b.String())
}

// CaseSchemaFile is the file name `init` points editors at, next to the
// case file: `samskab schema case > samskab-case.schema.json`.
const CaseSchemaFile = "samskab-case.schema.json"
