package render

import (
	"io"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/samskab/samskab/checklist"
)

// table is a small wrapper over tablewriter with the settings every view
// shares: ASCII borders (friendly to logs and screen readers), headers as
// written, and explicit column alignment.
type table struct {
	t        *tablewriter.Table
	markdown bool // cells are escaped by the view, not here
}

func newTable(w io.Writer, markdown bool, aligns []tw.Align, header ...string) *table {
	var r tw.Renderer = renderer.NewBlueprint(tw.Rendition{
		Symbols: tw.NewSymbols(tw.StyleASCII),
	})
	if markdown {
		r = renderer.NewMarkdown()
		for i, h := range header {
			header[i] = mdCell(h)
		}
	}
	t := tablewriter.NewTable(w,
		tablewriter.WithRenderer(r),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAlignmentConfig(tw.CellAlignment{PerColumn: aligns}),
	)
	args := make([]any, len(header))
	for i, h := range header {
		args[i] = h
	}
	t.Header(args...)
	return &table{t: t, markdown: markdown}
}

// row adds a row. On a terminal every cell is made terminal-safe, as a
// cell may hold a name or a file name from outside; markdown cells are
// escaped by the view, which knows which cells are text.
func (t *table) row(cells ...string) error {
	args := make([]any, len(cells))
	for i, c := range cells {
		if !t.markdown {
			c = checklist.TerminalSafe(c)
		}
		args[i] = c
	}
	return t.t.Append(args...)
}

func (t *table) render() error { return t.t.Render() }

// mdCell escapes text from a file for a Markdown table cell or heading:
// no markup, no link, no raw HTML, one line.
func mdCell(s string) string {
	return MarkdownCell(s)
}

// itemTitle is the item's original (Danish) title, with the English
// rendering after it in English reports.
func itemTitle(it *checklist.Item, lang checklist.Lang) string {
	if lang == checklist.English && it.Title.EN != "" && it.Title.DA != "" && it.Title.EN != it.Title.DA {
		return it.Title.DA + " (" + it.Title.EN + ")"
	}
	return it.Title.In(lang)
}

// levelColor is the colour of a level: red below 50 %, yellow below 75 %,
// green above.
func levelColor(l checklist.Level) style {
	switch l {
	case checklist.LevelAbsent, checklist.LevelEmerging:
		return red
	case checklist.LevelDeveloping:
		return yellow
	case checklist.LevelEstablished, checklist.LevelEmbedded:
		return green
	}
	return nil
}

func (o Options) levelName(l checklist.Level) string {
	if l == "" {
		return "–"
	}
	return o.paint(levelColor(l), levelName(l, o.Lang))
}
