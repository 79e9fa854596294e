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
	"audience":         {DA: "Hvem svarer", EN: "Who answers"},
	"audience-lead":    {DA: "projektledelse", EN: "project lead"},
	"audience-partner": {DA: "partnere", EN: "partners"},
	"audience-citizen": {DA: "borgere/frivillige", EN: "citizens/volunteers"},
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

	// The HTML report.
	"report-title":      {DA: "Samskabelsesrapport", EN: "Co-creation report"},
	"overview":          {DA: "Overblik", EN: "Overview"},
	"about":             {DA: "Om rapporten", EN: "About this report"},
	"respondents-title": {DA: "Respondenter", EN: "Respondents"},
	"respondent-n":      {DA: "Respondent %d", EN: "Respondent %d"},
	"name":              {DA: "Navn", EN: "Name"},
	"actor":             {DA: "Aktør", EN: "Actor"},
	"date":              {DA: "Dato", EN: "Date"},
	"sources":           {DA: "Kilder", EN: "Sources"},
	"levels":            {DA: "Niveauer", EN: "Levels"},
	"items-caption":     {DA: "Punkter og score", EN: "Items and scores"},
	"by-respondent": {DA: "Svar pr. respondent: gennemsnittet af hver respondents svar på punktets spørgsmål (0–4)",
		EN: "Answers by respondent: the mean of each respondent's answers to the item's questions (0–4)"},
	"chart-themes": {DA: "Temaer på tværs af rubrikkerne", EN: "Themes across the rubrics"},
	"chart-themes-desc": {DA: "Radardiagram over %d temaer. Hver akse er et tema, og afstanden fra midten er temaets procent (0–100 %%). Den stiplede ring er mangelgrænsen.",
		EN: "Radar chart of %d themes. Each axis is a theme, and the distance from the centre is the theme's percent (0–100 %%). The dashed ring is the gap line."},
	"chart-rubric-desc": {DA: "Radardiagram over de %[2]d punkter i %[1]s. Hver akse er et punkt, og afstanden fra midten er punktets procent (0–100 %%). Den stiplede ring er mangelgrænsen.",
		EN: "Radar chart of the %[2]d items in %[1]s. Each axis is an item, and the distance from the centre is the item's percent (0–100 %%). The dashed ring is the gap line."},
	"method": {DA: "Hvert punkt har spørgsmål, der besvares fra 0 (helt uenig) til 4 (helt enig). En respondents score for et punkt er gennemsnittet af vedkommendes svar, og punktets score er gennemsnittet over respondenterne; spredningen er forskellen mellem den højeste og den laveste. En rubriks procent er det vægtede gennemsnit af dens punkter, og den samlede procent er gennemsnittet af rubrikkerne. Svarene »ikke relevant« og »ved ikke« indgår ikke i scoren.",
		EN: "Each item has questions answered from 0 (strongly disagree) to 4 (strongly agree). A respondent's score for an item is the mean of their answers, and the item's score is the mean over the respondents; the spread is the difference between the highest and the lowest. A rubric's percent is the weighted mean of its items, and the overall percent is the mean of the rubrics. Answers of \"not relevant\" and \"don't know\" do not count towards the score."},
	"chart-legend": {DA: "Stiplet ring: mangelgrænsen, %s", EN: "Dashed ring: the gap line, %s"},
	"made-with":    {DA: "Lavet med samskab.", EN: "Made with samskab."},
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
