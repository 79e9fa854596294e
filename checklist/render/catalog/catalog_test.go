package catalog

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/samskab/samskab/checklist"
)

// TestCatalogsAreComplete walks both catalogs field by field: a message
// missing in one language fails here, not as a blank in a report.
func TestCatalogsAreComplete(t *testing.T) {
	for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
		walkMessages(t, reflect.ValueOf(*For(lang)), string(lang))
	}
	if reflect.DeepEqual(danish, english) {
		t.Error("the Danish and English catalogs are the same")
	}
}

func walkMessages(t *testing.T, v reflect.Value, path string) {
	t.Helper()
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if f.Type.Kind() == reflect.String && f.Tag.Get("key") == "" {
				t.Errorf("%s.%s has no key tag", path, f.Name)
			}
			walkMessages(t, v.Field(i), path+"."+f.Name)
		}
	case reflect.String:
		if v.String() == "" {
			t.Errorf("%s is empty", path)
		}
	default:
		t.Errorf("%s is a %s; a catalog holds only strings and groups of them", path, v.Kind())
	}
}

func TestLookup(t *testing.T) {
	if s, ok := Lookup(checklist.English, "Level", "embedded"); !ok || s != "Embedded" {
		t.Errorf("Lookup(en, Level, embedded) = %q, %v", s, ok)
	}
	if s, ok := Lookup(checklist.Danish, "Assess", "progress"); !ok || s != For(checklist.Danish).Assess.Progress {
		t.Errorf("Lookup(da, Assess, progress) = %q, %v", s, ok)
	}
	if _, ok := Lookup(checklist.Danish, "Report", "no-such-key"); ok {
		t.Error("an unknown key was found")
	}
}

// TestAudienceNames: the rubric views name each audience by looking up
// "audience-<name>", so every audience needs a message in both languages.
func TestAudienceNames(t *testing.T) {
	for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
		for _, a := range checklist.Audiences {
			if s, ok := Lookup(lang, "Report", "audience-"+string(a)); !ok || s == "" {
				t.Errorf("%s: no name for the audience %s", lang, a)
			}
		}
	}
}

// TestWorkshopDanishHasNoDu: the workshop speaks to a room of partners,
// so its Danish says "I" or no pronoun, never the singular "du" in any
// form.
// TestDanishHasNoDu: the Danish wording addresses its readers as "I" or
// without a pronoun, never as "du" (a meeting has many readers, and a
// report is read by a group).
func TestDanishHasNoDu(t *testing.T) {
	var walk func(v reflect.Value, path string)
	walk = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.Pointer:
			walk(v.Elem(), path)
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		case reflect.String:
			if w := singularYou(v.String()); w != "" {
				t.Errorf("%s says %q: %q", path, w, v.String())
			}
		}
	}
	walk(reflect.ValueOf(For(checklist.Danish)), "Messages")
}

// singularYou is the first word of s that is a form of "du", or "".
func singularYou(s string) string {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(w) {
		case "du", "dig", "din", "dit", "dine":
			return w
		}
	}
	return ""
}

func TestSingularYou(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Hvor enig er du?", "du"},
		{"Tak for dine svar", "dine"},
		{"Dit navn", "Dit"},
		{"(hold linket for dig selv)", "dig"},
		{"Svar ud fra din erfaring.", "din"},
		{"Hvem svarer I for?", ""},
		{"Vælg dato, du-form undgås", "du"},
		{"Dukke, dinosaur, ditto, digt, dueslag", ""},
	} {
		if got := singularYou(tc.in); got != tc.want {
			t.Errorf("singularYou(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
