package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/batch"
	"github.com/samskab/samskab/checklist/render"
	"github.com/samskab/samskab/internal/atomicfile"
)

// BatchOptions are the inputs of `samskab batch`.
type BatchOptions struct {
	*Factory
	Paths    []string
	Format   string
	Jobs     int // 0: one per CPU
	Out      string
	Excel    bool
	GapBelow float64
}

// NewCmdBatch builds `samskab batch`.
func NewCmdBatch(f *Factory, runF func(*BatchOptions) error) *cobra.Command {
	opts := &BatchOptions{Factory: f}
	cmd := &cobra.Command{
		Use:               "batch " + f.msgs().UsePaths,
		Short:             f.msgs().BatchShort,
		Long:              f.msgs().BatchLong,
		Example:           f.msgs().BatchExample,
		Args:              minimumArgs(f, 1, f.msgs().ArgBatch),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if err := opts.checkFormat(opts.Format, render.Formats(render.BatchView)); err != nil {
				return err
			}
			flags := outputFlags{Out: opts.Out, Excel: opts.Excel}
			if err := flags.check(f, opts.Format); err != nil {
				return err
			}
			if err := opts.checkGapBelow(opts.GapBelow); err != nil {
				return err
			}
			if opts.Jobs < 0 {
				return usageErrorf(f.say().ErrJobs, opts.Jobs)
			}
			if runF != nil {
				return runF(opts)
			}
			return batchRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Format, "format", "f", "table", formatUsage(f, render.Formats(render.BatchView)))
	fl.BoolVar(&opts.Excel, "excel", false, f.msgs().FlagExcel)
	fl.IntVarP(&opts.Jobs, "jobs", "j", 0, f.msgs().FlagJobs)
	fl.StringVarP(&opts.Out, "out", "o", "", f.msgs().FlagOut)
	fl.Float64Var(&opts.GapBelow, "gap-below", checklist.DefaultGapBelow, f.msgs().FlagGapBelowBatch)
	addScoringFlags(cmd, f)
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(render.Formats(render.BatchView)...))
	_ = cmd.MarkFlagFilename("out")
	return cmd
}

// batchState is what a running batch keeps between files: the renderer,
// the portfolio so far and the counts for the exit code.
type batchState struct {
	opts      *BatchOptions
	ctx       context.Context // cancelled by Ctrl-C
	cat       *checklist.Catalog
	lang      checklist.Lang
	out       *batchOutput
	renderer  render.BatchPrinter
	excel     interface{ Close() error } // the --excel rewrite, nil without it
	portfolio *checklist.PortfolioBuilder
	progress  *progress
	gc        *batchGC
	failed    int
}

func batchRun(opts *BatchOptions) error {
	// A signal (Ctrl-C, SIGTERM, SIGHUP, SIGQUIT) stops the batch between
	// two files, so that --out removes its temporary file and leaves the
	// old file in place; a second signal removes it and exits at once.
	// The handler is in place before startBatch creates that file.
	ctx, stop := atomicfile.NotifyContext(context.Background())
	defer stop()
	st, srcs, err := startBatch(opts)
	if err != nil {
		return err
	}
	st.ctx = ctx
	st.gc = startBatchGC(opts.Getenv)
	defer st.gc.stop()
	jobs := opts.Jobs
	if jobs == 0 {
		jobs = runtime.GOMAXPROCS(0)
	}
	scoreOpts := checklist.Options{Scope: opts.Global.Rubrics, GapBelow: opts.GapBelow}
	err = batch.ScoreFiles(srcs, st.cat, scoreOpts, st.lang, jobs, st.emit)
	st.progress.clear()
	switch {
	case errors.Is(err, context.Canceled):
		st.out.abort()
		msg := opts.say().Interrupted
		if opts.Out != "" {
			msg = fmt.Sprintf(opts.say().InterruptedOut, opts.Out)
		}
		return &exitError{code: exitInterrupted, err: errors.New(msg)}
	case err != nil:
		st.out.abort()
		return fmt.Errorf(opts.say().WritingReport, err)
	}
	return st.finish(len(srcs))
}

