package yamlfile_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
	"github.com/samskab/samskab/internal/oserr"
)

// Every error internal/oserr names has its message in both languages.
func TestOSErrorsHaveMessages(t *testing.T) {
	for _, key := range oserr.Keys() {
		for _, lang := range []checklist.Lang{checklist.Danish, checklist.English} {
			if s, ok := catalog.Lookup(lang, "Problems", key); !ok || s == "" {
				t.Errorf("%s: no message for %s", lang, key)
			}
		}
	}
}

// brokenCases are case files with many problems of different kinds.
var brokenCases = []string{
	"",
	"# only a comment\n",
	"- a\n- b\n",
	"samskab: 2\nproject: [x]\nrubrics: cok\nresponses: {}\n",
	"meta: {}\n",
	"samskab: 1\nprojekt: {name: X}\nproject: {name: \"\", ownr: Y}\nactors: [{id: a, kind: kommunal}, {id: a}, {name: N}]\n" +
		"responses:\n  - actor: b\n    date: 2026-02-30\n    answers: {cok-01.q1: 7, cok-01.q2: 1.5, cok-01: 2, zz: 1, cok-02.q1: \"2\", cok-02.q2: {note: x}, cok-03.q1: 0x2}\n",
	"samskab: 1\nproject:\n  name: X\nresponses:\n  - answers:\n      cok-01.q1: 2\n     cok-01.q2: 3\n",
	"samskab: 1\nproject: {name: \"X}\n",
	"samskab: 1\nproject: @x\n",
	"samskab: 1\nproject: *nope\n",
	"samskab: 1\nproject: {name: X}\nresponses: []\n---\nsamskab: 1\n",
	"samskab-rubric: 1\nid: x\n",
}

// A Danish reader finds the same problems at the same places as an English
// one, and words every one of them differently: none is left in English.
func TestReaderWordsProblemsInDanish(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	for _, src := range brokenCases {
		_, enErr := yamlfile.ParseCase("case.yaml", []byte(src), cat)
		_, daErr := yamlfile.In(checklist.Danish).ParseCase("case.yaml", []byte(src), cat)
		en, da := checklist.AsProblems(enErr, ""), checklist.AsProblems(daErr, "")
		if len(en) == 0 || len(en) != len(da) {
			t.Errorf("%q: %d problems in English, %d in Danish", src, len(en), len(da))
			continue
		}
		for i := range en {
			if en[i].Line != da[i].Line || en[i].Col != da[i].Col || en[i].Msg == da[i].Msg {
				t.Errorf("%q: problem %d is\n  %s in English and\n  %s in Danish", src, i, en[i], da[i])
			}
		}
	}
}

// The YAML reader's syntax errors are Danish in Danish, and unchanged in
// English; one the catalog does not know keeps its text after the lead.
func TestYAMLSyntaxErrors(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	for _, tt := range []struct{ src, en, da string }{
		{"samskab: 1\nproject: {name: \"X}\n", "2:1: YAML syntax error: found unexpected end of stream",
			"2:1: YAML-syntaksfejl: filen slutter midt i en værdi"},
		{"samskab: 1\nproject: @x\n", "2:1: YAML syntax error: found character that cannot start any token",
			"2:1: YAML-syntaksfejl: fandt et tegn, som en værdi ikke kan begynde med"},
		{"samskab: 1\nproject: *nope\n", "YAML syntax error: unknown anchor 'nope' referenced",
			"YAML-syntaksfejl: henvisning til ankeret 'nope', som ikke findes"},
		{"samskab: 1\nrubrics: [cok\n", "1:1: YAML syntax error: did not find expected ',' or ']'",
			"1:1: YAML-syntaksfejl: forventede ',' eller ']'"},
		{"samskab: 1\nresponses: a: b\n", "2:1: YAML syntax error: mapping values are not allowed in this context",
			"2:1: YAML-syntaksfejl: et kolon med en værdi efter (navn: værdi) kan ikke stå her"},
	} {
		_, enErr := yamlfile.ParseCase("c.yaml", []byte(tt.src), cat)
		_, daErr := yamlfile.In(checklist.Danish).ParseCase("c.yaml", []byte(tt.src), cat)
		if enErr == nil || !strings.Contains(enErr.Error(), tt.en) {
			t.Errorf("%q in English: %v, want %q", tt.src, enErr, tt.en)
		}
		if daErr == nil || !strings.Contains(daErr.Error(), tt.da) {
			t.Errorf("%q in Danish: %v, want %q", tt.src, daErr, tt.da)
		}
	}
}

// The editors refuse in the reader's language.
func TestEditorRefusesInDanish(t *testing.T) {
	data := []byte("samskab: 1\nproject: {name: X}\n")
	da := yamlfile.In(checklist.Danish)
	_, err := da.SetAnswer(data, 0, "cok-01.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: 2}, nil)
	if err == nil || err.Error() != "filen har ingen `responses`-liste" {
		t.Errorf("SetAnswer: %v", err)
	}
	_, err = da.AppendResponses(data, []yamlfile.ImportedResponse{{ResponseHeader: yamlfile.ResponseHeader{Respondent: "A"}}})
	if err == nil || err.Error() != "filen har ingen `responses`-liste" {
		t.Errorf("AppendResponses: %v", err)
	}
	_, err = yamlfile.SetAnswer(data, 0, "cok-01.q1", checklist.AnswerValue{Kind: checklist.Scored, Score: 2}, nil)
	if err == nil || err.Error() != "the file has no `responses` list" {
		t.Errorf("SetAnswer in English: %v", err)
	}
}

// The English catalog's YAML messages are the YAML reader's own words, so
// that English problems read as before and the Danish ones can be found.
func TestYAMLMessagesAreTheReaders(t *testing.T) {
	m := reflect.ValueOf(catalog.For(checklist.English).Problems)
	for i := range m.NumField() {
		name := m.Type().Field(i).Name
		if !strings.HasPrefix(name, "YAML") {
			continue
		}
		if s := m.Field(i).String(); strings.ContainsAny(s, "`;") || strings.Count(s, "%") > 1 {
			t.Errorf("%s = %q is not worded like the YAML reader", name, s)
		}
	}
}
