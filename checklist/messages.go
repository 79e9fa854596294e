package checklist

// Fixed wording of the reports, in both languages. Rubric content is data
// in the rubric files; only the report's own labels live here.
var messages = map[string]Text{
	"overall":          {DA: "Samlet", EN: "Overall"},
	"coverage":         {DA: "Dækning", EN: "Coverage"},
	"respondents":      {DA: "respondenter", EN: "respondents"},
	"respondent":       {DA: "respondent", EN: "respondent"},
	"rubric":           {DA: "Rubrik", EN: "Rubric"},
	"rubrics":          {DA: "Rubrikker", EN: "Rubrics"},
	"item":             {DA: "Punkt", EN: "Item"},
	"principle":        {DA: "Princip", EN: "Principle"},
	"title":            {DA: "Titel", EN: "Title"},
	"score":            {DA: "Score", EN: "Score"},
	"percent":          {DA: "Procent", EN: "Percent"},
	"level":            {DA: "Niveau", EN: "Level"},
	"status":           {DA: "Status", EN: "Status"},
	"spread":           {DA: "Spredning", EN: "Spread"},
	"themes":           {DA: "Temaer", EN: "Themes"},
	"theme":            {DA: "Tema", EN: "Theme"},
	"gaps":             {DA: "Mangler – det I bør arbejde med først", EN: "Gaps – what to work on first"},
	"no-gaps":          {DA: "Ingen mangler under grænsen på %s.", EN: "No gaps below the line of %s."},
	"action":           {DA: "Gør dette", EN: "Next step"},
	"not-scored":       {DA: "ikke scoret", EN: "not scored"},
	"items":            {DA: "Punkter", EN: "Items"},
	"version":          {DA: "Version", EN: "Version"},
	"publisher":        {DA: "Udgiver", EN: "Publisher"},
	"source":           {DA: "Kilde", EN: "Source"},
	"verified":         {DA: "kilde verificeret", EN: "source verified"},
	"unverified":       {DA: "kilde ikke verificeret", EN: "source not verified"},
	"questions":        {DA: "Spørgsmål", EN: "Questions"},
	"summary":          {DA: "Resumé", EN: "Summary"},
	"id":               {DA: "ID", EN: "ID"},
	"notes":            {DA: "Noter", EN: "Notes"},
	"scale":            {DA: "Svarskala", EN: "Answer scale"},
	"gap-line":         {DA: "Mangelgrænse", EN: "Gap line"},
	"scored":           {DA: "scoret", EN: "scored"},
	"not-relevant":     {DA: "ikke relevant", EN: "not relevant"},
	"unknown":          {DA: "ved ikke", EN: "don't know"},
	"unanswered":       {DA: "ubesvaret", EN: "unanswered"},
	"gap-low":          {DA: "lav", EN: "low"},
	"gap-disagreement": {DA: "uenighed", EN: "disagreement"},
	"gap-unknown":      {DA: "ved ikke", EN: "don't know"},
	"gap-unanswered":   {DA: "ubesvaret", EN: "unanswered"},
}

// msg returns a report label in lang.
func msg(lang Lang, key string) string {
	t, ok := messages[key]
	if !ok {
		return key
	}
	return t.In(lang)
}

// StatusName is the display name of an item status.
func StatusName(s Status, lang Lang) string { return msg(lang, string(s)) }

// GapKindName is the display name of a gap kind.
func GapKindName(k GapKind, lang Lang) string { return msg(lang, "gap-"+string(k)) }

// ScaleLabels are the answer scale's labels (DESIGN.md §3), highest first.
var ScaleLabels = []struct {
	Value string
	Label Text
}{
	{"4", Text{DA: "Helt enig", EN: "Strongly agree"}},
	{"3", Text{DA: "Overvejende enig", EN: "Mostly agree"}},
	{"2", Text{DA: "Hverken enig eller uenig", EN: "Neither agree nor disagree"}},
	{"1", Text{DA: "Overvejende uenig", EN: "Mostly disagree"}},
	{"0", Text{DA: "Helt uenig", EN: "Strongly disagree"}},
	{"na", Text{DA: "Ikke relevant", EN: "Not relevant"}},
	{"dk", Text{DA: "Ved ikke", EN: "Don't know"}},
}
