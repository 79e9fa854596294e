package render

import (
	"math"
	"strconv"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// decimal formats v with a fixed number of decimals, using a decimal comma
// in Danish. Only human-facing formats use it; JSON and CSV stay
// locale-free.
func decimal(v float64, decimals int, lang checklist.Lang) string {
	s := strconv.FormatFloat(checklist.Round(v, decimals), 'f', decimals, 64)
	if lang == checklist.Danish {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// pctText formats a percent for people: "61.5 %" or "61,5 %"; a dash when
// undefined.
func pctText(n checklist.Num, lang checklist.Lang) string {
	if !n.OK {
		return "–"
	}
	return decimal(n.V, 1, lang) + " %"
}

// scoreText formats a 0–4 score for people, with two decimals.
func scoreText(n checklist.Num, lang checklist.Lang) string {
	if !n.OK {
		return "–"
	}
	return decimal(n.V, 2, lang)
}

// fractionPct formats a 0–1 fraction as a whole percent.
func fractionPct(f float64, lang checklist.Lang) string {
	return decimal(f*100, 0, lang) + " %"
}

// bar draws a percent as a bar of width cells, using eighth blocks so small
// differences still show.
func bar(n checklist.Num, width int) string {
	if !n.OK {
		return strings.Repeat("·", width)
	}
	eighths := int(math.Round(n.V / 100 * float64(width*8)))
	eighths = max(0, min(eighths, width*8))
	full, part := eighths/8, eighths%8
	var b strings.Builder
	b.WriteString(strings.Repeat("█", full))
	if part > 0 {
		b.WriteRune([]rune("▏▎▍▌▋▊▉")[part-1])
		full++
	}
	b.WriteString(strings.Repeat("░", width-full))
	return b.String()
}

// jsonNum formats a number for JSON and CSV: rounded, locale-free, always
// with a decimal point so consumers see a float.
func jsonNum(v float64, decimals int) string {
	s := strconv.FormatFloat(checklist.Round(v, decimals), 'f', -1, 64)
	if !strings.ContainsAny(s, ".eE") {
		s += ".0"
	}
	return s
}

// wrap breaks text into lines of at most width runes, for indented prose
// under a table.
func wrap(s string, width int) []string {
	var lines []string
	var cur []string
	n := 0
	for _, word := range strings.Fields(s) {
		wl := len([]rune(word))
		if n > 0 && n+1+wl > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, n = nil, 0
		}
		if n > 0 {
			n++
		}
		cur = append(cur, word)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines
}
