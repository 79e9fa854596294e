package checklist

// Labels of the rounds and portfolio-change views, in both languages.
var roundsMessages = map[string]Text{
	"rounds":         {DA: "Runder", EN: "Rounds"},
	"round":          {DA: "Runde", EN: "Round"},
	"trend":          {DA: "Forløb", EN: "Trend"},
	"since-previous": {DA: "Siden forrige", EN: "Since previous"},
	"since-first":    {DA: "Siden første", EN: "Since first"},
	"since-text":     {DA: "%s siden forrige, %s siden første", EN: "%s since previous, %s since first"},
	"last-two":       {DA: "mellem runde %d og %d", EN: "between rounds %d and %d"},
	"trend-unit":     {DA: "Forløbet viser hver runde på skalaen 0–100 %: ▁ under 12,5 %, █ fra 87,5 %; · betyder ikke scoret.", EN: "The trend shows each round on the 0–100 % scale: ▁ below 12.5 %, █ from 87.5 %; · means not scored."},
	"chart-rounds":   {DA: "Udviklingen over runderne", EN: "Change over the rounds"},
	"chart-rounds-desc": {DA: "Linjediagram over %d runder: samlet procent og hver rubriks procent (0–100 %%) i hver runde. Tallene står i tabellen nedenfor.",
		EN: "Line chart of %d rounds: the overall percent and each rubric's percent (0–100 %%) in every round. The numbers are in the table below."},
	"rounds-kicker":    {DA: "Samskabelse over tid", EN: "Co-creation over time"},
	"portfolio-change": {DA: "Porteføljen fra runde til runde", EN: "The portfolio from round to round"},
	"rose":             {DA: "steg", EN: "rose"},
	"fell":             {DA: "faldt", EN: "fell"},
	"stayed":           {DA: "uændret", EN: "stayed"},
	"not-comparable":   {DA: "kan ikke sammenlignes", EN: "not comparable"},
	"stayed-legend":    {DA: "Uændret: under %s procentpoint op eller ned. Kan ikke sammenlignes: uden samlet procent i en af runderne.", EN: "Stayed: less than %s percentage points up or down. Not comparable: no overall percent in one of the rounds."},
	"largest-moves":    {DA: "Største bevægelser", EN: "Largest moves"},
	"only-old":         {DA: "Kun i %s", EN: "Only in %s"},
	"projects":         {DA: "Projekter", EN: "Projects"},
	"matched-by-path":  {DA: "parret efter sti", EN: "matched by path"},
}

// rmsg returns a rounds label in lang, falling back to the batch and
// compare labels.
func rmsg(lang Lang, key string) string {
	if t, ok := roundsMessages[key]; ok {
		return t.In(lang)
	}
	return pmsg(lang, key)
}
