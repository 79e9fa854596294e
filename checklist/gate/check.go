package gate

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// ThresholdKind names what a threshold of `samskab check` measures.
type ThresholdKind string

const (
	ThresholdOverall      ThresholdKind = "overall"      // overall percent
	ThresholdRubric       ThresholdKind = "rubric"       // one rubric's percent
	ThresholdItem         ThresholdKind = "item"         // no scored item below
	ThresholdCoverage     ThresholdKind = "coverage"     // percent of items scored or na
	ThresholdDisagreement ThresholdKind = "disagreement" // no item with a spread of 2 or more
)

// ThresholdSource says where a threshold's required value came from.
type ThresholdSource string

const (
	SourceFlag    ThresholdSource = "flag"
	SourceTargets ThresholdSource = "targets"
	SourceDefault ThresholdSource = "default"
)

// Defaults where neither a flag nor the file's targets set a threshold.
const (
	DefaultMinOverall  = 50
	DefaultMinCoverage = 100
)

// Threshold is one requirement a check enforces.
type Threshold struct {
	Kind   ThresholdKind
	Rubric string // for ThresholdRubric
	// Required is a percent, except for ThresholdDisagreement, where it is
	// the spread (in score points) from which an item fails.
	Required float64
	Source   ThresholdSource
	// Line and Col locate the value in the file's targets, when it came
	// from there.
	Line, Col int
}

// Limits are the thresholds given on the command line; any that is set
// overrides the file's targets. Line and Col are unused.
type Limits struct {
	Overall, Item, Coverage checklist.Target
	Rubrics                 []checklist.RubricTarget
	FailOnDisagreement      bool
}

// ResolveThresholds merges the command line's limits over the file's
// targets over the defaults, per threshold (and per rubric).
func ResolveThresholds(flags Limits, file checklist.Targets) []Threshold {
	pick := func(kind ThresholdKind, flag, target checklist.Target, def float64, hasDef bool) (Threshold, bool) {
		switch {
		case flag.Set:
			return Threshold{Kind: kind, Required: flag.Percent, Source: SourceFlag}, true
		case target.Set:
			return Threshold{Kind: kind, Required: target.Percent, Source: SourceTargets, Line: target.Line, Col: target.Col}, true
		case hasDef:
			return Threshold{Kind: kind, Required: def, Source: SourceDefault}, true
		}
		return Threshold{}, false
	}
	var out []Threshold
	if t, ok := pick(ThresholdOverall, flags.Overall, file.Overall, DefaultMinOverall, true); ok {
		out = append(out, t)
	}
	for _, rt := range file.Rubrics {
		if !slices.ContainsFunc(flags.Rubrics, func(f checklist.RubricTarget) bool { return f.Rubric == rt.Rubric }) {
			out = append(out, Threshold{Kind: ThresholdRubric, Rubric: rt.Rubric, Required: rt.Percent,
				Source: SourceTargets, Line: rt.Line, Col: rt.Col})
		}
	}
	for _, rt := range flags.Rubrics {
		out = append(out, Threshold{Kind: ThresholdRubric, Rubric: rt.Rubric, Required: rt.Percent, Source: SourceFlag})
	}
	if t, ok := pick(ThresholdItem, flags.Item, file.Item, 0, false); ok {
		out = append(out, t)
	}
	if t, ok := pick(ThresholdCoverage, flags.Coverage, file.Coverage, DefaultMinCoverage, true); ok {
		out = append(out, t)
	}
	if flags.FailOnDisagreement {
		out = append(out, Threshold{Kind: ThresholdDisagreement, Required: checklist.DisagreementSpread, Source: SourceFlag})
	}
	return out
}

// ThresholdResult is one threshold, checked.
type ThresholdResult struct {
	Threshold
	// Actual is the measured percent (for disagreement: the widest
	// spread); undefined when nothing was scored.
	Actual checklist.Num
	Passed bool
	// Items are the items that break a failed threshold, most to gain
	// first; empty when it passed.
	Items []*ItemCheck
}

// ItemCheck is one in-scope item with where in the case file to point
// when it breaks a threshold.
type ItemCheck struct {
	Rubric *checklist.RubricResult
	Item   *checklist.ItemResult
	// Line and Col locate the item's lowest numeric answer; for an item
	// without one, its first answer; for an item nobody answered, the
	// `responses` key.
	Line, Col int
	// Broken are the failed thresholds this item breaks, in check order.
	Broken []*ThresholdResult
}

