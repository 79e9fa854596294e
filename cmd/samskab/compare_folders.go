package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/batch"
	"github.com/samskab/samskab/checklist/render"
)

// comparePortfolioRun compares two folders of case files: a portfolio in
// two rounds.
func comparePortfolioRun(opts *CompareOptions) error {
	if formats := render.Formats(render.FoldersView); !slices.Contains(formats, opts.Format) {
		return usageErrorf(opts.say().FolderFormat, opts.Format, strings.Join(formats, ", "))
	}
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	rubrics, err := cat.Select(opts.Global.Rubrics)
	if err != nil {
		return usageErrorf("%s", opts.describe(err))
	}
	oldCases, oldFailed, err := scoreFolder(opts, opts.Old, cat, lang)
	if err != nil {
		return err
	}
	newCases, newFailed, err := scoreFolder(opts, opts.New, cat, lang)
	if err != nil {
		return err
	}
	pc := checklist.ComparePortfolios(oldCases, newCases, rubrics)
	pc.OldDir, pc.NewDir = opts.Old, opts.New
	var buf bytes.Buffer
	ropts := render.Options{Lang: lang, Color: opts.Color() && opts.Out == "", Width: opts.Width()}
	if err := printTo(&buf, render.NewFoldersPrinter, opts.Format, ropts, pc); err != nil {
		return err
	}
	if err := opts.outputFlags.write(opts.Factory, buf.Bytes()); err != nil {
		return err
	}
	if failed := oldFailed + newFailed; failed > 0 {
		return &exitError{code: exitPartial, err: fmt.Errorf(opts.say().SomeFailedCompare, failed)}
	}
	return nil
}

// scoreFolder scores every case file under dir, in path order; the
// problems of files that cannot be scored go to stderr.
func scoreFolder(opts *CompareOptions, dir string, cat *checklist.Catalog, lang checklist.Lang) ([]checklist.RoundCase, int, error) {
	srcs := batch.FindCaseFiles([]string{dir})
	if len(srcs) == 0 {
		return nil, 0, usageErrorf(opts.say().NoCaseFiles, dir)
	}
	var cases []checklist.RoundCase
	failed := 0
	scoreOpts := checklist.Options{Scope: opts.Global.Rubrics, GapBelow: opts.GapBelow}
	err := batch.ScoreFiles(srcs, cat, scoreOpts, lang, runtime.GOMAXPROCS(0), func(r batch.CaseResult) error {
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
		return nil, 0, usageErrorf(opts.say().NoneScoredIn, len(srcs), dir)
	}
	return cases, failed, nil
}
