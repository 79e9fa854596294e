// Package catalog is samskab's wording in Danish and English: one Go
// struct, Messages, with a field per message, and one value of it per
// language. A message missing in one language is a test failure, not a
// blank at run time. Views (checklist/render), the case-file writer
// (checklist/yamlfile) and the questionnaire (internal/prompt) read it.
package catalog

import (
	"reflect"
	"sync"

	"github.com/samskab/samskab/checklist"
)

// Messages is the fixed wording of every view in one language, one field
// per message, so a message missing in one language is a test failure
// (TestCatalogsAreComplete), not a blank in a report. The key tag is the
// name templates and counted phrases look the message up by.
type Messages struct {
	Report    ReportMessages
	Portfolio PortfolioMessages
	Check     CheckMessages
	Doc       DocMessages
	Level     LevelMessages
	Kind      KindMessages
	Template  TemplateMessages
	Assess    AssessMessages
	CLI       CLIMessages
	Rounds    RoundsMessages
	Sheet     SheetMessages
	Workshop  WorkshopMessages
	Problems  ProblemMessages
	Survey    SurveyMessages
}

// ReportMessages are the wording of the report views: text, Markdown, JSON, CSV, HTML.
type ReportMessages struct {
	About            string `key:"about"`
	Action           string `key:"action"`
	Actor            string `key:"actor"`
	Audience         string `key:"audience"`
	AudienceCitizen  string `key:"audience-citizen"`
	AudienceLead     string `key:"audience-lead"`
	AudiencePartner  string `key:"audience-partner"`
	ByRespondent     string `key:"by-respondent"`
	ChartLegend      string `key:"chart-legend"`
	ChartRubricDesc  string `key:"chart-rubric-desc"`
	ChartThemes      string `key:"chart-themes"`
	ChartThemesDesc  string `key:"chart-themes-desc"`
	Coverage         string `key:"coverage"`
	Date             string `key:"date"`
	GapDisagreement  string `key:"gap-disagreement"`
	GapLine          string `key:"gap-line"`
	GapLow           string `key:"gap-low"`
	GapParties       string `key:"gap-parties"`
	GapUnanswered    string `key:"gap-unanswered"`
	GapUnknown       string `key:"gap-unknown"`
	Gaps             string `key:"gaps"`
	Id               string `key:"id"`
	Item             string `key:"item"`
	Items            string `key:"items"`
	ItemsCaption     string `key:"items-caption"`
	Level            string `key:"level"`
	Levels           string `key:"levels"`
	MadeWith         string `key:"made-with"`
	Method           string `key:"method"`
	Name             string `key:"name"`
	NoGaps           string `key:"no-gaps"`
	NotRelevant      string `key:"not-relevant"`
	NotScored        string `key:"not-scored"`
	Notes            string `key:"notes"`
	Overall          string `key:"overall"`
	Overview         string `key:"overview"`
	Parties          string `key:"parties"`
	PartiesCaption   string `key:"parties-caption"`
	PartiesIntro     string `key:"parties-intro"`
	PartyGaps        string `key:"party-gaps"`
	Percent          string `key:"percent"`
	Principle        string `key:"principle"`
	Publisher        string `key:"publisher"`
	Questions        string `key:"questions"`
	ReportTitle      string `key:"report-title"`
	Respondent       string `key:"respondent"`
	RespondentN      string `key:"respondent-n"`
	Respondents      string `key:"respondents"`
	RespondentsTitle string `key:"respondents-title"`
	Rubric           string `key:"rubric"`
	Rubrics          string `key:"rubrics"`
	Scale            string `key:"scale"`
	Score            string `key:"score"`
	Scored           string `key:"scored"`
	Source           string `key:"source"`
	Sources          string `key:"sources"`
	Spread           string `key:"spread"`
	Status           string `key:"status"`
	Summary          string `key:"summary"`
	Theme            string `key:"theme"`
	Themes           string `key:"themes"`
	Title            string `key:"title"`
	Unanswered       string `key:"unanswered"`
	Unknown          string `key:"unknown"`
	Unverified       string `key:"unverified"`
	Verified         string `key:"verified"`
	Version          string `key:"version"`
}

// PortfolioMessages are the wording of the batch and compare views.
type PortfolioMessages struct {
	Added            string `key:"added"`
	After            string `key:"after"`
	Before           string `key:"before"`
	CaseScored       string `key:"case-scored"`
	Cases            string `key:"cases"`
	CasesScored      string `key:"cases-scored"`
	Change           string `key:"change"`
	ChangeUnit       string `key:"change-unit"`
	File             string `key:"file"`
	FileFailed       string `key:"file-failed"`
	FilesFailed      string `key:"files-failed"`
	GapsClosed       string `key:"gaps-closed"`
	GapsOpened       string `key:"gaps-opened"`
	GapsShort        string `key:"gaps-short"`
	Gone             string `key:"gone"`
	HeatLegend       string `key:"heat-legend"`
	HeatTitle        string `key:"heat-title"`
	ItemsTitle       string `key:"items-title"`
	LowIn            string `key:"low-in"`
	LowInLegend      string `key:"low-in-legend"`
	Mean             string `key:"mean"`
	MeanMedian       string `key:"mean-median"`
	Median           string `key:"median"`
	MoreProblem      string `key:"more-problem"`
	MoreProblems     string `key:"more-problems"`
	NoOverall        string `key:"no-overall"`
	None             string `key:"none"`
	NotScoredFiles   string `key:"not-scored-files"`
	NotScoredList    string `key:"not-scored-list"`
	OutOfScope       string `key:"out-of-scope"`
	OverallMean      string `key:"overall-mean"`
	Owner            string `key:"owner"`
	PerLevel         string `key:"per-level"`
	Portfolio        string `key:"portfolio"`
	PortfolioKicker  string `key:"portfolio-kicker"`
	PortfolioMean    string `key:"portfolio-mean"`
	PortfolioMethod  string `key:"portfolio-method"`
	PortfolioOf      string `key:"portfolio-of"`
	PortfolioOfOne   string `key:"portfolio-of-one"`
	Project          string `key:"project"`
	RespShort        string `key:"resp-short"`
	RespondentsTitle string `key:"respondents-title"`
	Summary          string `key:"summary"`
	TopGap           string `key:"top-gap"`
	Weakest          string `key:"weakest"`
}

