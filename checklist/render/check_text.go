package render

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// checkText is the terminal and CI-log view: one line per threshold, then
// the items behind each failure with what to do about them.
type checkText struct{ o Options }

func (v checkText) Render(w io.Writer, r *gate.CheckResult) error {
	ew := &errWriter{w: w}
	lang := v.o.Lang
	if failed := r.Failed(); failed > 0 {
		fmt.Fprintf(ew, "%s: %s\n\n", checklist.TerminalSafe(r.Report.File), fmt.Sprintf(catalog.For(lang).Check.SummaryFail, failed, len(r.Thresholds)))
	} else {
		fmt.Fprintf(ew, "%s: %s\n\n", checklist.TerminalSafe(r.Report.File), fmt.Sprintf(catalog.For(lang).Check.SummaryPass, len(r.Thresholds), len(r.Thresholds)))
	}
	v.thresholdLines(ew, r)
	shown := map[*gate.ItemCheck]bool{}
	for _, t := range r.Thresholds {
		if !t.Passed {
			v.failure(ew, r, t, shown)
		}
	}
	return ew.err
}

func (v checkText) thresholdLines(w io.Writer, r *gate.CheckResult) {
	lang := v.o.Lang
	var labels, actuals, requireds []string
	for _, t := range r.Thresholds {
		labels = append(labels, thresholdLabel(t, lang))
		actuals = append(actuals, actualText(t, lang))
		requireds = append(requireds, requiredText(t, lang))
	}
	lw, aw, rw := widest(labels), widest(actuals), widest(requireds)
	for i, t := range r.Thresholds {
		status := v.o.paint(green, catalog.For(lang).Check.Pass)
		if !t.Passed {
			status = v.o.paint(red, catalog.For(lang).Check.Fail)
		}
		fmt.Fprintf(w, "%s  %s  %s  %s  (%s)\n", padRight(status, 4), padRight(labels[i], lw),
			padLeft(actuals[i], aw), padRight(requireds[i], rw), sourceText(t, v.o))
	}
}

// failure lists the items behind a failed threshold. An item's next step
// is shown the first time it appears only.
func (v checkText) failure(w io.Writer, r *gate.CheckResult, t *gate.ThresholdResult, shown map[*gate.ItemCheck]bool) {
	lang := v.o.Lang
	if len(t.Items) == 0 {
		return
	}
	var heading string
	switch t.Kind {
	case gate.ThresholdCoverage:
		heading = catalog.For(lang).Check.ListUncovered
	case gate.ThresholdDisagreement:
		heading = catalog.For(lang).Check.ListDisagreement
	default:
		heading = fmt.Sprintf(catalog.For(lang).Check.ListBelow, limitText(t.Required, lang))
	}
	fmt.Fprintf(w, "\n%s %s – %s\n", v.o.paint(red, catalog.For(lang).Check.Fail), thresholdLabel(t, lang), heading)
	var ids, values []string
	for _, it := range t.Items {
		ids = append(ids, it.Item.Item.ID)
		values = append(values, itemValue(it, t, lang))
	}
	iw, vw := widest(ids), widest(values)
	indent := strings.Repeat(" ", 2+iw+2)
	for i, it := range t.Items {
		fmt.Fprintf(w, "  %s  %s  %s\n", padRight(ids[i], iw), padLeft(values[i], vw), checklist.OneLine(itemTitle(it.Item.Item, lang)))
		fmt.Fprintf(w, "%s%s:%d:%d\n", indent, checklist.TerminalSafe(r.Report.File), it.Line, it.Col)
		if shown[it] {
			continue
		}
		shown[it] = true
		for j, line := range wrap(catalog.For(lang).Report.Action+": "+it.Item.Item.Action.In(lang), 72) {
			if j == 0 {
				fmt.Fprintf(w, "%s→ %s\n", indent, line)
			} else {
				fmt.Fprintf(w, "%s  %s\n", indent, line)
			}
		}
	}
}

// itemValue is the number that puts an item on a failure's list.
func itemValue(it *gate.ItemCheck, t *gate.ThresholdResult, lang checklist.Lang) string {
	switch t.Kind {
	case gate.ThresholdCoverage:
		return StatusName(it.Item.Status, lang)
	case gate.ThresholdDisagreement:
		return scoreText(it.Item.Spread, lang)
	}
	return pctText(it.Item.Percent, lang)
}

func widest(ss []string) int {
	n := 0
	for _, s := range ss {
		n = max(n, utf8.RuneCountInString(s))
	}
	return n
}

// padRight pads s, which may carry colour codes, to width visible runes.
func padRight(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-visibleLen(s)))
}

func padLeft(s string, width int) string {
	return strings.Repeat(" ", max(0, width-utf8.RuneCountInString(s))) + s
}

// visibleLen counts runes outside ANSI colour sequences.
func visibleLen(s string) int {
	n, inEsc := 0, false
	for _, r := range s {
		switch {
		case r == '\x1b':
			inEsc = true
		case inEsc && r == 'm':
			inEsc = false
		case !inEsc:
			n++
		}
	}
	return n
}
