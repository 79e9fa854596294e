package render

import (
	"fmt"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// The report by party (DESIGN.md §4) as every human-facing view shows it:
// a table with one column per kind of party and one row per rubric, and
// the items where two kinds lie far apart. Views show it only when some
// response names an actor, so reports of cases without actors are as
// before.

// kindName is the display name of an actor kind ("municipality" →
// "Kommunen"); an unknown kind is shown as it is.
func kindName(kind string, lang checklist.Lang) string {
	if s, ok := catalog.Lookup(lang, "Kind", kind); ok {
		return s
	}
	return kind
}

// partyTable is the report by party arranged as a table: a column per
// kind, a first row for the overall percent, then a row per rubric.
type partyTable struct {
	Kinds []string // column heads: kind name and respondents, "Borgere (4)"
	Rows  []partyRow
}

type partyRow struct {
	ID    string // rubric id; "" for the overall row
	Label string // "Samlet", or the rubric's title
	Cells []checklist.Num
}

func newPartyTable(p checklist.Parties, lang checklist.Lang) partyTable {
	var t partyTable
	if len(p.Kinds) == 0 {
		return t
	}
	overall := partyRow{Label: catalog.For(lang).Report.Overall}
	for _, k := range p.Kinds {
		t.Kinds = append(t.Kinds, fmt.Sprintf("%s (%d)", kindName(k.Kind, lang), k.Respondents))
		overall.Cells = append(overall.Cells, k.Overall)
	}
	t.Rows = append(t.Rows, overall)
	for ri, pr := range p.Kinds[0].Rubrics {
		row := partyRow{ID: pr.Rubric.ID, Label: pr.Rubric.Title.In(lang)}
		for _, k := range p.Kinds {
			row.Cells = append(row.Cells, k.Rubrics[ri].Percent)
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// partyGapText names the two kinds furthest apart on an item, highest
// first: "Kommunen 75,0 % · Borgere 25,0 %".
func partyGapText(g checklist.PartyGap, lang checklist.Lang) string {
	return fmt.Sprintf("%s %s · %s %s", kindName(g.High.Kind, lang), pctText(checklist.Some(g.High.Score/4*100), lang),
		kindName(g.Low.Kind, lang), pctText(checklist.Some(g.Low.Score/4*100), lang))
}
