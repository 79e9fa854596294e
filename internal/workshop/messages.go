package workshop

import (
	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// messages is the pages' wording, the catalog's Workshop group.
type messages = catalog.WorkshopMessages

// wording is the pages' wording in lang.
func wording(lang checklist.Lang) *messages { return &catalog.For(lang).Workshop }

// otherLang is the language the pages link to.
func otherLang(lang checklist.Lang) checklist.Lang {
	if lang == checklist.English {
		return checklist.Danish
	}
	return checklist.English
}

// kindName is an actor kind's name from the catalog's Kind group (plural:
// the party is a group of respondents), or the kind itself if unknown.
func kindName(kind string, lang checklist.Lang) string {
	if name, ok := catalog.Lookup(lang, "Kind", kind); ok {
		return name
	}
	return kind
}
