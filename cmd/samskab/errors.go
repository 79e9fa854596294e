package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/samskab/samskab/checklist"
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

// reportError prints err to stderr and returns the exit code for it.
// Invalid input is listed one problem per line, each with its position.
func reportError(w io.Writer, err error) int {
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
	fmt.Fprintf(w, "samskab: %s\n", err)
	return code
}
