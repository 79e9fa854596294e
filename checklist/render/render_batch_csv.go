package render

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// batchCSV writes one row per file as it comes: stable columns fixed by
// the batch's rubrics, locale-free numbers, empty cells for undefined
// values. A file that could not be scored gets a row with status `error`
// and its problems in the last column.
type batchCSV struct {
	cw      *csv.Writer
	rubrics []*checklist.Rubric
}

func newBatchCSV(w io.Writer, o Options) *batchCSV {
	return &batchCSV{cw: csv.NewWriter(w), rubrics: o.Rubrics}
}

// BatchCSVColumns are the columns of the batch CSV for the given rubrics.
func BatchCSVColumns(rubrics []*checklist.Rubric) []string {
	cols := []string{"file", "status", "project", "owner", "respondents", "overall_percent", "overall_level", "coverage"}
	for _, r := range rubrics {
		cols = append(cols, r.ID+"_percent")
	}
	return append(cols, "gaps", "top_gap_kind", "top_gap_item", "top_gap_title", "error")
}

func (v *batchCSV) Begin() error { return v.write(BatchCSVColumns(v.rubrics)) }

func (v *batchCSV) Case(s *checklist.CaseSummary) error {
	row := make([]string, 0, 13+len(v.rubrics))
	sc := csvText // text from files; numbers are written as numbers
	row = append(row, sc(s.File), "ok", sc(s.Project.Name), sc(s.Project.Owner), strconv.Itoa(s.Respondents),
		csvNum(s.Overall, 1), string(checklist.LevelOfNum(s.Overall)), jsonNum(s.Coverage, 2))
	for _, r := range v.rubrics {
		row = append(row, csvNum(s.RubricPercent(r), 1))
	}
	row = append(row, strconv.Itoa(s.Gaps))
	if g := s.TopGap; g.Kind != "" {
		row = append(row, string(g.Kind), sc(g.Item.ID), sc(g.Item.Title.DA), "")
	} else {
		row = append(row, "", "", "", "")
	}
	return v.write(row)
}

func (v *batchCSV) Failure(f Failure) error {
	row := make([]string, len(BatchCSVColumns(v.rubrics)))
	row[0], row[1] = csvText(f.File), "error"
	msgs := make([]string, len(f.Problems))
	for i, p := range f.Problems {
		msgs[i] = problemText(p)
	}
	row[len(row)-1] = csvText(strings.Join(msgs, "; "))
	return v.write(row)
}

func (v *batchCSV) End(*checklist.Portfolio) error {
	v.cw.Flush()
	return v.cw.Error()
}

// write writes one record; the csv.Writer buffers, and the caller's
// writer decides when bytes reach the disk.
func (v *batchCSV) write(rec []string) error {
	if err := v.cw.Write(rec); err != nil {
		return err
	}
	v.cw.Flush()
	return v.cw.Error()
}

// problemText is a problem without its file name, which the row already
// carries: "12:7: message", or the message alone when it has no position.
func problemText(p checklist.Problem) string {
	if p.Line > 0 {
		return strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col) + ": " + p.Msg
	}
	return p.Msg
}
