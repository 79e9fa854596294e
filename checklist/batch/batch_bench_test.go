package batch

import (
	"io"
	"os"
	"runtime"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
	"github.com/samskab/samskab/internal/checklisttest"
	"github.com/samskab/samskab/internal/gencases"
	"github.com/samskab/samskab/internal/ordered"
)

// The batch benchmarks score generated case files (3 respondents × 48
// answers, about 4 KB each) on GOMAXPROCS workers. The floor is what no
// batch can avoid: reading each file and parsing it into a yaml.Node on
// the same worker pool. DESIGN target: batch ≤ 1.3 × floor.
//
//	go test ./checklist -run '^$' -bench 'Floor|Batch' -benchmem

const benchFiles = 1000

func benchSources(b *testing.B) []CaseSource {
	b.Helper()
	paths, err := gencases.Write(b.TempDir(), benchFiles)
	if err != nil {
		b.Fatal(err)
	}
	srcs := make([]CaseSource, len(paths))
	for i, p := range paths {
		srcs[i] = CaseSource{Path: p}
	}
	return srcs
}

// parseFloor reads and parses every file into a yaml.Node, discarding it.
func parseFloor(b *testing.B, srcs []CaseSource) {
	err := ordered.Map(len(srcs), runtime.GOMAXPROCS(0), func(i int) *yaml.Node {
		data, err := os.ReadFile(srcs[i].Path)
		if err != nil {
			b.Error(err)
			return nil
		}
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			b.Error(err)
		}
		return nil
	}, func(int, *yaml.Node) error { return nil })
	if err != nil {
		b.Fatal(err)
	}
}

// batch runs the whole scoring pipeline and folds the results into a
// portfolio, as `samskab batch` does before rendering.
func batch(b *testing.B, srcs []CaseSource, cat *checklist.Catalog) {
	pb := checklist.NewPortfolioBuilder(cat.Rubrics)
	err := ScoreFiles(srcs, cat, checklist.Options{}, checklist.English, runtime.GOMAXPROCS(0), func(r CaseResult) error {
		if r.Summary == nil {
			b.Errorf("%s: %v", r.File, r.Problems)
			return nil
		}
		pb.Add(r.Summary)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	_ = pb.Portfolio()
}

func BenchmarkParseFloor(b *testing.B) {
	srcs := benchSources(b)
	for b.Loop() {
		parseFloor(b, srcs)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchFiles), "ns/file")
}

func BenchmarkBatch(b *testing.B) {
	srcs, cat := benchSources(b), checklisttest.BuiltinCatalog(b)
	for b.Loop() {
		batch(b, srcs, cat)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*benchFiles), "ns/file")
}

// BenchmarkBatchRatio alternates floor and batch in every iteration, so
// both see the same machine state, and reports batch time ÷ floor time.
func BenchmarkBatchRatio(b *testing.B) {
	srcs, cat := benchSources(b), checklisttest.BuiltinCatalog(b)
	var floor, full time.Duration
	for b.Loop() {
		start := time.Now()
		parseFloor(b, srcs)
		mid := time.Now()
		batch(b, srcs, cat)
		floor, full = floor+mid.Sub(start), full+time.Since(mid)
	}
	b.ReportMetric(float64(floor.Nanoseconds())/float64(b.N*benchFiles), "floor-ns/file")
	b.ReportMetric(float64(full.Nanoseconds())/float64(b.N*benchFiles), "batch-ns/file")
	b.ReportMetric(full.Seconds()/floor.Seconds(), "ratio")
}

// BenchmarkRenderBatch measures each batch format on its own: the cost per
// case on top of scoring, paid on the goroutine that writes the rows.
func BenchmarkRenderBatch(b *testing.B) {
	srcs, cat := benchSources(b), checklisttest.BuiltinCatalog(b)
	var sums []*checklist.CaseSummary
	pb := checklist.NewPortfolioBuilder(cat.Rubrics)
	err := ScoreFiles(srcs, cat, checklist.Options{}, checklist.English, runtime.GOMAXPROCS(0), func(r CaseResult) error {
		sums = append(sums, r.Summary)
		pb.Add(r.Summary)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	p := pb.Portfolio()
	for _, format := range render.Formats(render.BatchView) {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				r, err := render.NewBatchPrinter(format, io.Discard, render.Options{Lang: checklist.Danish, Rubrics: cat.Rubrics})
				if err != nil {
					b.Fatal(err)
				}
				_ = r.Begin()
				for _, s := range sums {
					_ = r.Case(s)
				}
				_ = r.End(p)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(sums)), "ns/case")
		})
	}
}