// CheckMessages are the wording of the views of `check`.
type CheckMessages struct {
	AtLeast          string `key:"at-least"`
	Fail             string `key:"fail"`
	HelpOverall      string `key:"help-overall"`
	HelpRubric       string `key:"help-rubric"`
	LeadScored       string `key:"lead-scored"`
	LeadUnanswered   string `key:"lead-unanswered"`
	LeadUnknown      string `key:"lead-unknown"`
	ListBelow        string `key:"list-below"`
	ListDisagreement string `key:"list-disagreement"`
	ListUncovered    string `key:"list-uncovered"`
	Pass             string `key:"pass"`
	Pulling          string `key:"pulling"`
	PullingOne       string `key:"pulling-one"`
	RuleRubric       string `key:"rule-rubric"`
	SrcDefault       string `key:"src-default"`
	SrcTargets       string `key:"src-targets"`
	SummaryFail      string `key:"summary-fail"`
	SummaryPass      string `key:"summary-pass"`
	ThCoverage       string `key:"th-coverage"`
	ThDisagreement   string `key:"th-disagreement"`
	ThItem           string `key:"th-item"`
	ThOverall        string `key:"th-overall"`
	ThRubric         string `key:"th-rubric"`
	TitleOverall     string `key:"title-overall"`
	TitleRubric      string `key:"title-rubric"`
	Under            string `key:"under"`
	WhyCoverage      string `key:"why-coverage"`
	WhyDisagreement  string `key:"why-disagreement"`
	WhyItem          string `key:"why-item"`
	WhyOverall       string `key:"why-overall"`
	WhyRubric        string `key:"why-rubric"`
}

// DocMessages are the wording of the rubric documentation pages.
type DocMessages struct {
	Answer      string `key:"answer"`
	Description string `key:"description"`
	How         string `key:"how"`
	HowAnswer   string `key:"how-answer"`
	HowInit     string `key:"how-init"`
	HowScore    string `key:"how-score"`
	Item1       string `key:"item-1"`
	ItemN       string `key:"item-n"`
	Items       string `key:"items"`
	ItemsQs     string `key:"items-qs"`
	LangDa      string `key:"lang-da"`
	LangEn      string `key:"lang-en"`
	Languages   string `key:"languages"`
	Meaning     string `key:"meaning"`
	Primary     string `key:"primary"`
	Question1   string `key:"question-1"`
	QuestionN   string `key:"question-n"`
	RubricId    string `key:"rubric-id"`
	Size        string `key:"size"`
	Source      string `key:"source"`
	ThemeItems  string `key:"theme-items"`
	ThemeList   string `key:"theme-list"`
	ThemesIntro string `key:"themes-intro"`
	Weight      string `key:"weight"`
}

// LevelMessages are the wording of the level names (DESIGN.md §4).
type LevelMessages struct {
	Absent      string `key:"absent"`
	Developing  string `key:"developing"`
	Embedded    string `key:"embedded"`
	Emerging    string `key:"emerging"`
	Established string `key:"established"`
}

// KindMessages are the names of the actor kinds (checklist.ActorKinds) as
// the report by party shows them: plural, for a group of respondents.
type KindMessages struct {
	Association  string `key:"association"`
	Business     string `key:"business"`
	Citizens     string `key:"citizens"`
	Municipality string `key:"municipality"`
	Other        string `key:"other"`
	Region       string `key:"region"`
	State        string `key:"state"`
	Volunteers   string `key:"volunteers"`
}

// TemplateMessages are the wording of a new case file's comments (`init`, `assess`).
type TemplateMessages struct {
	ActorName string `key:"actor-name"`
	Actors    string `key:"actors"`
	Answers   string `key:"answers"`
	Intro     string `key:"intro"`
	Name      string `key:"name"`
	NewCase   string `key:"new-case"`
	// ImportedCase heads a case file that `samskab import` creates.
	ImportedCase string `key:"imported-case"`
	Optional     string `key:"optional"`
	Placeholder  string `key:"placeholder"`
	Required     string `key:"required"`
	Respondent   string `key:"respondent"`
	Schema       string `key:"schema"`
	Scope        string `key:"scope"`
	Score        string `key:"score"`
	Targets      string `key:"targets"`
	Unanswered   string `key:"unanswered"`
}

// AssessMessages are the wording of the questionnaire of `assess`.
type AssessMessages struct {
	Actor      string `key:"actor"`
	Anonymous  string `key:"anonymous"`
	Answer     string `key:"answer"`
	Back       string `key:"back"`
	Conflict   string `key:"conflict"`
	Merged     string `key:"merged"`
	Unsaved    string `key:"unsaved"`
	Complete   string `key:"complete"`
	Current    string `key:"current"`
	Done       string `key:"done"`
	First      string `key:"first"`
	HelpBack   string `key:"help-back"`
	HelpChoose string `key:"help-choose"`
	HelpDigits string `key:"help-digits"`
	HelpStop   string `key:"help-stop"`
	HelpType   string `key:"help-type"`
	How        string `key:"how"`
	HowNotes   string `key:"how-notes"`
	Invalid    string `key:"invalid"`
	Keep       string `key:"keep"`
	NoActor    string `key:"no-actor"`
	Note       string `key:"note"`
	NoteTitle  string `key:"note-title"`
	Nothing    string `key:"nothing"`
	Owner      string `key:"owner"`
	Progress   string `key:"progress"`
	Project    string `key:"project"`
	Required   string `key:"required"`
	Respondent string `key:"respondent"`
	Resume     string `key:"resume"`
	ResumeWith string `key:"resume-with"`
	Scale      string `key:"scale"`
	Skip       string `key:"skip"`
	Skipped    string `key:"skipped"`
	Start      string `key:"start"`
	Stopped    string `key:"stopped"`
}

