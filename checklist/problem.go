package checklist

import (
	"fmt"
	"strings"
)

// A Problem is one thing wrong with an input file, located as precisely as
// the input allows. Line and Col are 1-based; 0 means "no position".
type Problem struct {
	File string
	Line int
	Col  int
	Msg  string
}

// String is the problem as one line. Control characters, which a file
// name or a quoted value could bring in, are written as escapes.
func (p Problem) String() string {
	file, text := TerminalSafe(p.File), TerminalSafe(p.Msg)
	switch {
	case p.Line > 0:
		return fmt.Sprintf("%s:%d:%d: %s", file, p.Line, p.Col, text)
	case p.File != "":
		return fmt.Sprintf("%s: %s", file, text)
	default:
		return text
	}
}

// Problems is the error returned when an input file is invalid. It carries
// every problem found, not only the first, so a user can fix a file in one go.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// MaxProblems caps the list for one file: past this, more lines only bury
// the first ones, and a hostile file could otherwise produce millions.
const MaxProblems = 50

// ControlChar finds a control character other than tab and line breaks.
// YAML escapes such as "\e" can put them in a value, and written to a
// terminal they would be obeyed, not shown.
func ControlChar(s string) (rune, bool) {
	for _, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r >= 0x7f && r <= 0x9f {
			return r, true
		}
	}
	return 0, false
}

// AsProblems returns err as Problems, wrapping an error of another kind as
// one problem with file.
func AsProblems(err error, file string) Problems {
	if ps, ok := err.(Problems); ok {
		return ps
	}
	return Problems{{File: file, Msg: err.Error()}}
}
