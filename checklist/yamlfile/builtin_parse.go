//go:build genbuiltin

package yamlfile

import "github.com/samskab/samskab/checklist"

// generatedBuiltins parses the YAML when internal/genbuiltin is built
// (with the genbuiltin tag), so that the generator never depends on the
// file it writes, even when that file no longer compiles.
func generatedBuiltins() ([]checklist.Theme, []*checklist.Rubric) {
	themes, rubrics, err := ParseBuiltins()
	if err != nil {
		panic(err)
	}
	return themes, rubrics
}