// startBatch checks the scope, finds the files and opens the output.
func startBatch(opts *BatchOptions) (*batchState, []batch.CaseSource, error) {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return nil, nil, err
	}
	rubrics, err := cat.Select(opts.Global.Rubrics)
	if err != nil {
		return nil, nil, usageErrorf("%s", opts.describe(err))
	}
	srcs := batch.FindCaseFiles(opts.Paths)
	if len(srcs) == 0 {
		return nil, nil, usageErrorf(opts.say().NoCaseFiles, strings.Join(opts.Paths, ", "))
	}
	out, err := newBatchOutput(opts.Factory, opts.Out)
	if err != nil {
		return nil, nil, err
	}
	var dest io.Writer = out
	var excel *render.ExcelCSV
	if opts.Excel {
		excel = render.NewExcelCSV(out)
		dest = excel
	}
	renderer, err := render.NewBatchPrinter(opts.Format, dest, render.Options{Width: opts.Width(),
		Lang: lang, Color: opts.Color() && opts.Out == "", Rubrics: rubrics, GapBelow: opts.GapBelow})
	if err == nil {
		err = renderer.Begin()
	}
	if err != nil {
		out.abort()
		return nil, nil, err
	}
	label := opts.say().ProgressLabel
	st := &batchState{opts: opts, ctx: context.Background(), cat: cat, lang: lang, out: out, renderer: renderer,
		portfolio: checklist.NewPortfolioBuilder(rubrics),
		progress:  newProgress(opts.IO.ErrOut, label, len(srcs), showProgress(opts))}
	if excel != nil {
		st.excel = excel
	}
	return st, srcs, nil
}

// emit takes each file's result in path order.
// showProgress decides on the progress bar: only on a terminal, and not
// while rows stream to the same terminal, where the bar would cut through
// them. The table and the HTML page print nothing before the end, so they
// keep the bar.
func showProgress(opts *BatchOptions) bool {
	atEnd := opts.Format == "table" || opts.Format == "html" || opts.Format == "xlsx"
	return opts.IO.ErrTTY && (!opts.IO.OutTTY || opts.Out != "" || atEnd)
}

func (st *batchState) emit(r batch.CaseResult) error {
	if err := st.ctx.Err(); err != nil {
		return err
	}
	st.progress.add()
	st.gc.caseDone()
	if r.Summary == nil {
		st.failed++
		st.portfolio.AddFailure()
		st.progress.clear()
		for _, p := range r.Problems {
			fmt.Fprintln(st.opts.IO.ErrOut, p.String())
		}
		return st.renderer.Failure(render.Failure{File: r.File, Problems: r.Problems})
	}
	if err := st.out.release(); err != nil {
		return err
	}
	st.portfolio.Add(r.Summary)
	return st.renderer.Case(r.Summary)
}

// finish writes the summary and decides the exit code.
func (st *batchState) finish(total int) error {
	p := st.portfolio.Portfolio()
	if p.Cases == 0 {
		st.out.abort()
		return usageErrorf(st.opts.say().NoneScored, total)
	}
	m := st.opts.say()
	if err := st.renderer.End(p); err != nil {
		st.out.abort()
		return fmt.Errorf(m.WritingReport, err)
	}
	if st.excel != nil {
		if err := st.excel.Close(); err != nil {
			st.out.abort()
			return fmt.Errorf(m.WritingReport, err)
		}
	}
	if err := st.out.commit(); err != nil {
		return fmt.Errorf(m.WritingReport, err)
	}
	if st.opts.Out != "" && st.opts.IO.ErrTTY {
		fmt.Fprintln(st.opts.IO.ErrOut, fmt.Sprintf(m.WroteOut, st.opts.Out))
	}
	if st.failed > 0 {
		return &exitError{code: exitPartial, err: fmt.Errorf(m.SomeFailed, st.failed, total)}
	}
	return nil
}
