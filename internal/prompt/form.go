package prompt

import (
	"context"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/iostreams"
)

// form is the questionnaire's terminal form: a few fields below each
// other, one of them with the focus, drawn again in place after every key.
// It is small on purpose: a text, a list to choose from and a line to type
// in are all `assess` asks with, and a form library would cost every
// samskab command its start-up time.
type form struct {
	out    io.Writer
	width  int // columns to wrap at
	height int // lines the terminal shows; 0 when unknown
	colors *iostreams.ColorScheme
	lang   checklist.Lang
	fields []field
	focus  int
	drawn  int // lines on screen from the last draw
}

// field is one part of a form. A text has no focus; choices and lines do.
type field interface {
	lines(f *form, focused bool) []string
	// key handles a key press and says whether it finishes the field.
	key(k key) (done bool)
	focusable() bool
}

// run shows the form and reads keys from in until the last field is
// finished, the user interrupts (ErrInterrupted), ctx ends or in does.
func (f *form) run(ctx context.Context, in io.Reader) error {
	f.focus = f.next(-1, 1)
	if f.focus < 0 {
		return nil
	}
	fmt.Fprint(f.out, iostreams.HideCursor) // the form draws its own cursor
	defer fmt.Fprint(f.out, iostreams.ShowCursor)
	f.draw()
	defer f.clear()

	reads, stop := readChunks(in)
	defer close(stop)
	var pending []byte
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case r := <-reads:
			if r.err != nil {
				return r.err
			}
			var keys []key
			keys, pending = decodeKeys(append(pending, r.data...))
			finished, err := f.handle(keys)
			if err != nil || finished {
				return err
			}
			f.draw()
		}
	}
}

// handle applies key presses in order and reports whether the form is
// finished. Keys after the one that finishes it are dropped: they were
// typed before the next form was drawn.
func (f *form) handle(keys []key) (bool, error) {
	for _, k := range keys {
		switch k.kind {
		case keyInterrupt:
			return false, ErrInterrupted
		case keyBackTab:
			if prev := f.next(f.focus, -1); prev >= 0 {
				f.focus = prev
			}
			continue
		}
		if !f.fields[f.focus].key(k) {
			continue
		}
		next := f.next(f.focus, 1)
		if next < 0 {
			return true, nil
		}
		f.focus = next
	}
	return false, nil
}

// next is the first focusable field from i in direction step, or -1.
func (f *form) next(i, step int) int {
	for i += step; i >= 0 && i < len(f.fields); i += step {
		if f.fields[i].focusable() {
			return i
		}
	}
	return -1
}

// draw writes the form over its last drawing.
func (f *form) draw() {
	var lines []string
	for i, fl := range f.fields {
		if i > 0 {
			lines = append(lines, "")
		}
		lines = append(lines, fl.lines(f, i == f.focus)...)
	}
	lines = append(lines, "", f.colors.Gray(f.help()))
	var wrapped []string
	for _, l := range lines {
		wrapped = append(wrapped, hardWrap(l, f.width)...)
	}
	// A form taller than the terminal could not go back up to its first
	// line; its top, the item's text, gives way to the answers.
	if f.height > 1 && len(wrapped) > f.height-1 {
		wrapped = wrapped[len(wrapped)-(f.height-1):]
	}
	f.clear()
	fmt.Fprint(f.out, strings.Join(wrapped, "\r\n"))
	f.drawn = len(wrapped)
}

// clear removes the last drawing and leaves the cursor where it began.
func (f *form) clear() {
	if f.drawn == 0 {
		return
	}
	if f.drawn > 1 {
		fmt.Fprint(f.out, iostreams.CursorUp(f.drawn-1))
	}
	fmt.Fprint(f.out, iostreams.ClearDown)
	f.drawn = 0
}

// help is the line of keys under the form, for the field with the focus.
func (f *form) help() string {
	m := Message
	var parts []string
	switch fl := f.fields[f.focus].(type) {
	case *choiceField:
		parts = append(parts, m(f.lang, "help-choose"))
		if fl.hasHotkeys() {
			parts = append(parts, m(f.lang, "help-digits"))
		}
	case *lineField:
		parts = append(parts, m(f.lang, "help-type"))
	}
	if f.next(f.focus, -1) >= 0 {
		parts = append(parts, m(f.lang, "help-back"))
	}
	return strings.Join(append(parts, m(f.lang, "help-stop")), " · ")
}

type chunk struct {
	data []byte
	err  error
}

// readChunks reads in on its own goroutine, so that the form can end on a
// signal while a read waits; closing stop lets the goroutine go once its
// read returns (the keyboard ends it when the form is released).
func readChunks(in io.Reader) (<-chan chunk, chan<- struct{}) {
	out, stop := make(chan chunk), make(chan struct{})
	go func() {
		buf := make([]byte, 256)
		for {
			n, err := in.Read(buf)
			c := chunk{data: append([]byte(nil), buf[:n]...), err: err}
			if n > 0 {
				c.err = nil // the data first; the error comes again on the next read
			}
			select {
			case out <- c:
			case <-stop:
				return
			}
			if c.err != nil {
				return
			}
		}
	}()
	return out, stop
}

// textField is a heading and a text under it.
type textField struct{ title, body string }

func (t *textField) focusable() bool { return false }
func (t *textField) key(key) bool    { return false }

