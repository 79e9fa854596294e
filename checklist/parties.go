package checklist

import (
	"slices"
	"sort"
)

// GapParties marks an item on which two kinds of party lie
// DisagreementSpread or more apart (DESIGN.md §4, "By party").
const GapParties GapKind = "parties"

// Parties is the report by party: the same arithmetic as the report,
// once per actor kind over that kind's respondents only, and the items
// where the kinds see the project differently.
type Parties struct {
	Kinds []PartyResult
	Gaps  []PartyGap
}

// PartyResult is the score of one actor kind.
type PartyResult struct {
	Kind        string // one of ActorKinds
	Respondents int    // responses that name an actor of this kind
	Overall     Num    // percent
	Rubrics     []PartyRubric
}

// PartyRubric is one rubric's percent for one kind of party.
type PartyRubric struct {
	Rubric  *Rubric
	Percent Num
	Items   []PartyItem
}

// PartyItem is one item's score for one kind of party.
type PartyItem struct {
	Item    *Item
	Score   Num // mean of the kind's respondents' s(r,i), 0–4
	Percent Num
}

// PartyGap is an item on which the kinds' scores lie far apart: Low and
// High are the kinds with the lowest and the highest score.
type PartyGap struct {
	Rubric    *RubricResult
	Item      *ItemResult
	Spread    float64 // High's score − Low's score
	Low, High PartyScore
}

// PartyScore is one kind's score on one item.
type PartyScore struct {
	Kind  string
	Score float64
}

// scoreParties groups the respondents by the kind of the actor they name
// and scores each group from the per-respondent item scores. Responses
// without an actor take no part; an actor declared without a kind counts
// as "other". Kinds come in the order of ActorKinds.
func scoreParties(actors []Actor, responses []Response, rubrics []RubricResult) Parties {
	groups := respondentsByKind(actors, responses)
	var p Parties
	for _, kind := range ActorKinds {
		members := groups[kind]
		if len(members) == 0 {
			continue
		}
		p.Kinds = append(p.Kinds, scoreKind(kind, members, rubrics))
	}
	p.Gaps = partyGaps(p.Kinds, rubrics)
	return p
}

// respondentsByKind maps an actor kind to the indexes of the responses
// that speak for an actor of that kind.
func respondentsByKind(actors []Actor, responses []Response) map[string][]int {
	kindOf := make(map[string]string, len(actors))
	for _, a := range actors {
		kind := a.Kind
		if kind == "" {
			kind = "other"
		}
		kindOf[a.ID] = kind
	}
	groups := map[string][]int{}
	for i, r := range responses {
		if kind, ok := kindOf[r.Actor]; ok && r.Actor != "" {
			groups[kind] = append(groups[kind], i)
		}
	}
	return groups
}

func scoreKind(kind string, members []int, rubrics []RubricResult) PartyResult {
	pr := PartyResult{Kind: kind, Respondents: len(members)}
	var sum float64
	n := 0
	for _, rr := range rubrics {
		rub := PartyRubric{Rubric: rr.Rubric, Items: make([]PartyItem, len(rr.Items))}
		var weighted, weights float64
		for ii, it := range rr.Items {
			score := meanOver(it.ByRespondent, members)
			rub.Items[ii] = PartyItem{Item: it.Item, Score: score}
			if score.OK {
				rub.Items[ii].Percent = Some(score.V / 4 * 100)
				weighted += it.Item.Weight * score.V
				weights += it.Item.Weight
			}
		}
		if weights > 0 {
			rub.Percent = Some(weighted / weights / 4 * 100)
			sum += rub.Percent.V
			n++
		}
		pr.Rubrics = append(pr.Rubrics, rub)
	}
	if n > 0 {
		pr.Overall = Some(sum / float64(n))
	}
	return pr
}

// meanOver is the mean of the defined scores at the given indexes.
func meanOver(scores []Num, idx []int) Num {
	var sum float64
	n := 0
	for _, i := range idx {
		if scores[i].OK {
			sum += scores[i].V
			n++
		}
	}
	if n == 0 {
		return Num{}
	}
	return Some(sum / float64(n))
}

// partyGaps lists the items where the lowest and the highest kind lie
// DisagreementSpread or more apart, widest first, then in rubric and item
// order.
func partyGaps(kinds []PartyResult, rubrics []RubricResult) []PartyGap {
	var gaps []PartyGap
	for ri := range rubrics {
		for ii := range rubrics[ri].Items {
			g := PartyGap{Rubric: &rubrics[ri], Item: &rubrics[ri].Items[ii]}
			scored := 0
			for _, k := range kinds {
				s := k.Rubrics[ri].Items[ii].Score
				if !s.OK {
					continue
				}
				if scored == 0 || s.V < g.Low.Score {
					g.Low = PartyScore{k.Kind, s.V}
				}
				if scored == 0 || s.V > g.High.Score {
					g.High = PartyScore{k.Kind, s.V}
				}
				scored++
			}
			g.Spread = g.High.Score - g.Low.Score
			if scored >= 2 && Clean(g.Spread) >= DisagreementSpread {
				gaps = append(gaps, g)
			}
		}
	}
	sort.SliceStable(gaps, func(i, j int) bool { return Clean(gaps[i].Spread) > Clean(gaps[j].Spread) })
	return slices.Clip(gaps)
}
