package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// csvReport writes one row per item with stable columns and locale-free
// numbers; empty cells stand for undefined values. When responses name
// actors, a last column, party, is added: the item rows above leave it
// empty (everyone), and one more row per kind of party and item follows
// with that kind's score, percent and level.
type csvReport struct{}

// CSVColumns are the columns of the item CSV, in order.
var CSVColumns = []string{"file", "project", "rubric", "item", "title", "status", "score", "percent", "level",
	"spread", "respondents", "na", "dk", "gaps"}

// CSVPartyColumn is the column added at the end when the report has
// scores by party.
const CSVPartyColumn = "party"

func (csvReport) Render(w io.Writer, r *checklist.Report) error {
	cw := csv.NewWriter(w)
	byParty := len(r.Parties.Kinds) > 0
	header := CSVColumns
	if byParty {
		header = append(header[:len(header):len(header)], CSVPartyColumn)
	}
	if err := cw.Write(header); err != nil {
		return err
	}
	gapKinds := map[*checklist.ItemResult][]string{}
	for _, g := range r.Gaps {
		gapKinds[g.Item] = append(gapKinds[g.Item], string(g.Kind))
	}
	for _, g := range r.Parties.Gaps {
		gapKinds[g.Item] = append(gapKinds[g.Item], string(checklist.GapParties))
	}
	for ri := range r.Rubrics {
		rr := &r.Rubrics[ri]
		for ii := range rr.Items {
			it := &rr.Items[ii]
			sc := csvText
			row := []string{sc(r.File), sc(r.Project.Name), sc(rr.Rubric.ID), sc(it.Item.ID), sc(it.Item.Title.DA), string(it.Status),
				csvNum(it.Score, 2), csvNum(it.Percent, 1), string(checklist.LevelOfNum(it.Percent)), csvNum(it.Spread, 2),
				strconv.Itoa(it.Respondents), strconv.Itoa(it.NA), strconv.Itoa(it.DK), strings.Join(gapKinds[it], ";")}
			if byParty {
				row = append(row, "")
			}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	if err := writePartyRows(cw, r); err != nil {
		return err
	}
	cw.Flush()
	return cw.Error()
}

// writePartyRows writes a row per kind of party and item, kind by kind;
// only the identifying columns, score, percent, level and party are
// filled.
func writePartyRows(cw *csv.Writer, r *checklist.Report) error {
	for _, k := range r.Parties.Kinds {
		for _, pr := range k.Rubrics {
			for _, it := range pr.Items {
				row := []string{r.File, r.Project.Name, pr.Rubric.ID, it.Item.ID, it.Item.Title.DA, "",
					csvNum(it.Score, 2), csvNum(it.Percent, 1), string(checklist.LevelOfNum(it.Percent)), "",
					"", "", "", "", k.Kind}
				if err := cw.Write(row); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func csvNum(n checklist.Num, decimals int) string {
	if !n.OK {
		return ""
	}
	return jsonNum(n.V, decimals)
}

// csvText is a text cell from a file: no formula (SpreadsheetCell), and no
// control character, since CSV is often read on a terminal.
func csvText(s string) string { return SpreadsheetCell(checklist.TerminalSafe(s)) }
