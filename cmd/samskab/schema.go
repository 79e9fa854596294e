package main

import (
	"bytes"

	"github.com/samskab/samskab/checklist/schema"
	"github.com/spf13/cobra"
)

// SchemaOptions are the inputs of `samskab schema`.
type SchemaOptions struct {
	*Factory
	Kind string // case or rubric
}

// NewCmdSchema builds `samskab schema`.
func NewCmdSchema(f *Factory, runF func(*SchemaOptions) error) *cobra.Command {
	opts := &SchemaOptions{Factory: f}
	cmd := &cobra.Command{
		Use:   "schema case|rubric",
		Short: "Print the JSON Schema of the case-file or rubric format",
		Long: `Print a JSON Schema (draft 2020-12) of the case-file format or the rubric format, for
editors and other tools. A file the schema accepts is one samskab accepts, apart from
cross-references such as actor ids. The case schema lists every question id of the loaded
rubrics (including those from --rubrics) with its text, so an editor can complete the ids and
show each question while you type. Descriptions follow --lang.

Case files made by 'samskab init' start with a modeline for the YAML language server (VS Code's
YAML extension, Neovim, Helix, ...) that points at samskab-case.schema.json next to the file.`,
		Example: `  samskab schema case > samskab-case.schema.json
  samskab schema rubric > samskab-rubric.schema.json
  samskab schema case --rubrics ./my-rubrics --lang da > samskab-case.schema.json`,
		Args:      exactArgs(1, "case or rubric"),
		ValidArgs: schema.SchemaKinds,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Kind = args[0]
			if opts.Kind != "case" && opts.Kind != "rubric" {
				return usageErrorf("unknown schema %q; expected case or rubric", opts.Kind)
			}
			if runF != nil {
				return runF(opts)
			}
			return schemaRun(opts)
		},
	}
	return cmd
}

func schemaRun(opts *SchemaOptions) error {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := schema.WriteSchema(&buf, opts.Kind, cat, lang); err != nil {
		return usageErrorf("%s", err)
	}
	_, err = opts.IO.Out.Write(buf.Bytes())
	return err
}
