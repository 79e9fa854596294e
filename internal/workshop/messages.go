package workshop

import (
	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// messages is every text the workshop pages show, one field per message,
// so a language without a message is a test failure, not a blank page.
type messages struct {
	Lang          string
	Title         string
	OtherLang     string // the name of the other language, in that language
	OtherLangCode string
	JoinHeading   string
	JoinIntro     string
	Code          string
	CodeHint      string
	Name          string
	NameHint      string
	Party         string
	PartyHint     string
	PartyActors   string
	PartyKinds    string
	JoinButton    string
	WrongCode     string
	TooManyTries  string
	BadName       string
	BadParty      string
	Participant   string // "Deltager", the start of a name given to who gives none
	PrincipleOf   string // "Princip %d af %d"
	QuestionOf    string // "Spørgsmål %d af %d"
	Back          string
	Next          string
	Finish        string
	Scale         string
	NotAnswered   string
	DoneHeading   string
	DoneText      string
	ChangeAnswers string
	AnsweredOf    string // "Du har svaret på %d af %d spørgsmål."
	SeeResult     string
	WaitResult    string
	Facilitator   string
	FacIntro      string
	Joined        string
	Finished      string
	Progress      string
	NoOneYet      string
	ResponsesFile string // "%d besvarelser i %s"
	Reveal        string
	Revealed      string
	ResultHeading string
	Overall       string
	Rubrics       string
	Rubric        string
	Percent       string
	Level         string
	Spreads       string
	SpreadsIntro  string
	Spread        string
	Item          string
	Score         string
	ByParty       string
	ByPartyIntro  string
	PartyCol      string
	Respondents   string
	PartyGaps     string
	PartyGapText  string // "%s: %s %.1f, %s %.1f"
	NoResult      string
	NoParty       string
	Closed        string
	Expired       string
	BadAnswer     string
	SaveFailed    string
	TooLarge      string
	Forbidden     string
	NotFound      string
	Continue      string
	Skip          string
	StartOver     string
}

var msgs = map[checklist.Lang]*messages{
	checklist.Danish: {
		Lang: "da", Title: "Samskabelse – workshop", OtherLang: "English", OtherLangCode: "en",
		JoinHeading: "Vær med i workshoppen",
		JoinIntro:   "Svar på spørgsmålene om projektet fra din egen erfaring. Dine svar samles med de andres i projektets fil på mødelederens computer – intet sendes ud på internettet.",
		Code:        "Mødekode", CodeHint: "6 cifre – står på skærmen eller på tavlen.",
		Name: "Dit navn (frivilligt)", NameHint: "Skriv intet, så hedder du bare „Deltager“ og et nummer.",
		Party: "Hvem svarer du for?", PartyHint: "Vælg den part, du er med som.",
		PartyActors: "Parter i projektet", PartyKinds: "Eller en slags part",
		JoinButton: "Start", WrongCode: "Koden passer ikke. Prøv igen.",
		TooManyTries: "For mange forkerte koder. Vent et minut, og prøv igen.",
		BadName:      "Navnet må højst have 80 tegn og ingen styretegn.",
		BadParty:     "Vælg en af parterne på listen.",
		Participant:  "Deltager",
		PrincipleOf:  "Princip %d af %d", QuestionOf: "Spørgsmål %d af %d",
		Back: "Tilbage", Next: "Næste", Finish: "Færdig",
		Scale: "Hvor enig er du?", NotAnswered: "Ikke besvaret",
		DoneHeading: "Tak for dine svar", DoneText: "Dine svar er gemt. Du kan ændre dem, indtil mødet slutter.",
		ChangeAnswers: "Se eller ret dine svar", AnsweredOf: "Du har svaret på %d af %d spørgsmål.",
		SeeResult: "Se det fælles resultat", WaitResult: "Resultatet vises, når mødelederen viser det for alle.",
		Facilitator: "Mødeleder", FacIntro: "Her ser du, hvor langt hver part er. Ingen enkeltpersoners svar vises.",
		Joined: "Med", Finished: "Færdige", Progress: "Besvaret", NoOneYet: "Ingen er med endnu.",
		ResponsesFile: "%d besvarelser i %s i alt.",
		Reveal:        "Vis resultatet", Revealed: "Resultatet er vist for alle.",
		ResultHeading: "Det fælles resultat", Overall: "Samlet", Rubrics: "Principsæt", Rubric: "Principsæt",
		Percent: "Procent", Level: "Niveau",
		Spreads: "Her er I mest uenige", SpreadsIntro: "Spredning er forskellen mellem det højeste og det laveste svar (0–4).",
		Spread: "Spredning", Item: "Princip", Score: "Score (0–4)",
		ByParty: "Resultat for hver part", ByPartyIntro: "Samme beregning, kun med svarene fra hver slags part.",
		PartyCol: "Part", Respondents: "Svarpersoner",
		PartyGaps: "Her ser parterne forskelligt på projektet", PartyGapText: "%s: %s %.1f, %s %.1f",
		NoResult: "Der er ingen svar endnu.", NoParty: "Ingen svar er knyttet til en part.",
		Closed: "Mødet er slut.", Expired: "Du er ikke med i mødet (længere). Start forfra med koden.",
		BadAnswer: "Et svar var ikke gyldigt, så intet blev gemt.", SaveFailed: "Svarene kunne ikke gemmes. Prøv igen.",
		TooLarge: "For meget data.", Forbidden: "Ikke tilladt.", NotFound: "Siden findes ikke.",
		Continue: "Fortsæt", Skip: "Spring over", StartOver: "Start forfra",
	},
	checklist.English: {
		Lang: "en", Title: "Co-creation – workshop", OtherLang: "Dansk", OtherLangCode: "da",
		JoinHeading: "Join the workshop",
		JoinIntro:   "Answer the questions about the project from your own experience. Your answers are merged with the others' in the project's file on the facilitator's computer – nothing is sent to the internet.",
		Code:        "Meeting code", CodeHint: "6 digits – shown on the screen or the board.",
		Name: "Your name (optional)", NameHint: "Leave it empty and you are just “Participant” and a number.",
		Party: "Who do you answer for?", PartyHint: "Choose the party you take part as.",
		PartyActors: "Parties in the project", PartyKinds: "Or a kind of party",
		JoinButton: "Start", WrongCode: "The code does not match. Try again.",
		TooManyTries: "Too many wrong codes. Wait a minute and try again.",
		BadName:      "The name can have at most 80 characters and no control characters.",
		BadParty:     "Choose one of the parties in the list.",
		Participant:  "Participant",
		PrincipleOf:  "Principle %d of %d", QuestionOf: "Question %d of %d",
		Back: "Back", Next: "Next", Finish: "Finish",
		Scale: "How much do you agree?", NotAnswered: "Not answered",
		DoneHeading: "Thank you for your answers", DoneText: "Your answers are saved. You can change them until the meeting ends.",
		ChangeAnswers: "See or change your answers", AnsweredOf: "You have answered %d of %d questions.",
		SeeResult: "See the joint result", WaitResult: "The result appears when the facilitator shows it to everyone.",
		Facilitator: "Facilitator", FacIntro: "This shows how far each party has come. No individual's answers are shown.",
		Joined: "Joined", Finished: "Finished", Progress: "Answered", NoOneYet: "Nobody has joined yet.",
		ResponsesFile: "%d responses in %s in all.",
		Reveal:        "Show the result", Revealed: "The result is shown to everyone.",
		ResultHeading: "The joint result", Overall: "Overall", Rubrics: "Rubrics", Rubric: "Rubric",
		Percent: "Percent", Level: "Level",
		Spreads: "Where you disagree most", SpreadsIntro: "Spread is the difference between the highest and the lowest answer (0–4).",
		Spread: "Spread", Item: "Principle", Score: "Score (0–4)",
		ByParty: "Result for each party", ByPartyIntro: "The same arithmetic, with only the answers of each kind of party.",
		PartyCol: "Party", Respondents: "Respondents",
		PartyGaps: "Where the parties see the project differently", PartyGapText: "%s: %s %.1f, %s %.1f",
		NoResult: "There are no answers yet.", NoParty: "No answer is linked to a party.",
		Closed: "The meeting is over.", Expired: "You are not in the meeting (any more). Start again with the code.",
		BadAnswer: "An answer was not valid, so nothing was saved.", SaveFailed: "The answers could not be saved. Try again.",
		TooLarge: "Too much data.", Forbidden: "Not allowed.", NotFound: "There is no such page.",
		Continue: "Continue", Skip: "Skip", StartOver: "Start again",
	},
}

// kindName is an actor kind's name from the catalog's Kind group (plural:
// the party is a group of respondents), or the kind itself if unknown.
func kindName(kind string, lang checklist.Lang) string {
	if name, ok := catalog.Lookup(lang, "Kind", kind); ok {
		return name
	}
	return kind
}
