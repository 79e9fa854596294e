package yamlfile

import (
	"fmt"

	"github.com/samskab/samskab/checklist"
	"go.yaml.in/yaml/v3"
)

// rubricVersions reads `rubric_versions: {cok: 1, …}`.
func (p *caseParser) rubricVersions(v *yaml.Node) []checklist.RubricPin {
	var pins []checklist.RubricPin
	p.d.mapping(v, "rubric_versions", func(id string, k, val *yaml.Node) {
		if _, ok := p.cat.Rubric(id); !ok {
			p.unknownRubric(k, id)
			return
		}
		n, ok := p.d.integer(val, "rubric_versions."+id+" (a rubric version)")
		if !ok {
			return
		}
		if n < 1 {
			p.d.add(val, "rubric_versions.%s must be 1 or higher, found %d", id, n)
			return
		}
		pins = append(pins, checklist.RubricPin{Rubric: id, Version: n, Line: val.Line, Col: val.Column})
	})
	return pins
}

// pinWarnings says where a case pins a rubric version other than the one
// loaded: its answers may refer to questions that have since changed.
func pinWarnings(file string, pins []checklist.RubricPin, cat *checklist.Catalog) []string {
	var out []string
	for _, pin := range pins {
		r, ok := cat.Rubric(pin.Rubric)
		if !ok || r.Version == pin.Version {
			continue
		}
		p := checklist.Problem{File: file, Line: pin.Line, Col: pin.Col, Msg: fmt.Sprintf(
			"rubric %s is pinned to version %d, but version %d is loaded (%s); its questions may have changed, "+
				"so compare scores with care, then update rubric_versions",
			pin.Rubric, pin.Version, r.Version, r.Origin())}
		out = append(out, p.String())
	}
	return out
}
