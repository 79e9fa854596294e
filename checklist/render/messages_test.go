package render

import (
	"regexp"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// TestNamedMessagesExist checks the messages found by name at run time:
// every label a template asks for, every level, status and gap kind.
func TestNamedMessagesExist(t *testing.T) {
	labels := regexp.MustCompile(`\{\{-?\s*(t|pt)\s+"([^"]+)"`)
	found := 0
	for _, name := range []string{"layout.tmpl", "parts.tmpl", "portfolio.tmpl", "report.tmpl"} {
		data, err := htmlFS.ReadFile("html/" + name)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range labels.FindAllStringSubmatch(string(data), -1) {
			found++
			group := map[string]string{"t": "Report", "pt": "Portfolio"}[m[1]]
			_, inGroup := catalog.Lookup(checklist.Danish, group, m[2])
			_, inReport := catalog.Lookup(checklist.Danish, "Report", m[2])
			if !inGroup && !inReport {
				t.Errorf("%s asks for the label %q, which no catalog has", name, m[2])
			}
		}
	}
	if found < 20 {
		t.Errorf("found only %d labels in the templates; has the template syntax changed?", found)
	}
	for _, l := range checklist.Levels {
		if levelName(l, checklist.English) == "" {
			t.Errorf("level %s has no name", l)
		}
	}
	for _, s := range []checklist.Status{checklist.StatusScored, checklist.StatusNotRelevant, checklist.StatusUnknown, checklist.StatusUnanswered} {
		if StatusName(s, checklist.Danish) == string(s) {
			t.Errorf("status %s has no Danish name", s)
		}
	}
	for _, k := range []checklist.GapKind{checklist.GapLow, checklist.GapDisagreement, checklist.GapUnknown, checklist.GapUnanswered} {
		if GapKindName(k, checklist.English) == "gap-"+string(k) {
			t.Errorf("gap kind %s has no name", k)
		}
	}
}
