package catalog

// WorkshopMessages are the wording of `samskab workshop`: the pages the
// participants and the facilitator see, and the lines the terminal shows
// at start and close. The Danish speaks to the room: "I" (the partners at
// the meeting, or one phone's user as one of them) or no pronoun at all,
// never "du" (TestWorkshopDanishHasNoDu).
type WorkshopMessages struct {
	Title         string `key:"title"`
	OtherLang     string `key:"other-lang"` // the other language's name, in that language
	JoinHeading   string `key:"join-heading"`
	JoinIntro     string `key:"join-intro"`
	Code          string `key:"code"`
	CodeHint      string `key:"code-hint"`
	Name          string `key:"name"`
	NameHint      string `key:"name-hint"`
	Party         string `key:"party"`
	PartyHint     string `key:"party-hint"`
	PartyActors   string `key:"party-actors"`
	PartyKinds    string `key:"party-kinds"`
	JoinButton    string `key:"join-button"`
	WrongCode     string `key:"wrong-code"`
	TooManyTries  string `key:"too-many-tries"`
	BadName       string `key:"bad-name"`
	BadParty      string `key:"bad-party"`
	Participant   string `key:"participant"`  // a nameless respondent is this and a number
	PrincipleOf   string `key:"principle-of"` // "Princip %d af %d"
	QuestionOf    string `key:"question-of"`  // "Spørgsmål %d af %d"
	Back          string `key:"back"`
	Next          string `key:"next"`
	Finish        string `key:"finish"`
	DoneHeading   string `key:"done-heading"`
	DoneText      string `key:"done-text"`
	ChangeAnswers string `key:"change-answers"`
	AnsweredOf    string `key:"answered-of"` // answered, of all
	SeeResult     string `key:"see-result"`
	WaitResult    string `key:"wait-result"`
	Facilitator   string `key:"facilitator"`
	FacIntro      string `key:"fac-intro"`
	Joined        string `key:"joined"`
	Finished      string `key:"finished"`
	Progress      string `key:"progress"`
	NoOneYet      string `key:"no-one-yet"`
	ResponsesFile string `key:"responses-file"` // responses, file name
	Reveal        string `key:"reveal"`
	Revealed      string `key:"revealed"`
	ResultHeading string `key:"result-heading"`
	Overall       string `key:"overall"`
	Rubrics       string `key:"rubrics"`
	Rubric        string `key:"rubric"`
	Percent       string `key:"percent"`
	Level         string `key:"level"`
	Spreads       string `key:"spreads"`
	SpreadsIntro  string `key:"spreads-intro"`
	Spread        string `key:"spread"`
	Item          string `key:"item"`
	Score         string `key:"score"`
	ByParty       string `key:"by-party"`
	ByPartyIntro  string `key:"by-party-intro"`
	PartyCol      string `key:"party-col"`
	Respondents   string `key:"respondents"`
	PartyGaps     string `key:"party-gaps"`
	PartyGapText  string `key:"party-gap-text"` // item: low party score, high party score
	NoResult      string `key:"no-result"`
	NoParty       string `key:"no-party"`
	Closed        string `key:"closed"`
	Expired       string `key:"expired"`
	BadAnswer     string `key:"bad-answer"`
	SaveFailed    string `key:"save-failed"`
	TooLarge      string `key:"too-large"`
	Forbidden     string `key:"forbidden"`
	NotFound      string `key:"not-found"`
	Continue      string `key:"continue"`
	StartOver     string `key:"start-over"`

	// The terminal, for the facilitator.
	TermStart        string `key:"term-start"` // project, file
	TermParticipants string `key:"term-participants"`
	TermOr           string `key:"term-or"` // base URL, code
	TermFacilitator  string `key:"term-facilitator"`
	TermResumedOne   string `key:"term-resumed-one"`
	TermResumed      string `key:"term-resumed"`   // participants who can go on
	TermContinued    string `key:"term-continued"` // the same code, nobody to go on
	TermNewMeeting   string `key:"term-new-meeting"`
	TermStop         string `key:"term-stop"`
	TermClosedOne    string `key:"term-closed-one"` // file, responses
	TermClosed       string `key:"term-closed"`     // joined, file, responses
	TermReport       string `key:"term-report"`
}

