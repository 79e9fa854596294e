package render

import (
	"fmt"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
)

// checkMessages are the fixed wording of the check views.
var checkMessages = map[string]checklist.Text{
	"pass":              {DA: "OK", EN: "PASS"},
	"fail":              {DA: "FEJL", EN: "FAIL"},
	"th-overall":        {DA: "Samlet", EN: "Overall"},
	"th-rubric":         {DA: "Rubrik %s", EN: "Rubric %s"},
	"th-item":           {DA: "Laveste punkt", EN: "Lowest item"},
	"th-coverage":       {DA: "Dækning", EN: "Coverage"},
	"th-disagreement":   {DA: "Største spredning", EN: "Widest spread"},
	"at-least":          {DA: "krævet mindst %s", EN: "required at least %s"},
	"under":             {DA: "krævet under %s", EN: "required below %s"},
	"src-default":       {DA: "standard", EN: "default"},
	"src-targets":       {DA: "targets, linje %d", EN: "targets, line %d"},
	"summary-fail":      {DA: "%d af %d krav er ikke opfyldt", EN: "%d of %d thresholds not met"},
	"summary-pass":      {DA: "%d af %d krav er opfyldt", EN: "%d of %d thresholds met"},
	"list-below":        {DA: "punkter under %s, mest at hente først", EN: "items below %s, most to gain first"},
	"list-uncovered":    {DA: "punkter uden score", EN: "items without a score"},
	"list-disagreement": {DA: "punkter, som respondenterne er uenige om, størst spredning først", EN: "items respondents disagree on, widest spread first"},
	"lead-scored":       {DA: "Scorer %s", EN: "Scores %s"},
	"lead-unknown":      {DA: "Ingen kunne svare (ved ikke)", EN: "Nobody could answer it (don't know)"},
	"lead-unanswered":   {DA: "Ikke besvaret endnu", EN: "Not answered yet"},
	"why-overall":       {DA: "under det samlede mål på %s (samlet %s)", EN: "below the overall target of %s (overall %s)"},
	"why-rubric":        {DA: "under målet på %s for %s (%s %s)", EN: "below the target of %s for %s (%s %s)"},
	"why-item":          {DA: "under kravet om mindst %s for hvert punkt", EN: "below the minimum of %s for every item"},
	"why-coverage":      {DA: "dækningen er %s, under målet på %s", EN: "coverage is %s, below the target of %s"},
	"why-disagreement": {DA: "respondenternes scorer ligger %s fra hinanden (%s eller mere fejler)",
		EN: "respondents' scores lie %s apart (%s or more fails)"},
	"title-overall": {DA: "samskab: det samlede mål er ikke nået", EN: "samskab: overall target not met"},
	"title-rubric":  {DA: "samskab: målet for %s er ikke nået", EN: "samskab: target for %s not met"},
	"rule-rubric":   {DA: "samskab: en rubrik er under sit mål", EN: "samskab: a rubric below its target"},
	"help-overall": {DA: "Hæv de punkter, der scorer under målet; dem med mest at hente står først.",
		EN: "Raise the items that score below the target; those with most to gain come first."},
	"help-rubric": {DA: "Hæv rubrikkens punkter, der scorer under målet; dem med mest at hente står først.",
		EN: "Raise the rubric's items that score below the target; those with most to gain come first."},
}

func cmsg(lang checklist.Lang, key string) string { return checkMessages[key].In(lang) }

// flagNames are the command-line flags behind each kind of threshold.
var flagNames = map[gate.ThresholdKind]string{
	gate.ThresholdOverall: "--min", gate.ThresholdRubric: "--min-rubric", gate.ThresholdItem: "--min-item",
	gate.ThresholdCoverage: "--min-coverage", gate.ThresholdDisagreement: "--fail-on-disagreement",
}

// thresholdLabel names a threshold: "Overall", "Rubric cok", ...
func thresholdLabel(t *gate.ThresholdResult, lang checklist.Lang) string {
	if t.Kind == gate.ThresholdRubric {
		return fmt.Sprintf(cmsg(lang, "th-rubric"), t.Rubric)
	}
	return cmsg(lang, "th-"+string(t.Kind))
}

