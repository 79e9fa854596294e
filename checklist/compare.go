package checklist

// Comparison is the change between two rounds of the same project: the
// old report and the new one, side by side.
type Comparison struct {
	Old, New *Report
	Overall  Change
	Rubrics  []RubricChange // every rubric scored in either round, in report order
	// Opened are gaps in the new round that the old one did not have,
	// Closed the reverse; a gap is an item together with its kind.
	Opened, Closed []GapChange
	// Added and Gone are respondents by name: in the new round only, and
	// in the old round only. Unnamed respondents cannot be matched and
	// only count in the totals.
	Added, Gone []string
}

// Change is a percent in both rounds and the difference. Delta is the
// difference of the percents as printed (one decimal), so that the
// columns of a comparison add up for the reader; it is undefined unless
// both are.
type Change struct {
	Old, New, Delta Num
}

// RubricChange is one rubric's change, with its items.
type RubricChange struct {
	Rubric *Rubric
	Change
	Items []ItemChange
}

// ItemChange is one item's change. A status is empty in a round where
// the item's rubric was not in scope.
type ItemChange struct {
	Item *Item
	Change
	OldStatus, NewStatus Status
}

// GapChange is a gap that opened or closed, with the item's percents
// and statuses in both rounds.
type GapChange struct {
	Kind   GapKind
	Rubric *Rubric
	ItemChange
}

// Compare sets two reports side by side. It is a pure function; checking
// that they are the same project is the caller's decision.
func Compare(old, new *Report, cat *Catalog) *Comparison {
	c := &Comparison{Old: old, New: new, Overall: change(old.Overall, new.Overall)}
	for _, rb := range cat.Rubrics {
		or, nr := old.RubricResult(rb.ID), new.RubricResult(rb.ID)
		if or == nil && nr == nil {
			continue
		}
		c.Rubrics = append(c.Rubrics, compareRubric(rb, or, nr))
	}
	c.Opened = gapDiff(new.Gaps, old.Gaps, c)
	c.Closed = gapDiff(old.Gaps, new.Gaps, c)
	c.Added = nameDiff(new.Respondents, old.Respondents)
	c.Gone = nameDiff(old.Respondents, new.Respondents)
	return c
}

func change(old, new Num) Change {
	ch := Change{Old: old, New: new}
	if old.OK && new.OK {
		// Rounded again: 55.2 − 42.1 is 13.100000000000001 in floating point.
		ch.Delta = Some(Round(Round(new.V, 1)-Round(old.V, 1), 1))
	}
	return ch
}

func compareRubric(rb *Rubric, old, new *RubricResult) RubricChange {
	var op, np Num
	if old != nil {
		op = old.Percent
	}
	if new != nil {
		np = new.Percent
	}
	rc := RubricChange{Rubric: rb, Change: change(op, np), Items: make([]ItemChange, len(rb.Items))}
	for i, it := range rb.Items {
		ic := ItemChange{Item: it}
		var oi, ni Num
		if old != nil {
			oi, ic.OldStatus = old.Items[i].Percent, old.Items[i].Status
		}
		if new != nil {
			ni, ic.NewStatus = new.Items[i].Percent, new.Items[i].Status
		}
		ic.Change = change(oi, ni)
		rc.Items[i] = ic
	}
	return rc
}

// itemChange finds an item's change in a comparison.
func (c *Comparison) itemChange(it *Item) ItemChange {
	for _, rc := range c.Rubrics {
		for _, ic := range rc.Items {
			if ic.Item == it {
				return ic
			}
		}
	}
	return ItemChange{Item: it}
}

// gapDiff lists the gaps of a that b does not have, in a's order.
func gapDiff(a, b []Gap, c *Comparison) []GapChange {
	type key struct {
		kind GapKind
		item *Item
	}
	inB := make(map[key]bool, len(b))
	for _, g := range b {
		inB[key{g.Kind, g.Item.Item}] = true
	}
	var out []GapChange
	for _, g := range a {
		if inB[key{g.Kind, g.Item.Item}] {
			continue
		}
		out = append(out, GapChange{Kind: g.Kind, Rubric: g.Rubric.Rubric, ItemChange: c.itemChange(g.Item.Item)})
	}
	return out
}

// nameDiff lists the named respondents of a that b does not have, counting
// repeats: two "Mette" in a and one in b leave one.
func nameDiff(a, b []Respondent) []string {
	left := map[string]int{}
	for _, r := range b {
		left[r.Name]++
	}
	var out []string
	for _, r := range a {
		if r.Name == "" {
			continue
		}
		if left[r.Name] > 0 {
			left[r.Name]--
			continue
		}
		out = append(out, r.Name)
	}
	return out
}
