package render

import (
	"io"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
)

// TestRegistryTypes checks that every format makes the printer of its
// view, which the compiler cannot, as the registry holds them as any.
func TestRegistryTypes(t *testing.T) {
	for _, f := range registry {
		var ok bool
		switch f.view {
		case ReportView:
			_, ok = f.new.(func(Options) func(io.Writer, *checklist.Report) error)
		case CheckView:
			_, ok = f.new.(func(Options) func(io.Writer, *gate.CheckResult) error)
		case CompareView:
			_, ok = f.new.(func(Options) func(io.Writer, *checklist.Comparison) error)
		case RoundsView:
			_, ok = f.new.(func(Options) func(io.Writer, *checklist.Rounds) error)
		case FoldersView:
			_, ok = f.new.(func(Options) func(io.Writer, *checklist.PortfolioChange) error)
		case BatchView:
			_, ok = f.new.(func(io.Writer, Options) BatchPrinter)
		case RubricsView:
			_, ok = f.new.(func(Options) func(io.Writer, *checklist.Catalog) error)
		case RubricView:
			_, ok = f.new.(func(Options) func(io.Writer, *checklist.Rubric) error)
		}
		if !ok {
			t.Errorf("%s %s: %T does not make a printer of the view", f.view, f.name, f.new)
		}
	}
}