// RoundsMessages are the wording of compare over several rounds and over two folders.
type RoundsMessages struct {
	Rounds          string `key:"rounds"`
	Round           string `key:"round"`
	Trend           string `key:"trend"`
	SincePrevious   string `key:"since-previous"`
	SinceFirst      string `key:"since-first"`
	SinceText       string `key:"since-text"`
	LastTwo         string `key:"last-two"`
	TrendUnit       string `key:"trend-unit"`
	ChartRounds     string `key:"chart-rounds"`
	ChartRoundsDesc string `key:"chart-rounds-desc"`
	RoundsKicker    string `key:"rounds-kicker"`
	PortfolioChange string `key:"portfolio-change"`
	Rose            string `key:"rose"`
	Fell            string `key:"fell"`
	Stayed          string `key:"stayed"`
	NotComparable   string `key:"not-comparable"`
	StayedLegend    string `key:"stayed-legend"`
	LargestMoves    string `key:"largest-moves"`
	OnlyOld         string `key:"only-old"`
	Projects        string `key:"projects"`
	MatchedByPath   string `key:"matched-by-path"`
}

// SheetMessages are the wording of the Excel workbooks (--format xlsx). Sheet
// names stay within Excel's 31 characters.
type SheetMessages struct {
	Overview     string `key:"overview"`
	Items        string `key:"items"`
	Gaps         string `key:"gaps"`
	Answers      string `key:"answers"`
	Cases        string `key:"cases"`
	Summary      string `key:"summary"`
	Rounds       string `key:"rounds"`
	Projects     string `key:"projects"`
	Rubric       string `key:"rubric"`
	Title        string `key:"title"`
	Score        string `key:"score"`
	Percent      string `key:"percent"`
	Level        string `key:"level"`
	Coverage     string `key:"coverage"`
	Item         string `key:"item"`
	Status       string `key:"status"`
	Spread       string `key:"spread"`
	Respondents  string `key:"respondents"`
	NA           string `key:"n-a"`
	DK           string `key:"d-k"`
	Kind         string `key:"kind"`
	Action       string `key:"action"`
	Respondent   string `key:"respondent"`
	Actor        string `key:"actor"`
	Date         string `key:"date"`
	Notes        string `key:"notes"`
	Overall      string `key:"overall"`
	Project      string `key:"project"`
	Owner        string `key:"owner"`
	File         string `key:"file"`
	GapLine      string `key:"gap-line"`
	Chart        string `key:"chart"`
	GapCount     string `key:"gap-count"`
	TopGap       string `key:"top-gap"`
	Error        string `key:"error"`
	Mean         string `key:"mean"`
	Median       string `key:"median"`
	CasesScored  string `key:"cases-scored"`
	Failed       string `key:"failed"`
	LevelCount   string `key:"level-count"`
	Scored       string `key:"scored"`
	LowIn        string `key:"low-in"`
	Round        string `key:"round"`
	Change       string `key:"change"`
	ChangeFirst  string `key:"change-first"`
	OnlyIn       string `key:"only-in"`
	ScoreMeaning string `key:"score-meaning"`
	Opened       string `key:"opened"`
	Closed       string `key:"closed"`
	Before       string `key:"before"`
	After        string `key:"after"`
	Points       string `key:"points"`
	Direction    string `key:"direction"`
	GapState     string `key:"gap-state"`
	Parties      string `key:"parties"`
}

