// Package iostreams holds a command's standard streams and what is known
// about them: which are terminals, how wide the terminal is, and whether
// colour may be used. Commands never touch os.Stdin/Stdout/Stderr directly,
// so tests can run them with buffers, as if on a terminal or not.
package iostreams

import (
	"bytes"
	"io"
	"os"
	"strconv"

	"golang.org/x/term"
)

// IOStreams are the command's standard streams and what is known about
// them.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	InTTY, OutTTY, ErrTTY bool

	// NoColor turns colour off whatever the terminal (--no-color,
	// NO_COLOR, TERM=dumb: the command decides).
	NoColor bool
	// Width is the terminal's width in columns; 0 when unknown.
	Width int
}

// DefaultWidth is the width assumed when the terminal does not say.
const DefaultWidth = 80

// System returns the process's streams with terminal detection.
func System() *IOStreams {
	s := &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		InTTY:  term.IsTerminal(int(os.Stdin.Fd())),
		OutTTY: term.IsTerminal(int(os.Stdout.Fd())),
		ErrTTY: term.IsTerminal(int(os.Stderr.Fd())),
	}
	if s.OutTTY {
		if w, _, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			s.Width = w
		}
	}
	return s
}

// Test returns streams over buffers, none of them a terminal, and the
// buffers: what the command reads, and what it writes to stdout and stderr.
func Test() (*IOStreams, *bytes.Buffer, *bytes.Buffer, *bytes.Buffer) {
	in, out, errOut := &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

// SetTTY marks every stream as a terminal, or none, for tests.
func (s *IOStreams) SetTTY(tty bool) { s.InTTY, s.OutTTY, s.ErrTTY = tty, tty, tty }

// ColorEnabled reports whether stdout gets ANSI colour: only on a terminal,
// and never when colour is turned off.
func (s *IOStreams) ColorEnabled() bool { return s.OutTTY && !s.NoColor }

// TerminalWidth is the terminal's width, or DefaultWidth when unknown.
func (s *IOStreams) TerminalWidth() int {
	if s.Width > 0 {
		return s.Width
	}
	return DefaultWidth
}

// ColorScheme paints text for stdout, or leaves it as it is when colour is
// off.
func (s *IOStreams) ColorScheme() *ColorScheme { return NewColorScheme(s.ColorEnabled()) }

// ColorScheme wraps text in ANSI colour codes when enabled. It is the one
// place that knows those codes.
type ColorScheme struct{ enabled bool }

// NewColorScheme returns a scheme that paints only when enabled.
func NewColorScheme(enabled bool) *ColorScheme { return &ColorScheme{enabled: enabled} }

// Enabled reports whether the scheme paints at all.
func (c *ColorScheme) Enabled() bool { return c != nil && c.enabled }

const reset = "\x1b[0m"

func (c *ColorScheme) paint(code, s string) string {
	if !c.Enabled() {
		return s
	}
	return code + s + reset
}

// Bold, Red, Yellow and Green paint s.
func (c *ColorScheme) Bold(s string) string   { return c.paint("\x1b[1m", s) }
func (c *ColorScheme) Red(s string) string    { return c.paint("\x1b[31m", s) }
func (c *ColorScheme) Yellow(s string) string { return c.paint("\x1b[33m", s) }
func (c *ColorScheme) Green(s string) string  { return c.paint("\x1b[32m", s) }

// Cyan marks the option under the cursor, Gray the help line under a form
// and Reverse the character under a form's own cursor.
func (c *ColorScheme) Cyan(s string) string    { return c.paint("\x1b[36m", s) }
func (c *ColorScheme) Gray(s string) string    { return c.paint("\x1b[2m", s) }
func (c *ColorScheme) Reverse(s string) string { return c.paint("\x1b[7m", s) }

// ClearLine returns the cursor to the start of the line and erases it, for
// a progress line that is redrawn in place.
const ClearLine = "\r\x1b[K"

// A form redrawn in place hides the terminal's cursor while it is shown,
// and clears itself by going up to its first line and erasing downwards.
const (
	HideCursor = "\x1b[?25l"
	ShowCursor = "\x1b[?25h"
	ClearDown  = "\r\x1b[J"
)

// CursorUp moves the cursor n lines up (n > 0).
func CursorUp(n int) string { return "\x1b[" + strconv.Itoa(n) + "A" }
