package yamlfile

import (
	"fmt"
	"io/fs"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/rubrics"
)

const noRubricFiles = "no rubric files (*.yaml, *.yml) in this folder"

// replaceWarning says that r takes the place of an earlier rubric with the
// same id.
func replaceWarning(r, old *checklist.Rubric) checklist.Problem {
	what := fmt.Sprintf("the built-in rubric %s (version %d)", old.ID, old.Version)
	if old.File != "builtin" {
		what = fmt.Sprintf("rubric %s (version %d) from %s", old.ID, old.Version, old.File)
	}
	return checklist.Problem{File: r.File, Line: r.Line, Col: r.Col,
		Msg: fmt.Sprintf("rubric %s (version %d) replaces %s", r.ID, r.Version, what)}
}

// builtinRubrics parses the rubrics shipped in the binary.
func builtinRubrics(themes []checklist.Theme) ([]*checklist.Rubric, error) {
	names, err := fs.Glob(rubrics.FS, "*.yaml")
	if err != nil {
		return nil, err
	}
	var out []*checklist.Rubric
	for _, name := range names {
		if name == rubrics.ThemesFile {
			continue
		}
		data, err := rubrics.FS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		r, err := ParseRubric("builtin:"+name, data, themes)
		if err != nil {
			return nil, err
		}
		r.File = "builtin"
		out = append(out, r)
	}
	return out, nil
}
