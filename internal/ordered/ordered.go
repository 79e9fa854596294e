// Package ordered runs independent jobs in parallel and hands their results
// back in input order, holding only a bounded window of finished results.
package ordered

import "sync"

// windowPerWorker bounds how far the workers may run ahead of the oldest
// unfinished job. One slow job then stalls the pool after a few files
// instead of letting finished results pile up in memory.
const windowPerWorker = 4

// Map calls work(i) for every i in [0, n) on jobs goroutines and emit(i, v)
// with the results in index order, on the calling goroutine. When emit
// returns an error, Map starts no more work, waits for the running jobs and
// returns that error. work must be safe to call concurrently.
func Map[T any](n, jobs int, work func(i int) T, emit func(i int, v T) error) error {
	jobs = max(1, min(jobs, n))
	window := jobs * windowPerWorker
	type result struct {
		i int
		v T
	}
	tokens := make(chan struct{}, window) // one per job started and not yet emitted
	indices := make(chan int)
	results := make(chan result, jobs)
	stop := make(chan struct{})
	go feed(n, tokens, indices, stop)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range indices {
				results <- result{i, work(i)}
			}
		})
	}
	go func() { wg.Wait(); close(results) }()

	// Results land in a ring of window slots: the jobs in flight are always
	// within window of next, so their slots never collide.
	pending := make([]T, window)
	ready := make([]bool, window)
	next := 0
	var err error
	for r := range results {
		if err != nil {
			continue // drain the jobs still running
		}
		pending[r.i%window], ready[r.i%window] = r.v, true
		for err == nil && ready[next%window] {
			slot := next % window
			v := pending[slot]
			var zero T
			pending[slot], ready[slot] = zero, false
			if err = emit(next, v); err != nil {
				close(stop)
			}
			next++
			<-tokens
		}
	}
	return err
}

// feed hands out indices in order, each only once a window slot is free.
func feed(n int, tokens chan<- struct{}, indices chan<- int, stop <-chan struct{}) {
	defer close(indices)
	for i := range n {
		select {
		case tokens <- struct{}{}:
		case <-stop:
			return
		}
		select {
		case indices <- i:
		case <-stop:
			return
		}
	}
}
