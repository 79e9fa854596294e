package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/internal/iostreams"
)

// Options are what any view needs to know. A view reads only the fields
// it uses.
type Options struct {
	Lang  checklist.Lang
	Color bool // ANSI colour; only ever true on a terminal
	// Width is the terminal's width in columns: the text views fit inside
	// it (fit.go). 0 means no limit.
	Width int
	// Version is samskab's version, for SARIF's tool description; empty or
	// "(devel)" leaves it out.
	Version string
	// Rubrics are a batch's rubric columns: the rubrics in scope, in
	// report order. They are fixed before the first case, so columns and
	// keys are the same whatever the files contain.
	Rubrics []*checklist.Rubric
	// GapBelow is the gap line in percent, for a batch's legend; 0 means
	// checklist.DefaultGapBelow.
	GapBelow float64
	// Flags name the command-line flag behind each kind of threshold, for
	// the check views' "source" of a threshold given on the command line.
	Flags map[gate.ThresholdKind]string
	// Catalog gives a rubric view the theme titles.
	Catalog *checklist.Catalog
}

// View is what a format shows.
type View string

const (
	ReportView  View = "report"  // score, assess: *checklist.Report
	CheckView   View = "check"   // check: *gate.CheckResult
	CompareView View = "compare" // compare of two files: *checklist.Comparison
	RoundsView  View = "rounds"  // compare of several files: *checklist.Rounds
	FoldersView View = "folders" // compare of two folders: *checklist.PortfolioChange
	BatchView   View = "batch"   // batch: a BatchPrinter, fed file by file
	RubricsView View = "rubrics" // rubrics: *checklist.Catalog, as a list
	RubricView  View = "rubric"  // rubrics show: *checklist.Rubric
)

// Printer writes one view in one format to the writer it was made with, as
// golangci-lint's printers do: the caller picks the format once and then
// only hands over what to print.
type Printer[T any] interface {
	Print(v T) error
}

// printer binds a view's render function to its writer.
type printer[T any] struct {
	w      io.Writer
	render func(io.Writer, T) error
}

func (p printer[T]) Print(v T) error { return p.render(p.w, v) }

// format is one entry of the registry: a view in one format, and what
// makes its printer: for BatchView a func(io.Writer, Options) BatchPrinter,
// for any other view a func(Options) func(io.Writer, T) error, T being
// what the view shows (TestRegistryTypes checks each). Plain function
// literals keep the registry data the compiler lays out, not code that
// builds it at every start of samskab.
type format struct {
	view View
	name string
	new  any
}

