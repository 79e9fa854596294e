package checklist

import (
	"math"
	"slices"
	"sort"
)

// Options control scoring.
type Options struct {
	// Scope overrides the case's `rubrics` list (the --rubric flag).
	Scope []string
	// GapBelow is the gap line in percent: scored items below it are
	// `low` gaps. Zero means the default, 50 % (a score of 2.0).
	GapBelow float64
}

// DefaultGapBelow is the default gap line in percent.
const DefaultGapBelow = 50

// DisagreementSpread is the spread between respondents, in score points,
// from which an item counts as a disagreement gap.
const DisagreementSpread = 2.0

// Num is a number that may be undefined, such as the score of an item
// nobody has answered. Undefined numbers print as null or a dash, never 0.
type Num struct {
	V  float64
	OK bool
}

// Some is a defined number.
func Some(v float64) Num { return Num{V: v, OK: true} }

// Clean removes floating-point noise before a comparison, so that a mean
// that is exactly 3.5 on paper does not land at 3.4999999999999996 and
// change level or gap status. Values are stored unrounded.
func Clean(v float64) float64 { return math.Round(v*1e9) / 1e9 }

// Status is what an item's answers add up to (DESIGN.md §4).
type Status string

const (
	StatusScored      Status = "scored"
	StatusNotRelevant Status = "not-relevant"
	StatusUnknown     Status = "unknown"
	StatusUnanswered  Status = "unanswered"
)

// Report is the scored result for one case. Every renderer is a view of
// it; none of them computes anything that belongs here.
type Report struct {
	File        string
	Project     Project
	Respondents []Respondent
	Overall     Num // percent
	Coverage    float64
	Rubrics     []RubricResult
	Themes      []ThemeResult
	Gaps        []Gap
	GapBelow    float64 // percent
	// Parties is the report by actor kind (DESIGN.md §4, "By party"); empty
	// when no response names an actor.
	Parties Parties
}

// Respondent identifies one response in the report.
type Respondent struct {
	Name  string
	Actor string
	// ActorName is the actor's name from the case's actors list, so views
	// can say who a respondent speaks for without the case at hand.
	ActorName string
	Date      string
}

// RubricResult is one rubric's score.
type RubricResult struct {
	Rubric   *Rubric
	Score    Num // 0–4
	Percent  Num
	Coverage float64 // fraction 0–1
	Items    []ItemResult
}

// ItemResult is one item's score across respondents.
type ItemResult struct {
	Item        *Item
	Status      Status
	Score       Num // S(i), 0–4
	Percent     Num
	Spread      Num
	Respondents int // respondents with a numeric answer
	NA, DK      int // answers of each kind
	// ByRespondent holds s(r,i) per response, in file order, so that
	// views can show disagreement side by side.
	ByRespondent []Num
	// ByRespondentStatus is each response's own status for the item, so a
	// view can tell "don't know" from "not relevant" where s(r,i) is undefined.
	ByRespondentStatus []Status
	Notes              []Note
}

// Note is a respondent's comment on one answer.
type Note struct {
	Respondent int // index into Report.Respondents
	Question   string
	Text       string
}

// ThemeResult is the score of one cross-rubric theme.
type ThemeResult struct {
	Theme   Theme
	Percent Num
}

// Evaluate scores a case. It is a pure function of its inputs.
func Evaluate(c *Case, cat *Catalog, opts Options) (*Report, error) {
	scope := opts.Scope
	if len(scope) == 0 {
		scope = c.Scope
	}
	selected, err := cat.Select(scope)
	if err != nil {
		return nil, err
	}
	if opts.GapBelow == 0 {
		opts.GapBelow = DefaultGapBelow
	}
	r := &Report{File: c.File, Project: c.Project, GapBelow: opts.GapBelow}
	for _, resp := range c.Responses {
		r.Respondents = append(r.Respondents, Respondent{Name: resp.Respondent, Actor: resp.Actor,
			ActorName: actorName(c.Actors, resp.Actor), Date: resp.Date})
	}
	r.Rubrics = scoreRubrics(c, selected)
	r.Overall, r.Coverage = overall(r.Rubrics)
	r.Themes = scoreThemes(r.Rubrics, cat.Themes)
	r.Gaps = findGaps(r.Rubrics, opts.GapBelow)
	r.Parties = scoreParties(c.Actors, c.Responses, r.Rubrics)
	return r, nil
}

func actorName(actors []Actor, id string) string {
	for _, a := range actors {
		if a.ID == id {
			return a.Name
		}
	}
	return ""
}

// tally accumulates one respondent's answers to one item.
type tally struct {
	sum, n, na, dk int
}

