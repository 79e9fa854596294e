package catalog

// ProblemMessages are the wording of what is wrong with an input file:
// the problems of case, rubric and theme files (checklist/yamlfile, each
// shown after file:line:col), the YAML reader's syntax errors, the
// answer editor's refusals, and file-system errors (internal/oserr,
// internal/atomicfile). The What fields name a part of a file inside
// another message ("%s must be text"); the Kind fields describe what was
// found there.
type ProblemMessages struct {
	// Limits and encodings.
	TooMany       string `key:"too-many"`
	FileTooBig    string `key:"file-too-big"`
	FileOverLimit string `key:"file-over-limit"`
	SizeBytes     string `key:"size-bytes"`
	SizeMiB       string `key:"size-mi-b"`
	DecimalPoint  string `key:"decimal-point"`
	FileEmpty     string `key:"file-empty"`
	OnlyComments  string `key:"only-comments"`
	NoContent     string `key:"no-content"`
	UTF16         string `key:"utf16"`
	Binary        string `key:"binary"`
	NotUTF8       string `key:"not-utf8"`
	AliasBomb     string `key:"alias-bomb"`
	TooManyValues string `key:"too-many-values"`
	TooDeep       string `key:"too-deep"`
	// The YAML reader's syntax errors. Unknown ones are shown as the
	// reader wrote them, after SyntaxError's lead.
	SyntaxError          string `key:"syntax-error"`
	SecondDocument       string `key:"second-document"`
	RootNotMapping       string `key:"root-not-mapping"`
	YAMLExpectedKey      string `key:"yaml-expected-key"`
	YAMLMappingValues    string `key:"yaml-mapping-values"`
	YAMLMappingKeys      string `key:"yaml-mapping-keys"`
	YAMLBadStart         string `key:"yaml-bad-start"`
	YAMLExpectedColon    string `key:"yaml-expected-colon"`
	YAMLExpectedNode     string `key:"yaml-expected-node"`
	YAMLEndOfStream      string `key:"yaml-end-of-stream"`
	YAMLBlockEntries     string `key:"yaml-block-entries"`
	YAMLExpectedDash     string `key:"yaml-expected-dash"`
	YAMLExpectedBracket  string `key:"yaml-expected-bracket"`
	YAMLExpectedBrace    string `key:"yaml-expected-brace"`
	YAMLTab              string `key:"yaml-tab"`
	YAMLTabIndent        string `key:"yaml-tab-indent"`
	YAMLEscape           string `key:"yaml-escape"`
	YAMLTagHandle        string `key:"yaml-tag-handle"`
	YAMLUnknownAnchor    string `key:"yaml-unknown-anchor"`
	YAMLAnchorItself     string `key:"yaml-anchor-itself"`
	YAMLDocumentMarker   string `key:"yaml-document-marker"`
	YAMLAnchorName       string `key:"yaml-anchor-name"`
	YAMLControlChars     string `key:"yaml-control-chars"`
	YAMLIncompatible     string `key:"yaml-incompatible"`
	YAMLCommentOrBreak   string `key:"yaml-comment-or-break"`
	YAMLSpaceOrBreak     string `key:"yaml-space-or-break"`
	YAMLExpectedGreater  string `key:"yaml-expected-greater"`
	YAMLExcessiveAliases string `key:"yaml-excessive-aliases"`
	IndentKeys           string `key:"indent-keys"`
	IndentAnswers        string `key:"indent-answers"`
	Space                string `key:"space"`
	Spaces               string `key:"spaces"`
	// Types and keys.
	MustBeMapping  string `key:"must-be-mapping"`
	KeysPlain      string `key:"keys-plain"`
	DuplicateKey   string `key:"duplicate-key"`
	MustBeList     string `key:"must-be-list"`
	MustBeText     string `key:"must-be-text"`
	ControlChar    string `key:"control-char"`
	MustNotBeEmpty string `key:"must-not-be-empty"`
	MustBeWhole    string `key:"must-be-whole"`
	MustBeNumber   string `key:"must-be-number"`
	MustBeBool     string `key:"must-be-bool"`
	UnknownKeyList string `key:"unknown-key-list"`
	UnknownKeyNear string `key:"unknown-key-near"`
	Code           string `key:"code"`
	KindMapping    string `key:"kind-mapping"`
	KindList       string `key:"kind-list"`
	KindAlias      string `key:"kind-alias"`
	KindDocument   string `key:"kind-document"`
	KindNull       string `key:"kind-null"`
	KindNumber     string `key:"kind-number"`
	KindDate       string `key:"kind-date"`
	KindText       string `key:"kind-text"`
	KindTagged     string `key:"kind-tagged"`
	// Another of samskab's formats.
	OtherFormat    string `key:"other-format"`
	FormatCase     string `key:"format-case"`
	FormatRubric   string `key:"format-rubric"`
	FormatThemes   string `key:"format-themes"`
	HintCase       string `key:"hint-case"`
	HintRubric     string `key:"hint-rubric"`
	WhatCaseFile   string `key:"what-case-file"`
	WhatRubricFile string `key:"what-rubric-file"`
	WhatThemeFile  string `key:"what-theme-file"`
	// Case files.
	WhatTheCase          string `key:"what-the-case"`
	WhatFormatVersion    string `key:"what-format-version"`
	UnsupportedVersion   string `key:"unsupported-version"`
	MissingFormat        string `key:"missing-format"`
	MissingProject       string `key:"missing-project"`
	MissingResponses     string `key:"missing-responses"`
	WhatProject          string `key:"what-project"`
	WhatProjectName      string `key:"what-project-name"`
	WhatProjectOwner     string `key:"what-project-owner"`
	WhatProjectDesc      string `key:"what-project-desc"`
	NameTooLong          string `key:"name-too-long"`
	ProjectNoName        string `key:"project-no-name"`
	WhatRubrics          string `key:"what-rubrics"`
	WhatARubricID        string `key:"what-a-rubric-id"`
	RubricTwice          string `key:"rubric-twice"`
	UnknownRubricNear    string `key:"unknown-rubric-near"`
	UnknownRubricList    string `key:"unknown-rubric-list"`
	WhatActors           string `key:"what-actors"`
	WhatAnActor          string `key:"what-an-actor"`
	WhatActorID          string `key:"what-actor-id"`
	WhatActorName        string `key:"what-actor-name"`
	WhatActorKind        string `key:"what-actor-kind"`
	UnknownActorKind     string `key:"unknown-actor-kind"`
	ActorNoID            string `key:"actor-no-id"`
	ActorTwice           string `key:"actor-twice"`
	UnknownActorNone     string `key:"unknown-actor-none"`
	UnknownActorNear     string `key:"unknown-actor-near"`
	UnknownActorList     string `key:"unknown-actor-list"`
	UnknownActorMany     string `key:"unknown-actor-many"`
	WhatTargets          string `key:"what-targets"`
	WhatPercent          string `key:"what-percent"`
	PercentRange         string `key:"percent-range"`
	WhatResponses        string `key:"what-responses"`
	ResponsesEmpty       string `key:"responses-empty"`
	WhatAResponse        string `key:"what-a-response"`
	WhatRespondent       string `key:"what-respondent"`
	WhatActor            string `key:"what-actor"`
	WhatDate             string `key:"what-date"`
	WhatAnswers          string `key:"what-answers"`
	WhatAnAnswer         string `key:"what-an-answer"`
	WhatNote             string `key:"what-note"`
	ResponseNoAnswers    string `key:"response-no-answers"`
	BadDate              string `key:"bad-date"`
	ItemNotQuestion      string `key:"item-not-question"`
	UnknownQuestionNear  string `key:"unknown-question-near"`
	UnknownQuestion      string `key:"unknown-question"`
	AnswerExpect         string `key:"answer-expect"`
	AnswerIs             string `key:"answer-is"`
	AnswerBase           string `key:"answer-base"`
	BaseHex              string `key:"base-hex"`
	BaseOctal            string `key:"base-octal"`
	BaseBinary           string `key:"base-binary"`
	AnswerOutside        string `key:"answer-outside"`
	AnswerNotWhole       string `key:"answer-not-whole"`
	AnswerQuoted         string `key:"answer-quoted"`
	AnswerNoScore        string `key:"answer-no-score"`
	WhatPin              string `key:"what-pin"`
	PinRange             string `key:"pin-range"`
	PinWarning           string `key:"pin-warning"`
	OriginBuiltin        string `key:"origin-builtin"`
	OriginFile           string `key:"origin-file"`
	UnknownRubricsSelect string `key:"unknown-rubrics-select"`
	// Rubric and theme files.
	WhatTheRubric         string `key:"what-the-rubric"`
	UnsupportedRubric     string `key:"unsupported-rubric"`
	WhatRubricID          string `key:"what-rubric-id"`
	WhatVersion           string `key:"what-version"`
	VersionMin            string `key:"version-min"`
	WhatRubricTitle       string `key:"what-rubric-title"`
	WhatRubricDesc        string `key:"what-rubric-desc"`
	WhatPublisher         string `key:"what-publisher"`
	WhatURL               string `key:"what-url"`
	MissingRubricFormat   string `key:"missing-rubric-format"`
	MissingID             string `key:"missing-id"`
	MissingVersion        string `key:"missing-version"`
	MissingTitle          string `key:"missing-title"`
	MissingItems          string `key:"missing-items"`
	BadID                 string `key:"bad-id"`
	WhatLanguages         string `key:"what-languages"`
	WhatALanguage         string `key:"what-a-language"`
	UnknownLanguage       string `key:"unknown-language"`
	LanguageTwice         string `key:"language-twice"`
	LanguagesEmpty        string `key:"languages-empty"`
	NoLangText            string `key:"no-lang-text"`
	WhatItems             string `key:"what-items"`
	ItemTwice             string `key:"item-twice"`
	ItemsEmpty            string `key:"items-empty"`
	WhatAnItem            string `key:"what-an-item"`
	WhatItemID            string `key:"what-item-id"`
	WhatItemTitle         string `key:"what-item-title"`
	WhatItemSummary       string `key:"what-item-summary"`
	WhatWeight            string `key:"what-weight"`
	WhatItemAction        string `key:"what-item-action"`
	WeightRange           string `key:"weight-range"`
	ItemMissing           string `key:"item-missing"`
	ItemNoID              string `key:"item-no-id"`
	WhatThemes            string `key:"what-themes"`
	WhatAThemeID          string `key:"what-a-theme-id"`
	ThemeTwice            string `key:"theme-twice"`
	UnknownThemeNear      string `key:"unknown-theme-near"`
	UnknownThemeList      string `key:"unknown-theme-list"`
	WhatSource            string `key:"what-source"`
	WhatSourceName        string `key:"what-source-name"`
	WhatSourceURL         string `key:"what-source-url"`
	WhatSourceVerified    string `key:"what-source-verified"`
	WhatQuestions         string `key:"what-questions"`
	WhatAQuestion         string `key:"what-a-question"`
	WhatQuestionID        string `key:"what-question-id"`
	WhatQuestionText      string `key:"what-question-text"`
	QuestionNoID          string `key:"question-no-id"`
	QuestionNoText        string `key:"question-no-text"`
	QuestionTwice         string `key:"question-twice"`
	QuestionsEmpty        string `key:"questions-empty"`
	WhatAudience          string `key:"what-audience"`
	WhatAnAudience        string `key:"what-an-audience"`
	UnknownAudience       string `key:"unknown-audience"`
	AudienceTwice         string `key:"audience-twice"`
	AudienceEmpty         string `key:"audience-empty"`
	WhatTheThemes         string `key:"what-the-themes"`
	UnsupportedThemes     string `key:"unsupported-themes"`
	WhatATheme            string `key:"what-a-theme"`
	WhatThemeID           string `key:"what-theme-id"`
	WhatThemeTitle        string `key:"what-theme-title"`
	WhatThemeDesc         string `key:"what-theme-desc"`
	NotRegularSkipped     string `key:"not-regular-skipped"`
	RubricFolder          string `key:"rubric-folder"`
	NoRubricFiles         string `key:"no-rubric-files"`
	ReplacedBuiltin       string `key:"replaced-builtin"`
	ReplacedFile          string `key:"replaced-file"`
	Replaces              string `key:"replaces"`
	ReplacesWhenLoaded    string `key:"replaces-when-loaded"`
	DuplicateItem         string `key:"duplicate-item"`
	Warning               string `key:"warning"`
	NoCitizenQuestion     string `key:"no-citizen-question"`
	RubricIDTwice         string `key:"rubric-id-twice"`
	CaseNotRegularSkipped string `key:"case-not-regular-skipped"`
	InternalError         string `key:"internal-error"`
	RubricNotScored       string `key:"rubric-not-scored"`
	TargetNotScored       string `key:"target-not-scored"`
	// Reading a file.
	SpecialFile     string `key:"special-file"`
	DanglingLink    string `key:"dangling-link"`
	IsFolder        string `key:"is-folder"`
	KindNamedPipe   string `key:"kind-named-pipe"`
	KindSocket      string `key:"kind-socket"`
	KindDevice      string `key:"kind-device"`
	KindCharDevice  string `key:"kind-char-device"`
	KindBlockDevice string `key:"kind-block-device"`
	KindSpecial     string `key:"kind-special"`
	// The answer editor (assess, import, workshop).
	NoResponsesList    string `key:"no-responses-list"`
	NotAList           string `key:"not-a-list"`
	NotAMapping        string `key:"not-a-mapping"`
	ResponseChanged    string `key:"response-changed"`
	ResponseNoAnswersL string `key:"response-no-answers-l"`
	AnswerNoScoreL     string `key:"answer-no-score-l"`
	AnswerToNoScoreL   string `key:"answer-to-no-score-l"`
	ExpectedOneAnswer  string `key:"expected-one-answer"`
	ExpectedOneValue   string `key:"expected-one-value"`
	NoResponseN        string `key:"no-response-n"`
	ResponseNotMapping string `key:"response-not-mapping"`
	FileNotMapping     string `key:"file-not-mapping"`
	EditDrift          string `key:"edit-drift"`
	FlowMapping        string `key:"flow-mapping"`
	ResponsesEmptyL    string `key:"responses-empty-l"`
	NoEmptyRespondent  string `key:"no-empty-respondent"`
	AlreadyHas         string `key:"already-has"`
	NameNotUTF8        string `key:"name-not-utf8"`
	ValueEnd           string `key:"value-end"`
	QuotedExpected     string `key:"quoted-expected"`
	QuotedUnterminated string `key:"quoted-unterminated"`
	BracketUnclosed    string `key:"bracket-unclosed"`
	// File-system errors (internal/oserr; key tags os-*), after a path.
	OSNotExist    string `key:"os-not-exist"`
	OSPermission  string `key:"os-permission"`
	OSIsDir       string `key:"os-is-dir"`
	OSNotDir      string `key:"os-not-dir"`
	OSLoop        string `key:"os-loop"`
	OSNameTooLong string `key:"os-name-too-long"`
	OSNoSpace     string `key:"os-no-space"`
	OSReadOnlyFS  string `key:"os-read-only-fs"`
	OSIO          string `key:"os-io"`
	OSTooManyOpen string `key:"os-too-many-open"`
	OSAddrInUse   string `key:"os-address-in-use"`
	OSOther       string `key:"os-other"`

	// Refused or failed writes and locks (internal/atomicfile), after a path.
	WriteNotExist    string `key:"write-not-exist"`
	WritePermission  string `key:"write-permission"`
	WriteIsDir       string `key:"write-is-dir"`
	WriteNotRegular  string `key:"write-not-regular"`
	WriteSpecial     string `key:"write-special"`
	WriteReadOnly    string `key:"write-read-only"`
	WriteNotOwner    string `key:"write-not-owner"`
	WriteLoop        string `key:"write-loop"`
	WriteAborted     string `key:"write-aborted"`
	WriteCommitted   string `key:"write-committed"`
	WriteLinkChanged string `key:"write-link-changed"`
	WriteLeadsTo     string `key:"write-leads-to"`
	WriteOther       string `key:"write-other"`
}