// registry is every format of every view, in the order help texts and
// error messages list them. A new output format is one line here and the
// view it names.
var registry = []format{
	{ReportView, "text", func(o Options) func(io.Writer, *checklist.Report) error { return textReport{o}.Render }},
	{ReportView, "markdown", func(o Options) func(io.Writer, *checklist.Report) error { return markdownReport{o}.Render }},
	{ReportView, "json", func(o Options) func(io.Writer, *checklist.Report) error { return jsonReport{o}.Render }},
	{ReportView, "csv", func(o Options) func(io.Writer, *checklist.Report) error { return csvReport{}.Render }},
	{ReportView, "html", func(o Options) func(io.Writer, *checklist.Report) error { return htmlReport{o}.Render }},
	{ReportView, "xlsx", func(o Options) func(io.Writer, *checklist.Report) error { return XLSXReport{o.Lang}.Render }},

	{CheckView, "text", func(o Options) func(io.Writer, *gate.CheckResult) error { return checkText{o}.Render }},
	{CheckView, "json", func(o Options) func(io.Writer, *gate.CheckResult) error { return checkJSONView{o}.Render }},
	{CheckView, "junit", func(o Options) func(io.Writer, *gate.CheckResult) error { return checkJUnit{o}.Render }},
	{CheckView, "github", func(o Options) func(io.Writer, *gate.CheckResult) error { return checkGitHub{o}.Render }},
	{CheckView, "sarif", func(o Options) func(io.Writer, *gate.CheckResult) error { return checkSARIF{o}.Render }},

	{CompareView, "text", func(o Options) func(io.Writer, *checklist.Comparison) error { return compareText{o}.Render }},
	{CompareView, "markdown", func(o Options) func(io.Writer, *checklist.Comparison) error { return compareMarkdown{o}.Render }},
	{CompareView, "json", func(o Options) func(io.Writer, *checklist.Comparison) error { return compareJSON{}.Render }},

	{RoundsView, "text", func(o Options) func(io.Writer, *checklist.Rounds) error { return roundsText{o}.Render }},
	{RoundsView, "markdown", func(o Options) func(io.Writer, *checklist.Rounds) error { return roundsMarkdown{o}.Render }},
	{RoundsView, "json", func(o Options) func(io.Writer, *checklist.Rounds) error { return roundsJSON{}.Render }},
	{RoundsView, "html", func(o Options) func(io.Writer, *checklist.Rounds) error { return roundsHTML{o}.Render }},
	{RoundsView, "xlsx", func(o Options) func(io.Writer, *checklist.Rounds) error { return XLSXRounds{o.Lang}.Render }},

	{FoldersView, "text", func(o Options) func(io.Writer, *checklist.PortfolioChange) error {
		return portfolioChangeText{o, false}.Render
	}},
	{FoldersView, "markdown", func(o Options) func(io.Writer, *checklist.PortfolioChange) error {
		return portfolioChangeText{o, true}.Render
	}},
	{FoldersView, "json", func(o Options) func(io.Writer, *checklist.PortfolioChange) error { return portfolioChangeJSON{}.Render }},
	{FoldersView, "xlsx", func(o Options) func(io.Writer, *checklist.PortfolioChange) error {
		return XLSXPortfolioChange{o.Lang}.Render
	}},

	{BatchView, "table", func(w io.Writer, o Options) BatchPrinter { return &batchTable{w: w, o: o} }},
	{BatchView, "csv", func(w io.Writer, o Options) BatchPrinter { return newBatchCSV(w, o) }},
	{BatchView, "jsonl", func(w io.Writer, o Options) BatchPrinter { return &batchJSONL{w: w, lines: newLineEncoder()} }},
	{BatchView, "json", func(w io.Writer, o Options) BatchPrinter { return &batchJSON{w: w, lines: newLineEncoder()} }},
	{BatchView, "markdown", func(w io.Writer, o Options) BatchPrinter { return &batchMarkdown{w: w, o: o} }},
	{BatchView, "html", func(w io.Writer, o Options) BatchPrinter { return newBatchHTML(w, o) }},
	{BatchView, "xlsx", func(w io.Writer, o Options) BatchPrinter { return NewXLSXBatch(w, o) }},

	{RubricsView, "text", func(o Options) func(io.Writer, *checklist.Catalog) error {
		return func(w io.Writer, c *checklist.Catalog) error { return rubricListTable(w, c, o.Lang, false, o.Width) }
	}},
	{RubricsView, "markdown", func(o Options) func(io.Writer, *checklist.Catalog) error {
		return func(w io.Writer, c *checklist.Catalog) error { return rubricListTable(w, c, o.Lang, true, 0) }
	}},
	{RubricsView, "json", func(o Options) func(io.Writer, *checklist.Catalog) error { return rubricListJSON }},

	{RubricView, "text", func(o Options) func(io.Writer, *checklist.Rubric) error {
		return func(w io.Writer, r *checklist.Rubric) error { return rubricText(w, r, o) }
	}},
	{RubricView, "markdown", func(o Options) func(io.Writer, *checklist.Rubric) error {
		return func(w io.Writer, r *checklist.Rubric) error { return rubricMarkdown(w, r, o.Catalog, o.Lang) }
	}},
	{RubricView, "json", func(o Options) func(io.Writer, *checklist.Rubric) error { return rubricJSONView }},
	// csv: the questions as a list to paste into a survey form.
	{RubricView, "csv", func(o Options) func(io.Writer, *checklist.Rubric) error {
		return func(w io.Writer, r *checklist.Rubric) error { return RubricQuestionsCSV(w, r, o.Lang) }
	}},
}

