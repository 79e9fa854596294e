package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
)

// Formats with a workbook added. TODO(integrator): once the render
// registry exists, register xlsx there and drop these lists.
var (
	scoreFormats   = append(slices.Clone(checklist.ReportFormats), "xlsx")
	batchFormats   = append(slices.Clone(checklist.BatchFormats), "xlsx")
	compareFormats = append(slices.Clone(checklist.CompareFormats), "html", "xlsx")
)

// outputFlags are --out and --excel, for the commands that write files
// people open in a spreadsheet.
type outputFlags struct {
	Out   string
	Excel bool
}

func (o *outputFlags) add(cmd *cobra.Command, excel bool) {
	cmd.Flags().StringVarP(&o.Out, "out", "o", "", "write the report to this file (atomically) instead of stdout")
	_ = cmd.MarkFlagFilename("out")
	if excel {
		cmd.Flags().BoolVar(&o.Excel, "excel", false,
			"with --format csv: semicolons, decimal commas and a byte order mark, for Excel in a Danish locale")
	}
}

// check refuses --excel without csv, and a workbook bound for a terminal,
// where it would only be noise.
func (o *outputFlags) check(f *Factory, format string) error {
	if o.Excel && format != "csv" {
		return usageErrorf("--excel applies to --format csv only, not %s", format)
	}
	if format == "xlsx" && o.Out == "" && f.IO.OutTTY {
		return usageErrorf("%s", render.IsTerminalRefusal)
	}
	return nil
}

// write puts a finished report on stdout or, with --out, into the file
// through a temporary file and a rename.
func (o *outputFlags) write(f *Factory, data []byte) error {
	if o.Out == "" {
		_, err := f.IO.Out.Write(data)
		return err
	}
	if err := checklist.WriteFileAtomic(o.Out, data); err != nil {
		return usageErrorf("cannot write --out %s: %s", o.Out, err)
	}
	if f.IO.ErrTTY {
		fmt.Fprintf(f.IO.ErrOut, "Wrote %s.\n", o.Out)
	}
	return nil
}

// excelCSV renders into w through the Excel rewrite when asked to.
func excelCSV(excel bool, w io.Writer, render func(io.Writer) error) error {
	if !excel {
		return render(w)
	}
	x := newExcelWriter(w)
	err := render(x)
	if cerr := x.Close(); err == nil {
		err = cerr
	}
	return err
}

func newExcelWriter(w io.Writer) *render.ExcelCSV { return render.NewExcelCSV(w) }

// renderReport renders a report in any of score's formats.
func renderReport(r *checklist.Report, format string, excel bool, opts checklist.RenderOptions) ([]byte, error) {
	var buf bytes.Buffer
	var renderer checklist.ReportRenderer = render.XLSXReport{Lang: opts.Lang}
	if format != "xlsx" {
		var err error
		if renderer, err = checklist.NewReportRenderer(format, opts); err != nil {
			return nil, usageErrorf("%s", err)
		}
	}
	err := excelCSV(excel, &buf, func(w io.Writer) error { return renderer.Render(w, r) })
	if err != nil {
		return nil, fmt.Errorf("rendering the report: %w", err)
	}
	return buf.Bytes(), nil
}
