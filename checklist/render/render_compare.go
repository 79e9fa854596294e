package render

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// deltaText formats a change in percentage points with its sign: "+13.1",
// "-2.1", "0.0"; a dash when undefined.
func deltaText(n checklist.Num, lang checklist.Lang) string {
	if !n.OK {
		return "–"
	}
	v := checklist.Round(n.V, 1)
	switch {
	case v > 0:
		return "+" + decimal(v, 1, lang)
	case v < 0:
		return decimal(v, 1, lang)
	}
	return decimal(0, 1, lang)
}

// stateText is an item's percent in one round, or why it has none.
func stateText(pct checklist.Num, status checklist.Status, lang checklist.Lang) string {
	switch {
	case status == "":
		return catalog.For(lang).Portfolio.OutOfScope
	case status != checklist.StatusScored:
		return StatusName(status, lang)
	}
	return pctText(pct, lang)
}

// fromTo is "42.1 % → 55.2 % (+13.1)".
func fromTo(ch checklist.Change, lang checklist.Lang) string {
	return fmt.Sprintf("%s → %s (%s)", pctText(ch.Old, lang), pctText(ch.New, lang), deltaText(ch.Delta, lang))
}

// roundsLine names the two files and their respondents.
func roundsLine(c *checklist.Comparison, lang checklist.Lang) string {
	return fmt.Sprintf("%s: %s (%s) · %s: %s (%s)",
		catalog.For(lang).Portfolio.Before, c.Old.File, respondentCount(len(c.Old.Respondents), lang),
		catalog.For(lang).Portfolio.After, c.New.File, respondentCount(len(c.New.Respondents), lang))
}

func respondentCount(n int, lang checklist.Lang) string {
	if n == 1 {
		return "1 " + catalog.For(lang).Report.Respondent
	}
	return fmt.Sprintf("%d %s", n, catalog.For(lang).Report.Respondents)
}

// namesText lists respondent names, or says there are none.
func namesText(names []string, lang checklist.Lang) string {
	if len(names) == 0 {
		return catalog.For(lang).Portfolio.None
	}
	return strings.Join(names, ", ")
}

// gapChangeLine names an opened or closed gap, for the human views.
func gapChangeLine(g checklist.GapChange, lang checklist.Lang) string {
	return fmt.Sprintf("[%s] %s %s", GapKindName(g.Kind, lang), g.Item.ID, itemTitle(g.Item, lang))
}

// itemFromTo is an item's state before and after: "43.8 % → 50.0 %
// (+6.2)", or with a status where it was not scored.
func itemFromTo(ic checklist.ItemChange, lang checklist.Lang) string {
	return fmt.Sprintf("%s → %s (%s)", stateText(ic.Old, ic.OldStatus, lang), stateText(ic.New, ic.NewStatus, lang),
		deltaText(ic.Delta, lang))
}

// capitalize upper-cases the first letter, for a label that starts a
// sentence.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
