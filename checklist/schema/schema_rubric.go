package schema

import "github.com/samskab/samskab/checklist"

// rubricSchema mirrors ParseRubric (rubricload.go). Which languages every
// text needs depends on `languages`, so the root picks one of three
// overlays that add those requirements. Not expressed: that item ids are
// unique (within the rubric and across loaded rubrics) and question ids
// unique within their item.
func (b schemaBuilder) rubricSchema() *schema {
	s := object(b.t(
		"En samskab-model: et sæt principper med spørgsmål og forslag til handling. Indlæs den med --rubrics MAPPE.",
		"A samskab rubric: a set of principles with questions and actions. Load it with --rubrics DIR."),
		[]string{"samskab-rubric", "id", "version", "title", "items"},
		prop{"samskab-rubric", &schema{Description: b.t("Modelformatets version; skal være 1.", "The rubric format version; must be 1."),
			Type: "integer", Const: 1}},
		prop{"id", b.id(b.t("Modellens korte navn: små bogstaver, tal og bindestreger.", "The rubric's short name: lower-case letters, digits and hyphens."))},
		prop{"version", &schema{Description: b.t("Modellens version, 1 eller højere; hæv den, når spørgsmålene ændres, så besvarelsesfiler kan låse sig til den.", "The rubric's version, 1 or higher; raise it when the questions change, so case files can pin it."),
			Type: "integer", Minimum: ptr(1.0)}},
		prop{"title", ref("text", b.t("Modellens titel.", "The rubric's title."))},
		prop{"description", ref("text", b.t("Hvad modellen handler om (valgfri).", "What the rubric is about (optional)."))},
		prop{"publisher", b.text(b.t("Hvem der har udgivet principperne.", "Who published the principles."))},
		prop{"url", b.text(b.t("Hvor principperne er udgivet.", "Where the principles are published."))},
		prop{"languages", &schema{Description: b.t(
			"De sprog, modellens tekster findes på; standard [da, en]. Hver tekst skal have alle de nævnte sprog.",
			"The languages the rubric's texts are written in; default [da, en]. Every text needs all of them."),
			Type: "array", MinItems: ptr(1), UniqueItems: true,
			Items: &schema{Description: b.t("da eller en.", "da or en."), Type: "string", Enum: []string{"da", "en"}}}},
		prop{"items", &schema{Description: b.t("Modellens principper, mindst ét.", "The rubric's principles, at least one."),
			Type: "array", MinItems: ptr(1), Items: b.rubricItem()}},
	)
	s.Schema, s.ID = jsonSchemaDialect, RubricSchemaID
	s.Title = b.t("samskab-model", "samskab rubric")
	s.If = declaresOnly("en")
	s.Then = ref("only-da", "")
	s.Else = &schema{If: declaresOnly("da"), Then: ref("only-en", ""), Else: ref("da-and-en", "")}
	s.Defs = props{
		{"text", object(b.t("En tekst på dansk og/eller engelsk: {da: …, en: …}.", "A text in Danish and/or English: {da: …, en: …}."), nil,
			prop{"da", b.text(b.t("Teksten på dansk.", "The text in Danish."))},
			prop{"en", b.text(b.t("Teksten på engelsk.", "The text in English."))})},
		{"only-da", languageOverlay(b.t("Tekster, når modellen kun er på dansk.", "Texts when the rubric is in Danish only."), "da")},
		{"only-en", languageOverlay(b.t("Tekster, når modellen kun er på engelsk.", "Texts when the rubric is in English only."), "en")},
		{"da-and-en", languageOverlay(b.t("Tekster, når modellen er på dansk og engelsk.", "Texts when the rubric is in Danish and English."), "da", "en")},
	}
	return s
}

