package checklist

import "slices"

// Rounds is one project over two or more rounds, oldest first: each
// rubric's and item's percent in every round, the change since the
// previous and the first round, and the gaps that opened and closed
// between the last two.
type Rounds struct {
	Reports []*Report
	Overall Series
	Rubrics []RubricRounds // every rubric scored in any round, in report order
	// Last compares the last two rounds; its Opened and Closed are the
	// gaps of the rounds view.
	Last *Comparison
}

// Series is a percent in every round, with the change since the previous
// round and since the first. A change is undefined unless both ends are.
type Series struct {
	Percents                  []Num
	SincePrevious, SinceFirst Num
}

// RubricRounds is one rubric over the rounds, with its items.
type RubricRounds struct {
	Rubric *Rubric
	Series
	Items []ItemRounds
}

// ItemRounds is one item over the rounds. A status is empty in a round
// where the item's rubric was not in scope.
type ItemRounds struct {
	Item *Item
	Series
	Statuses []Status
}

// CompareRounds sets the reports of several rounds side by side, in the
// order given. It needs at least two.
func CompareRounds(reports []*Report, cat *Catalog) *Rounds {
	n := len(reports)
	rs := &Rounds{Reports: reports, Last: Compare(reports[n-2], reports[n-1], cat)}
	overall := make([]Num, n)
	for i, r := range reports {
		overall[i] = r.Overall
	}
	rs.Overall = newSeries(overall)
	for _, rb := range cat.Rubrics {
		results := make([]*RubricResult, n)
		any := false
		for i, r := range reports {
			results[i] = r.RubricResult(rb.ID)
			any = any || results[i] != nil
		}
		if any {
			rs.Rubrics = append(rs.Rubrics, rubricRounds(rb, results))
		}
	}
	return rs
}

func newSeries(ps []Num) Series {
	n := len(ps)
	return Series{Percents: ps, SincePrevious: change(ps[n-2], ps[n-1]).Delta, SinceFirst: change(ps[0], ps[n-1]).Delta}
}

func rubricRounds(rb *Rubric, results []*RubricResult) RubricRounds {
	ps := make([]Num, len(results))
	for i, rr := range results {
		if rr != nil {
			ps[i] = rr.Percent
		}
	}
	out := RubricRounds{Rubric: rb, Series: newSeries(ps), Items: make([]ItemRounds, len(rb.Items))}
	for j, it := range rb.Items {
		ips, sts := make([]Num, len(results)), make([]Status, len(results))
		for i, rr := range results {
			if rr != nil {
				ips[i], sts[i] = rr.Items[j].Percent, rr.Items[j].Status
			}
		}
		out.Items[j] = ItemRounds{Item: it, Series: newSeries(ips), Statuses: sts}
	}
	return out
}

// RoundDate is the date of a round: the latest response date in it, or
// "" when no response carries one.
func RoundDate(r *Report) string {
	dates := make([]string, 0, len(r.Respondents))
	for _, resp := range r.Respondents {
		if resp.Date != "" {
			dates = append(dates, resp.Date)
		}
	}
	if len(dates) == 0 {
		return ""
	}
	return slices.Max(dates) // YYYY-MM-DD sorts as text
}