var danishProblems = ProblemMessages{
	TooMany:       "for mange problemer; ret disse, og kør igen",
	FileTooBig:    "filen fylder %s; grænsen er 10 MiB (%d byte)",
	FileOverLimit: "filen er større end grænsen på 10 MiB (%d byte)",
	SizeBytes:     "%d byte",
	SizeMiB:       "%s MiB",
	DecimalPoint:  ",",
	FileEmpty:     "filen er tom; forventede %s",
	OnlyComments:  "filen har kun kommentarer og tomme linjer; forventede %s",
	NoContent:     "filen har intet indhold; forventede %s",
	UTF16:         "filen er UTF-16-tekst; gem den som UTF-8",
	Binary:        "filen ligner en binær fil (den indeholder NUL-byte); forventede en YAML-tekstfil",
	NotUTF8:       "filen er ikke gyldig UTF-8 (byten 0x%02X her); gem den som UTF-8 – æ, ø og å gemt som Latin-1 eller Windows-1252 ser sådan ud",
	AliasBomb:     "aliasser (*navn) får dokumentet til at vokse til over %d værdier; læser ikke videre (skriv dem ud i hånden, eller fjern dem)",
	TooManyValues: "dokumentet har over %d værdier; læser ikke videre (del det op i mindre filer)",
	TooDeep:       "lister eller mappings er indlejret i mere end 10000 niveauer; samskab læser højst 10000",

	SyntaxError:          "YAML-syntaksfejl: %s",
	SecondDocument:       "et YAML-dokument mere begynder her; forventede ét dokument pr. fil",
	RootNotMapping:       "forventede %s (en mapping af nøgler), men fandt %s",
	YAMLExpectedKey:      "forventede en nøgle her (navn: værdi)",
	YAMLMappingValues:    "et kolon med en værdi efter (navn: værdi) kan ikke stå her",
	YAMLMappingKeys:      "en nøgle kan ikke stå her",
	YAMLBadStart:         "fandt et tegn, som en værdi ikke kan begynde med",
	YAMLExpectedColon:    "forventede ':' efter nøglen",
	YAMLExpectedNode:     "forventede en værdi her",
	YAMLEndOfStream:      "filen slutter midt i en værdi (mangler et anførselstegn eller en parentes?)",
	YAMLBlockEntries:     "et listepunkt (- …) kan ikke stå her",
	YAMLExpectedDash:     "forventede et listepunkt, der begynder med '-'",
	YAMLExpectedBracket:  "forventede ',' eller ']'",
	YAMLExpectedBrace:    "forventede ',' eller '}'",
	YAMLTab:              "fandt et tabulatortegn i indrykningen; ryk ind med mellemrum",
	YAMLTabIndent:        "fandt et tabulatortegn, hvor indrykningen skal være mellemrum",
	YAMLEscape:           "ukendt escape-tegn efter \\ i tekst i dobbelte anførselstegn",
	YAMLTagHandle:        "ukendt tag-præfiks (!…)",
	YAMLUnknownAnchor:    "henvisning til ankeret '%s', som ikke findes (&navn skal stå før *navn)",
	YAMLAnchorItself:     "ankeret '%s' indeholder sig selv",
	YAMLDocumentMarker:   "fandt en dokumentmarkør (--- eller ...) midt i en værdi",
	YAMLAnchorName:       "forventede et bogstav eller et ciffer (i navnet på et anker eller et alias)",
	YAMLControlChars:     "kontroltegn er ikke tilladt",
	YAMLIncompatible:     "fandt et YAML-dokument i en version, samskab ikke kan læse",
	YAMLCommentOrBreak:   "forventede en kommentar eller et linjeskift",
	YAMLSpaceOrBreak:     "forventede mellemrum eller et linjeskift",
	YAMLExpectedGreater:  "forventede '>'",
	YAMLExcessiveAliases: "dokumentet bruger aliasser i for stort omfang",
	IndentKeys:           "%s er rykket %d %s ind; nøglerne over den bruger %d",
	IndentAnswers:        "%s er rykket %d %s ind; svarene over den bruger %d",
	Space:                "mellemrum",
	Spaces:               "mellemrum",

	MustBeMapping:  "%s skal være en mapping (navn: værdi), men er %s",
	KeysPlain:      "nøglerne i %s skal være enkle navne, men én er %s",
	DuplicateKey:   "nøglen %q står der to gange (første gang på linje %d)",
	MustBeList:     "%s skal være en liste, men er %s",
	MustBeText:     "%s skal være tekst, men er %s",
	ControlChar:    "%s indeholder kontroltegnet U+%04X, som kan forvirre en terminal; fjern det",
	MustNotBeEmpty: "%s må ikke være en tom tekst",
	MustBeWhole:    "%s skal være et helt tal, men er %s",
	MustBeNumber:   "%s skal være et tal, men er %s",
	MustBeBool:     "%s skal være true eller false, men er %s",
	UnknownKeyList: "ukendt nøgle %q i %s; forventede en af: %s",
	UnknownKeyNear: "ukendt nøgle %q i %s; mente I %q?",
	Code:           "`%s`",
	KindMapping:    "en mapping",
	KindList:       "en liste",
	KindAlias:      "et alias",
	KindDocument:   "et dokument",
	KindNull:       "ingenting (null)",
	KindNumber:     "tallet %s",
	KindDate:       "datoen %s",
	KindText:       "teksten %q",
	KindTagged:     "%q med tagget %q",

	OtherFormat:    "dette er %s (den har `%s:`), ikke %s%s",
	FormatCase:     "en besvarelsesfil",
	FormatRubric:   "en model",
	FormatThemes:   "samskabs temaliste",
	HintCase:       "; scor den med `samskab score FIL`",
	HintRubric:     "; indlæs den med `--rubrics FIL`, eller tjek den med `samskab rubrics lint FIL`",
	WhatCaseFile:   "en samskab-besvarelsesfil, der begynder med `samskab: 1`",
	WhatRubricFile: "en samskab-model, der begynder med `samskab-rubric: 1`",
	WhatThemeFile:  "en temaliste, der begynder med `samskab-themes: 1`",

	WhatTheCase:          "besvarelsesfilen",
	WhatFormatVersion:    "samskab (formatversionen)",
	UnsupportedVersion:   "formatversion %d kan ikke læses; denne samskab læser `samskab: 1`",
	MissingFormat:        "`samskab: 1` (formatversionen) mangler øverst i filen",
	MissingProject:       "`project` mangler; den skal have mindst et `name`",
	MissingResponses:     "`responses` mangler: en liste med mindst én besvarelse",
	WhatProject:          "`project`",
	WhatProjectName:      "projektets navn",
	WhatProjectOwner:     "projektets ejer",
	WhatProjectDesc:      "projektets beskrivelse",
	NameTooLong:          "projektets navn er %d tegn langt; det må højst være %d tegn, så skriv resten i `description`",
	ProjectNoName:        "`project` mangler `name`",
	WhatRubrics:          "`rubrics`",
	WhatARubricID:        "et model-id",
	RubricTwice:          "modellen %s står der to gange",
	UnknownRubricNear:    "ukendt model %q; mente I %q?",
	UnknownRubricList:    "ukendt model %q; forventede en af: %s",
	WhatActors:           "`actors`",
	WhatAnActor:          "en aktør",
	WhatActorID:          "aktørens id",
	WhatActorName:        "aktørens navn",
	WhatActorKind:        "aktørens type",
	UnknownActorKind:     "ukendt aktørtype %q; forventede en af: %s",
	ActorNoID:            "en aktør mangler `id`",
	ActorTwice:           "aktør-id'et %q er brugt to gange",
	UnknownActorNone:     "ukendt aktør %q; angiv den først under `actors`",
	UnknownActorNear:     "ukendt aktør %q; mente I %q?",
	UnknownActorList:     "ukendt aktør %q; de angivne aktører er: %s",
	UnknownActorMany:     "ukendt aktør %q; den er ikke blandt de %d angivne aktører",
	WhatTargets:          "`targets`",
	WhatPercent:          "%s (en procent, 0–100)",
	PercentRange:         "%s skal være en procent fra 0 til 100, men er %s",
	WhatResponses:        "`responses`",
	ResponsesEmpty:       "`responses` skal have mindst én besvarelse",
	WhatAResponse:        "en besvarelse",
	WhatRespondent:       "respondenten",
	WhatActor:            "aktøren",
	WhatDate:             "datoen",
	WhatAnswers:          "`answers`",
	WhatAnAnswer:         "et svar",
	WhatNote:             "noten",
	ResponseNoAnswers:    "en besvarelse mangler `answers`",
	BadDate:              "datoen %q er ikke en gyldig dato; forventede ÅÅÅÅ-MM-DD",
	ItemNotQuestion:      "%q er et punkt, ikke et spørgsmål; besvar punktets spørgsmål, fx %s.q1",
	UnknownQuestionNear:  "ukendt spørgsmåls-id %q; mente I %s?",
	UnknownQuestion:      "ukendt spørgsmåls-id %q; et spørgsmåls id ser ud som cok-08.q2 (`samskab rubrics show ID` viser dem)",
	AnswerExpect:         "forventede et helt tal 0–4, na, dk, ~ (ikke besvaret) eller {score: …, note: …}",
	AnswerIs:             "svaret på %s er %s; %s",
	AnswerBase:           "svaret på %s er %s, et %s tal; en score skrives med cifrene 0 til 4 (%s)",
	BaseHex:              "hexadecimalt",
	BaseOctal:            "oktalt",
	BaseBinary:           "binært",
	AnswerOutside:        "svaret på %s er %s, uden for skalaen; %s",
	AnswerNotWhole:       "svaret på %s er %s, ikke et helt tal; %s",
	AnswerQuoted:         "svaret på %s er teksten %q; skriv tallet uden anførselstegn",
	AnswerNoScore:        "svaret på %s har ingen `score`; %s",
	WhatPin:              "rubric_versions.%s (en modelversion)",
	PinRange:             "rubric_versions.%s skal være 1 eller højere, men er %d",
	PinWarning:           "modellen %s er låst til version %d, men version %d er indlæst (%s); dens spørgsmål kan være ændret, så sammenlign scorerne varsomt, og opdatér derefter rubric_versions",
	OriginBuiltin:        "indbygget",
	OriginFile:           "fra %s",
	UnknownRubricsSelect: "ukendt model %s; kendte modeller: %s",

	WhatTheRubric:         "modellen",
	UnsupportedRubric:     "modelformatversion %d kan ikke læses; denne samskab læser version 1",
	WhatRubricID:          "modellens id",
	WhatVersion:           "`version`",
	VersionMin:            "`version` skal være 1 eller højere, men er %d",
	WhatRubricTitle:       "modellens titel",
	WhatRubricDesc:        "modellens beskrivelse",
	WhatPublisher:         "`publisher`",
	WhatURL:               "`url`",
	MissingRubricFormat:   "`samskab-rubric: 1` (modellens formatversion) mangler",
	MissingID:             "`id` mangler: modellens korte navn (fx `id: min-model`)",
	MissingVersion:        "`version` mangler, fx `version: 1`; hæv den, hver gang spørgsmålene ændres, så besvarelsesfiler kan låse den",
	MissingTitle:          "`title` mangler, fx `title: {da: …, en: …}`",
	MissingItems:          "`items` mangler: modellens punkter",
	BadID:                 "%s %q må kun bestå af små bogstaver, cifre og bindestreger",
	WhatLanguages:         "`languages`",
	WhatALanguage:         "et sprog",
	UnknownLanguage:       "ukendt sprog %q; forventede da eller en",
	LanguageTwice:         "sproget %s står der to gange",
	LanguagesEmpty:        "`languages` skal have mindst ét af da, en",
	NoLangText:            "%s mangler en tekst under `%s`; modellen angiver sprogene %s",
	WhatItems:             "`items`",
	ItemTwice:             "punkt-id'et %s er brugt to gange i denne model",
	ItemsEmpty:            "`items` skal have mindst ét punkt",
	WhatAnItem:            "et punkt",
	WhatItemID:            "punktets id",
	WhatItemTitle:         "punktets titel",
	WhatItemSummary:       "punktets resumé",
	WhatWeight:            "`weight`",
	WhatItemAction:        "punktets forslag til næste skridt",
	WeightRange:           "`weight` skal være et tal over 0 og højst %d, men er %s",
	ItemMissing:           "punktet %s mangler `%s`",
	ItemNoID:              "et punkt mangler `id`",
	WhatThemes:            "`themes`",
	WhatAThemeID:          "et tema-id",
	ThemeTwice:            "temaet %s står der to gange",
	UnknownThemeNear:      "ukendt tema %q; mente I %q?",
	UnknownThemeList:      "ukendt tema %q; kendte temaer: %s",
	WhatSource:            "`source`",
	WhatSourceName:        "kildens navn",
	WhatSourceURL:         "kildens url",
	WhatSourceVerified:    "`source.verified`",
	WhatQuestions:         "`questions`",
	WhatAQuestion:         "et spørgsmål",
	WhatQuestionID:        "spørgsmålets id",
	WhatQuestionText:      "spørgsmålets tekst",
	QuestionNoID:          "et spørgsmål mangler `id` (fx `id: q1`)",
	QuestionNoText:        "spørgsmålet %s mangler `text`",
	QuestionTwice:         "spørgsmåls-id'et %s er brugt to gange i dette punkt",
	QuestionsEmpty:        "et punkt skal have mindst ét spørgsmål",
	WhatAudience:          "`audience`",
	WhatAnAudience:        "en målgruppe",
	UnknownAudience:       "ukendt målgruppe %q; forventede en af %s",
	AudienceTwice:         "målgruppen %s står der to gange",
	AudienceEmpty:         "`audience` skal have mindst én af %s, eller udelades, så alle svarer",
	WhatTheThemes:         "temalisten",
	UnsupportedThemes:     "temaformatversion %d kan ikke læses; forventede 1",
	WhatATheme:            "et tema",
	WhatThemeID:           "temaets id",
	WhatThemeTitle:        "temaets titel",
	WhatThemeDesc:         "temaets beskrivelse",
	NotRegularSkipped:     "er ikke en almindelig fil (en navngiven pipe, en enhed eller en socket); sprunget over",
	RubricFolder:          "%s (en modelmappe fra --rubrics eller SAMSKAB_RUBRICS)",
	NoRubricFiles:         "ingen modelfiler (*.yaml, *.yml) i denne mappe",
	ReplacedBuiltin:       "den indbyggede model %s (version %d)",
	ReplacedFile:          "modellen %s (version %d) fra %s",
	Replaces:              "modellen %s (version %d) erstatter %s",
	ReplacesWhenLoaded:    "%s, når den indlæses",
	DuplicateItem:         "punkt-id'et %s bruges allerede af modellen %s (%s); et punkts id skal være entydigt blandt alle indlæste modeller, så giv punktet et andet id",
	Warning:               "advarsel: %s",
	NoCitizenQuestion:     "punktet %s har intet spørgsmål, som en borger kan svare på; tilføj citizen til et spørgsmåls `audience`",
	RubricIDTwice:         "model-id'et %s bruges også af %s; hver model skal have sit eget id",
	CaseNotRegularSkipped: "er %s, ikke en almindelig fil; sprunget over",
	InternalError:         "intern fejl under scoringen af denne fil: %v (det er en fejl i samskab; meld den gerne)",
	RubricNotScored:       "modellen %s scores ikke i denne kørsel; de modeller, der scores, er %s",
	TargetNotScored:       "targets.rubrics.%s: %s; tilføj den til `rubrics`, eller fjern målet",

	SpecialFile:     "er %s, ikke en almindelig fil; forventede en YAML-fil",
	DanglingLink:    "er et symbolsk link til en fil, der ikke findes",
	IsFolder:        "er en mappe; forventede en YAML-fil",
	KindNamedPipe:   "en navngiven pipe (FIFO)",
	KindSocket:      "en socket",
	KindDevice:      "en enhed",
	KindCharDevice:  "en tegnenhed",
	KindBlockDevice: "en blokenhed",
	KindSpecial:     "en særlig fil",

	NoResponsesList:    "filen har ingen `responses`-liste",
	NotAList:           "linje %d: `%s` er ikke en liste",
	NotAMapping:        "linje %d: `%s` er ikke en mapping",
	ResponseChanged:    "besvarelse nummer %d er ikke længere %q's; filen blev ændret i hånden under mødet",
	ResponseNoAnswersL: "linje %d: besvarelsen har ingen `answers`",
	AnswerNoScoreL:     "linje %d: et svar uden `score`",
	AnswerToNoScoreL:   "linje %d: svaret på %s har ingen `score`",
	ExpectedOneAnswer:  "linje %d: forventede ét svar",
	ExpectedOneValue:   "linje %d: forventede én svarværdi",
	NoResponseN:        "filen har ingen besvarelse nummer %d",
	ResponseNotMapping: "besvarelse nummer %d er ikke en mapping",
	FileNotMapping:     "filen er ikke en YAML-mapping",
	EditDrift:          "ændringen ville ændre mere end svaret i filen, så filen blev ikke rørt (meld det gerne som en fejl)",
	FlowMapping:        "filen er én flow-mapping ({...}); tilføj `responses:` i hånden",
	ResponsesEmptyL:    "linje %d: `responses` er tom",
	NoEmptyRespondent:  "besvarelsen har ingen tom `respondent:` at udfylde",
	AlreadyHas:         "besvarelsen har allerede `%s`",
	NameNotUTF8:        "navnet på en respondent eller en aktør er ikke UTF-8-tekst",
	ValueEnd:           "linje %d: kan ikke se, hvor denne værdi slutter",
	QuotedExpected:     "forventede tekst i anførselstegn ved byte %d",
	QuotedUnterminated: "tekst i anførselstegn uden afslutning ved byte %d",
	BracketUnclosed:    "parentes uden afslutning ved byte %d",

	OSNotExist:    "findes ikke",
	OSPermission:  "adgang nægtet",
	OSIsDir:       "er en mappe",
	OSNotDir:      "en del af stien er ikke en mappe",
	OSLoop:        "for mange symbolske links efter hinanden (en løkke?)",
	OSNameTooLong: "filnavnet er for langt",
	OSNoSpace:     "der er ikke mere plads på disken",
	OSReadOnlyFS:  "filsystemet er skrivebeskyttet",
	OSIO:          "læse- eller skrivefejl på disken",
	OSTooManyOpen: "for mange åbne filer",
	OSAddrInUse:   "adressen er allerede i brug",
	OSOther:       "fejl fra styresystemet: %s",

	WriteNotExist:    "findes ikke (eller mappen, den skulle ligge i, findes ikke)",
	WritePermission:  "kan ikke skrives: adgang nægtet",
	WriteIsDir:       "er en mappe; forventede et filnavn",
	WriteNotRegular:  "er ikke en almindelig fil; kun en almindelig fil kan erstattes",
	WriteSpecial:     "er %s, ikke en almindelig fil; kun en almindelig fil kan erstattes",
	WriteReadOnly:    "er skrivebeskyttet; gør den skrivbar først, hvis den skal ændres",
	WriteNotOwner:    "tilhører en anden bruger; kun egne filer kan erstattes",
	WriteLoop:        "fører gennem for mange symbolske links (en løkke?)",
	WriteAborted:     "blev ikke skrevet: skrivningen blev afbrudt",
	WriteCommitted:   "er allerede skrevet; der kan ikke tilføjes mere",
	WriteLinkChanged: "fører nu et andet sted hen end da den blev låst",
	WriteLeadsTo:     "fører til %s, som %s",
	WriteOther:       "%[2]s",
}

