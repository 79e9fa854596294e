package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/atomicfile"

	"github.com/spf13/cobra"
)

// InitOptions are the inputs of `samskab init`.
type InitOptions struct {
	*Factory
	File  string // empty: print to stdout
	Force bool
}

// NewCmdInit builds `samskab init`.
func NewCmdInit(f *Factory, runF func(*InitOptions) error) *cobra.Command {
	opts := &InitOptions{Factory: f}
	cmd := &cobra.Command{
		Use:               "init " + f.msgs().UseOptFile,
		Short:             f.msgs().InitShort,
		Long:              f.msgs().InitLong,
		Example:           f.msgs().InitExample,
		Args:              maximumArgs(f, 1),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 1 {
				opts.File = args[0]
			}
			if runF != nil {
				return runF(opts)
			}
			return initRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.Force, "force", false, f.msgs().FlagForceInit)
	addLangFlag(cmd, f)
	addRubricFlag(cmd, f)
	addRubricDirsFlag(cmd, f)
	return cmd
}

func initRun(opts *InitOptions) error {
	if opts.File != "" {
		// A device, FIFO, folder or read-only file is refused before the
		// template is made: `init --force /dev/null` writes nothing.
		if err := atomicfile.Check(opts.File); err != nil {
			return usageErrorf("%s: %s", opts.File, opts.describe(err))
		}
	}
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	selected, err := cat.Select(opts.Global.Rubrics)
	if err != nil {
		return usageErrorf("%s", opts.describe(err))
	}
	name := opts.File
	if name == "" {
		name = "FILE"
	}
	data := yamlfile.CaseTemplate(selected, lang, filepath.Base(name), len(opts.Global.Rubrics) > 0)
	if opts.File == "" {
		_, err := opts.IO.Out.Write(data)
		return err
	}
	if _, err := os.Stat(opts.File); err == nil && !opts.Force {
		return usageErrorf(opts.msgs().Exists, opts.File)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return usageErrorf("%s: %s", opts.File, opts.reader().DescribeOS(err))
	}
	if err := atomicfile.WriteFile(opts.File, data); err != nil {
		return usageErrorf("%s: %s", opts.File, opts.describe(err))
	}
	fmt.Fprintf(opts.IO.ErrOut, catalog.For(lang).CLI.Wrote+"\n", opts.File, opts.File)
	return nil
}
