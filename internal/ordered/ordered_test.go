package ordered

import (
	"errors"
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

func TestMapKeepsInputOrder(t *testing.T) {
	for _, tc := range []struct{ n, jobs int }{{0, 4}, {1, 1}, {1, 8}, {7, 3}, {500, 1}, {500, 8}, {500, 64}} {
		var got []int
		err := Map(tc.n, tc.jobs, func(i int) int {
			// Random delays make later jobs finish first.
			time.Sleep(time.Duration(rand.IntN(50)) * time.Microsecond)
			return i * i
		}, func(i, v int) error {
			if v != i*i {
				t.Errorf("n=%d jobs=%d: emit(%d, %d), want value %d", tc.n, tc.jobs, i, v, i*i)
			}
			got = append(got, i)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		want := make([]int, tc.n)
		for i := range want {
			want[i] = i
		}
		if !slices.Equal(got, want) {
			t.Errorf("n=%d jobs=%d: emitted %v, want 0..%d in order", tc.n, tc.jobs, got, tc.n-1)
		}
	}
}

func TestMapBoundsTheWindow(t *testing.T) {
	// Job 0 blocks; however long it takes, the other workers may only run
	// ahead as far as the window allows.
	const jobs = 4
	var started atomic.Int64
	var whileBlocked int64
	release := make(chan struct{})
	go func() {
		time.Sleep(20 * time.Millisecond)
		whileBlocked = started.Load()
		close(release)
	}()
	err := Map(200, jobs, func(i int) int {
		started.Add(1)
		if i == 0 {
			<-release
		}
		return i
	}, func(i, v int) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if whileBlocked > jobs*windowPerWorker {
		t.Errorf("%d jobs started while job 0 was running; the window is %d", whileBlocked, jobs*windowPerWorker)
	}
	if got := started.Load(); got != 200 {
		t.Errorf("ran %d jobs, want 200", got)
	}
}

func TestMapStopsOnEmitError(t *testing.T) {
	boom := errors.New("boom")
	var ran atomic.Int64
	var emitted []int
	err := Map(10_000, 4, func(i int) int { ran.Add(1); return i }, func(i, v int) error {
		emitted = append(emitted, i)
		if i == 10 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if len(emitted) != 11 {
		t.Errorf("emitted %d results after the error, want 11 (0..10)", len(emitted))
	}
	if r := ran.Load(); r > 11+4*windowPerWorker {
		t.Errorf("ran %d jobs; after an emit error no new work should start beyond the window", r)
	}
}
