package render

import (
	"fmt"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// BatchPrinter writes one view of a batch while it runs. Begin comes
// first, then Case or Failure for each file in path order, then End with
// the portfolio summary. Formats that can stream (csv, jsonl, json,
// markdown) write each row as it comes; a view that must see every row
// first (the aligned table, the HTML page) keeps only what it shows of each.
type BatchPrinter interface {
	Begin() error
	Case(s *checklist.CaseSummary) error
	Failure(f Failure) error
	End(p *checklist.Portfolio) error
}

// Failure is a file of a batch that could not be scored.
type Failure struct {
	File     string
	Problems checklist.Problems
}

// countText picks the singular or plural form of a counted label.
func countText(lang checklist.Lang, n int, one, many string) string {
	if n == 1 {
		return pmsg(lang, one)
	}
	return fmt.Sprintf(pmsg(lang, many), n)
}

// portfolioHeadline is the first line of a summary: cases scored and
// files that could not be.
func portfolioHeadline(p *checklist.Portfolio, lang checklist.Lang) string {
	s := countText(lang, p.Cases, "case-scored", "cases-scored")
	if p.Failed > 0 {
		s += " · " + countText(lang, p.Failed, "file-failed", "files-failed")
	}
	return s
}

// levelCounts is the "cases per level" line: every level, lowest first.
func levelCounts(p *checklist.Portfolio, lang checklist.Lang) string {
	parts := make([]string, 0, len(p.Levels)+1)
	for _, lc := range p.Levels {
		parts = append(parts, fmt.Sprintf("%s %d", levelName(lc.Level, lang), lc.Cases))
	}
	if p.Unscored > 0 {
		parts = append(parts, fmt.Sprintf("%s %d", catalog.For(lang).Portfolio.NoOverall, p.Unscored))
	}
	return strings.Join(parts, " · ")
}

// failureLine is one file that could not be scored, with its first
// problem, for the human views; stderr has all of them.
func failureLine(f Failure, lang checklist.Lang) string {
	if len(f.Problems) == 0 {
		return f.File
	}
	s := f.Problems[0].String()
	switch extra := len(f.Problems) - 1; {
	case extra == 1:
		s += " " + catalog.For(lang).Portfolio.MoreProblem
	case extra > 1:
		s += " " + fmt.Sprintf(catalog.For(lang).Portfolio.MoreProblems, extra)
	}
	return s
}

// topGapText is the table cell for a case's first gap: kind and item.
func topGapText(g checklist.GapSummary, lang checklist.Lang) string {
	if g.Kind == "" {
		return "–"
	}
	return GapKindName(g.Kind, lang) + " " + g.Item.ID
}

// lowInLegend explains the columns of the portfolio's item table.
func lowInLegend(o Options) string {
	return fmt.Sprintf(catalog.For(o.Lang).Portfolio.LowInLegend, decimal(o.GapBelow, 1, o.Lang)+" %")
}