// sourceText says where a threshold's required value came from.
func sourceText(t *gate.ThresholdResult, lang checklist.Lang) string {
	switch t.Source {
	case gate.SourceTargets:
		return fmt.Sprintf(cmsg(lang, "src-targets"), t.Line)
	case gate.SourceFlag:
		return flagNames[t.Kind]
	}
	return cmsg(lang, "src-default")
}

// actualText and requiredText format the two sides of a threshold.
func actualText(t *gate.ThresholdResult, lang checklist.Lang) string {
	if t.Kind == gate.ThresholdDisagreement {
		return scoreText(t.Actual, lang)
	}
	return pctText(t.Actual, lang)
}

func requiredText(t *gate.ThresholdResult, lang checklist.Lang) string {
	if t.Kind == gate.ThresholdDisagreement {
		return fmt.Sprintf(cmsg(lang, "under"), decimal(t.Required, 2, lang))
	}
	return fmt.Sprintf(cmsg(lang, "at-least"), limitText(t.Required, lang))
}

// limitText is a required percent as people write it: 60 %, 62,5 %.
func limitText(v float64, lang checklist.Lang) string {
	s := decimal(v, 1, lang)
	s = strings.TrimSuffix(strings.TrimSuffix(s, ".0"), ",0")
	return s + " %"
}

// thresholdSentence is one threshold in a line: "Overall 55.2 %, required
// at least 60 % (targets, line 31)".
func thresholdSentence(t *gate.ThresholdResult, lang checklist.Lang) string {
	return fmt.Sprintf("%s %s, %s (%s)", thresholdLabel(t, lang), actualText(t, lang),
		requiredText(t, lang), sourceText(t, lang))
}

// itemReason says why an item breaks a failed threshold: "Scores 31.3 %:
// below the overall target of 60 % (overall 55.2 %)".
func itemReason(it *gate.ItemCheck, t *gate.ThresholdResult, lang checklist.Lang) string {
	return itemLead(it, lang) + ": " + itemClause(it, t, lang)
}

// itemReasons is every reason an item fails, in one sentence.
func itemReasons(it *gate.ItemCheck, lang checklist.Lang) string {
	clauses := make([]string, len(it.Broken))
	for i, t := range it.Broken {
		clauses[i] = itemClause(it, t, lang)
	}
	return itemLead(it, lang) + ": " + strings.Join(clauses, "; ")
}

// itemMessage is every reason an item fails, then what to do about it.
func itemMessage(it *gate.ItemCheck, lang checklist.Lang) string {
	return itemReasons(it, lang) + ". " + msg(lang, "action") + ": " + checklist.OneLine(it.Item.Item.Action.In(lang))
}

// itemLead is what an item's answers add up to, as the start of a reason.
func itemLead(it *gate.ItemCheck, lang checklist.Lang) string {
	switch it.Item.Status {
	case checklist.StatusScored:
		return fmt.Sprintf(cmsg(lang, "lead-scored"), pctText(it.Item.Percent, lang))
	case checklist.StatusUnknown:
		return cmsg(lang, "lead-unknown")
	}
	return cmsg(lang, "lead-unanswered")
}

func itemClause(it *gate.ItemCheck, t *gate.ThresholdResult, lang checklist.Lang) string {
	req, actual := limitText(t.Required, lang), pctText(t.Actual, lang)
	switch t.Kind {
	case gate.ThresholdOverall:
		return fmt.Sprintf(cmsg(lang, "why-overall"), req, actual)
	case gate.ThresholdRubric:
		return fmt.Sprintf(cmsg(lang, "why-rubric"), req, t.Rubric, t.Rubric, actual)
	case gate.ThresholdItem:
		return fmt.Sprintf(cmsg(lang, "why-item"), req)
	case gate.ThresholdCoverage:
		return fmt.Sprintf(cmsg(lang, "why-coverage"), actual, req)
	case gate.ThresholdDisagreement:
		return fmt.Sprintf(cmsg(lang, "why-disagreement"), scoreText(it.Item.Spread, lang), decimal(t.Required, 2, lang))
	}
	return ""
}

// itemName is an item's id and title, for headings and annotation titles.
func itemName(it *gate.ItemCheck, lang checklist.Lang) string {
	return it.Item.Item.ID + " " + checklist.OneLine(itemTitle(it.Item.Item, lang))
}
