package yamlfile

import (
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// In English, a syntax error reads as the YAML reader wrote it, whatever
// it is; in Danish, one the catalog does not know keeps its text.
func FuzzYAMLMessage(f *testing.F) {
	for _, s := range []string{"did not find expected key", "unknown anchor 'x' referenced", "anchor '' value contains itself", "%s", "something new"} {
		f.Add(s)
	}
	en, da := &catalog.For(checklist.English).Problems, &catalog.For(checklist.Danish).Problems
	f.Fuzz(func(t *testing.T, text string) {
		if strings.HasPrefix(text, "exceeded max depth") {
			return
		}
		if got := yamlMessage(en, text); got != text {
			t.Errorf("English %q became %q", text, got)
		}
		if got := yamlMessage(da, text); got == "" && text != "" {
			t.Errorf("Danish %q became nothing", text)
		}
	})
}

func TestYAMLMessageUnknownKeepsText(t *testing.T) {
	da := &catalog.For(checklist.Danish).Problems
	if got := yamlMessage(da, "a brand new complaint"); got != "a brand new complaint" {
		t.Errorf("got %q", got)
	}
	if got := yamlMessage(da, "did not find expected key"); got != da.YAMLExpectedKey {
		t.Errorf("got %q", got)
	}
}
