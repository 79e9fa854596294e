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
		Use:       "schema case|rubric",
		Short:     f.msgs().SchemaShort,
		Long:      f.msgs().SchemaLong,
		Example:   f.msgs().SchemaExample,
		Args:      exactArgs(f, 1, f.msgs().ArgSchema),
		ValidArgs: schema.SchemaKinds,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Kind = args[0]
			if opts.Kind != "case" && opts.Kind != "rubric" {
				return usageErrorf(f.say().UnknownSchema, opts.Kind)
			}
			if runF != nil {
				return runF(opts)
			}
			return schemaRun(opts)
		},
	}
	addLangFlag(cmd, f)
	addRubricDirsFlag(cmd, f)
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
