package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
	"github.com/samskab/samskab/checklist"
)

// RenderOptions are what every view of a report needs to know.
type RenderOptions struct {
	Lang  checklist.Lang
	Color bool // ANSI colour; only ever true on a terminal
}

// ReportRenderer writes one view of a report.
type ReportRenderer interface {
	Render(w io.Writer, r *checklist.Report) error
}

// ReportFormats are the formats of `score` and `assess`.
var ReportFormats = []string{"text", "markdown", "json", "csv", "html"}

// NewReportRenderer returns the renderer for a format name.
func NewReportRenderer(format string, opts RenderOptions) (ReportRenderer, error) {
	switch format {
	case "text":
		return textReport{opts}, nil
	case "markdown", "md":
		return markdownReport{opts}, nil
	case "json":
		return jsonReport{opts}, nil
	case "csv":
		return csvReport{}, nil
	case "html":
		return htmlReport{opts}, nil
	}
	return nil, fmt.Errorf("unknown format %q; expected one of: %s", format, strings.Join(ReportFormats, ", "))
}

// table is a small wrapper over tablewriter with the settings every view
// shares: ASCII borders (friendly to logs and screen readers), headers as
// written, and explicit column alignment.
type table struct {
	t *tablewriter.Table
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
	return &table{t: t}
}

func (t *table) row(cells ...string) error {
	args := make([]any, len(cells))
	for i, c := range cells {
		args[i] = c
	}
	return t.t.Append(args...)
}

func (t *table) render() error { return t.t.Render() }

// mdCell escapes what would break a Markdown table cell.
func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", `\|`)
	s = strings.ReplaceAll(s, "\r\n", "<br>")
	return strings.ReplaceAll(s, "\n", "<br>")
}

// itemTitle is the item's original (Danish) title, with the English
// rendering after it in English reports.
func itemTitle(it *checklist.Item, lang checklist.Lang) string {
	if lang == checklist.English && it.Title.EN != "" && it.Title.DA != "" && it.Title.EN != it.Title.DA {
		return it.Title.DA + " (" + it.Title.EN + ")"
	}
	return it.Title.In(lang)
}

// ansi colours for levels; used only when RenderOptions.Color is set.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiGreen  = "\x1b[32m"
)

func levelColor(l checklist.Level) string {
	switch l {
	case checklist.LevelAbsent, checklist.LevelEmerging:
		return ansiRed
	case checklist.LevelDeveloping:
		return ansiYellow
	case checklist.LevelEstablished, checklist.LevelEmbedded:
		return ansiGreen
	}
	return ""
}

func (o RenderOptions) paint(color, s string) string {
	if !o.Color || color == "" {
		return s
	}
	return color + s + ansiReset
}

func (o RenderOptions) levelName(l checklist.Level) string {
	if l == "" {
		return "–"
	}
	return o.paint(levelColor(l), l.Name(o.Lang))
}
