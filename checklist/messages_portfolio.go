package checklist

// Labels of the batch and compare views, in both languages. They live
// apart from the score report's labels in messages.go.
var portfolioMessages = map[string]Text{
	"file":            {DA: "Fil", EN: "File"},
	"project":         {DA: "Projekt", EN: "Project"},
	"owner":           {DA: "Ejer", EN: "Owner"},
	"resp-short":      {DA: "Resp.", EN: "Resp."},
	"gaps-short":      {DA: "Mangler", EN: "Gaps"},
	"top-gap":         {DA: "Vigtigste mangel", EN: "Top gap"},
	"portfolio":       {DA: "Portefølje", EN: "Portfolio"},
	"summary":         {DA: "Sammenfatning", EN: "Summary"},
	"cases-scored":    {DA: "%d sager scoret", EN: "%d cases scored"},
	"case-scored":     {DA: "1 sag scoret", EN: "1 case scored"},
	"files-failed":    {DA: "%d filer kunne ikke scores", EN: "%d files could not be scored"},
	"file-failed":     {DA: "1 fil kunne ikke scores", EN: "1 file could not be scored"},
	"mean-median":     {DA: "gennemsnit %s, median %s", EN: "mean %s, median %s"},
	"per-level":       {DA: "Sager pr. niveau", EN: "Cases per level"},
	"no-overall":      {DA: "uden samlet score", EN: "without an overall score"},
	"weakest":         {DA: "Principper, svageste først", EN: "Principles, weakest first"},
	"cases":           {DA: "Sager", EN: "Cases"},
	"mean":            {DA: "Gennemsnit", EN: "Mean"},
	"low-in":          {DA: "Lav i", EN: "Low in"},
	"low-in-legend":   {DA: "Sager: antal sager, hvor punktet er scoret. Lav i: antal sager, hvor det scorer under mangelgrænsen på %s.", EN: "Cases: the number of cases that scored the item. Low in: the number of cases where it scores below the gap line of %s."},
	"not-scored-list": {DA: "Kunne ikke scores", EN: "Could not be scored"},
	"more-problems":   {DA: "(og %d problemer mere)", EN: "(and %d more problems)"},
	"more-problem":    {DA: "(og 1 problem mere)", EN: "(and 1 more problem)"},
	// compare
	"before":            {DA: "Før", EN: "Before"},
	"after":             {DA: "Efter", EN: "After"},
	"change":            {DA: "Ændring", EN: "Change"},
	"change-unit":       {DA: "Ændringer er i procentpoint.", EN: "Changes are in percentage points."},
	"respondents-title": {DA: "Respondenter", EN: "Respondents"},
	"added":             {DA: "nye", EN: "added"},
	"gone":              {DA: "ikke længere med", EN: "gone"},
	"gaps-opened":       {DA: "Nye mangler", EN: "New gaps"},
	"gaps-closed":       {DA: "Lukkede mangler", EN: "Closed gaps"},
	"none":              {DA: "ingen", EN: "none"},
	"items-title":       {DA: "Punkter", EN: "Items"},
	"out-of-scope":      {DA: "ikke med", EN: "not in scope"},
}

// pmsg returns a batch or compare label in lang.
func pmsg(lang Lang, key string) string {
	if t, ok := portfolioMessages[key]; ok {
		return t.In(lang)
	}
	return msg(lang, key)
}