var danish = Messages{
	CLI:      danishCLI,
	Workshop: danishWorkshop,
	Problems: danishProblems,
	Survey:   danishSurvey,
	Report: ReportMessages{
		About:            "Om rapporten",
		Action:           "Forslag til næste skridt",
		Actor:            "Aktør",
		Audience:         "Hvem svarer",
		AudienceCitizen:  "borgere/frivillige",
		AudienceLead:     "projektledelse",
		AudiencePartner:  "partnere",
		ByRespondent:     "Svar pr. respondent: gennemsnittet af hver respondents svar på punktets spørgsmål (0–4)",
		ChartLegend:      "Stiplet ring: indsatsgrænsen, %s",
		ChartRubricDesc:  "Radardiagram over de %[2]d punkter i %[1]s. Hver akse er et punkt, og afstanden fra midten er punktets procent (0–100 %%). Den stiplede ring er indsatsgrænsen.",
		ChartThemes:      "Temaer på tværs af modellerne",
		ChartThemesDesc:  "Radardiagram over %d temaer. Hver akse er et tema, og afstanden fra midten er temaets procent (0–100 %%). Den stiplede ring er indsatsgrænsen.",
		Coverage:         "Dækning",
		Date:             "Dato",
		GapDisagreement:  "uenighed",
		GapLine:          "Indsatsgrænse",
		GapLow:           "lav",
		GapParties:       "parterne er uenige",
		GapUnanswered:    "ubesvaret",
		GapUnknown:       "ved ikke",
		Gaps:             "Indsatsområder – det I bør arbejde med først",
		Id:               "ID",
		Item:             "Punkt",
		Items:            "Punkter",
		ItemsCaption:     "Punkter og score",
		Level:            "Niveau",
		Levels:           "Niveauer",
		MadeWith:         "Lavet med samskab.",
		Method:           "Hvert punkt har spørgsmål, der besvares fra 0 (helt uenig) til 4 (helt enig). En respondents score for et punkt er gennemsnittet af vedkommendes svar, og punktets score er gennemsnittet over respondenterne; spredningen er forskellen mellem den højeste og den laveste. En models procent er det vægtede gennemsnit af dens punkter, og den samlede procent er gennemsnittet af modellerne. Svarene »ikke relevant« og »ved ikke« indgår ikke i scoren.",
		Name:             "Navn",
		NoGaps:           "Ingen punkter under indsatsgrænsen på %s.",
		NotRelevant:      "ikke relevant",
		NotScored:        "ikke scoret",
		Notes:            "Noter",
		Overall:          "Samlet",
		Overview:         "Overblik",
		Parties:          "Efter part",
		PartiesCaption:   "Procent pr. model for hver slags part",
		PartiesIntro:     "Samme beregning for hver slags part for sig, ud fra de besvarelser, der svarer for en aktør af den slags (actors[].kind i besvarelsesfilen). Tallet i parentes er antallet af respondenter.",
		PartyGaps:        "Punkter, hvor parterne ser forskelligt på projektet",
		Percent:          "Procent",
		Principle:        "Princip",
		Publisher:        "Udgiver",
		Questions:        "Spørgsmål",
		ReportTitle:      "Samskabelsesrapport",
		Respondent:       "respondent",
		RespondentN:      "Respondent %d",
		Respondents:      "respondenter",
		RespondentsTitle: "Respondenter",
		Rubric:           "Model",
		Rubrics:          "Modeller",
		Scale:            "Svarskala",
		Score:            "Score",
		Scored:           "scoret",
		Source:           "Kilde",
		Sources:          "Kilder",
		Spread:           "Spredning",
		Status:           "Status",
		Summary:          "Resumé",
		Theme:            "Tema",
		Themes:           "Temaer",
		Title:            "Titel",
		Unanswered:       "ubesvaret",
		Unknown:          "ved ikke",
		Unverified:       "kilde ikke verificeret",
		Verified:         "kilde verificeret",
		Version:          "Version",
	},
	Portfolio: PortfolioMessages{
		Added:            "nye",
		After:            "Efter",
		Before:           "Før",
		CaseScored:       "1 sag scoret",
		Cases:            "Sager",
		CasesScored:      "%d sager scoret",
		Change:           "Ændring",
		ChangeUnit:       "Ændringer er i procentpoint.",
		File:             "Fil",
		FileFailed:       "1 fil kunne ikke scores",
		FilesFailed:      "%d filer kunne ikke scores",
		GapsClosed:       "Lukkede indsatsområder",
		GapsOpened:       "Nye indsatsområder",
		GapsShort:        "Indsatsområder",
		Gone:             "ikke længere med",
		HeatLegend:       "Hver celle er punktets procent i sagen, afrundet til hele procent og farvet efter niveauet for den præcise værdi (den står i cellens værktøjstip). – betyder, at punktet ikke er scoret (ikke relevant, ved ikke eller ubesvaret); en tom, grå celle, at punktets model ikke er med i sagen. Nederste række er porteføljens gennemsnit over de sager, der har scoret punktet.",
		HeatTitle:        "Punkternes procent i hver sag",
		ItemsTitle:       "Punkter",
		LowIn:            "Lav i",
		LowInLegend:      "Sager: antal sager, hvor punktet er scoret. Lav i: antal sager, hvor det scorer under indsatsgrænsen på %s.",
		Mean:             "Gennemsnit",
		MeanMedian:       "gennemsnit %s, median %s",
		Median:           "Median",
		MoreProblem:      "(og 1 problem mere)",
		MoreProblems:     "(og %d problemer mere)",
		NoOverall:        "uden samlet score",
		None:             "ingen",
		NotScoredFiles:   "Ikke scoret",
		NotScoredList:    "Kunne ikke scores",
		OutOfScope:       "ikke med",
		OverallMean:      "Samlet, gennemsnit",
		Owner:            "Ejer",
		PerLevel:         "Sager pr. niveau",
		Portfolio:        "Portefølje",
		PortfolioKicker:  "Samskabelsesportefølje",
		PortfolioMean:    "Porteføljens gennemsnit",
		PortfolioMethod:  "Gennemsnit og median er taget over sagernes samlede procent; en sag uden samlet procent indgår ikke. Hver sag er scoret for sig, præcis som samskab score ville score den.",
		PortfolioOf:      "Portefølje med %d sager",
		PortfolioOfOne:   "Portefølje med 1 sag",
		Project:          "Projekt",
		RespShort:        "Resp.",
		RespondentsTitle: "Respondenter",
		Summary:          "Sammenfatning",
		TopGap:           "Vigtigste indsatsområde",
		Weakest:          "Principper, svageste først",
	},
	Check: CheckMessages{
		AtLeast:          "krævet mindst %s",
		Fail:             "FEJL",
		HelpOverall:      "Hæv de punkter, der scorer under målet; dem med mest at hente står først.",
		HelpRubric:       "Hæv modellens punkter, der scorer under målet; dem med mest at hente står først.",
		LeadScored:       "Scorer %s",
		LeadUnanswered:   "Ikke besvaret endnu",
		LeadUnknown:      "Ingen kunne svare (ved ikke)",
		ListBelow:        "punkter under %s, mest at hente først",
		ListDisagreement: "punkter, som respondenterne er uenige om, størst spredning først",
		ListUncovered:    "punkter uden score",
		Pass:             "OK",
		Pulling:          "%d punkter trækker scoren ned; de %d med mest at vinde er markeret",
		PullingOne:       "1 punkt trækker scoren ned og er markeret",
		RuleRubric:       "samskab: en model er under sit mål",
		SrcDefault:       "standard",
		SrcTargets:       "targets, linje %d",
		SummaryFail:      "%d af %d krav er ikke opfyldt",
		SummaryPass:      "%d af %d krav er opfyldt",
		ThCoverage:       "Dækning",
		ThDisagreement:   "Største spredning",
		ThItem:           "Laveste punkt",
		ThOverall:        "Samlet",
		ThRubric:         "Model %s",
		TitleOverall:     "samskab: det samlede mål er ikke nået",
		TitleRubric:      "samskab: målet for %s er ikke nået",
		Under:            "krævet under %s",
		WhyCoverage:      "dækningen er %s, under målet på %s",
		WhyDisagreement:  "respondenternes scorer ligger %s fra hinanden (%s eller mere fejler)",
		WhyItem:          "under kravet om mindst %s for hvert punkt",
		WhyOverall:       "under det samlede mål på %s (samlet %s)",
		WhyRubric:        "under målet på %s for %s (%s %s)",
	},
	Doc: DocMessages{
		Answer:      "Svar",
		Description: "Beskrivelse",
		How:         "Sådan bruger I modellen",
		HowAnswer:   "Svar på hvert spørgsmål med et tal fra 0 til 4 eller med na eller dk. Et højere svar betyder altid bedre praksis.",
		HowInit:     "Start en besvarelsesfil med alle modellens spørgsmål:",
		HowScore:    "Se derefter resultatet:",
		Item1:       "1 punkt",
		ItemN:       "%d punkter",
		Items:       "Punkter",
		ItemsQs:     "%s, %s",
		LangDa:      "dansk",
		LangEn:      "engelsk",
		Languages:   "Sprog",
		Meaning:     "Betydning",
		Primary:     "primært",
		Question1:   "1 spørgsmål",
		QuestionN:   "%d spørgsmål",
		RubricId:    "Model-id",
		Size:        "Omfang",
		Source:      "Kilde",
		ThemeItems:  "Punkter",
		ThemeList:   "Temaer",
		ThemesIntro: "Punkternes scorer lægges også sammen på tværs af modellerne i disse temaer. Et punkt tæller fuldt med i sit primære tema og halvt i de øvrige.",
		Weight:      "Vægt",
	},
	Level: LevelMessages{
		Absent:      "Fraværende",
		Developing:  "I udvikling",
		Embedded:    "Forankret",
		Emerging:    "Spirende",
		Established: "Etableret",
	},
	Kind: KindMessages{
		Association:  "Foreninger",
		Business:     "Virksomheder",
		Citizens:     "Borgere",
		Municipality: "Kommunen",
		Other:        "Andre",
		Region:       "Regionen",
		State:        "Staten",
		Volunteers:   "Frivillige",
	},
	Template: TemplateMessages{
		ActorName:    "Kommunens afdeling",
		Actors:       "parterne i projektet; en besvarelse kan henvise til en part med `actor: kommune`",
		Answers:      "~ betyder: ikke besvaret endnu",
		Intro:        "samskab-besvarelsesfil. Udfyld projektet, og svar på hvert spørgsmål:",
		Name:         "Projektets navn",
		NewCase:      "samskab-besvarelsesfil, skrevet af `samskab assess`. Se rapporten med: samskab score %s",
		ImportedCase: "samskab-besvarelsesfil, importeret fra %s med `samskab import`. Se rapporten med: samskab score %s",
		Optional:     "valgfri",
		Placeholder:  "Mit samskabelsesprojekt",
		Required:     "påkrævet",
		Respondent:   "Navn (rolle)",
		Schema:       "Hjælp i editoren (YAML language server): kør `samskab schema case > %s` i denne mappe",
		Scope:        "hvilke modeller der scores; uden denne linje: alle",
		Score:        "Se resultatet med: samskab score %s",
		Targets:      "mål, som `samskab check` håndhæver (procent)",
		Unanswered:   "ikke besvaret endnu",
	},
	Assess: AssessMessages{
		Actor:      "På vegne af hvilken part svares der?",
		Conflict:   "%s kan ikke læses lige nu (bliver den redigeret?): %s. Intet er skrevet i den; svarene indtil nu er gemt i %s og kommer i %s med det næste svar, når den kan læses igen.",
		Merged:     "Alle svarene fra denne kørsel er nu i %s; %s er slettet.",
		Unsaved:    "%d svar kom ikke i %s, fordi den ikke kunne læses; de er gemt i %s – kopiér dem ind under besvarelsen.",
		Anonymous:  "Besvarelsen har intet navn, så den kan ikke genoptages med --respondent; giv den et navn under `respondent:` i %s først.",
		Answer:     "Svar: ",
		Back:       "← Tilbage til forrige spørgsmål",
		Complete:   "Alle %d spørgsmål er allerede besvaret af %s i %s.",
		Current:    "Nuværende svar: %s. En tom linje beholder det.",
		Done:       "Færdig. Alle svar er gemt i %s.",
		First:      "Det er det første spørgsmål; der er intet at gå tilbage til.",
		HelpBack:   "shift+tab tilbage",
		HelpChoose: "↑/↓ flyt · enter vælg",
		HelpDigits: "0–4 hop til svaret",
		HelpStop:   "ctrl+c stop",
		HelpType:   "skriv · enter videre",
		How:        "Skriv et svar pr. linje: 0–4, na eller dk. En tom linje springer spørgsmålet over, < går et spørgsmål tilbage.",
		HowNotes:   "Skriv eventuelt en note på linjen efter hvert svar (tom linje: ingen note).",
		Invalid:    "%q er ikke et svar. Skriv 0, 1, 2, 3 eller 4, na (ikke relevant), dk (ved ikke), < for at gå tilbage, eller en tom linje for at springe over.",
		Keep:       "Behold svaret",
		NoActor:    "Ingen bestemt part",
		Note:       "Note (valgfri): ",
		NoteTitle:  "Note (valgfri)",
		Nothing:    "Stoppet før første svar; intet er skrevet.",
		Owner:      "Projektejer (valgfri)",
		Progress:   "Spørgsmål %d af %d",
		Project:    "Projektets navn",
		Required:   "skal udfyldes",
		Respondent: "Navn og rolle, fx Mette (projektleder) – så kan besvarelsen genoptages senere",
		Resume:     "Fortsætter besvarelsen fra %s i %s ved spørgsmål %d af %d.",
		ResumeWith: "Fortsæt senere med: %s",
		Scale:      "Svarskala",
		Skip:       "Spring over",
		Skipped:    "sprunget over",
		Start:      "%s: %d spørgsmål. Hvert svar gemmes med det samme i %s.",
		Stopped:    "Stoppet ved spørgsmål %d af %d. Alle svar indtil nu er gemt i %s.",
	},
	Rounds: RoundsMessages{
		Rounds:          "Runder",
		Round:           "Runde",
		Trend:           "Forløb",
		SincePrevious:   "Siden forrige",
		SinceFirst:      "Siden første",
		SinceText:       "%s siden forrige, %s siden første",
		LastTwo:         "mellem runde %d og %d",
		TrendUnit:       "Forløbet viser hver runde på skalaen 0–100 %: ▁ under 12,5 %, █ fra 87,5 %; · betyder ikke scoret.",
		ChartRounds:     "Udviklingen over runderne",
		ChartRoundsDesc: "Linjediagram over %d runder: samlet procent og hver models procent (0–100 %%) i hver runde. Tallene står i tabellen nedenfor.",
		RoundsKicker:    "Samskabelse over tid",
		PortfolioChange: "Porteføljen fra runde til runde",
		Rose:            "steg",
		Fell:            "faldt",
		Stayed:          "uændret",
		NotComparable:   "kan ikke sammenlignes",
		StayedLegend:    "Uændret: under %s procentpoint op eller ned. Kan ikke sammenlignes: uden samlet procent i en af runderne.",
		LargestMoves:    "Største bevægelser",
		OnlyOld:         "Kun i %s",
		Projects:        "Projekter",
		MatchedByPath:   "parret efter sti",
	},
	Sheet: SheetMessages{
		Overview:     "Overblik",
		Items:        "Punkter",
		Gaps:         "Indsatsområder",
		Answers:      "Svar",
		Cases:        "Sager",
		Summary:      "Sammenfatning",
		Rounds:       "Runder",
		Projects:     "Projekter",
		Rubric:       "Model",
		Title:        "Titel",
		Score:        "Score",
		Percent:      "Procent",
		Level:        "Niveau",
		Coverage:     "Dækning",
		Item:         "Punkt",
		Status:       "Status",
		Spread:       "Spredning",
		Respondents:  "Respondenter",
		NA:           "Ikke relevant",
		DK:           "Ved ikke",
		Kind:         "Type",
		Action:       "Gør dette",
		Respondent:   "Respondent",
		Actor:        "Aktør",
		Date:         "Dato",
		Notes:        "Noter",
		Overall:      "Samlet",
		Project:      "Projekt",
		Owner:        "Ejer",
		File:         "Fil",
		GapLine:      "Indsatsgrænse",
		Chart:        "Modellernes procent",
		GapCount:     "Indsatsområder",
		TopGap:       "Vigtigste indsatsområde",
		Error:        "Fejl",
		Mean:         "Gennemsnit",
		Median:       "Median",
		CasesScored:  "Sager scoret",
		Failed:       "Filer med fejl",
		LevelCount:   "Sager på niveauet",
		Scored:       "Scoret i",
		LowIn:        "Lav i",
		Round:        "Runde",
		Change:       "Ændring siden forrige",
		ChangeFirst:  "Ændring siden første",
		OnlyIn:       "Kun i én runde",
		ScoreMeaning: "Score pr. respondent: gennemsnittet af respondentens svar på punktets spørgsmål (0–4)",
		Opened:       "Ny",
		Closed:       "Lukket",
		Before:       "Før",
		After:        "Efter",
		Points:       "Ændring (procentpoint)",
		Direction:    "Retning",
		GapState:     "Ny eller lukket",
		Parties:      "Parter",
	},
}

