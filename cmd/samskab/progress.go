package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/samskab/samskab/internal/iostreams"
)

// progress is a one-line progress bar on stderr. It exists only when
// stderr is a terminal; every method is a no-op on a nil *progress, so
// callers need not check. It is driven from one goroutine.
type progress struct {
	w           io.Writer
	label       string
	total, done int
	now         func() time.Time
	last        time.Time
	shown       bool
}

// progressEvery limits redraws: a terminal cannot show more, and drawing
// every file of ten thousand would cost more than scoring some of them.
const progressEvery = 100 * time.Millisecond

const progressWidth = 30

func newProgress(w io.Writer, label string, total int, enabled bool) *progress {
	if !enabled || total == 0 {
		return nil
	}
	return &progress{w: w, label: label, total: total, now: time.Now}
}

// add counts one finished file and redraws when it is time to.
func (p *progress) add() {
	if p == nil {
		return
	}
	p.done++
	if t := p.now(); !p.shown || p.done == p.total || t.Sub(p.last) >= progressEvery {
		p.last = t
		p.draw()
	}
}

func (p *progress) draw() {
	filled := p.done * progressWidth / p.total
	fmt.Fprintf(p.w, "\r%s [%s%s] %d/%d", p.label, strings.Repeat("█", filled),
		strings.Repeat("░", progressWidth-filled), p.done, p.total)
	p.shown = true
}

// clear erases the bar, so a message can take its line; the next add
// draws it again.
func (p *progress) clear() {
	if p == nil || !p.shown {
		return
	}
	fmt.Fprint(p.w, iostreams.ClearLine)
	p.shown = false
}