// CheckResult is the outcome of `samskab check`.
type CheckResult struct {
	Report     *checklist.Report
	Thresholds []*ThresholdResult
	Items      []*ItemCheck // every in-scope item, in rubric and item order
}

// Passed reports whether every threshold holds.
func (c *CheckResult) Passed() bool {
	for _, t := range c.Thresholds {
		if !t.Passed {
			return false
		}
	}
	return true
}

// Failed counts the thresholds that do not hold.
func (c *CheckResult) Failed() int {
	n := 0
	for _, t := range c.Thresholds {
		if !t.Passed {
			n++
		}
	}
	return n
}

// ExitCode is the process exit code for the result: 0 when every
// threshold holds, 1 when any does not (DESIGN.md §6).
func (c *CheckResult) ExitCode() int {
	if c.Passed() {
		return 0
	}
	return 1
}

// Check measures a scored case against thresholds. It is pure. A rubric
// threshold for a rubric that is not scored is an error: from a flag a
// *ScopeError, from the file's targets ScopeErrors with their positions.
// A target is skipped instead when the --rubric flag (not the file) left
// its rubric out of scope.
func Check(c *checklist.Case, r *checklist.Report, thresholds []Threshold) (*CheckResult, error) {
	res := &CheckResult{Report: r, Items: locateItems(c, r)}
	var problems ScopeErrors
	for _, th := range sortThresholds(thresholds, r) {
		if th.Kind == ThresholdRubric && r.RubricResult(th.Rubric) == nil {
			se := outOfScope(c, r, th)
			switch {
			case se == nil:
			case se.File == "":
				return nil, se
			default:
				problems = append(problems, se)
			}
			continue
		}
		res.Thresholds = append(res.Thresholds, measure(th, r, res.Items))
	}
	if len(problems) > 0 {
		return nil, problems
	}
	for _, tr := range res.Thresholds {
		for _, it := range tr.Items {
			it.Broken = append(it.Broken, tr)
		}
	}
	return res, nil
}

// outOfScope explains a rubric threshold whose rubric is not scored: for
// a flag, or for a target of the file (with its position); nil when
// --rubric (not the file) narrowed the scope.
func outOfScope(c *checklist.Case, r *checklist.Report, th Threshold) *ScopeError {
	scored := make([]string, len(r.Rubrics))
	for i, rr := range r.Rubrics {
		scored[i] = rr.Rubric.ID
	}
	se := &ScopeError{Rubric: th.Rubric, Scored: scored,
		Msg: fmt.Sprintf("rubric %s is not scored in this run; the rubrics in scope are %s", th.Rubric, strings.Join(scored, ", "))}
	if th.Source == SourceFlag {
		return se
	}
	if len(c.Scope) == 0 || slices.Contains(c.Scope, th.Rubric) {
		return nil
	}
	se.File, se.Line, se.Col = c.File, th.Line, th.Col
	return se
}

// sortThresholds puts rubric thresholds in report order; the others keep
// the order ResolveThresholds gives them.
func sortThresholds(ths []Threshold, r *checklist.Report) []Threshold {
	out := slices.Clone(ths)
	order := func(t Threshold) int {
		if i := r.RubricIndex(t.Rubric); i >= 0 {
			return i
		}
		return len(r.Rubrics)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Kind != ThresholdRubric || out[j].Kind != ThresholdRubric {
			return false
		}
		return order(out[i]) < order(out[j])
	})
	return out
}

// ScopeError is a rubric threshold whose rubric is not scored in this
// run: from the command line (File empty; the command names its flag), or
// a target of the case file at File:Line:Col.
type ScopeError struct {
	Rubric string
	Scored []string // the rubrics that are scored
	Msg    string   // in English
	File   string
	Line   int
	Col    int
}

func (e *ScopeError) Error() string { return "rubric threshold " + e.Rubric + ": " + e.Msg }

// ScopeErrors are the targets of a case file whose rubrics are not scored.
type ScopeErrors []*ScopeError

// Problems are the targets as problems of the case file, in English.
func (es ScopeErrors) Problems() checklist.Problems {
	out := make(checklist.Problems, len(es))
	for i, e := range es {
		out[i] = checklist.Problem{File: e.File, Line: e.Line, Col: e.Col,
			Msg: fmt.Sprintf("targets.rubrics.%s: %s; add it to `rubrics` or remove the target", e.Rubric, e.Msg)}
	}
	return out
}

func (es ScopeErrors) Error() string { return es.Problems().Error() }
