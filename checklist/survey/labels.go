package survey

import (
	"regexp"
	"strings"
	"sync"
)

// scale is the answer scale of DESIGN.md §3 in both languages, with the
// short forms a case file uses.
var scale = []struct {
	kind   Kind
	score  int
	da, en string
}{
	{Scored, 4, "Helt enig", "Strongly agree"},
	{Scored, 3, "Overvejende enig", "Mostly agree"},
	{Scored, 2, "Hverken enig eller uenig", "Neither agree nor disagree"},
	{Scored, 1, "Overvejende uenig", "Mostly disagree"},
	{Scored, 0, "Helt uenig", "Strongly disagree"},
	{NotRelevant, 0, "Ikke relevant", "Not relevant"},
	{DontKnow, 0, "Ved ikke", "Don't know"},
}

var labels = sync.OnceValue(func() map[string]Answer {
	m := map[string]Answer{"na": {Kind: NotRelevant}, "dk": {Kind: DontKnow}}
	for _, s := range scale {
		a := Answer{Kind: s.kind, Score: s.score}
		m[normalize(s.da)] = a
		m[normalize(s.en)] = a
	}
	for d := 0; d <= 4; d++ {
		m[string(rune('0'+d))] = Answer{Kind: Scored, Score: d}
	}
	return m
})

// numbered is a label with its number in front or behind, as some forms
// write the choices: "4 - Helt enig", "Helt enig (4)".
var numbered = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([0-4])\s*[-–.:)]?\s*(.+)$|^(.+?)\s*\(([0-4])\)$`)
})

// parseAnswer reads one answer cell by its label in either language, a
// digit 0–4, or na/dk.
func parseAnswer(text string) (Answer, bool) {
	if a, ok := labels()[normalize(text)]; ok && normalize(text) != "" {
		return a, true
	}
	m := numbered().FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return Answer{}, false
	}
	digit, label := m[1]+m[4], m[2]+m[3]
	a, ok := labels()[normalize(label)]
	if !ok || a.Kind != Scored || string(rune('0'+a.Score)) != digit {
		return Answer{}, false
	}
	return a, true
}

// labelList is the scale for an error message: the Danish labels; the
// message says that the English ones are accepted too.
func labelList() string {
	da := make([]string, len(scale))
	for i, s := range scale {
		da[i] = s.da
	}
	return strings.Join(da, ", ")
}
