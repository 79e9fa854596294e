package schema

import (
	"fmt"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// caseSchema mirrors ParseCase (casefile.go). Not expressed: that an
// actor id is declared once and that a response's actor names one.
func (b schemaBuilder) caseSchema() *schema {
	s := object(b.t(
		"En samskab-besvarelsesfil: ét projekt, dets mål og svarene fra en eller flere respondenter. Se `samskab init`.",
		"A samskab case file: one project, its targets and the answers of one or more respondents. See `samskab init`."),
		[]string{"samskab", "project", "responses"},
		prop{"samskab", &schema{Description: b.t("Formatets version; skal være 1.", "The format version; must be 1."),
			Type: "integer", Const: 1}},
		prop{"project", b.project()},
		prop{"rubrics", &schema{Description: b.t(
			"De modeller, der scores, fx [cok, frivilligraadet]. Uden denne liste scores alle indlæste modeller. Svar på spørgsmål fra andre modeller valideres, men scores ikke.",
			"The rubrics to score, e.g. [cok, frivilligraadet]. Without this list every loaded rubric is scored. Answers to questions of other rubrics are validated but not scored."),
			Type: "array", UniqueItems: true,
			Items: &schema{Description: b.t("Et model-id (se `samskab rubrics`).", "A rubric id (see `samskab rubrics`)."),
				Type: "string", Enum: b.cat.IDs()}}},
		prop{"actors", b.actors()},
		prop{"targets", b.targets()},
		prop{"rubric_versions", &schema{Description: b.t(
			"Lås besvarelsesfilen til bestemte modelversioner, fx {cok: 1}; samskab advarer, når den indlæste version er en anden.",
			"Pin the case to rubric versions, e.g. {cok: 1}; samskab warns when the loaded version differs."),
			Type: "object", PropertyNames: &schema{Enum: b.cat.IDs()},
			AdditionalProperties: &schema{Description: b.t("Modellens version, 1 eller højere.", "The rubric's version, 1 or higher."),
				Type: "integer", Minimum: ptr(1.0)}}},
		prop{"responses", &schema{Description: b.t(
			"Besvarelserne: én pr. respondent, mindst én.", "The responses: one per respondent, at least one."),
			Type: "array", MinItems: ptr(1), Items: b.response()}},
		prop{"meta", &schema{Description: b.t(
			"Frit felt til egne data; samskab læser det ikke.", "Free-form data of your own; samskab ignores it.")}},
	)
	s.Schema, s.ID = jsonSchemaDialect, CaseSchemaID
	s.Title = b.t("samskab-besvarelsesfil", "samskab case file")
	s.Defs = props{
		{"answer-value", b.answerValue()},
		{"answer", b.answer()},
	}
	return s
}

func (b schemaBuilder) project() *schema {
	return object(b.t("Projektet, der vurderes.", "The project being assessed."), []string{"name"},
		prop{"name", b.nonEmpty(b.t("Projektets navn (påkrævet).", "The project's name (required)."))},
		prop{"owner", b.optionalText(b.t("Hvem der ejer projektet, fx en kommune.", "Who owns the project, e.g. a municipality."))},
		prop{"description", b.optionalText(b.t("Kort beskrivelse af projektet.", "A short description of the project."))},
	)
}

func (b schemaBuilder) actors() *schema {
	actor := object(b.t("En part i projektet.", "A party to the project."), []string{"id"},
		prop{"id", b.nonEmpty(b.t(
			"Kort navn, som en besvarelses `actor` henviser til; hvert id må kun bruges én gang.",
			"A short name that a response's `actor` refers to; each id may be used once."))},
		prop{"name", b.optionalText(b.t("Partens fulde navn.", "The party's full name."))},
		prop{"kind", &schema{Description: b.t("Hvilken slags part.", "What kind of party."),
			Type: "string", Enum: checklist.ActorKinds}},
	)
	return &schema{Description: b.t(
		"Parterne i projektet: borgere, frivillige, foreninger, virksomheder og myndigheder.",
		"The parties to the project: citizens, volunteers, associations, businesses and public bodies."),
		Type: "array", Items: actor}
}

func (b schemaBuilder) targets() *schema {
	return object(b.t(
		"Projektets egne mål i procent, som `samskab check` håndhæver, medmindre flag siger andet.",
		"The project's own targets in percent, which `samskab check` enforces unless flags say otherwise."), nil,
		prop{"overall", b.percent(b.t("Mindste samlede procent (--min); standard 50.", "Minimum overall percent (--min); default 50."))},
		prop{"rubrics", &schema{Description: b.t(
			"Mindste procent pr. model, fx {cok: 70} (--min-rubric).", "Minimum percent per rubric, e.g. {cok: 70} (--min-rubric)."),
			Type: "object", PropertyNames: &schema{Enum: b.cat.IDs()},
			AdditionalProperties: b.percent(b.t("Mindste procent for modellen.", "Minimum percent for the rubric."))}},
		prop{"item", b.percent(b.t("Intet scoret punkt under denne procent (--min-item).", "No scored item below this percent (--min-item)."))},
		prop{"coverage", b.percent(b.t(
			"Mindste procent af punkterne, der er scoret eller markeret na (--min-coverage); standard 100.",
			"Minimum percent of items scored or marked na (--min-coverage); default 100."))},
	)
}

func (b schemaBuilder) response() *schema {
	return object(b.t("Én respondents svar.", "One respondent's answers."), []string{"answers"},
		prop{"respondent", b.optionalText(b.t("Hvem der svarer, fx \"Mette (projektleder)\".", "Who answers, e.g. \"Mette (project lead)\"."))},
		prop{"actor", b.nonEmpty(b.t("Den part, respondenten taler for: et id fra `actors`.", "The party the respondent speaks for: an id from `actors`."))},
		prop{"date", &schema{Description: b.t("Datoen for svarene, ÅÅÅÅ-MM-DD.", "The date of the answers, YYYY-MM-DD."),
			Type: "string", Pattern: `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`, Format: "date"}},
		prop{"answers", b.answers()},
	)
}

// answers lists every question id of the catalog, with its text as the
// description, so an editor completes the ids and shows the question.
func (b schemaBuilder) answers() *schema {
	var p props
	for _, r := range b.cat.Rubrics {
		for _, it := range r.Items {
			for _, q := range it.Questions {
				desc := fmt.Sprintf("%s · %s %s: %s", r.Title.In(b.lang), it.ID, checklist.OneLine(it.Title.In(b.lang)), checklist.OneLine(q.Text.In(b.lang)))
				p = append(p, prop{checklist.QuestionID(it.ID, q.ID), ref("answer", desc)})
			}
		}
	}
	return &schema{Description: b.t(
		"Svarene, med spørgsmålets id som nøgle (fx cok-08.q2). Et svar er 0–4, na, dk, ~ eller {score: …, note: …}.",
		"The answers, keyed by question id (e.g. cok-08.q2). An answer is 0–4, na, dk, ~ or {score: …, note: …}."),
		Type: []string{"object", "null"}, Properties: p, AdditionalProperties: false}
}

func (b schemaBuilder) answerValue() *schema {
	var scale []string
	for _, s := range checklist.ScaleLabels {
		scale = append(scale, s.Value+" = "+s.Label.In(b.lang))
	}
	return &schema{
		Description: b.t("Et svar: ", "An answer: ") + strings.Join(scale, ", ") + ", ~ = " + b.t("ikke besvaret endnu", "not answered yet") + ".",
		AnyOf: []*schema{
			{Description: b.t("Graden af enighed, 0–4 (hele tal).", "Agreement, 0–4 (whole numbers)."),
				Type: "integer", Minimum: ptr(0.0), Maximum: ptr(4.0)},
			{Description: b.t("na = ikke relevant, dk = ved ikke.", "na = not relevant, dk = don't know."),
				Type: "string", Pattern: "^([nN][aA]|[dD][kK])$"},
			{Description: b.t("~ = ikke besvaret endnu.", "~ = not answered yet."), Type: "null"},
		},
	}
}

func (b schemaBuilder) answer() *schema {
	withNote := object(b.t("Et svar med en note.", "An answer with a note."), []string{"score"},
		prop{"score", ref("answer-value", b.t("Selve svaret.", "The answer itself."))},
		prop{"note", b.optionalText(b.t("En kommentar til svaret; den vises i rapporten.", "A comment on the answer; the report shows it."))},
	)
	return &schema{Description: b.t(
		"Et svar: 0–4, na, dk, ~ eller {score: …, note: …}.", "An answer: 0–4, na, dk, ~ or {score: …, note: …}."),
		AnyOf: []*schema{ref("answer-value", ""), withNote}}
}
