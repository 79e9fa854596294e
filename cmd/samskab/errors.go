package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/atomicfile"
)

// Exit codes (DESIGN.md §6).
const (
	exitOK          = 0
	exitThreshold   = 1
	exitInvalid     = 2
	exitPartial     = 3
	exitInterrupted = 130
)

// exitError carries an exit code through the command tree to Main, which
// alone decides what the process returns. A nil err means "print nothing".
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageErrorf reports a mistake in how the command was called: exit 2.
func usageErrorf(format string, args ...any) error {
	return &exitError{code: exitInvalid, err: fmt.Errorf(format, args...)}
}

// silentExit ends the command with a code and no message; the command has
// already said what there is to say.
func silentExit(code int) error { return &exitError{code: code} }

// reportError prints err to stderr in lang and returns the exit code for
// it. Invalid input is listed one problem per line, each with its position.
func reportError(w io.Writer, err error, lang checklist.Lang) int {
	if err == nil {
		return exitOK
	}
	var problems checklist.Problems
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Fprintln(w, p.String())
		}
		return exitInvalid
	}
	// A refused or failed write (*atomicfile.Error) is exit 2 as well:
	// nothing was written.
	code := exitInvalid
	var ee *exitError
	if errors.As(err, &ee) && !errors.As(err, new(*atomicfile.Error)) {
		code = ee.code
		if ee.err == nil {
			return code
		}
	}
	fmt.Fprintf(w, "samskab: %s\n", describe(lang, err))
	return code
}

// describe words err in lang: the errors of writes (internal/atomicfile),
// of the file system (internal/oserr) and of the core that have a message
// in the catalog. Any other error, and one of those wrapped in another
// error's text, is its own text.
func describe(lang checklist.Lang, err error) string {
	if ee, ok := err.(*exitError); ok && ee.err != nil {
		err = ee.err
	}
	if e, ok := err.(*atomicfile.Error); ok {
		return describeWrite(lang, e)
	}
	return yamlfile.In(lang).Describe(err)
}

// describeWrite words a refused or failed write, read or lock without its
// path, which the caller prints in front.
func describeWrite(lang checklist.Lang, e *atomicfile.Error) string {
	m := &catalog.For(lang).Problems
	msg := writeReason(lang, e)
	if e.Target != "" {
		return fmt.Sprintf(m.WriteLeadsTo, e.Target, msg)
	}
	return msg
}

// writeRefusals are atomicfile's reasons to refuse, with their wording;
// made when needed, not at every start.
func writeRefusals() []writeRefusal {
	return []writeRefusal{
		{atomicfile.ErrIsDir, func(m *catalog.ProblemMessages) string { return m.WriteIsDir }},
		{atomicfile.ErrNotRegular, func(m *catalog.ProblemMessages) string { return m.WriteNotRegular }},
		{atomicfile.ErrReadOnly, func(m *catalog.ProblemMessages) string { return m.WriteReadOnly }},
		{atomicfile.ErrNotOwner, func(m *catalog.ProblemMessages) string { return m.WriteNotOwner }},
		{atomicfile.ErrSymlinkLoop, func(m *catalog.ProblemMessages) string { return m.WriteLoop }},
		{atomicfile.ErrAborted, func(m *catalog.ProblemMessages) string { return m.WriteAborted }},
		{atomicfile.ErrCommitted, func(m *catalog.ProblemMessages) string { return m.WriteCommitted }},
		{atomicfile.ErrLinkChanged, func(m *catalog.ProblemMessages) string { return m.WriteLinkChanged }},
		{fs.ErrNotExist, func(m *catalog.ProblemMessages) string { return m.WriteNotExist }},
		{fs.ErrPermission, func(m *catalog.ProblemMessages) string { return m.WritePermission }},
	}
}

type writeRefusal struct {
	err error
	msg func(*catalog.ProblemMessages) string
}

func writeReason(lang checklist.Lang, e *atomicfile.Error) string {
	m := &catalog.For(lang).Problems
	if e.Mode != 0 {
		return fmt.Sprintf(m.WriteSpecial, fileKind(lang, e.Mode))
	}
	for _, r := range writeRefusals() {
		if errors.Is(e.Err, r.err) {
			return r.msg(m)
		}
	}
	rd := yamlfile.In(lang)
	var pe *fs.PathError
	if errors.As(e.Err, &pe) {
		return fmt.Sprintf(m.WriteOther, pe.Op, rd.DescribeOS(pe.Err))
	}
	var le *os.LinkError
	if errors.As(e.Err, &le) {
		return fmt.Sprintf(m.WriteOther, le.Op, rd.DescribeOS(le.Err))
	}
	return rd.DescribeOS(e.Err)
}

// fileKind names a file that is neither a regular file nor a folder; a
// write names the kind of device too, which yamlfile's reading does not.
func fileKind(lang checklist.Lang, mode fs.FileMode) string {
	m := &catalog.For(lang).Problems
	switch {
	case mode&fs.ModeCharDevice != 0:
		return m.KindCharDevice
	case mode&fs.ModeDevice != 0:
		return m.KindBlockDevice
	}
	return yamlfile.In(lang).SpecialKind(mode)
}
