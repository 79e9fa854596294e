package yamlfile

import (
	"fmt"
	"io/fs"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/rubrics"
)

// replaceWarning says that r takes the place of an earlier rubric with the
// same id.
func replaceWarning(m *catalog.ProblemMessages, r, old *checklist.Rubric) checklist.Problem {
	what := fmt.Sprintf(m.ReplacedBuiltin, old.ID, old.Version)
	if old.File != "builtin" {
		what = fmt.Sprintf(m.ReplacedFile, old.ID, old.Version, old.File)
	}
	return checklist.Problem{File: r.File, Line: r.Line, Col: r.Col,
		Msg: fmt.Sprintf(m.Replaces, r.ID, r.Version, what)}
}

// builtins are the shipped theme list and rubrics. They are compiled in
// (builtin_gen.go, written by `go generate ./checklist` from rubrics/*.yaml)
// rather than parsed at every start; TestGeneratedBuiltins checks that
// they equal what ParseBuiltins reads from the YAML. Each call returns
// fresh values, which the caller may change.
func builtins() ([]checklist.Theme, []*checklist.Rubric) { return generatedBuiltins() }

// ParseBuiltins parses the built-in theme list and rubrics from the YAML
// files embedded in the binary: the source of builtin_gen.go.
func ParseBuiltins() ([]checklist.Theme, []*checklist.Rubric, error) {
	data, err := rubrics.FS.ReadFile(rubrics.ThemesFile)
	if err != nil {
		return nil, nil, err
	}
	themes, err := ParseThemes("builtin:"+rubrics.ThemesFile, data)
	if err != nil {
		return nil, nil, err
	}
	names, err := fs.Glob(rubrics.FS, "*.yaml")
	if err != nil {
		return nil, nil, err
	}
	var out []*checklist.Rubric
	for _, name := range names {
		if name == rubrics.ThemesFile {
			continue
		}
		data, err := rubrics.FS.ReadFile(name)
		if err != nil {
			return nil, nil, err
		}
		r, err := ParseRubric("builtin:"+name, data, themes)
		if err != nil {
			return nil, nil, err
		}
		r.File = "builtin"
		out = append(out, r)
	}
	return themes, out, nil
}
