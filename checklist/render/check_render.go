package render

import (
	"fmt"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// thresholdLabel names a threshold: "Overall", "Rubric cok", ...
func thresholdLabel(t *gate.ThresholdResult, lang checklist.Lang) string {
	if t.Kind == gate.ThresholdRubric {
		return fmt.Sprintf(catalog.For(lang).Check.ThRubric, t.Rubric)
	}
	return cmsg(lang, "th-"+string(t.Kind))
}

// sourceText says where a threshold's required value came from.
func sourceText(t *gate.ThresholdResult, o Options) string {
	lang := o.Lang
	switch t.Source {
	case gate.SourceTargets:
		return fmt.Sprintf(catalog.For(lang).Check.SrcTargets, t.Line)
	case gate.SourceFlag:
		return o.Flags[t.Kind]
	}
	return catalog.For(lang).Check.SrcDefault
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
		return fmt.Sprintf(catalog.For(lang).Check.Under, decimal(t.Required, 2, lang))
	}
	return fmt.Sprintf(catalog.For(lang).Check.AtLeast, limitText(t.Required, lang))
}

// limitText is a required percent as people write it: 60 %, 62,5 %.
func limitText(v float64, lang checklist.Lang) string {
	s := decimal(v, 1, lang)
	s = strings.TrimSuffix(strings.TrimSuffix(s, ".0"), ",0")
	return s + " %"
}

// thresholdSentence is one threshold in a line: "Overall 55.2 %, required
// at least 60 % (targets, line 31)".
func thresholdSentence(t *gate.ThresholdResult, o Options) string {
	lang := o.Lang
	return fmt.Sprintf("%s %s, %s (%s)", thresholdLabel(t, lang), actualText(t, lang),
		requiredText(t, lang), sourceText(t, o))
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
	return itemReasons(it, lang) + ". " + catalog.For(lang).Report.Action + ": " + checklist.OneLine(it.Item.Item.Action.In(lang))
}

// itemLead is what an item's answers add up to, as the start of a reason.
func itemLead(it *gate.ItemCheck, lang checklist.Lang) string {
	switch it.Item.Status {
	case checklist.StatusScored:
		return fmt.Sprintf(catalog.For(lang).Check.LeadScored, pctText(it.Item.Percent, lang))
	case checklist.StatusUnknown:
		return catalog.For(lang).Check.LeadUnknown
	}
	return catalog.For(lang).Check.LeadUnanswered
}

func itemClause(it *gate.ItemCheck, t *gate.ThresholdResult, lang checklist.Lang) string {
	req, actual := limitText(t.Required, lang), pctText(t.Actual, lang)
	switch t.Kind {
	case gate.ThresholdOverall:
		return fmt.Sprintf(catalog.For(lang).Check.WhyOverall, req, actual)
	case gate.ThresholdRubric:
		return fmt.Sprintf(catalog.For(lang).Check.WhyRubric, req, t.Rubric, t.Rubric, actual)
	case gate.ThresholdItem:
		return fmt.Sprintf(catalog.For(lang).Check.WhyItem, req)
	case gate.ThresholdCoverage:
		return fmt.Sprintf(catalog.For(lang).Check.WhyCoverage, actual, req)
	case gate.ThresholdDisagreement:
		return fmt.Sprintf(catalog.For(lang).Check.WhyDisagreement, scoreText(it.Item.Spread, lang), decimal(t.Required, 2, lang))
	}
	return ""
}

// itemName is an item's id and title, for headings and annotation titles.
func itemName(it *gate.ItemCheck, lang checklist.Lang) string {
	return it.Item.Item.ID + " " + checklist.OneLine(itemTitle(it.Item.Item, lang))
}
