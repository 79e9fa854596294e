package prompt

import (
	"fmt"

	"github.com/samskab/samskab/checklist"
)

// assessText is the wording of the questionnaire in both languages.
var assessText = map[string]checklist.Text{
	"progress": {DA: "Spørgsmål %d af %d", EN: "Question %d of %d"},
	"scale":    {DA: "Svarskala", EN: "Answer scale"},
	"how": {
		DA: "Skriv et svar pr. linje: 0–4, na eller dk. En tom linje springer spørgsmålet over, < går et spørgsmål tilbage.",
		EN: "Type one answer per line: 0–4, na or dk. An empty line skips the question, < goes back one question.",
	},
	"how-notes": {
		DA: "Efter hvert svar kan du skrive en note på næste linje (tom linje: ingen note).",
		EN: "After each answer you can type a note on the next line (empty line: no note).",
	},
	"answer":  {DA: "Svar: ", EN: "Answer: "},
	"note":    {DA: "Note (valgfri): ", EN: "Note (optional): "},
	"current": {DA: "Nuværende svar: %s. En tom linje beholder det.", EN: "Current answer: %s. An empty line keeps it."},
	"invalid": {
		DA: "%q er ikke et svar. Skriv 0, 1, 2, 3 eller 4, na (ikke relevant), dk (ved ikke), < for at gå tilbage, eller en tom linje for at springe over.",
		EN: "%q is not an answer. Type 0, 1, 2, 3 or 4, na (not relevant), dk (don't know), < to go back, or an empty line to skip.",
	},
	"first":      {DA: "Det er det første spørgsmål; der er intet at gå tilbage til.", EN: "This is the first question; there is nothing to go back to."},
	"skip":       {DA: "Spring over", EN: "Skip"},
	"keep":       {DA: "Behold svaret", EN: "Keep the answer"},
	"back":       {DA: "← Tilbage til forrige spørgsmål", EN: "← Back to the previous question"},
	"note-title": {DA: "Note (valgfri)", EN: "Note (optional)"},
	"skipped":    {DA: "sprunget over", EN: "skipped"},
	"required":   {DA: "skal udfyldes", EN: "required"},
	"project":    {DA: "Projektets navn", EN: "Project name"},
	"owner":      {DA: "Projektejer (valgfri)", EN: "Project owner (optional)"},
	"respondent": {
		DA: "Dit navn og din rolle, fx Mette (projektleder) – så kan du fortsætte senere",
		EN: "Your name and role, e.g. Mette (project lead) – so you can resume later",
	},
	"actor":    {DA: "Hvilken part svarer du for?", EN: "Which party do you answer for?"},
	"no-actor": {DA: "Ingen bestemt part", EN: "No particular party"},
	"start": {
		DA: "%s: %d spørgsmål. Hvert svar gemmes med det samme i %s.",
		EN: "%s: %d questions. Each answer is saved straight away in %s.",
	},
	"resume": {
		DA: "Fortsætter besvarelsen fra %s i %s ved spørgsmål %d af %d.",
		EN: "Resuming the response of %s in %s at question %d of %d.",
	},
	"complete": {
		DA: "Alle %d spørgsmål er allerede besvaret af %s i %s.",
		EN: "All %d questions are already answered by %s in %s.",
	},
	"done": {DA: "Færdig. Alle svar er gemt i %s.", EN: "Done. Every answer is saved in %s."},
	"stopped": {
		DA: "Stoppet ved spørgsmål %d af %d. Alle svar indtil nu er gemt i %s.",
		EN: "Stopped at question %d of %d. Every answer so far is saved in %s.",
	},
	"nothing": {
		DA: "Stoppet før første svar; intet er skrevet.",
		EN: "Stopped before the first answer; nothing was written.",
	},
	"resume-with": {DA: "Fortsæt senere med: %s", EN: "Resume with: %s"},
	"anonymous": {
		DA: "Besvarelsen har intet navn, så den kan ikke genoptages med --respondent; giv den et navn under `respondent:` i %s først.",
		EN: "The response has no name, so it cannot be resumed with --respondent; give it one under `respondent:` in %s first.",
	},
}

// Message is the questionnaire's wording for key in lang, formatted with
// args.
func Message(lang checklist.Lang, key string, args ...any) string {
	t, ok := assessText[key]
	if !ok {
		return key
	}
	if len(args) == 0 {
		return t.In(lang)
	}
	return fmt.Sprintf(t.In(lang), args...)
}

// answerLabel is an answer for display: "3 – Mostly agree".
func answerLabel(v checklist.AnswerValue, lang checklist.Lang) string {
	text := v.Text()
	for _, s := range checklist.ScaleLabels {
		if s.Value == text {
			return text + " – " + s.Label.In(lang)
		}
	}
	return Message(lang, "skipped")
}
