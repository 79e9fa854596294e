package checklist

import "strings"

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

// has reports whether the text exists in lang; blank text does not count.
func (t Text) has(lang Lang) bool {
	if lang == Danish {
		return strings.TrimSpace(t.DA) != ""
	}
	return strings.TrimSpace(t.EN) != ""
}