var englishProblems = ProblemMessages{
	TooMany:       "too many problems; fix these and run again",
	FileTooBig:    "file is %s; the limit is 10 MiB (%d bytes)",
	FileOverLimit: "file is over the 10 MiB limit (%d bytes)",
	SizeBytes:     "%d bytes",
	SizeMiB:       "%s MiB",
	DecimalPoint:  ".",
	FileEmpty:     "file is empty; expected %s",
	OnlyComments:  "file has only comments and blank lines; expected %s",
	NoContent:     "file has no content; expected %s",
	UTF16:         "file is UTF-16 text; save it as UTF-8",
	Binary:        "file looks binary (it contains NUL bytes); expected a YAML text file",
	NotUTF8:       "file is not valid UTF-8 (byte 0x%02X here); save it as UTF-8 – æ, ø and å saved as Latin-1 or Windows-1252 look like this",
	AliasBomb:     "aliases (*name) make this document expand to over %d values; refusing to read further (expand them by hand, or remove them)",
	TooManyValues: "document has over %d values; refusing to read further (split it into smaller files)",
	TooDeep:       "lists or mappings are nested more than 10000 levels deep; samskab reads at most 10000",

	SyntaxError:          "YAML syntax error: %s",
	SecondDocument:       "a second YAML document starts here; expected one document per file",
	RootNotMapping:       "expected %s (a mapping of keys), found %s",
	YAMLExpectedKey:      "did not find expected key",
	YAMLMappingValues:    "mapping values are not allowed in this context",
	YAMLMappingKeys:      "mapping keys are not allowed in this context",
	YAMLBadStart:         "found character that cannot start any token",
	YAMLExpectedColon:    "could not find expected ':'",
	YAMLExpectedNode:     "did not find expected node content",
	YAMLEndOfStream:      "found unexpected end of stream",
	YAMLBlockEntries:     "block sequence entries are not allowed in this context",
	YAMLExpectedDash:     "did not find expected '-' indicator",
	YAMLExpectedBracket:  "did not find expected ',' or ']'",
	YAMLExpectedBrace:    "did not find expected ',' or '}'",
	YAMLTab:              "found a tab character that violates indentation",
	YAMLTabIndent:        "found a tab character where an indentation space is expected",
	YAMLEscape:           "found unknown escape character",
	YAMLTagHandle:        "found undefined tag handle",
	YAMLUnknownAnchor:    "unknown anchor '%s' referenced",
	YAMLAnchorItself:     "anchor '%s' value contains itself",
	YAMLDocumentMarker:   "found unexpected document indicator",
	YAMLAnchorName:       "did not find expected alphabetic or numeric character",
	YAMLControlChars:     "control characters are not allowed",
	YAMLIncompatible:     "found incompatible YAML document",
	YAMLCommentOrBreak:   "did not find expected comment or line break",
	YAMLSpaceOrBreak:     "did not find expected whitespace or line break",
	YAMLExpectedGreater:  "did not find the expected '>'",
	YAMLExcessiveAliases: "document contains excessive aliasing",
	IndentKeys:           "%s is indented %d %s; the keys above it use %d",
	IndentAnswers:        "%s is indented %d %s; the answers above it use %d",
	Space:                "space",
	Spaces:               "spaces",

	MustBeMapping:  "%s must be a mapping, found %s",
	KeysPlain:      "keys in %s must be plain names, found %s",
	DuplicateKey:   "duplicate key %q (first at line %d)",
	MustBeList:     "%s must be a list, found %s",
	MustBeText:     "%s must be text, found %s",
	ControlChar:    "%s contains the control character U+%04X, which could garble a terminal; remove it",
	MustNotBeEmpty: "%s must not be empty",
	MustBeWhole:    "%s must be a whole number, found %s",
	MustBeNumber:   "%s must be a number, found %s",
	MustBeBool:     "%s must be true or false, found %s",
	UnknownKeyList: "unknown key %q in %s; expected one of: %s",
	UnknownKeyNear: "unknown key %q in %s; did you mean %q?",
	Code:           "%s",
	KindMapping:    "a mapping",
	KindList:       "a list",
	KindAlias:      "an alias",
	KindDocument:   "a document",
	KindNull:       "nothing (null)",
	KindNumber:     "the number %s",
	KindDate:       "the date %s",
	KindText:       "the text %q",
	KindTagged:     "%q with the tag %q",

	OtherFormat:    "this is %s (it has `%s:`), not %s%s",
	FormatCase:     "a case file",
	FormatRubric:   "a rubric",
	FormatThemes:   "samskab's theme list",
	HintCase:       "; score it with `samskab score FILE`",
	HintRubric:     "; load it with `--rubrics FILE`, or check it with `samskab rubrics lint FILE`",
	WhatCaseFile:   "a samskab case file starting with `samskab: 1`",
	WhatRubricFile: "a samskab rubric starting with `samskab-rubric: 1`",
	WhatThemeFile:  "a theme list starting with `samskab-themes: 1`",

	WhatTheCase:          "the case file",
	WhatFormatVersion:    "samskab (the format version)",
	UnsupportedVersion:   "unsupported format version %d; this samskab reads `samskab: 1`",
	MissingFormat:        "missing `samskab: 1` (the format version) at the top of the file",
	MissingProject:       "missing `project` with at least a `name`",
	MissingResponses:     "missing `responses`, a list with at least one response",
	WhatProject:          "project",
	WhatProjectName:      "project name",
	WhatProjectOwner:     "project owner",
	WhatProjectDesc:      "project description",
	NameTooLong:          "project name is %d characters long; keep it to %d and put the rest in `description`",
	ProjectNoName:        "project is missing `name`",
	WhatRubrics:          "rubrics",
	WhatARubricID:        "a rubric id",
	RubricTwice:          "rubric %s is listed twice",
	UnknownRubricNear:    "unknown rubric %q; did you mean %q?",
	UnknownRubricList:    "unknown rubric %q; expected one of: %s",
	WhatActors:           "actors",
	WhatAnActor:          "an actor",
	WhatActorID:          "actor id",
	WhatActorName:        "actor name",
	WhatActorKind:        "actor kind",
	UnknownActorKind:     "unknown actor kind %q; expected one of: %s",
	ActorNoID:            "an actor is missing `id`",
	ActorTwice:           "actor id %q is used twice",
	UnknownActorNone:     "unknown actor %q; declare it under `actors` first",
	UnknownActorNear:     "unknown actor %q; did you mean %q?",
	UnknownActorList:     "unknown actor %q; declared actors: %s",
	UnknownActorMany:     "unknown actor %q; it is not among the %d declared actors",
	WhatTargets:          "targets",
	WhatPercent:          "%s (a percent, 0–100)",
	PercentRange:         "%s must be a percent from 0 to 100, found %s",
	WhatResponses:        "responses",
	ResponsesEmpty:       "responses must list at least one response",
	WhatAResponse:        "a response",
	WhatRespondent:       "respondent",
	WhatActor:            "actor",
	WhatDate:             "date",
	WhatAnswers:          "answers",
	WhatAnAnswer:         "an answer",
	WhatNote:             "note",
	ResponseNoAnswers:    "a response is missing `answers`",
	BadDate:              "date %q is not a valid date; expected YYYY-MM-DD",
	ItemNotQuestion:      "%q is an item, not a question; answer its questions, e.g. %s.q1",
	UnknownQuestionNear:  "unknown question id %q; did you mean %s?",
	UnknownQuestion:      "unknown question id %q; question ids look like cok-08.q2 (`samskab rubrics show ID` lists them)",
	AnswerExpect:         "expected a whole number 0–4, na, dk, ~ (not answered) or {score: …, note: …}",
	AnswerIs:             "answer to %s is %s; %s",
	AnswerBase:           "answer to %s is %s, a %s number; scores are written as the digits 0 to 4 (%s)",
	BaseHex:              "hexadecimal",
	BaseOctal:            "octal",
	BaseBinary:           "binary",
	AnswerOutside:        "answer to %s is %s, outside the scale; %s",
	AnswerNotWhole:       "answer to %s is %s, not a whole number; %s",
	AnswerQuoted:         "answer to %s is the text %q; write the number without quotes",
	AnswerNoScore:        "answer to %s has no `score`; %s",
	WhatPin:              "rubric_versions.%s (a rubric version)",
	PinRange:             "rubric_versions.%s must be 1 or higher, found %d",
	PinWarning:           "rubric %s is pinned to version %d, but version %d is loaded (%s); its questions may have changed, so compare scores with care, then update rubric_versions",
	OriginBuiltin:        "built in",
	OriginFile:           "from %s",
	UnknownRubricsSelect: "unknown rubric %s; known rubrics: %s",

	WhatTheRubric:         "the rubric",
	UnsupportedRubric:     "unsupported rubric format version %d; this samskab reads version 1",
	WhatRubricID:          "the rubric id",
	WhatVersion:           "version",
	VersionMin:            "version must be 1 or higher, found %d",
	WhatRubricTitle:       "the rubric title",
	WhatRubricDesc:        "the rubric description",
	WhatPublisher:         "publisher",
	WhatURL:               "url",
	MissingRubricFormat:   "missing `samskab-rubric: 1` (the rubric format version)",
	MissingID:             "missing `id`, the rubric's short name (e.g. `id: my-rubric`)",
	MissingVersion:        "missing `version`, e.g. `version: 1`; raise it whenever the questions change, so case files can pin it",
	MissingTitle:          "missing `title`, e.g. `title: {da: …, en: …}`",
	MissingItems:          "missing `items`, the rubric's principles",
	BadID:                 "%s %q must use only lower-case letters, digits and hyphens",
	WhatLanguages:         "languages",
	WhatALanguage:         "a language",
	UnknownLanguage:       "unknown language %q; expected da or en",
	LanguageTwice:         "language %s is listed twice",
	LanguagesEmpty:        "languages must list at least one of da, en",
	NoLangText:            "%s has no %s text; the rubric declares languages %s",
	WhatItems:             "items",
	ItemTwice:             "item id %s is used twice in this rubric",
	ItemsEmpty:            "items must list at least one item",
	WhatAnItem:            "an item",
	WhatItemID:            "the item id",
	WhatItemTitle:         "the item title",
	WhatItemSummary:       "the item summary",
	WhatWeight:            "weight",
	WhatItemAction:        "the item action",
	WeightRange:           "weight must be a number greater than 0 and at most %d, found %s",
	ItemMissing:           "item %s is missing `%s`",
	ItemNoID:              "an item is missing `id`",
	WhatThemes:            "themes",
	WhatAThemeID:          "a theme id",
	ThemeTwice:            "theme %s is listed twice",
	UnknownThemeNear:      "unknown theme %q; did you mean %q?",
	UnknownThemeList:      "unknown theme %q; known themes: %s",
	WhatSource:            "source",
	WhatSourceName:        "source name",
	WhatSourceURL:         "source url",
	WhatSourceVerified:    "source verified",
	WhatQuestions:         "questions",
	WhatAQuestion:         "a question",
	WhatQuestionID:        "the question id",
	WhatQuestionText:      "the question text",
	QuestionNoID:          "a question is missing `id` (e.g. `id: q1`)",
	QuestionNoText:        "question %s is missing `text`",
	QuestionTwice:         "question id %s is used twice in this item",
	QuestionsEmpty:        "an item needs at least one question",
	WhatAudience:          "audience",
	WhatAnAudience:        "an audience",
	UnknownAudience:       "unknown audience %q; expected one of %s",
	AudienceTwice:         "audience %s is listed twice",
	AudienceEmpty:         "audience must list at least one of %s, or be left out to mean everyone",
	WhatTheThemes:         "the theme list",
	UnsupportedThemes:     "unsupported theme format version %d; expected 1",
	WhatATheme:            "a theme",
	WhatThemeID:           "the theme id",
	WhatThemeTitle:        "the theme title",
	WhatThemeDesc:         "the theme description",
	NotRegularSkipped:     "is not a regular file (a named pipe, device or socket); skipped",
	RubricFolder:          "%s (a rubric folder from --rubrics or SAMSKAB_RUBRICS)",
	NoRubricFiles:         "no rubric files (*.yaml, *.yml) in this folder",
	ReplacedBuiltin:       "the built-in rubric %s (version %d)",
	ReplacedFile:          "rubric %s (version %d) from %s",
	Replaces:              "rubric %s (version %d) replaces %s",
	ReplacesWhenLoaded:    "%s when loaded",
	DuplicateItem:         "item id %s is already used by rubric %s (%s); item ids must be unique across all loaded rubrics, so give this item another id",
	Warning:               "warning: %s",
	NoCitizenQuestion:     "item %s has no question a citizen can answer; add citizen to a question's audience",
	RubricIDTwice:         "rubric id %s is also used by %s; each rubric needs its own id",
	CaseNotRegularSkipped: "is %s, not a regular file; skipped",
	InternalError:         "internal error while scoring this file: %v (this is a bug in samskab; please report it)",
	RubricNotScored:       "rubric %s is not scored in this run; the rubrics in scope are %s",
	TargetNotScored:       "targets.rubrics.%s: %s; add it to `rubrics` or remove the target",

	SpecialFile:     "is %s, not a regular file; expected a YAML file",
	DanglingLink:    "is a symbolic link to a file that does not exist",
	IsFolder:        "is a folder; expected a YAML file",
	KindNamedPipe:   "a named pipe (FIFO)",
	KindSocket:      "a socket",
	KindDevice:      "a device",
	KindCharDevice:  "a character device",
	KindBlockDevice: "a block device",
	KindSpecial:     "a special file",

	NoResponsesList:    "the file has no `responses` list",
	NotAList:           "line %d: `%s` is not a list",
	NotAMapping:        "line %d: `%s` is not a mapping",
	ResponseChanged:    "response number %d is no longer %q's; the file was changed by hand during the meeting",
	ResponseNoAnswersL: "line %d: the response has no `answers`",
	AnswerNoScoreL:     "line %d: an answer without a `score`",
	AnswerToNoScoreL:   "line %d: the answer to %s has no `score`",
	ExpectedOneAnswer:  "line %d: expected a single answer",
	ExpectedOneValue:   "line %d: expected a single answer value",
	NoResponseN:        "the file has no response number %d",
	ResponseNotMapping: "response number %d is not a mapping",
	FileNotMapping:     "the file is not a YAML mapping",
	EditDrift:          "editing the file would change more than the answer; the file was left as it was (please report this)",
	FlowMapping:        "the file is one flow mapping ({...}); add `responses:` by hand",
	ResponsesEmptyL:    "line %d: `responses` is empty",
	NoEmptyRespondent:  "the response has no empty `respondent:` to fill in",
	AlreadyHas:         "the response already has `%s`",
	NameNotUTF8:        "a respondent or actor name is not UTF-8 text",
	ValueEnd:           "line %d: cannot tell where this value ends",
	QuotedExpected:     "expected a quoted text at byte %d",
	QuotedUnterminated: "unterminated quoted text at byte %d",
	BracketUnclosed:    "unclosed bracket at byte %d",

	OSNotExist:    "no such file",
	OSPermission:  "permission denied",
	OSIsDir:       "is a directory",
	OSNotDir:      "not a directory",
	OSLoop:        "too many levels of symbolic links",
	OSNameTooLong: "file name too long",
	OSNoSpace:     "no space left on device",
	OSReadOnlyFS:  "read-only file system",
	OSIO:          "input/output error",
	OSTooManyOpen: "too many open files",
	OSAddrInUse:   "address already in use",
	OSOther:       "%s",

	WriteNotExist:    "does not exist (or its folder does not)",
	WritePermission:  "cannot be written: permission denied",
	WriteIsDir:       "is a folder; expected a file name",
	WriteNotRegular:  "is not a regular file; only a regular file can be replaced",
	WriteSpecial:     "is %s, not a regular file; only a regular file can be replaced",
	WriteReadOnly:    "is read-only; make it writable first if it should change",
	WriteNotOwner:    "belongs to another user; only a file of one's own can be replaced",
	WriteLoop:        "leads through too many symbolic links (a loop?)",
	WriteAborted:     "was not written: the write was cancelled",
	WriteCommitted:   "was already written; nothing more can be added",
	WriteLinkChanged: "now leads somewhere else than when it was locked",
	WriteLeadsTo:     "leads to %s, which %s",
	WriteOther:       "%s: %s",
}
