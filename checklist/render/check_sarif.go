package render

import (
	"io"
	"path/filepath"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// checkSARIF is a SARIF 2.1.0 log, for GitHub code scanning and other
// static-analysis viewers: one rule per item in scope, results at the
// same lines as the GitHub annotations.
type checkSARIF struct{ o Options }

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifInfoURI = "https://github.com/samskab/samskab"
)

type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool    sarifTool     `json:"tool"`
		Results []sarifResult `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		Version        string      `json:"version,omitempty"`
		InformationURI string      `json:"informationUri"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID               string          `json:"id"`
		ShortDescription sarifText       `json:"shortDescription"`
		FullDescription  *sarifText      `json:"fullDescription,omitempty"`
		Help             sarifText       `json:"help"`
		HelpURI          string          `json:"helpUri,omitempty"`
		Properties       sarifProperties `json:"properties"`
	}
	sarifProperties struct {
		Tags []string `json:"tags"`
	}
	sarifText struct {
		Text string `json:"text"`
	}
	sarifResult struct {
		RuleID    string          `json:"ruleId"`
		RuleIndex int             `json:"ruleIndex"`
		Level     string          `json:"level"`
		Message   sarifText       `json:"message"`
		Locations []sarifLocation `json:"locations"`
	}
	sarifLocation struct {
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifact `json:"artifactLocation"`
		Region           sarifRegion   `json:"region"`
	}
	sarifArtifact struct {
		URI string `json:"uri"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn,omitempty"`
	}
)

// Rule ids for the thresholds that belong to no single item.
const (
	sarifRuleOverall = "samskab-overall"
	sarifRuleRubric  = "samskab-rubric"
)

func (v checkSARIF) Render(w io.Writer, r *gate.CheckResult) error {
	driver := sarifDriver{Name: "samskab", InformationURI: sarifInfoURI, Rules: v.rules(r)}
	if v.o.Version != "" && v.o.Version != "(devel)" {
		driver.Version = v.o.Version
	}
	index := map[string]int{}
	for i, rule := range driver.Rules {
		index[rule.ID] = i
	}
	results := []sarifResult{}
	uri := filepath.ToSlash(r.Report.File)
	for _, t := range r.Thresholds {
		if t.Passed || (t.Kind != gate.ThresholdOverall && t.Kind != gate.ThresholdRubric) {
			continue
		}
		id := sarifRuleOverall
		if t.Kind == gate.ThresholdRubric {
			id = sarifRuleRubric
		}
		results = append(results, sarifAt(id, index[id], thresholdSentence(t, v.o), uri, t.Line, t.Col))
	}
	for _, it := range r.Items {
		if len(it.Broken) > 0 {
			id := it.Item.Item.ID
			results = append(results, sarifAt(id, index[id], itemMessage(it, v.o.Lang), uri, it.Line, it.Col))
		}
	}
	return WriteJSON(w, sarifLog{Schema: sarifSchema, Version: "2.1.0",
		Runs: []sarifRun{{Tool: sarifTool{Driver: driver}, Results: results}}})
}

// sarifAt is an error result; a threshold set by a flag or a default has
// no line of its own and points at the top of the file.
func sarifAt(rule string, index int, message, uri string, line, col int) sarifResult {
	if line == 0 {
		line, col = 1, 1
	}
	return sarifResult{RuleID: rule, RuleIndex: index, Level: "error", Message: sarifText{message},
		Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
			ArtifactLocation: sarifArtifact{URI: uri}, Region: sarifRegion{StartLine: line, StartColumn: col}}}}}
}

func (v checkSARIF) rules(r *gate.CheckResult) []sarifRule {
	lang := v.o.Lang
	rules := []sarifRule{
		{ID: sarifRuleOverall, ShortDescription: sarifText{catalog.For(lang).Check.TitleOverall},
			Help: sarifText{catalog.For(lang).Check.HelpOverall}, Properties: sarifProperties{Tags: []string{"samskab"}}},
		{ID: sarifRuleRubric, ShortDescription: sarifText{catalog.For(lang).Check.RuleRubric},
			Help: sarifText{catalog.For(lang).Check.HelpRubric}, Properties: sarifProperties{Tags: []string{"samskab"}}},
	}
	for _, it := range r.Items {
		item := it.Item.Item
		rule := sarifRule{ID: item.ID, ShortDescription: sarifText{checklist.OneLine(itemTitle(item, lang))},
			Help: sarifText{checklist.OneLine(item.Action.In(lang))}, HelpURI: sarifHelpURI(item.Source.URL),
			Properties: sarifProperties{Tags: append([]string{it.Rubric.Rubric.ID}, item.Themes...)}}
		if s := item.Summary.In(lang); s != "" {
			rule.FullDescription = &sarifText{checklist.OneLine(s)}
		}
		rules = append(rules, rule)
	}
	return rules
}

// sarifHelpURI is a rubric's source link when it is an http or https URL;
// a user rubric could name any scheme (javascript:, file:), and code
// scanning views make helpUri a link.
func sarifHelpURI(u string) string {
	safe, _ := SafeLinkURL(u)
	return safe
}