func (t *textField) lines(f *form, _ bool) []string {
	out := []string{f.colors.Bold(t.title)}
	for _, para := range strings.Split(t.body, "\n") {
		out = append(out, wordWrap(para, f.width)...)
	}
	return out
}

// choiceField is a list with a cursor. Enter chooses the option under the
// cursor; the arrows (or j and k) move it, round from the last to the
// first; a hotkey moves it to its option.
type choiceField struct {
	title   string
	options []string
	hotkeys []rune // one per option; 0 for none
	cursor  int
}

func (c *choiceField) focusable() bool { return true }

func (c *choiceField) hasHotkeys() bool {
	for _, h := range c.hotkeys {
		if h != 0 {
			return true
		}
	}
	return false
}

func (c *choiceField) key(k key) bool {
	n := len(c.options)
	switch k.kind {
	case keyEnter, keyTab:
		return true
	case keyUp:
		c.cursor = (c.cursor + n - 1) % n
	case keyDown:
		c.cursor = (c.cursor + 1) % n
	case keyHome:
		c.cursor = 0
	case keyEnd:
		c.cursor = n - 1
	case keyRune:
		c.runeKey(k.r)
	}
	return false
}

func (c *choiceField) runeKey(r rune) {
	n := len(c.options)
	switch r {
	case 'k':
		c.cursor = (c.cursor + n - 1) % n
	case 'j':
		c.cursor = (c.cursor + 1) % n
	}
	for i, h := range c.hotkeys {
		if h != 0 && h == r {
			c.cursor = i
		}
	}
}

func (c *choiceField) lines(f *form, focused bool) []string {
	out := []string{title(f, c.title, focused)}
	for i, o := range c.options {
		mark := "  "
		if i == c.cursor {
			mark = "> "
			if focused {
				o = f.colors.Cyan(o)
			}
		}
		out = append(out, mark+o)
	}
	return out
}

// lineField is a line of text to type. Validate, when set, is asked on
// Enter; its error is shown under the line and keeps the focus there.
type lineField struct {
	title    string
	value    []rune
	pos      int
	validate func(string) error
	problem  string
}

func (l *lineField) focusable() bool { return true }
func (l *lineField) text() string    { return string(l.value) }

func (l *lineField) key(k key) bool {
	switch k.kind {
	case keyEnter, keyTab:
		return l.finish()
	case keyRune:
		l.value = append(l.value[:l.pos], append([]rune{k.r}, l.value[l.pos:]...)...)
		l.pos++
	case keyBackspace:
		if l.pos > 0 {
			l.value = append(l.value[:l.pos-1], l.value[l.pos:]...)
			l.pos--
		}
	case keyDelete:
		if l.pos < len(l.value) {
			l.value = append(l.value[:l.pos], l.value[l.pos+1:]...)
		}
	case keyLeft:
		l.pos = max(l.pos-1, 0)
	case keyRight:
		l.pos = min(l.pos+1, len(l.value))
	case keyHome:
		l.pos = 0
	case keyEnd:
		l.pos = len(l.value)
	case keyClearLine:
		l.value, l.pos = nil, 0
	}
	l.problem = ""
	return false
}

func (l *lineField) finish() bool {
	if l.validate == nil {
		return true
	}
	if err := l.validate(l.text()); err != nil {
		l.problem = err.Error()
		return false
	}
	return true
}

func (l *lineField) lines(f *form, focused bool) []string {
	shown := string(l.value)
	if focused {
		shown = string(l.value[:l.pos]) + caret(f, l.value, l.pos) + string(l.value[min(l.pos+1, len(l.value)):])
	}
	out := []string{title(f, l.title, focused), "> " + shown}
	if l.problem != "" {
		out = append(out, f.colors.Red("* "+l.problem))
	}
	return out
}

// caret shows the cursor on the character it stands on, in reverse video
// with colour or as an underscore after the text without.
func caret(f *form, value []rune, pos int) string {
	under := " "
	if pos < len(value) {
		under = string(value[pos])
	}
	if f.colors.Enabled() {
		return f.colors.Reverse(under)
	}
	if pos < len(value) {
		return "|" + under
	}
	return "_"
}

func title(f *form, s string, focused bool) string {
	if focused {
		return f.colors.Bold(s)
	}
	return s
}

// wordWrap breaks a paragraph at spaces to lines of at most width
// characters; a longer word gets a line of its own (hardWrap cuts it).
func wordWrap(s string, width int) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return []string{""}
	}
	var lines []string
	line := words[0]
	for _, w := range words[1:] {
		if utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line += " " + w
	}
	return append(lines, line)
}

// hardWrap cuts a line into screen lines of at most width characters, so
// that the form knows how many lines it drew. Colour codes take no room.
func hardWrap(s string, width int) []string {
	if width < 1 {
		return []string{s}
	}
	var lines []string
	var b strings.Builder
	cols := 0
	for i := 0; i < len(s); {
		if n := escapeLen(s[i:]); n > 0 {
			b.WriteString(s[i : i+n])
			i += n
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if cols == width {
			lines = append(lines, b.String())
			b.Reset()
			cols = 0
		}
		b.WriteRune(r)
		cols++
		i += n
	}
	return append(lines, b.String())
}

// escapeLen is the length of the CSI sequence s starts with, or 0.
func escapeLen(s string) int {
	if len(s) < 2 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		if s[i] >= 0x40 && s[i] <= 0x7e {
			return i + 1
		}
	}
	return len(s)
}
