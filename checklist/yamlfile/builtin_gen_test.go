package yamlfile

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The compiled-in rubrics must be exactly what the YAML reader makes of
// rubrics/*.yaml, so that editing a rubric without regenerating fails here.
func TestGeneratedBuiltins(t *testing.T) {
	wantThemes, wantRubrics, err := ParseBuiltins()
	if err != nil {
		t.Fatal(err)
	}
	themes, rubrics := generatedBuiltins()
	if diff := cmp.Diff(wantThemes, themes); diff != "" {
		t.Errorf("builtin_gen.go is out of date with rubrics/themes.yaml; run go generate ./checklist (-yaml +generated):\n%s", diff)
	}
	if diff := cmp.Diff(wantRubrics, rubrics); diff != "" {
		t.Errorf("builtin_gen.go is out of date with rubrics/*.yaml; run go generate ./checklist (-yaml +generated):\n%s", diff)
	}
}

// Callers change what they load (a user rubric replaces a built-in one,
// NewCatalog sorts), so every call must hand out values of its own.
func TestGeneratedBuiltinsAreFresh(t *testing.T) {
	_, a := generatedBuiltins()
	_, b := generatedBuiltins()
	a[0].Items[0].Questions[0].ID = "changed"
	a[0].Title.DA = "changed"
	if b[0].Items[0].Questions[0].ID == "changed" || b[0].Title.DA == "changed" {
		t.Fatal("generatedBuiltins shares values between calls")
	}
}
