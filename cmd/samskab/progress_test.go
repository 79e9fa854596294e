package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/samskab/samskab/internal/iostreams"
)

func TestProgressDisabledWritesNothing(t *testing.T) {
	var buf bytes.Buffer
	p := newProgress(&buf, "Scoring", 10, false)
	for range 10 {
		p.add()
	}
	p.clear()
	if buf.Len() != 0 {
		t.Errorf("a disabled progress bar wrote %q", buf.String())
	}
}

func TestProgressThrottlesAndFinishes(t *testing.T) {
	var buf bytes.Buffer
	clock := time.Unix(0, 0)
	p := newProgress(&buf, "Scoring", 4, true)
	p.now = func() time.Time { return clock }
	p.add() // first: drawn
	p.add() // same instant: skipped
	clock = clock.Add(progressEvery)
	p.add() // time has passed: drawn
	p.add() // last: always drawn
	got := strings.Split(buf.String(), "\r")[1:]
	want := []string{
		"Scoring [" + strings.Repeat("█", 7) + strings.Repeat("░", 23) + "] 1/4",
		"Scoring [" + strings.Repeat("█", 22) + strings.Repeat("░", 8) + "] 3/4",
		"Scoring [" + strings.Repeat("█", 30) + "] 4/4",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("frames:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	buf.Reset()
	p.clear()
	if buf.String() != "\r\x1b[K" {
		t.Errorf("clear wrote %q, want the erase-line sequence", buf.String())
	}
}

func TestShowProgress(t *testing.T) {
	for _, tc := range []struct {
		errTTY, outTTY bool
		format, out    string
		want           bool
	}{
		{false, false, "table", "", false}, // stderr is not a terminal: never
		{true, false, "csv", "", true},     // rows go to a pipe or file
		{true, true, "table", "", true},    // the table prints only at the end
		{true, true, "html", "", true},     // so does the HTML page
		{true, true, "csv", "", false},     // rows stream to the terminal
		{true, true, "csv", "out.csv", true},
	} {
		opts := &BatchOptions{Factory: &Factory{IO: &iostreams.IOStreams{ErrTTY: tc.errTTY, OutTTY: tc.outTTY}}, Format: tc.format, Out: tc.out}
		if got := showProgress(opts); got != tc.want {
			t.Errorf("%+v: showProgress = %v, want %v", tc, got, tc.want)
		}
	}
}