// Formats are the format names of a view, in the order help lists them.
func Formats(v View) []string {
	var names []string
	for _, f := range registry {
		if f.view == v {
			names = append(names, f.name)
		}
	}
	return names
}

// lookup finds what makes the printer of a view in a format (format.new).
func lookup(v View, name string, lang checklist.Lang) (any, error) {
	for _, f := range registry {
		if f.view == v && f.name == name {
			return f.new, nil
		}
	}
	// The commands check --format first; this is for any other caller,
	// in the language of the view.
	return nil, fmt.Errorf(catalog.For(lang).CLI.UnknownFormat, name, strings.Join(Formats(v), ", "))
}

func (o Options) withDefaults() Options {
	if o.GapBelow == 0 {
		o.GapBelow = checklist.DefaultGapBelow
	}
	return o
}

func newPrinter[T any](v View, name string, w io.Writer, o Options) (Printer[T], error) {
	mk, err := lookup(v, name, o.Lang)
	if err != nil {
		return nil, err
	}
	return printer[T]{w, mk.(func(Options) func(io.Writer, T) error)(o.withDefaults())}, nil
}

// NewReportPrinter returns the printer of a report format, writing to w.
func NewReportPrinter(name string, w io.Writer, o Options) (Printer[*checklist.Report], error) {
	return newPrinter[*checklist.Report](ReportView, name, w, o)
}

// NewCheckPrinter returns the printer of a check format, writing to w.
func NewCheckPrinter(name string, w io.Writer, o Options) (Printer[*gate.CheckResult], error) {
	return newPrinter[*gate.CheckResult](CheckView, name, w, o)
}

// NewComparePrinter returns the printer of a compare format, writing to w.
func NewComparePrinter(name string, w io.Writer, o Options) (Printer[*checklist.Comparison], error) {
	return newPrinter[*checklist.Comparison](CompareView, name, w, o)
}

// NewRoundsPrinter returns the printer of a project over several rounds,
// writing to w.
func NewRoundsPrinter(name string, w io.Writer, o Options) (Printer[*checklist.Rounds], error) {
	return newPrinter[*checklist.Rounds](RoundsView, name, w, o)
}

// NewFoldersPrinter returns the printer of two portfolio rounds, writing
// to w.
func NewFoldersPrinter(name string, w io.Writer, o Options) (Printer[*checklist.PortfolioChange], error) {
	return newPrinter[*checklist.PortfolioChange](FoldersView, name, w, o)
}

// Binary reports whether a format writes bytes for a file, not text for a
// terminal; commands refuse to write such a format to a terminal.
func Binary(name string) bool { return name == "xlsx" }

// NewRubricListPrinter returns the printer of the rubric list, writing to w.
func NewRubricListPrinter(name string, w io.Writer, o Options) (Printer[*checklist.Catalog], error) {
	return newPrinter[*checklist.Catalog](RubricsView, name, w, o)
}

// NewRubricPrinter returns the printer of one rubric, writing to w; theme
// titles come from o.Catalog.
func NewRubricPrinter(name string, w io.Writer, o Options) (Printer[*checklist.Rubric], error) {
	return newPrinter[*checklist.Rubric](RubricView, name, w, o)
}

// NewBatchPrinter returns the printer of a batch format, writing to w.
func NewBatchPrinter(name string, w io.Writer, o Options) (BatchPrinter, error) {
	mk, err := lookup(BatchView, name, o.Lang)
	if err != nil {
		return nil, err
	}
	return mk.(func(io.Writer, Options) BatchPrinter)(w, o.withDefaults()), nil
}

// style is a colour of the colour scheme.
type style func(*iostreams.ColorScheme, string) string

var (
	bold   style = (*iostreams.ColorScheme).Bold
	red    style = (*iostreams.ColorScheme).Red
	yellow style = (*iostreams.ColorScheme).Yellow
	green  style = (*iostreams.ColorScheme).Green
)

// paint colours s when the options allow colour.
// Its text is made terminal-safe first: it is often a name from a file.
func (o Options) paint(st style, s string) string {
	s = checklist.TerminalSafe(s)
	if st == nil {
		return s
	}
	return st(iostreams.NewColorScheme(o.Color), s)
}
