package main

import (
	"bytes"
	"fmt"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/internal/atomicfile"
)

// compareFormats are the formats of `compare`: a comparison of two files
// in text, markdown or json, anything else over the rounds view.
func compareFormats() []string {
	out := slices.Clone(render.Formats(render.CompareView))
	for _, f := range render.Formats(render.RoundsView) {
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// textFormats drops the binary formats, for a command that prints to the
// terminal only (assess).
func textFormats(formats []string) []string {
	return slices.DeleteFunc(slices.Clone(formats), render.Binary)
}

// outputFlags are --out and --excel, for the commands that write files
// people open in a spreadsheet.
type outputFlags struct {
	Out   string
	Excel bool
}

func (o *outputFlags) add(cmd *cobra.Command, f *Factory, excel bool) {
	cmd.Flags().StringVarP(&o.Out, "out", "o", "", f.msgs().FlagOut)
	_ = cmd.MarkFlagFilename("out")
	if excel {
		cmd.Flags().BoolVar(&o.Excel, "excel", false, f.msgs().FlagExcel)
	}
}

// check refuses --excel without csv, and a workbook bound for a terminal,
// where it would only be noise.
func (o *outputFlags) check(f *Factory, format string) error {
	if o.Excel && format != "csv" {
		return usageErrorf(f.say().ExcelCSVOnly, format)
	}
	if render.Binary(format) && o.Out == "" && f.IO.OutTTY {
		return usageErrorf("%s", f.say().WorkbookTerminal)
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
	if err := atomicfile.WriteFile(o.Out, data); err != nil {
		return usageErrorf(f.say().CannotWriteOut, o.Out, f.describe(err))
	}
	if f.IO.ErrTTY {
		fmt.Fprintln(f.IO.ErrOut, fmt.Sprintf(f.say().WroteOut, o.Out))
	}
	return nil
}

// excelCSV renders into w through the Excel rewrite when asked to.
func excelCSV(excel bool, w io.Writer, print func(io.Writer) error) error {
	if !excel {
		return print(w)
	}
	x := render.NewExcelCSV(w)
	err := print(x)
	if cerr := x.Close(); err == nil {
		err = cerr
	}
	return err
}

// renderReport renders a report in any of score's formats.
func renderReport(r *checklist.Report, format string, excel bool, opts render.Options) ([]byte, error) {
	var buf bytes.Buffer
	err := excelCSV(excel, &buf, func(w io.Writer) error {
		p, err := render.NewReportPrinter(format, w, opts)
		if err != nil {
			return usageErrorf("%s", err)
		}
		return p.Print(r)
	})
	if err != nil {
		return nil, fmt.Errorf(catalog.For(opts.Lang).CLI.RenderingReport, err)
	}
	return buf.Bytes(), nil
}
