package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// csvReport writes one row per item with stable columns and locale-free
// numbers; empty cells stand for undefined values.
type csvReport struct{}

// CSVColumns are the columns of the item CSV, in order.
var CSVColumns = []string{"file", "project", "rubric", "item", "title", "status", "score", "percent", "level",
	"spread", "respondents", "na", "dk", "gaps"}

func (csvReport) Render(w io.Writer, r *checklist.Report) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return err
	}
	gapKinds := map[*checklist.ItemResult][]string{}
	for _, g := range r.Gaps {
		gapKinds[g.Item] = append(gapKinds[g.Item], string(g.Kind))
	}
	for ri := range r.Rubrics {
		rr := &r.Rubrics[ri]
		for ii := range rr.Items {
			it := &rr.Items[ii]
			sc := csvText
			row := []string{sc(r.File), sc(r.Project.Name), sc(rr.Rubric.ID), sc(it.Item.ID), sc(it.Item.Title.DA), string(it.Status),
				csvNum(it.Score, 2), csvNum(it.Percent, 1), string(checklist.LevelOfNum(it.Percent)), csvNum(it.Spread, 2),
				strconv.Itoa(it.Respondents), strconv.Itoa(it.NA), strconv.Itoa(it.DK), strings.Join(gapKinds[it], ";")}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
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
