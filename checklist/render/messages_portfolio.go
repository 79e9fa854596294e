package render

import "github.com/samskab/samskab/checklist"

// Labels of the batch and compare views, in both languages. They live
// apart from the score report's labels in messages.go.
var portfolioMessages = map[string]checklist.Text{
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
	// the HTML portfolio page
	"portfolio-kicker": {DA: "Samskabelsesportefølje", EN: "Co-creation portfolio"},
	"portfolio-of":     {DA: "Portefølje med %d sager", EN: "Portfolio of %d cases"},
	"portfolio-of-one": {DA: "Portefølje med 1 sag", EN: "Portfolio of 1 case"},
	"overall-mean":     {DA: "Samlet, gennemsnit", EN: "Overall, mean"},
	"median":           {DA: "Median", EN: "Median"},
	"not-scored-files": {DA: "Ikke scoret", EN: "Not scored"},
	"heat-title":       {DA: "Punkternes procent i hver sag", EN: "Item percents by case"},
	"heat-legend": {DA: "Hver celle er punktets procent i sagen, afrundet til hele procent og farvet efter niveauet for den præcise værdi (den står i cellens værktøjstip). – betyder, at punktet ikke er scoret (ikke relevant, ved ikke eller ubesvaret); en tom, grå celle, at punktets rubrik ikke er med i sagen. Nederste række er porteføljens gennemsnit over de sager, der har scoret punktet.",
		EN: "Each cell is the item's percent in the case, rounded to a whole percent and shaded by the level of the exact value (shown in the cell's tooltip). – means the item was not scored (not relevant, don't know or unanswered); an empty grey cell, that the item's rubric is not in the case's scope. The bottom row is the portfolio mean over the cases that scored the item."},
	"portfolio-mean": {DA: "Porteføljens gennemsnit", EN: "Portfolio mean"},
	"portfolio-method": {DA: "Gennemsnit og median er taget over sagernes samlede procent; en sag uden samlet procent indgår ikke. Hver sag er scoret for sig, præcis som samskab score ville score den.",
		EN: "The mean and median are taken over the cases' overall percents; a case without an overall percent does not count. Each case is scored on its own, exactly as samskab score would score it."},
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
func pmsg(lang checklist.Lang, key string) string {
	if t, ok := portfolioMessages[key]; ok {
		return t.In(lang)
	}
	return msg(lang, key)
}