var english = Messages{
	CLI:      englishCLI,
	Workshop: englishWorkshop,
	Problems: englishProblems,
	Survey:   englishSurvey,
	Report: ReportMessages{
		About:            "About this report",
		Action:           "Next step",
		Actor:            "Actor",
		Audience:         "Who answers",
		AudienceCitizen:  "citizens/volunteers",
		AudienceLead:     "project lead",
		AudiencePartner:  "partners",
		ByRespondent:     "Answers by respondent: the mean of each respondent's answers to the item's questions (0–4)",
		ChartLegend:      "Dashed ring: the gap line, %s",
		ChartRubricDesc:  "Radar chart of the %[2]d items in %[1]s. Each axis is an item, and the distance from the centre is the item's percent (0–100 %%). The dashed ring is the gap line.",
		ChartThemes:      "Themes across the rubrics",
		ChartThemesDesc:  "Radar chart of %d themes. Each axis is a theme, and the distance from the centre is the theme's percent (0–100 %%). The dashed ring is the gap line.",
		Coverage:         "Coverage",
		Date:             "Date",
		GapDisagreement:  "disagreement",
		GapLine:          "Gap line",
		GapLow:           "low",
		GapParties:       "parties disagree",
		GapUnanswered:    "unanswered",
		GapUnknown:       "don't know",
		Gaps:             "Gaps – what to work on first",
		Id:               "ID",
		Item:             "Item",
		Items:            "Items",
		ItemsCaption:     "Items and scores",
		Level:            "Level",
		Levels:           "Levels",
		MadeWith:         "Made with samskab.",
		Method:           "Each item has questions answered from 0 (strongly disagree) to 4 (strongly agree). A respondent's score for an item is the mean of their answers, and the item's score is the mean over the respondents; the spread is the difference between the highest and the lowest. A rubric's percent is the weighted mean of its items, and the overall percent is the mean of the rubrics. Answers of \"not relevant\" and \"don't know\" do not count towards the score.",
		Name:             "Name",
		NoGaps:           "No gaps below the line of %s.",
		NotRelevant:      "not relevant",
		NotScored:        "not scored",
		Notes:            "Notes",
		Overall:          "Overall",
		Overview:         "Overview",
		Parties:          "By party",
		PartiesCaption:   "Percent per rubric for each kind of party",
		PartiesIntro:     "The same arithmetic for each kind of party on its own, over the responses that speak for an actor of that kind (actors[].kind in the case file). The number in brackets is the number of respondents.",
		PartyGaps:        "Items where the parties see the project differently",
		Percent:          "Percent",
		Principle:        "Principle",
		Publisher:        "Publisher",
		Questions:        "Questions",
		ReportTitle:      "Co-creation report",
		Respondent:       "respondent",
		RespondentN:      "Respondent %d",
		Respondents:      "respondents",
		RespondentsTitle: "Respondents",
		Rubric:           "Rubric",
		Rubrics:          "Rubrics",
		Scale:            "Answer scale",
		Score:            "Score",
		Scored:           "scored",
		Source:           "Source",
		Sources:          "Sources",
		Spread:           "Spread",
		Status:           "Status",
		Summary:          "Summary",
		Theme:            "Theme",
		Themes:           "Themes",
		Title:            "Title",
		Unanswered:       "unanswered",
		Unknown:          "don't know",
		Unverified:       "source not verified",
		Verified:         "source verified",
		Version:          "Version",
	},
	Portfolio: PortfolioMessages{
		Added:            "added",
		After:            "After",
		Before:           "Before",
		CaseScored:       "1 case scored",
		Cases:            "Cases",
		CasesScored:      "%d cases scored",
		Change:           "Change",
		ChangeUnit:       "Changes are in percentage points.",
		File:             "File",
		FileFailed:       "1 file could not be scored",
		FilesFailed:      "%d files could not be scored",
		GapsClosed:       "Closed gaps",
		GapsOpened:       "New gaps",
		GapsShort:        "Gaps",
		Gone:             "gone",
		HeatLegend:       "Each cell is the item's percent in the case, rounded to a whole percent and shaded by the level of the exact value (shown in the cell's tooltip). – means the item was not scored (not relevant, don't know or unanswered); an empty grey cell, that the item's rubric is not in the case's scope. The bottom row is the portfolio mean over the cases that scored the item.",
		HeatTitle:        "Item percents by case",
		ItemsTitle:       "Items",
		LowIn:            "Low in",
		LowInLegend:      "Cases: the number of cases that scored the item. Low in: the number of cases where it scores below the gap line of %s.",
		Mean:             "Mean",
		MeanMedian:       "mean %s, median %s",
		Median:           "Median",
		MoreProblem:      "(and 1 more problem)",
		MoreProblems:     "(and %d more problems)",
		NoOverall:        "without an overall score",
		None:             "none",
		NotScoredFiles:   "Not scored",
		NotScoredList:    "Could not be scored",
		OutOfScope:       "not in scope",
		OverallMean:      "Overall, mean",
		Owner:            "Owner",
		PerLevel:         "Cases per level",
		Portfolio:        "Portfolio",
		PortfolioKicker:  "Co-creation portfolio",
		PortfolioMean:    "Portfolio mean",
		PortfolioMethod:  "The mean and median are taken over the cases' overall percents; a case without an overall percent does not count. Each case is scored on its own, exactly as samskab score would score it.",
		PortfolioOf:      "Portfolio of %d cases",
		PortfolioOfOne:   "Portfolio of 1 case",
		Project:          "Project",
		RespShort:        "Resp.",
		RespondentsTitle: "Respondents",
		Summary:          "Summary",
		TopGap:           "Top gap",
		Weakest:          "Principles, weakest first",
	},
	Check: CheckMessages{
		AtLeast:          "required at least %s",
		Fail:             "FAIL",
		HelpOverall:      "Raise the items that score below the target; those with most to gain come first.",
		HelpRubric:       "Raise the rubric's items that score below the target; those with most to gain come first.",
		LeadScored:       "Scores %s",
		LeadUnanswered:   "Not answered yet",
		LeadUnknown:      "Nobody could answer it (don't know)",
		ListBelow:        "items below %s, most to gain first",
		ListDisagreement: "items respondents disagree on, widest spread first",
		ListUncovered:    "items without a score",
		Pass:             "PASS",
		Pulling:          "%d items pull the score down; the %d with most to gain are marked",
		PullingOne:       "1 item pulls the score down and is marked",
		RuleRubric:       "samskab: a rubric below its target",
		SrcDefault:       "default",
		SrcTargets:       "targets, line %d",
		SummaryFail:      "%d of %d thresholds not met",
		SummaryPass:      "%d of %d thresholds met",
		ThCoverage:       "Coverage",
		ThDisagreement:   "Widest spread",
		ThItem:           "Lowest item",
		ThOverall:        "Overall",
		ThRubric:         "Rubric %s",
		TitleOverall:     "samskab: overall target not met",
		TitleRubric:      "samskab: target for %s not met",
		Under:            "required below %s",
		WhyCoverage:      "coverage is %s, below the target of %s",
		WhyDisagreement:  "respondents' scores lie %s apart (%s or more fails)",
		WhyItem:          "below the minimum of %s for every item",
		WhyOverall:       "below the overall target of %s (overall %s)",
		WhyRubric:        "below the target of %s for %s (%s %s)",
	},
	Doc: DocMessages{
		Answer:      "Answer",
		Description: "Description",
		How:         "How to use it",
		HowAnswer:   "Answer each question with a number from 0 to 4, or with na or dk. A higher answer always means better practice.",
		HowInit:     "Start a case file with every question in this rubric:",
		HowScore:    "Then see the result:",
		Item1:       "1 item",
		ItemN:       "%d items",
		Items:       "Items",
		ItemsQs:     "%s, %s",
		LangDa:      "Danish",
		LangEn:      "English",
		Languages:   "Languages",
		Meaning:     "Meaning",
		Primary:     "primary",
		Question1:   "1 question",
		QuestionN:   "%d questions",
		RubricId:    "Rubric id",
		Size:        "Size",
		Source:      "Source",
		ThemeItems:  "Items",
		ThemeList:   "Themes",
		ThemesIntro: "Item scores also add up across rubrics into these themes. An item counts in full towards its primary theme and by half towards the others.",
		Weight:      "Weight",
	},
	Level: LevelMessages{
		Absent:      "Absent",
		Developing:  "Developing",
		Embedded:    "Embedded",
		Emerging:    "Emerging",
		Established: "Established",
	},
	Kind: KindMessages{
		Association:  "Associations",
		Business:     "Businesses",
		Citizens:     "Citizens",
		Municipality: "Municipality",
		Other:        "Others",
		Region:       "Region",
		State:        "State",
		Volunteers:   "Volunteers",
	},
	Template: TemplateMessages{
		ActorName:    "The municipal department",
		Actors:       "the parties to the project; a response can refer to one with `actor: kommune`",
		Answers:      "~ means: not answered yet",
		Intro:        "samskab case file. Fill in the project, then answer each question:",
		Name:         "Project name",
		NewCase:      "samskab case file, written by `samskab assess`. See the report with: samskab score %s",
		ImportedCase: "samskab case file, imported from %s by `samskab import`. See the report with: samskab score %s",
		Optional:     "optional",
		Placeholder:  "My co-creation project",
		Required:     "required",
		Respondent:   "Name (role)",
		Schema:       "Editor help (YAML language server): run `samskab schema case > %s` in this folder",
		Scope:        "which rubrics are scored; without this line: all",
		Score:        "See the result with: samskab score %s",
		Targets:      "targets that `samskab check` enforces (percent)",
		Unanswered:   "not answered yet",
	},
	Assess: AssessMessages{
		Actor:      "Which party do you answer for?",
		Conflict:   "%s cannot be read right now (is someone editing it?): %s. Nothing was written to it; your answers so far are saved in %s and go into %s with your next answer, once it reads again.",
		Merged:     "All your answers are now in %s; %s was removed.",
		Unsaved:    "%d answers did not go into %s, because it could not be read; they are saved in %s – copy them into your response.",
		Anonymous:  "The response has no name, so it cannot be resumed with --respondent; give it one under `respondent:` in %s first.",
		Answer:     "Answer: ",
		Back:       "← Back to the previous question",
		Complete:   "All %d questions are already answered by %s in %s.",
		Current:    "Current answer: %s. An empty line keeps it.",
		Done:       "Done. Every answer is saved in %s.",
		First:      "This is the first question; there is nothing to go back to.",
		HelpBack:   "shift+tab back",
		HelpChoose: "↑/↓ move · enter choose",
		HelpDigits: "0–4 jump to the answer",
		HelpStop:   "ctrl+c stop",
		HelpType:   "type · enter next",
		How:        "Type one answer per line: 0–4, na or dk. An empty line skips the question, < goes back one question.",
		HowNotes:   "After each answer you can type a note on the next line (empty line: no note).",
		Invalid:    "%q is not an answer. Type 0, 1, 2, 3 or 4, na (not relevant), dk (don't know), < to go back, or an empty line to skip.",
		Keep:       "Keep the answer",
		NoActor:    "No particular party",
		Note:       "Note (optional): ",
		NoteTitle:  "Note (optional)",
		Nothing:    "Stopped before the first answer; nothing was written.",
		Owner:      "Project owner (optional)",
		Progress:   "Question %d of %d",
		Project:    "Project name",
		Required:   "required",
		Respondent: "Your name and role, e.g. Mette (project lead) – so you can resume later",
		Resume:     "Resuming the response of %s in %s at question %d of %d.",
		ResumeWith: "Resume with: %s",
		Scale:      "Answer scale",
		Skip:       "Skip",
		Skipped:    "skipped",
		Start:      "%s: %d questions. Each answer is saved straight away in %s.",
		Stopped:    "Stopped at question %d of %d. Every answer so far is saved in %s.",
	},
	Rounds: RoundsMessages{
		Rounds:          "Rounds",
		Round:           "Round",
		Trend:           "Trend",
		SincePrevious:   "Since previous",
		SinceFirst:      "Since first",
		SinceText:       "%s since previous, %s since first",
		LastTwo:         "between rounds %d and %d",
		TrendUnit:       "The trend shows each round on the 0–100 % scale: ▁ below 12.5 %, █ from 87.5 %; · means not scored.",
		ChartRounds:     "Change over the rounds",
		ChartRoundsDesc: "Line chart of %d rounds: the overall percent and each rubric's percent (0–100 %%) in every round. The numbers are in the table below.",
		RoundsKicker:    "Co-creation over time",
		PortfolioChange: "The portfolio from round to round",
		Rose:            "rose",
		Fell:            "fell",
		Stayed:          "stayed",
		NotComparable:   "not comparable",
		StayedLegend:    "Stayed: less than %s percentage points up or down. Not comparable: no overall percent in one of the rounds.",
		LargestMoves:    "Largest moves",
		OnlyOld:         "Only in %s",
		Projects:        "Projects",
		MatchedByPath:   "matched by path",
	},
	Sheet: SheetMessages{
		Overview:     "Overview",
		Items:        "Items",
		Gaps:         "Gaps",
		Answers:      "Answers",
		Cases:        "Cases",
		Summary:      "Summary",
		Rounds:       "Rounds",
		Projects:     "Projects",
		Rubric:       "Rubric",
		Title:        "Title",
		Score:        "Score",
		Percent:      "Percent",
		Level:        "Level",
		Coverage:     "Coverage",
		Item:         "Item",
		Status:       "Status",
		Spread:       "Spread",
		Respondents:  "Respondents",
		NA:           "Not relevant",
		DK:           "Don't know",
		Kind:         "Kind",
		Action:       "Next step",
		Respondent:   "Respondent",
		Actor:        "Actor",
		Date:         "Date",
		Notes:        "Notes",
		Overall:      "Overall",
		Project:      "Project",
		Owner:        "Owner",
		File:         "File",
		GapLine:      "Gap line",
		Chart:        "Percent by rubric",
		GapCount:     "Gaps",
		TopGap:       "Top gap",
		Error:        "Error",
		Mean:         "Mean",
		Median:       "Median",
		CasesScored:  "Cases scored",
		Failed:       "Files with errors",
		LevelCount:   "Cases at this level",
		Scored:       "Scored in",
		LowIn:        "Low in",
		Round:        "Round",
		Change:       "Change since previous",
		ChangeFirst:  "Change since first",
		OnlyIn:       "Only in one round",
		ScoreMeaning: "Score by respondent: the mean of the respondent's answers to the item's questions (0–4)",
		Opened:       "Opened",
		Closed:       "Closed",
		Before:       "Before",
		After:        "After",
		Points:       "Change (points)",
		Direction:    "Direction",
		GapState:     "Opened or closed",
		Parties:      "Parties",
	},
}

