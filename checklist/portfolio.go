package checklist

import (
	"slices"
	"sort"
)

// CaseSummary is what a batch keeps of one scored case: enough for a row
// of the portfolio and for the portfolio summary, and small, so that tens
// of thousands of cases fit in little memory.
type CaseSummary struct {
	File        string
	Project     Project
	Respondents int
	Overall     Num // percent
	Coverage    float64
	Rubrics     []RubricSummary // the case's rubrics, in report order
	Items       []ItemSummary   // every item in the case's scope
	Gaps        int
	TopGap      GapSummary // Kind is empty when the case has no gaps
}

// RubricSummary is one rubric's result within a case summary.
type RubricSummary struct {
	Rubric   *Rubric
	Percent  Num
	Coverage float64
}

// ItemSummary is one item's result within a case summary.
type ItemSummary struct {
	Item    *Item
	Rubric  *Rubric
	Percent Num
	Low     bool // a `low` gap in this case
}

// GapSummary names a case's first gap, the one to work on first.
type GapSummary struct {
	Kind    GapKind
	Item    *Item
	Rubric  *Rubric
	Percent Num
}

// Summarize keeps the portfolio-relevant part of a report.
func Summarize(r *Report) *CaseSummary {
	s := &CaseSummary{File: r.File, Project: r.Project, Respondents: len(r.Respondents),
		Overall: r.Overall, Coverage: r.Coverage, Gaps: len(r.Gaps),
		Rubrics: make([]RubricSummary, len(r.Rubrics))}
	n := 0
	for _, rr := range r.Rubrics {
		n += len(rr.Items)
	}
	s.Items = make([]ItemSummary, 0, n)
	for i := range r.Rubrics {
		rr := &r.Rubrics[i]
		s.Rubrics[i] = RubricSummary{Rubric: rr.Rubric, Percent: rr.Percent, Coverage: rr.Coverage}
		for _, it := range rr.Items {
			s.Items = append(s.Items, ItemSummary{Item: it.Item, Rubric: rr.Rubric, Percent: it.Percent})
		}
	}
	for _, g := range r.Gaps {
		if g.Kind == GapLow {
			s.markLow(g.Item.Item)
		}
	}
	if len(r.Gaps) > 0 {
		g := r.Gaps[0]
		s.TopGap = GapSummary{Kind: g.Kind, Item: g.Item.Item, Rubric: g.Rubric.Rubric, Percent: g.Item.Percent}
	}
	return s
}

func (s *CaseSummary) markLow(it *Item) {
	for i := range s.Items {
		if s.Items[i].Item == it {
			s.Items[i].Low = true
			return
		}
	}
}

// RubricPercent is the case's percent for a rubric; undefined when the
// rubric is outside the case's scope or has no scored item.
func (s *CaseSummary) RubricPercent(r *Rubric) Num {
	for _, rs := range s.Rubrics {
		if rs.Rubric == r {
			return rs.Percent
		}
	}
	return Num{}
}

// Portfolio sums up a batch of cases: how they score overall and which
// principles the portfolio as a whole is weakest on.
type Portfolio struct {
	Cases    int // cases scored
	Failed   int // files that could not be scored
	Mean     Num // of the cases' overall percents
	Median   Num
	Levels   []LevelCount // every level, lowest first
	Unscored int          // scored cases without an overall percent
	Items    []PortfolioItem
}

// LevelCount is the number of cases whose overall percent is at a level.
type LevelCount struct {
	Level Level
	Cases int
}

// PortfolioItem is one item across the portfolio.
type PortfolioItem struct {
	Item   *Item
	Rubric *Rubric
	Scored int // cases where the item was scored
	Mean   Num // mean percent over those cases
	Low    int // cases where the item is a `low` gap
}

// itemTally accumulates one item over the cases added so far.
type itemTally struct {
	item            *Item
	rubric          *Rubric
	inScope, scored int
	low             int
	sum             float64
}

// PortfolioBuilder accumulates case summaries one at a time, so a batch
// never needs to hold all of them.
type PortfolioBuilder struct {
	items   []itemTally
	index   map[*Item]int
	overall []float64
	levels  [5]int
	p       Portfolio
}

// NewPortfolioBuilder prepares a portfolio over the given rubrics (the
// batch's scope, in report order).
func NewPortfolioBuilder(rubrics []*Rubric) *PortfolioBuilder {
	b := &PortfolioBuilder{index: map[*Item]int{}}
	for _, r := range rubrics {
		for _, it := range r.Items {
			b.index[it] = len(b.items)
			b.items = append(b.items, itemTally{item: it, rubric: r})
		}
	}
	return b
}

// Add counts one scored case.
func (b *PortfolioBuilder) Add(s *CaseSummary) {
	b.p.Cases++
	if s.Overall.OK {
		b.overall = append(b.overall, s.Overall.V)
		b.levels[slices.Index(Levels, LevelOf(s.Overall.V))]++
	} else {
		b.p.Unscored++
	}
	for _, is := range s.Items {
		i, ok := b.index[is.Item]
		if !ok {
			continue
		}
		t := &b.items[i]
		t.inScope++
		if is.Percent.OK {
			t.scored++
			t.sum += is.Percent.V
		}
		if is.Low {
			t.low++
		}
	}
}

// AddFailure counts a file that could not be scored.
func (b *PortfolioBuilder) AddFailure() { b.p.Failed++ }

// Portfolio returns the summary of everything added so far. Items that no
// case had in scope are left out; the rest are listed weakest first: lowest
// mean, then most `low` gaps, then rubric and item order.
func (b *PortfolioBuilder) Portfolio() *Portfolio {
	p := b.p
	if n := len(b.overall); n > 0 {
		sorted := slices.Clone(b.overall)
		slices.Sort(sorted)
		var sum float64
		for _, v := range sorted {
			sum += v
		}
		p.Mean = Some(sum / float64(n))
		p.Median = Some((sorted[(n-1)/2] + sorted[n/2]) / 2)
	}
	p.Levels = make([]LevelCount, len(Levels))
	for i, l := range Levels {
		p.Levels[i] = LevelCount{Level: l, Cases: b.levels[i]}
	}
	for _, t := range b.items {
		if t.inScope == 0 {
			continue
		}
		pi := PortfolioItem{Item: t.item, Rubric: t.rubric, Scored: t.scored, Low: t.low}
		if t.scored > 0 {
			pi.Mean = Some(t.sum / float64(t.scored))
		}
		p.Items = append(p.Items, pi)
	}
	// A stable sort keeps rubric and item order among equals.
	sort.SliceStable(p.Items, func(i, j int) bool { return weaker(p.Items[i], p.Items[j]) })
	return &p
}

func weaker(a, b PortfolioItem) bool {
	if a.Mean.OK != b.Mean.OK {
		return a.Mean.OK // undefined means last
	}
	if a.Mean.OK && a.Mean.V != b.Mean.V {
		return a.Mean.V < b.Mean.V
	}
	return a.Low > b.Low
}
