package workshop

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/samskab/samskab/checklist"
)

// benchStore is a store on a new file in a meeting of people
// participants, each holding answers answers: the case file of
// scripts/bench-workshop.sh by its end (about 120 KB for 300 × 20).
func benchStore(b *testing.B, people, answers int) (*store, []joined, [][]question) {
	b.Helper()
	cat := testCatalog(b)
	st := newStore(storeConfig{path: filepath.Join(b.TempDir(), "plan.yaml"), project: "Belastningsprøve",
		scope: []string{"cok"}, cat: cat, lang: "da",
		now: func() time.Time { return time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC) }}, nil, nil)
	b.Cleanup(st.close)
	kinds := []string{"citizens", "volunteers", "association", "municipality"}
	js := make([]joined, people)
	qs := make([][]question, people)
	each(people, func(i int) {
		rep := st.submit(&request{join: &joinOp{name: fmt.Sprintf("Last %03d", i), actor: kinds[i%4]}})
		if rep.err != nil {
			b.Error(rep.err)
			return
		}
		js[i] = rep.joined
		q, err := questionsFor(cat, []string{"cok"}, audienceOf(rep.joined.kind))
		if err != nil {
			b.Error(err)
		}
		qs[i] = q
	})
	for k := range answers {
		each(people, func(i int) { benchAnswer(b, st, js[i], qs[i], k, i) })
	}
	return st, js, qs
}

func benchAnswer(b *testing.B, st *store, j joined, qs []question, k, i int) {
	id := qs[k%len(qs)].ID
	rep := st.submit(&request{answers: &answersOp{index: j.index, respondent: j.respondent,
		answers: map[string]answerValue{id: {Kind: checklist.Scored, Score: (i + k) % 5}}}})
	if rep.err != nil {
		b.Error(rep.err)
	}
}

func each(n int, f func(int)) {
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { f(i) })
	}
	wg.Wait()
}

// BenchmarkGroupCommit is one round of a full room: 300 people answer at
// once, on a file of 300 responses × 20 answers. Profile it with
//
//	go test ./internal/workshop -run '^$' -bench GroupCommit -cpuprofile cpu.out
func BenchmarkGroupCommit(b *testing.B) {
	st, js, qs := benchStore(b, 300, 20)
	_, before := st.snapshot()
	k := 0
	for b.Loop() {
		k++
		each(len(js), func(i int) { benchAnswer(b, st, js[i], qs[i], k, i) })
	}
	_, after := st.snapshot()
	b.ReportMetric(float64(after-before)/float64(k), "commits/op")
}