var danishWorkshop = WorkshopMessages{
	Title:         "Samskabelse – workshop",
	OtherLang:     "English",
	JoinHeading:   "Vær med i workshoppen",
	JoinIntro:     "Svar på spørgsmålene om projektet ud fra egen erfaring. Alle svar samles i projektets fil på mødelederens computer – intet sendes ud på internettet.",
	Code:          "Mødekode",
	CodeHint:      "6 cifre – står på skærmen eller på tavlen.",
	Name:          "Navn (frivilligt)",
	NameHint:      "Uden navn står svarene under „Deltager“ og et nummer.",
	Party:         "Hvem svarer I for?",
	PartyHint:     "Vælg den part, I hører til.",
	PartyActors:   "Parter i projektet",
	PartyKinds:    "Eller en slags part",
	JoinButton:    "Start",
	WrongCode:     "Koden passer ikke. Prøv igen.",
	TooManyTries:  "For mange forkerte koder. Vent et minut, og prøv igen.",
	BadName:       "Navnet må højst have 80 tegn og ingen usynlige styretegn.",
	BadParty:      "Vælg en af parterne på listen.",
	Participant:   "Deltager",
	PrincipleOf:   "Princip %d af %d",
	QuestionOf:    "Spørgsmål %d af %d",
	Back:          "Tilbage",
	Next:          "Næste",
	Finish:        "Færdig",
	DoneHeading:   "Tak for svarene",
	DoneText:      "Svarene er gemt. De kan rettes, indtil mødet slutter.",
	ChangeAnswers: "Se eller ret svarene",
	AnsweredOf:    "%d af %d spørgsmål er besvaret.",
	SeeResult:     "Se det fælles resultat",
	WaitResult:    "Resultatet vises, når mødelederen viser det for alle.",
	Facilitator:   "Mødeleder",
	FacIntro:      "Her kan I følge, hvor langt hver part er nået. Ingen enkeltpersoners svar vises.",
	Joined:        "Med",
	Finished:      "Færdige",
	Progress:      "Besvaret",
	NoOneYet:      "Ingen er med endnu.",
	ResponsesFile: "%d besvarelser i %s i alt.",
	Reveal:        "Vis resultatet",
	Revealed:      "Resultatet er vist for alle.",
	ResultHeading: "Det fælles resultat",
	Overall:       "Samlet",
	Rubrics:       "Principsæt",
	Rubric:        "Principsæt",
	Percent:       "Procent",
	Level:         "Niveau",
	Spreads:       "Her er I mest uenige",
	SpreadsIntro:  "Spredning er forskellen mellem det højeste og det laveste svar (0–4).",
	Spread:        "Spredning",
	Item:          "Princip",
	Score:         "Score (0–4)",
	ByParty:       "Resultat for hver part",
	ByPartyIntro:  "Samme beregning, kun med svarene fra hver slags part.",
	PartyCol:      "Part",
	Respondents:   "Svarpersoner",
	PartyGaps:     "Her ser parterne forskelligt på projektet",
	PartyGapText:  "%s: %s %.1f, %s %.1f",
	NoResult:      "Der er ingen svar endnu.",
	NoParty:       "Ingen svar er knyttet til en part.",
	Closed:        "Mødet er slut.",
	Expired:       "I er ikke med i mødet (længere). Start forfra med mødekoden.",
	BadAnswer:     "Et svar var ikke gyldigt, så intet blev gemt.",
	SaveFailed:    "Svarene kunne ikke gemmes. Prøv igen.",
	TooLarge:      "For meget data.",
	Forbidden:     "Ikke tilladt.",
	NotFound:      "Siden findes ikke.",
	Continue:      "Fortsæt",
	StartOver:     "Start forfra",

	TermStart:        "Workshop for %s – svarene gemmes i %s",
	TermParticipants: "Deltagerne åbner %s",
	TermOr:           "eller %s og skriver koden %s",
	TermFacilitator:  "Mødelederens link (del det ikke med andre): %s",
	TermResumedOne:   "Mødet fortsætter, hvor det slap: samme kode, og 1 deltager kan svare videre.",
	TermResumed:      "Mødet fortsætter, hvor det slap: samme kode, og %d deltagere kan svare videre.",
	TermContinued:    "Mødet fortsætter, hvor det slap: samme kode.",
	TermNewMeeting:   "Et nyt møde med en ny kode startes i stedet med --new.",
	TermStop:         "Ctrl-C lukker mødet.",
	TermClosedOne:    "Mødet er lukket. 1 deltager svarede; svarene er i %s (%d besvarelser i alt).",
	TermClosed:       "Mødet er lukket. %d deltagere svarede; svarene er i %s (%d besvarelser i alt).",
	TermReport:       "Se rapporten: samskab score %s",
}

