package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
)

// comparePortfolioRun compares two folders of case files: a portfolio in
// two rounds.
func comparePortfolioRun(opts *CompareOptions) error {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	rubrics, err := cat.Select(opts.Global.Rubrics)
	if err != nil {
		return usageErrorf("%s", err)
	}
	oldCases, oldFailed, err := scoreFolder(opts, opts.Old, cat)
	if err != nil {
		return err
	}
	newCases, newFailed, err := scoreFolder(opts, opts.New, cat)
	if err != nil {
		return err
	}
	pc := checklist.ComparePortfolios(oldCases, newCases, rubrics)
	var buf bytes.Buffer
	if opts.Format == "xlsx" {
		err = render.XLSXPortfolioChange{Lang: lang}.Render(&buf, pc, opts.Old, opts.New)
	} else {
		r, rerr := checklist.NewPortfolioChangeRenderer(opts.Format, checklist.RenderOptions{Lang: lang, Color: opts.Color() && opts.Out == ""})
		if rerr != nil {
			return usageErrorf("%s", rerr)
		}
		err = r.Render(&buf, pc, opts.Old, opts.New)
	}
	if err != nil {
		return fmt.Errorf("rendering the comparison: %w", err)
	}
	if err := opts.outputFlags.write(opts.Factory, buf.Bytes()); err != nil {
		return err
	}
	if failed := oldFailed + newFailed; failed > 0 {
		return &exitError{code: exitPartial, err: fmt.Errorf("%d files could not be scored; the rest is compared", failed)}
	}
	return nil
}

// scoreFolder scores every case file under dir, in path order; the
// problems of files that cannot be scored go to stderr.
func scoreFolder(opts *CompareOptions, dir string, cat *checklist.Catalog) ([]checklist.RoundCase, int, error) {
	srcs := checklist.FindCaseFiles([]string{dir})
	if len(srcs) == 0 {
		return nil, 0, usageErrorf("no case files (*.yaml, *.yml) found in %s", dir)
	}
	var cases []checklist.RoundCase
	failed := 0
	scoreOpts := checklist.Options{Scope: opts.Global.Rubrics, GapBelow: opts.GapBelow}
	err := checklist.ScoreFiles(srcs, cat, scoreOpts, runtime.GOMAXPROCS(0), func(r checklist.CaseResult) error {
		if r.Summary == nil {
			failed++
			for _, p := range r.Problems {
				fmt.Fprintln(opts.IO.ErrOut, p.String())
			}
			return nil
		}
		rel, err := filepath.Rel(dir, r.File)
		if err != nil {
			rel = r.File
		}
		cases = append(cases, checklist.RoundCase{Rel: filepath.ToSlash(rel), Summary: r.Summary})
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	if len(cases) == 0 {
		return nil, 0, usageErrorf("none of the %d files in %s could be scored", len(srcs), dir)
	}
	return cases, failed, nil
}
