package gate

import (
	"sort"

	"github.com/samskab/samskab/checklist"
)

// measure checks one threshold against the report and lists the items
// that break it.
func measure(th Threshold, r *checklist.Report, items []*ItemCheck) *ThresholdResult {
	tr := &ThresholdResult{Threshold: th}
	switch th.Kind {
	case ThresholdOverall:
		tr.Actual = r.Overall
		tr.Passed = atLeast(r.Overall, th.Required)
		tr.Items = below(items, "", th.Required)
	case ThresholdRubric:
		rr := r.RubricResult(th.Rubric)
		tr.Actual = rr.Percent
		tr.Passed = atLeast(rr.Percent, th.Required)
		tr.Items = below(items, th.Rubric, th.Required)
	case ThresholdItem:
		tr.Items = below(items, "", th.Required)
		tr.Actual = lowestPercent(items)
		tr.Passed = len(tr.Items) == 0
	case ThresholdCoverage:
		tr.Actual = checklist.Some(r.Coverage * 100)
		tr.Passed = atLeast(tr.Actual, th.Required)
		tr.Items = uncovered(items)
	case ThresholdDisagreement:
		tr.Items = disagreeing(items, th.Required)
		tr.Actual = widestSpread(items)
		tr.Passed = len(tr.Items) == 0
	}
	if tr.Passed {
		tr.Items = nil
	}
	return tr
}

// atLeast compares without rounding: 49.96 % does not meet 50 %, even
// though it prints as 50.0 %. An undefined percent meets only 0.
func atLeast(n checklist.Num, required float64) bool {
	if !n.OK {
		return required <= 0
	}
	return checklist.Clean(n.V) >= checklist.Clean(required)
}

// below lists the scored items (of one rubric, or all) under a percent,
// ranked by what raising them to it would add: w·(required − percent).
func below(items []*ItemCheck, rubric string, required float64) []*ItemCheck {
	var out []*ItemCheck
	for _, it := range items {
		if (rubric == "" || it.Rubric.Rubric.ID == rubric) && it.Item.Status == checklist.StatusScored && !atLeast(it.Item.Percent, required) {
			out = append(out, it)
		}
	}
	gain := func(it *ItemCheck) float64 {
		return checklist.Clean(it.Item.Item.Weight * (required - it.Item.Percent.V))
	}
	sort.SliceStable(out, func(i, j int) bool { return gain(out[i]) > gain(out[j]) })
	return out
}

func uncovered(items []*ItemCheck) []*ItemCheck {
	var out []*ItemCheck
	for _, it := range items {
		if it.Item.Status == checklist.StatusUnknown || it.Item.Status == checklist.StatusUnanswered {
			out = append(out, it)
		}
	}
	return out
}

func disagreeing(items []*ItemCheck, spread float64) []*ItemCheck {
	var out []*ItemCheck
	for _, it := range items {
		if it.Item.Status == checklist.StatusScored && it.Item.Spread.V >= spread {
			out = append(out, it)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Item.Spread.V > out[j].Item.Spread.V })
	return out
}

func lowestPercent(items []*ItemCheck) checklist.Num {
	var low checklist.Num
	for _, it := range items {
		if it.Item.Status == checklist.StatusScored && (!low.OK || it.Item.Percent.V < low.V) {
			low = it.Item.Percent
		}
	}
	return low
}

func widestSpread(items []*ItemCheck) checklist.Num {
	var wide checklist.Num
	for _, it := range items {
		if it.Item.Status == checklist.StatusScored && (!wide.OK || it.Item.Spread.V > wide.V) {
			wide = it.Item.Spread
		}
	}
	return wide
}

// locateItems finds, for every in-scope item, the line to point at: the
// answer that pulls it down most (the first of equals, in file order).
func locateItems(c *checklist.Case, r *checklist.Report) []*ItemCheck {
	answers := map[*checklist.Item][]checklist.Answer{}
	for _, resp := range c.Responses {
		for _, a := range resp.Answers {
			answers[a.Ref.Item] = append(answers[a.Ref.Item], a)
		}
	}
	var out []*ItemCheck
	for ri := range r.Rubrics {
		rr := &r.Rubrics[ri]
		for ii := range rr.Items {
			it := &rr.Items[ii]
			ic := &ItemCheck{Rubric: rr, Item: it, Line: c.ResponsesLine, Col: c.ResponsesCol}
			if a, ok := pointAt(answers[it.Item]); ok {
				ic.Line, ic.Col = a.Line, a.Col
			}
			out = append(out, ic)
		}
	}
	return out
}

func pointAt(answers []checklist.Answer) (checklist.Answer, bool) {
	var best checklist.Answer
	found := false
	for _, a := range answers {
		if a.Kind == checklist.Scored && (!found || a.Score < best.Score) {
			best, found = a, true
		}
	}
	if found {
		return best, true
	}
	if len(answers) > 0 {
		return answers[0], true
	}
	return checklist.Answer{}, false
}
