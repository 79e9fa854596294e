// Package rubrics holds the built-in rubric files and the theme list,
// embedded in the binary. The content is data: edit the YAML, not Go.
package rubrics

import "embed"

// FS holds every built-in rubric (*.yaml except themes.yaml) and themes.yaml.
//
//go:embed *.yaml
var FS embed.FS

// ThemesFile is the name of the theme list inside FS.
const ThemesFile = "themes.yaml"
