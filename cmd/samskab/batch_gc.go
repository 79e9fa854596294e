package main

import (
	"runtime/debug"
	"runtime/metrics"
)

// A batch allocates a parse tree per file (about 100 KB) and drops it at
// once, while what it keeps is small: the rubrics and a summary or a row
// per case. With the default GOGC the collector runs every few megabytes
// over that small live heap, and that was most of batch's time above the
// bare parsing. batchGC sets the collector by memory instead: it collects
// when the heap reaches batchHeapFloor, or twice the live heap once that
// is larger, as GOGC=100 would. Peak memory then stays the same from a few
// hundred files to tens of thousands, and the collector runs a few times
// less often.
const (
	batchHeapFloor   = 24 << 20
	batchGCCheckRows = 256 // how often the live heap is looked at, in files
)

type batchGC struct {
	active     bool
	oldPercent int
	oldLimit   int64
	rows       int
	sample     []metrics.Sample
}

// startBatchGC takes over the collector settings unless the user chose
// them with GOGC or GOMEMLIMIT; stop puts them back.
func startBatchGC(getenv func(string) string) *batchGC {
	g := &batchGC{}
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return g
	}
	g.active = true
	g.sample = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	g.oldLimit = debug.SetMemoryLimit(batchHeapFloor)
	g.oldPercent = debug.SetGCPercent(-1)
	return g
}

// caseDone is called once per file; now and then it raises the limit to
// twice the live heap, so that a portfolio that keeps more than half the
// floor does not make the collector run without pause.
func (g *batchGC) caseDone() {
	if !g.active {
		return
	}
	g.rows++
	if g.rows%batchGCCheckRows != 0 {
		return
	}
	metrics.Read(g.sample)
	if g.sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	live := int64(g.sample[0].Value.Uint64())
	debug.SetMemoryLimit(max(batchHeapFloor, 2*live))
}

func (g *batchGC) stop() {
	if !g.active {
		return
	}
	debug.SetGCPercent(g.oldPercent)
	debug.SetMemoryLimit(g.oldLimit)
	g.active = false
}