func (b schemaBuilder) rubricItem() *schema {
	question := object(b.t("Et udsagn, der besvares på skalaen 0–4.", "A statement answered on the 0–4 scale."), []string{"id", "text"},
		prop{"id", b.id(b.t("Spørgsmålets id i punktet, fx q1; i en besvarelsesfil hedder det <punkt>.<id>.",
			"The question's id within the item, e.g. q1; case files name it <item>.<id>."))},
		prop{"text", ref("text", b.t("Udsagnet; et højere svar skal altid betyde bedre praksis.",
			"The statement; a higher answer must always mean better practice."))},
		prop{"audience", &schema{Description: b.t(
			"Hvem der kan svare ud fra egen erfaring: lead (dem, der driver projektet), partner (foreninger, virksomheder og andre organisationer), citizen (borgere og frivillige). Udeladt: alle.",
			"Who can answer from their own experience: lead (those who run the project), partner (associations, businesses and other organisations), citizen (citizens and volunteers). Left out: everyone."),
			Type: "array", MinItems: ptr(1), UniqueItems: true,
			Items: &schema{Description: b.t("lead, partner eller citizen.", "lead, partner or citizen."), Type: "string", Enum: checklist.AudienceNames()}}},
	)
	source := object(b.t("Hvor punktet stammer fra.", "Where the item comes from."), nil,
		prop{"name", b.text(b.t("Kildens navn.", "The source's name."))},
		prop{"url", b.text(b.t("Kildens adresse.", "The source's address."))},
		prop{"verified", &schema{Description: b.t("Om teksten er tjekket mod kilden.", "Whether the text was checked against the source."), Type: "boolean"}},
	)
	var themes []string
	for _, t := range b.cat.Themes {
		themes = append(themes, t.ID)
	}
	return object(b.t("Ét princip: titel, spørgsmål og en handling.", "One principle: a title, questions and an action."),
		[]string{"id", "title", "questions", "action"},
		prop{"id", b.id(b.t("Punktets id, entydigt på tværs af alle modeller, fx cok-08.", "The item's id, unique across all rubrics, e.g. cok-08."))},
		prop{"title", ref("text", b.t("Punktets titel; for indbyggede modeller kildens egen danske titel.", "The item's title; for built-in rubrics the source's own Danish title."))},
		prop{"summary", ref("text", b.t("Kort forklaring af princippet (valgfri).", "A short explanation of the principle (optional)."))},
		prop{"weight", &schema{Description: b.t("Vægt i modellens score; større end 0, standard 1.", "Weight in the rubric's score; above 0, default 1."),
			Type: "number", ExclusiveMinimum: ptr(0.0)}},
		prop{"themes", &schema{Description: b.t("Tværgående temaer; det første er det primære.", "Cross-rubric themes; the first is the primary one."),
			Type: "array", Items: &schema{Description: b.t("Et tema-id.", "A theme id."), Type: "string", Enum: themes}}},
		prop{"source", source},
		prop{"questions", &schema{Description: b.t("Punktets spørgsmål, mindst ét.", "The item's questions, at least one."),
			Type: "array", MinItems: ptr(1), Items: question}},
		prop{"action", ref("text", b.t("Hvad et projekt kan gøre for at blive bedre på punktet.", "What a project can do to improve on the item."))},
	)
}

// declaresOnly matches a rubric whose `languages` leaves out lang.
func declaresOnly(without string) *schema {
	return &schema{Required: []string{"languages"},
		Properties: props{{"languages", &schema{Not: &schema{Contains: &schema{Const: without}}}}}}
}

// languageOverlay requires every text of the rubric in langs: required
// texts always, optional ones (description, summary) once they hold any
// language at all.
func languageOverlay(desc string, langs ...string) *schema {
	required := &schema{Required: langs}
	for _, l := range langs {
		required.Properties = append(required.Properties, prop{l, &schema{MinLength: ptr(1)}})
	}
	optional := &schema{If: &schema{AnyOf: []*schema{present("da"), present("en")}}, Then: required}
	question := &schema{Properties: props{{"text", required}}}
	item := &schema{Properties: props{
		{"title", required}, {"summary", optional}, {"action", required},
		{"questions", &schema{Items: question}},
	}}
	return &schema{Description: desc, Properties: props{
		{"title", required}, {"description", optional}, {"items", &schema{Items: item}},
	}}
}

// present matches a text that holds lang, non-empty.
func present(lang string) *schema {
	return &schema{Required: []string{lang}, Properties: props{{lang, &schema{MinLength: ptr(1)}}}}
}
