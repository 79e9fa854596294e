package checklist

import (
	"strings"
	"unicode/utf8"
)

// Lang is a report language. Only Danish and English are supported.
type Lang string

const (
	Danish  Lang = "da"
	English Lang = "en"
)

// ParseLang accepts "da" or "en".
func ParseLang(s string) (Lang, bool) {
	switch Lang(s) {
	case Danish, English:
		return Lang(s), true
	}
	return "", false
}

// LangFromEnv is the language of the environment: SAMSKAB_LANG, else
// Danish when the locale (LC_ALL, else LANG) is Danish, else English.
// getenv is os.Getenv or a test's stand-in.
func LangFromEnv(getenv func(string) string) Lang {
	if getenv == nil {
		return English
	}
	if l, ok := ParseLang(getenv("SAMSKAB_LANG")); ok {
		return l
	}
	for _, key := range []string{"LC_ALL", "LANG"} {
		if v := getenv(key); v != "" {
			if strings.HasPrefix(v, "da") {
				return Danish
			}
			return English
		}
	}
	return English
}

// Text is a piece of rubric content in both languages. A rubric may declare
// only one language; In falls back to the other so output is never empty.
type Text struct {
	DA string `json:"da"`
	EN string `json:"en"`
}

// In returns the text in lang, or in the other language if lang is missing.
func (t Text) In(lang Lang) string {
	if lang == English && t.EN != "" || t.DA == "" {
		return t.EN
	}
	return t.DA
}

// Has reports whether the text exists in lang; blank text does not count.
func (t Text) Has(lang Lang) bool {
	if lang == Danish {
		return strings.TrimSpace(t.DA) != ""
	}
	return strings.TrimSpace(t.EN) != ""
}

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

// Clip shortens s to n runes, marking the cut with an ellipsis.
func Clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// OneLine joins the words of s with single spaces, so text from a file
// cannot break a one-line layout.
func OneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// EditDistance is the Levenshtein distance between a and b in runes: how
// many runes must be inserted, deleted or replaced to turn one into the
// other. It serves "did you mean" suggestions; callers cap the length of
// what they pass, as its time grows with the product of the lengths.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
