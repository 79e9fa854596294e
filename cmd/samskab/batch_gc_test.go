package main

import (
	"runtime/debug"
	"testing"
)

// gcPercent reads the current GOGC setting without changing it.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

func TestBatchGCSetsAndRestoresTheCollector(t *testing.T) {
	before, limitBefore := gcPercent(), debug.SetMemoryLimit(-1)
	g := startBatchGC(func(string) string { return "" })
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != -1 || l != batchHeapFloor {
		t.Errorf("during a batch: GOGC %d, memory limit %d; want off and %d", p, l, batchHeapFloor)
	}
	for range batchGCCheckRows {
		g.caseDone() // looks at the live heap once; a test's heap is far below the floor
	}
	if l := debug.SetMemoryLimit(-1); l != batchHeapFloor {
		t.Errorf("after %d files the memory limit is %d; want %d while the live heap is small", batchGCCheckRows, l, batchHeapFloor)
	}
	g.stop()
	if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != before || l != limitBefore {
		t.Errorf("after the batch: GOGC %d, memory limit %d; want %d and %d back", p, l, before, limitBefore)
	}
}

func TestBatchGCLeavesTheUsersSettings(t *testing.T) {
	for _, env := range []string{"GOGC", "GOMEMLIMIT"} {
		before := gcPercent()
		g := startBatchGC(func(k string) string {
			if k == env {
				return "200"
			}
			return ""
		})
		if p, l := gcPercent(), debug.SetMemoryLimit(-1); p != before || l == batchHeapFloor {
			t.Errorf("with %s set: GOGC %d, memory limit %d; want them untouched", env, p, l)
		}
		g.caseDone()
		g.stop()
	}
}
