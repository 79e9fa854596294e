package main

import (
	"bufio"
	"bytes"

	"github.com/samskab/samskab/internal/atomicfile"
)

// batchOutput is where a batch report goes: stdout, or --out through a
// temporary file. Nothing reaches the destination before the first case
// has been scored (hold), so a batch in which no file can be scored writes
// nothing at all and exits 2, like any other invalid input.
type batchOutput struct {
	dest     *bufio.Writer
	file     *atomicfile.File // nil when writing to stdout
	held     bytes.Buffer
	released bool
}

func newBatchOutput(fac *Factory, path string) (*batchOutput, error) {
	if path == "" {
		return &batchOutput{dest: bufio.NewWriterSize(fac.IO.Out, 64<<10)}, nil
	}
	f, err := atomicfile.Create(path)
	if err != nil {
		return nil, usageErrorf(fac.say().CannotWriteOut, path, fac.describe(err))
	}
	return &batchOutput{dest: bufio.NewWriterSize(f, 64<<10), file: f}, nil
}

func (o *batchOutput) Write(p []byte) (int, error) {
	if !o.released {
		return o.held.Write(p)
	}
	return o.dest.Write(p)
}

// release lets what was held, and everything after it, through.
func (o *batchOutput) release() error {
	if o.released {
		return nil
	}
	o.released = true
	_, err := o.dest.Write(o.held.Bytes())
	o.held = bytes.Buffer{}
	return err
}

// commit flushes the report and, for --out, puts the file in place.
func (o *batchOutput) commit() error {
	if err := o.release(); err != nil {
		o.abort()
		return err
	}
	if err := o.dest.Flush(); err != nil {
		o.abort()
		return err
	}
	if o.file != nil {
		return o.file.Commit()
	}
	return nil
}

// abort drops whatever was not written yet; --out leaves no file behind.
func (o *batchOutput) abort() {
	if o.file != nil {
		o.file.Abort()
	}
}