func scoreRubrics(c *Case, selected []*Rubric) []RubricResult {
	results, tallies := newResults(selected, len(c.Responses))
	for respIdx, resp := range c.Responses {
		for ri := range tallies {
			clear(tallies[ri])
		}
		for _, a := range resp.Answers {
			ri, ii, ok := locate(selected, a.Ref)
			if !ok {
				continue // a rubric outside the scope: validated, not scored
			}
			t := &tallies[ri][ii]
			switch a.Kind {
			case Scored:
				t.sum += a.Score
				t.n++
			case NotRelevant:
				t.na++
			case DontKnow:
				t.dk++
			}
			if a.Note != "" {
				item := &results[ri].Items[ii]
				item.Notes = append(item.Notes, Note{Respondent: respIdx, Question: a.QuestionID(), Text: a.Note})
			}
		}
		for ri := range tallies {
			for ii, t := range tallies[ri] {
				item := &results[ri].Items[ii]
				item.NA += t.na
				item.DK += t.dk
				item.ByRespondentStatus[respIdx] = t.status()
				if t.n > 0 {
					item.ByRespondent[respIdx] = Some(float64(t.sum) / float64(t.n))
				}
			}
		}
	}
	for ri := range results {
		for ii := range results[ri].Items {
			finishItem(&results[ri].Items[ii])
		}
		finishRubric(&results[ri])
	}
	return results
}

// status is one respondent's status for an item, by the rule of §4.
func (t tally) status() Status { return statusOf(t.n, t.na, t.dk) }

// statusOf is the rule of §4, for one respondent or all: scored when
// someone gave a number, else not relevant when someone said na, else
// unknown when someone said dk, else unanswered.
func statusOf(scored, na, dk int) Status {
	switch {
	case scored > 0:
		return StatusScored
	case na > 0:
		return StatusNotRelevant
	case dk > 0:
		return StatusUnknown
	}
	return StatusUnanswered
}

// newResults prepares an empty result per selected rubric and item, and a
// tally per item. Each kind shares one backing array instead of one
// allocation per item: batch scoring runs this for every file, and fewer
// allocations mean less work for the garbage collector.
func newResults(selected []*Rubric, nResp int) ([]RubricResult, [][]tally) {
	nItems := 0
	for _, rb := range selected {
		nItems += len(rb.Items)
	}
	itemBuf := make([]ItemResult, nItems)
	numBuf := make([]Num, nItems*nResp)
	statusBuf := make([]Status, nItems*nResp)
	tallyBuf := make([]tally, nItems)
	results := make([]RubricResult, len(selected))
	tallies := make([][]tally, len(selected))
	for ri, rb := range selected {
		n := len(rb.Items)
		results[ri] = RubricResult{Rubric: rb, Items: itemBuf[:n:n]}
		tallies[ri], itemBuf, tallyBuf = tallyBuf[:n:n], itemBuf[n:], tallyBuf[n:]
		for ii, it := range rb.Items {
			results[ri].Items[ii] = ItemResult{Item: it, ByRespondent: numBuf[:nResp:nResp],
				ByRespondentStatus: statusBuf[:nResp:nResp]}
			numBuf, statusBuf = numBuf[nResp:], statusBuf[nResp:]
		}
	}
	return results, tallies
}

// locate finds an answer's rubric and item among the selected rubrics.
// Scanning a few short lists is faster than building a map per case.
func locate(selected []*Rubric, ref QuestionRef) (ri, ii int, ok bool) {
	for ri, rb := range selected {
		if rb != ref.Rubric {
			continue
		}
		for ii, it := range rb.Items {
			if it == ref.Item {
				return ri, ii, true
			}
		}
	}
	return 0, 0, false
}

func finishItem(it *ItemResult) {
	var sum, lo, hi float64
	for _, s := range it.ByRespondent {
		if !s.OK {
			continue
		}
		if it.Respondents == 0 {
			lo, hi = s.V, s.V
		}
		it.Respondents++
		sum += s.V
		lo, hi = min(lo, s.V), max(hi, s.V)
	}
	it.Status = statusOf(it.Respondents, it.NA, it.DK)
	if it.Status == StatusScored {
		it.Score = Some(sum / float64(it.Respondents))
		it.Percent = Some(it.Score.V / 4 * 100)
		it.Spread = Some(hi - lo)
	}
}

func finishRubric(rr *RubricResult) {
	var weighted, weights float64
	covered := 0
	for _, it := range rr.Items {
		if it.Status == StatusScored {
			weighted += it.Item.Weight * it.Score.V
			weights += it.Item.Weight
		}
		if it.Status == StatusScored || it.Status == StatusNotRelevant {
			covered++
		}
	}
	if weights > 0 {
		rr.Score = Some(weighted / weights)
		rr.Percent = Some(rr.Score.V / 4 * 100)
	}
	if len(rr.Items) > 0 {
		rr.Coverage = float64(covered) / float64(len(rr.Items))
	}
}