// For is the wording in lang; any language but English is Danish.
func For(lang checklist.Lang) *Messages {
	if lang == checklist.English {
		return &english
	}
	return &danish
}

// groupKeys maps the key tags of one group of Messages to the fields'
// indexes, for the few messages looked up by a name made at run time:
// template labels, counted phrases, status and gap names. A group's map
// is built when it is first asked for: a report looks up a few groups,
// and indexing every message cost `score` a noticeable part of its time.
func groupKeys(group string) map[string][]int {
	indexMu.Lock()
	defer indexMu.Unlock()
	if keys, ok := indexes[group]; ok {
		return keys
	}
	var keys map[string][]int
	if g, ok := reflect.TypeFor[Messages]().FieldByName(group); ok && g.Type.Kind() == reflect.Struct {
		keys = make(map[string][]int, g.Type.NumField())
		for j := range g.Type.NumField() {
			keys[g.Type.Field(j).Tag.Get("key")] = []int{g.Index[0], j}
		}
	}
	indexes[group] = keys
	return keys
}

var (
	indexMu sync.Mutex
	indexes = map[string]map[string][]int{}
)

// Lookup finds the message of group (a field of Messages, such as
// "Assess") with the key tag key, for wording chosen at run time.
func Lookup(lang checklist.Lang, group, key string) (string, bool) {
	at, ok := groupKeys(group)[key]
	if !ok {
		return "", false
	}
	return reflect.ValueOf(For(lang)).Elem().FieldByIndex(at).String(), true
}