var englishWorkshop = WorkshopMessages{
	Title:         "Co-creation – workshop",
	OtherLang:     "Dansk",
	JoinHeading:   "Join the workshop",
	JoinIntro:     "Answer the questions about the project from your own experience. All answers are collected in the project's file on the facilitator's computer – nothing is sent to the internet.",
	Code:          "Meeting code",
	CodeHint:      "6 digits – shown on the screen or the board.",
	Name:          "Name (optional)",
	NameHint:      "Without a name, the answers are filed under “Participant” and a number.",
	Party:         "Who do you answer for?",
	PartyHint:     "Choose the party you belong to.",
	PartyActors:   "Parties in the project",
	PartyKinds:    "Or a kind of party",
	JoinButton:    "Start",
	WrongCode:     "The code does not match. Try again.",
	TooManyTries:  "Too many wrong codes. Wait a minute and try again.",
	BadName:       "The name can have at most 80 characters and no invisible control characters.",
	BadParty:      "Choose one of the parties in the list.",
	Participant:   "Participant",
	PrincipleOf:   "Principle %d of %d",
	QuestionOf:    "Question %d of %d",
	Back:          "Back",
	Next:          "Next",
	Finish:        "Finish",
	DoneHeading:   "Thank you for the answers",
	DoneText:      "The answers are saved. They can be changed until the meeting ends.",
	ChangeAnswers: "See or change the answers",
	AnsweredOf:    "%d of %d questions answered.",
	SeeResult:     "See the joint result",
	WaitResult:    "The result appears when the facilitator shows it to everyone.",
	Facilitator:   "Facilitator",
	FacIntro:      "Here you can follow how far each party has come. No individual's answers are shown.",
	Joined:        "Joined",
	Finished:      "Finished",
	Progress:      "Answered",
	NoOneYet:      "Nobody has joined yet.",
	ResponsesFile: "%d responses in %s in all.",
	Reveal:        "Show the result",
	Revealed:      "The result is shown to everyone.",
	ResultHeading: "The joint result",
	Overall:       "Overall",
	Rubrics:       "Rubrics",
	Rubric:        "Rubric",
	Percent:       "Percent",
	Level:         "Level",
	Spreads:       "Where you disagree most",
	SpreadsIntro:  "Spread is the difference between the highest and the lowest answer (0–4).",
	Spread:        "Spread",
	Item:          "Principle",
	Score:         "Score (0–4)",
	ByParty:       "Result for each party",
	ByPartyIntro:  "The same arithmetic, with only the answers of each kind of party.",
	PartyCol:      "Party",
	Respondents:   "Respondents",
	PartyGaps:     "Where the parties see the project differently",
	PartyGapText:  "%s: %s %.1f, %s %.1f",
	NoResult:      "There are no answers yet.",
	NoParty:       "No answer is linked to a party.",
	Closed:        "The meeting is over.",
	Expired:       "You are not in the meeting (any more). Start again with the meeting code.",
	BadAnswer:     "An answer was not valid, so nothing was saved.",
	SaveFailed:    "The answers could not be saved. Try again.",
	TooLarge:      "Too much data.",
	Forbidden:     "Not allowed.",
	NotFound:      "There is no such page.",
	Continue:      "Continue",
	StartOver:     "Start again",

	TermStart:        "Workshop for %s – answers are saved in %s",
	TermParticipants: "Participants open %s",
	TermOr:           "or %s and type the code %s",
	TermFacilitator:  "Facilitator's link (do not share it): %s",
	TermResumedOne:   "The meeting goes on where it stopped: the same code, and 1 participant can go on answering.",
	TermResumed:      "The meeting goes on where it stopped: the same code, and %d participants can go on answering.",
	TermContinued:    "The meeting goes on where it stopped: the same code.",
	TermNewMeeting:   "Use --new to start a new meeting with a new code instead.",
	TermStop:         "Ctrl-C closes the meeting.",
	TermClosedOne:    "The meeting is closed. 1 participant answered; the answers are in %s (%d responses in all).",
	TermClosed:       "The meeting is closed. %d participants answered; the answers are in %s (%d responses in all).",
	TermReport:       "See the report: samskab score %s",
}
