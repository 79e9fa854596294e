package render

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

const regenerate = "run: go generate ./checklist"

// TestRubricDocsUpToDate fails when docs/rubrics no longer matches the
// built-in rubrics or the documentation renderer.
func TestRubricDocsUpToDate(t *testing.T) {
	const dir = "../../docs/rubrics"
	docs, err := RubricDocs(checklisttest.BuiltinCatalog(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2*len(checklist.BuiltinOrder)+1 {
		t.Errorf("got %d pages, want a Danish and an English page per built-in rubric and an index", len(docs))
	}
	for name, want := range docs {
		got, err := os.ReadFile(filepath.Join(dir, name))
		switch {
		case err != nil:
			t.Errorf("docs/rubrics/%s is missing; %s", name, regenerate)
		case !bytes.Equal(got, want):
			t.Errorf("docs/rubrics/%s is out of date; %s", name, regenerate)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		if _, ok := docs[e.Name()]; !ok && strings.HasPrefix(string(data), DocsGeneratedMarker) {
			t.Errorf("docs/rubrics/%s belongs to no built-in rubric; %s (it removes stale pages)", e.Name(), regenerate)
		}
	}
}