// overall is the plain mean of the defined rubric percents, and the share
// of in-scope items that are scored or not relevant.
func overall(rubrics []RubricResult) (Num, float64) {
	var sum float64
	n, covered, items := 0, 0, 0
	for _, rr := range rubrics {
		if rr.Percent.OK {
			sum += rr.Percent.V
			n++
		}
		for _, it := range rr.Items {
			items++
			if it.Status == StatusScored || it.Status == StatusNotRelevant {
				covered++
			}
		}
	}
	var pct Num
	if n > 0 {
		pct = Some(sum / float64(n))
	}
	coverage := 0.0
	if items > 0 {
		coverage = float64(covered) / float64(items)
	}
	return pct, coverage
}

// scoreThemes weighs each scored item 1 for its primary theme and 0.5 for
// its secondary ones. Themes that no in-scope item carries are left out.
func scoreThemes(rubrics []RubricResult, themes []Theme) []ThemeResult {
	out := make([]ThemeResult, 0, len(themes))
	for _, th := range themes {
		var num, den float64
		carried := false
		for _, rr := range rubrics {
			for _, it := range rr.Items {
				pos := slices.Index(it.Item.Themes, th.ID)
				if pos < 0 {
					continue
				}
				carried = true
				if it.Status != StatusScored {
					continue
				}
				m := 0.5
				if pos == 0 {
					m = 1
				}
				num += it.Item.Weight * m * it.Score.V
				den += it.Item.Weight * m
			}
		}
		if !carried {
			continue
		}
		tr := ThemeResult{Theme: th}
		if den > 0 {
			tr.Percent = Some(num / den / 4 * 100)
		}
		out = append(out, tr)
	}
	return out
}

// GapKind names why an item is listed as a gap.
type GapKind string

const (
	GapLow          GapKind = "low"
	GapDisagreement GapKind = "disagreement"
	GapUnknown      GapKind = "unknown"
	GapUnanswered   GapKind = "unanswered"
)

// Gap is one row of the gap list: an item, and why it needs attention.
type Gap struct {
	Kind   GapKind
	Rubric *RubricResult
	Item   *ItemResult
}

// findGaps lists gaps in the order of DESIGN.md §4: low (most to gain
// first), disagreement (widest first), unknown, unanswered.
func findGaps(rubrics []RubricResult, gapBelow float64) []Gap {
	line := Clean(gapBelow / 100 * 4)
	var low, disagree, unknown, unanswered []Gap
	for ri := range rubrics {
		rr := &rubrics[ri]
		for ii := range rr.Items {
			it := &rr.Items[ii]
			switch it.Status {
			case StatusScored:
				if Clean(it.Score.V) < line {
					low = append(low, Gap{GapLow, rr, it})
				}
				if Clean(it.Spread.V) >= DisagreementSpread {
					disagree = append(disagree, Gap{GapDisagreement, rr, it})
				}
			case StatusUnknown:
				unknown = append(unknown, Gap{GapUnknown, rr, it})
			case StatusUnanswered:
				unanswered = append(unanswered, Gap{GapUnanswered, rr, it})
			}
		}
	}
	// Stable sorts keep rubric and item order among equals.
	sort.SliceStable(low, func(i, j int) bool { return potential(low[i]) > potential(low[j]) })
	sort.SliceStable(disagree, func(i, j int) bool {
		return Clean(disagree[i].Item.Spread.V) > Clean(disagree[j].Item.Spread.V)
	})
	return slices.Concat(low, disagree, unknown, unanswered)
}

// potential is what an item could add to its rubric: w·(4 − S).
func potential(g Gap) float64 {
	return Clean(g.Item.Item.Weight * (4 - g.Item.Score.V))
}

// Round rounds half away from zero to the given number of decimals. The
// tiny nudge keeps values such as 56.25 (stored as 56.2499999…) from
// rounding down where a hand calculation rounds up.
func Round(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	return math.Round(v*p+math.Copysign(1e-9, v)) / p
}

// RubricIndex is the place of rubric id in the report, or -1 when the
// report does not score it.
func (r *Report) RubricIndex(id string) int {
	for i := range r.Rubrics {
		if r.Rubrics[i].Rubric.ID == id {
			return i
		}
	}
	return -1
}

// RubricResult is the result of rubric id, or nil when the report does not
// score it.
func (r *Report) RubricResult(id string) *RubricResult {
	if i := r.RubricIndex(id); i >= 0 {
		return &r.Rubrics[i]
	}
	return nil
}
