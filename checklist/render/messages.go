package render

import (
	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// msg is a report label by key; an unknown key is shown as it is.
func msg(lang checklist.Lang, key string) string {
	if s, ok := catalog.Lookup(lang, "Report", key); ok {
		return s
	}
	return key
}

// pmsg is a batch or compare label by key, else a report label.
func pmsg(lang checklist.Lang, key string) string {
	if s, ok := catalog.Lookup(lang, "Portfolio", key); ok {
		return s
	}
	return msg(lang, key)
}

// cmsg is a label of the check views by key.
func cmsg(lang checklist.Lang, key string) string {
	s, _ := catalog.Lookup(lang, "Check", key)
	return s
}

// doc is a phrase of the rubric documentation by key.
func doc(lang checklist.Lang, key string) string {
	s, _ := catalog.Lookup(lang, "Doc", key)
	return s
}

// levelName is the display name of a level.
func levelName(l checklist.Level, lang checklist.Lang) string {
	s, _ := catalog.Lookup(lang, "Level", string(l))
	return s
}

// StatusName is the display name of an item status.
func StatusName(s checklist.Status, lang checklist.Lang) string { return msg(lang, string(s)) }

// GapKindName is the display name of a gap kind.
func GapKindName(k checklist.GapKind, lang checklist.Lang) string { return msg(lang, "gap-"+string(k)) }
