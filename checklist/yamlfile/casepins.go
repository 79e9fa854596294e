package yamlfile

import (
	"fmt"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
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
		n, ok := p.d.integer(val, fmt.Sprintf(p.d.m.WhatPin, id))
		if !ok {
			return
		}
		if n < 1 {
			p.d.add(val, p.d.m.PinRange, id, n)
			return
		}
		pins = append(pins, checklist.RubricPin{Rubric: id, Version: n, Line: val.Line, Col: val.Column})
	})
	return pins
}

// pinWarnings says where a case pins a rubric version other than the one
// loaded: its answers may refer to questions that have since changed.
func pinWarnings(m *catalog.ProblemMessages, file string, pins []checklist.RubricPin, cat *checklist.Catalog) []string {
	var out []string
	for _, pin := range pins {
		r, ok := cat.Rubric(pin.Rubric)
		if !ok || r.Version == pin.Version {
			continue
		}
		p := checklist.Problem{File: file, Line: pin.Line, Col: pin.Col,
			Msg: fmt.Sprintf(m.PinWarning, pin.Rubric, pin.Version, r.Version, origin(m, r))}
		out = append(out, p.String())
	}
	return out
}

// origin says where a rubric came from, as checklist.Rubric.Origin does.
func origin(m *catalog.ProblemMessages, r *checklist.Rubric) string {
	if r.File == "builtin" {
		return m.OriginBuiltin
	}
	return fmt.Sprintf(m.OriginFile, r.File)
}
