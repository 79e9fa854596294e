package render

import (
	"reflect"

	"github.com/samskab/samskab/checklist"
)

// catalog is the wording of every view in lang (catalog.go).
func catalog(lang checklist.Lang) *Messages {
	if lang == checklist.English {
		return &english
	}
	return &danish
}

// keyIndex maps each group of Messages and each key tag in it to the
// field's index, for the few messages looked up by a name made at run
// time: template labels, counted phrases, status and gap names.
var keyIndex = func() map[string]map[string][]int {
	idx := map[string]map[string][]int{}
	t := reflect.TypeFor[Messages]()
	for i := range t.NumField() {
		g := t.Field(i)
		keys := map[string][]int{}
		for j := range g.Type.NumField() {
			keys[g.Type.Field(j).Tag.Get("key")] = []int{i, j}
		}
		idx[g.Name] = keys
	}
	return idx
}()

// message finds the message of group with the key tag key.
func message(lang checklist.Lang, group, key string) (string, bool) {
	at, ok := keyIndex[group][key]
	if !ok {
		return "", false
	}
	return reflect.ValueOf(catalog(lang)).Elem().FieldByIndex(at).String(), true
}

// msg is a report label by key; an unknown key is shown as it is.
func msg(lang checklist.Lang, key string) string {
	if s, ok := message(lang, "Report", key); ok {
		return s
	}
	return key
}

// pmsg is a batch or compare label by key, else a report label.
func pmsg(lang checklist.Lang, key string) string {
	if s, ok := message(lang, "Portfolio", key); ok {
		return s
	}
	return msg(lang, key)
}

// cmsg is a label of the check views by key.
func cmsg(lang checklist.Lang, key string) string {
	s, _ := message(lang, "Check", key)
	return s
}

// doc is a phrase of the rubric documentation by key.
func doc(lang checklist.Lang, key string) string {
	s, _ := message(lang, "Doc", key)
	return s
}

// levelName is the display name of a level.
func levelName(l checklist.Level, lang checklist.Lang) string {
	s, _ := message(lang, "Level", string(l))
	return s
}

// StatusName is the display name of an item status.
func StatusName(s checklist.Status, lang checklist.Lang) string { return msg(lang, string(s)) }

// GapKindName is the display name of a gap kind.
func GapKindName(k checklist.GapKind, lang checklist.Lang) string { return msg(lang, "gap-"+string(k)) }
