package render

import "github.com/samskab/samskab/checklist"

// sheetText is the wording of the workbooks, one field per label, so a
// missing translation is an empty field a test catches, not a blank cell.
// Sheet names stay within Excel's 31 characters.
type sheetText struct {
	Overview, Items, Gaps, Answers, Cases, Summary, Rounds, Projects string

	Rubric, Title, Score, Percent, Level, Coverage, Item, Status, Spread          string
	Respondents, NA, DK, Kind, Action, Respondent, Actor, Date, Notes, Overall    string
	Project, Owner, File, GapLine, Chart, Gaps1, TopGap, Error, Mean, Median      string
	Cases1, Failed, LevelCount, Scored, LowIn, Round, Change, ChangeFirst, OnlyIn string
	ScoreMeaning                                                                  string
	Opened, Closed, Before, After, Points, Direction, GapState                    string
}

var sheetTexts = map[checklist.Lang]*sheetText{
	checklist.Danish: {
		Overview: "Overblik", Items: "Punkter", Gaps: "Mangler", Answers: "Svar", Cases: "Sager",
		Summary: "Sammenfatning", Rounds: "Runder", Projects: "Projekter",
		Rubric: "Rubrik", Title: "Titel", Score: "Score", Percent: "Procent", Level: "Niveau",
		Coverage: "Dækning", Item: "Punkt", Status: "Status", Spread: "Spredning",
		Respondents: "Respondenter", NA: "Ikke relevant", DK: "Ved ikke", Kind: "Type", Action: "Gør dette",
		Respondent: "Respondent", Actor: "Aktør", Date: "Dato", Notes: "Noter", Overall: "Samlet",
		Project: "Projekt", Owner: "Ejer", File: "Fil", GapLine: "Mangelgrænse", Chart: "Rubrikkernes procent",
		Gaps1: "Mangler", TopGap: "Vigtigste mangel", Error: "Fejl", Mean: "Gennemsnit", Median: "Median",
		Cases1: "Sager scoret", Failed: "Filer med fejl", LevelCount: "Sager på niveauet", Scored: "Scoret i",
		LowIn: "Lav i", Round: "Runde", Change: "Ændring siden forrige", ChangeFirst: "Ændring siden første",
		OnlyIn: "Kun i én runde", Opened: "Ny", Closed: "Lukket", Before: "Før", After: "Efter",
		Points: "Ændring (procentpoint)", Direction: "Retning", GapState: "Ny eller lukket",
		ScoreMeaning: "Score pr. respondent: gennemsnittet af respondentens svar på punktets spørgsmål (0–4)",
	},
	checklist.English: {
		Overview: "Overview", Items: "Items", Gaps: "Gaps", Answers: "Answers", Cases: "Cases",
		Summary: "Summary", Rounds: "Rounds", Projects: "Projects",
		Rubric: "Rubric", Title: "Title", Score: "Score", Percent: "Percent", Level: "Level",
		Coverage: "Coverage", Item: "Item", Status: "Status", Spread: "Spread",
		Respondents: "Respondents", NA: "Not relevant", DK: "Don't know", Kind: "Kind", Action: "Next step",
		Respondent: "Respondent", Actor: "Actor", Date: "Date", Notes: "Notes", Overall: "Overall",
		Project: "Project", Owner: "Owner", File: "File", GapLine: "Gap line", Chart: "Percent by rubric",
		Gaps1: "Gaps", TopGap: "Top gap", Error: "Error", Mean: "Mean", Median: "Median",
		Cases1: "Cases scored", Failed: "Files with errors", LevelCount: "Cases at this level", Scored: "Scored in",
		LowIn: "Low in", Round: "Round", Change: "Change since previous", ChangeFirst: "Change since first",
		OnlyIn: "Only in one round", Opened: "Opened", Closed: "Closed", Before: "Before", After: "After",
		Points: "Change (points)", Direction: "Direction", GapState: "Opened or closed",
		ScoreMeaning: "Score by respondent: the mean of the respondent's answers to the item's questions (0–4)",
	},
}

func textsFor(lang checklist.Lang) *sheetText {
	if t, ok := sheetTexts[lang]; ok {
		return t
	}
	return sheetTexts[checklist.English]
}
