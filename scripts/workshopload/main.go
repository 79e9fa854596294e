// Command workshopload drives a running `samskab workshop` over its JSON
// API the way a full room would: many participants join at once, then each
// sends answers one request at a time, all of them together. It prints
// answers per second and the latency of the answer requests, then reads
// the case file and checks that every acknowledged answer is in it.
//
//	workshopload -url http://127.0.0.1:PORT -code 123456 -file plan.yaml
//
// scripts/bench-workshop.sh starts the server and runs this.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
)

func main() {
	base := flag.String("url", "", "the workshop's base URL")
	code := flag.String("code", "", "the join code")
	file := flag.String("file", "", "the case file the workshop writes")
	people := flag.Int("participants", 300, "participants answering at once")
	answers := flag.Int("answers", 20, "answers per participant, one request each (earlier answers are changed when the questions run out)")
	flag.Parse()
	if *base == "" || *code == "" || *file == "" || *people < 1 || *people > 5000 || *answers < 1 {
		fmt.Fprintln(os.Stderr, "usage: workshopload -url URL -code CODE -file FILE [-participants N ≤ 5000] [-answers N]")
		os.Exit(2)
	}
	if err := run(*base, *code, *file, *people, *answers); err != nil {
		fmt.Fprintln(os.Stderr, "workshopload:", err)
		os.Exit(1)
	}
}

type participant struct {
	token, respondent string
	questions         []string
	sent              map[string]string
}

func run(base, code, file string, people, answers int) error {
	client := &http.Client{Timeout: time.Minute, Transport: &http.Transport{MaxIdleConnsPerHost: people, MaxConnsPerHost: people}}
	ps := make([]*participant, people)
	joinStart := time.Now()
	if err := parallel(people, func(i int) error {
		p, err := join(client, base, code, i)
		ps[i] = p
		return err
	}); err != nil {
		return err
	}
	joinTime := time.Since(joinStart)

	latencies := make([][]time.Duration, people)
	start := time.Now()
	err := parallel(people, func(i int) error {
		p := ps[i]
		if len(p.questions) == 0 {
			return fmt.Errorf("%s is asked no questions", p.respondent)
		}
		// A party is asked only its audience's questions; when they run
		// out, the participant changes earlier answers, as people do.
		for k := range answers {
			id, v := p.questions[k%len(p.questions)], fmt.Sprint((i+k)%5)
			t0 := time.Now()
			if err := put(client, base, p.token, id, v); err != nil {
				return fmt.Errorf("%s: %w", p.respondent, err)
			}
			latencies[i] = append(latencies[i], time.Since(t0))
			p.sent[id] = v
		}
		return nil
	})
	elapsed := time.Since(start)
	if err != nil {
		return err
	}
	all := slices.Concat(latencies...)
	slices.Sort(all)
	total := len(all)
	fmt.Printf("participants   %d (joined in %v)\n", people, joinTime.Round(time.Millisecond))
	fmt.Printf("answers        %d in %v: %.0f answers/s\n", total, elapsed.Round(time.Millisecond), float64(total)/elapsed.Seconds())
	fmt.Printf("latency        p50 %v  p99 %v  max %v\n", pct(all, 50), pct(all, 99), all[total-1].Round(time.Microsecond))
	return verify(file, ps)
}

func pct(sorted []time.Duration, p int) time.Duration {
	return sorted[(len(sorted)-1)*p/100].Round(time.Microsecond)
}

// parallel runs f for 0…n-1 at once and returns the first error.
func parallel(n int, f func(int) error) error {
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = f(i)
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func join(c *http.Client, base, code string, i int) (*participant, error) {
	body, _ := json.Marshal(map[string]string{"code": code, "name": fmt.Sprintf("Last %03d", i), "actor": []string{"citizens", "volunteers", "association", "municipality"}[i%4]})
	resp, err := c.Post(base+"/api/join", "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusCreated {
		return nil, fmt.Errorf("join: %d %s", resp.StatusCode, raw)
	}
	var j struct {
		Token      string
		Respondent string
		Questions  []struct{ ID string }
	}
	if err := json.Unmarshal(raw, &j); err != nil {
		return nil, err
	}
	p := &participant{token: j.Token, respondent: j.Respondent, sent: map[string]string{}}
	for _, q := range j.Questions {
		p.questions = append(p.questions, q.ID)
	}
	return p, nil
}

func put(c *http.Client, base, token, id, v string) error {
	req, _ := http.NewRequest(http.MethodPut, base+"/api/answers", bytes.NewReader([]byte(fmt.Sprintf(`{"answers":{%q:%s}}`, id, v))))
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("answers: %d %s", resp.StatusCode, raw)
	}
	return nil
}

// verify reads the case file and checks each participant's answers.
func verify(file string, ps []*participant) error {
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{})
	if err != nil {
		return err
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	c, err := yamlfile.ParseCase(file, data, cat)
	if err != nil {
		return fmt.Errorf("the case file does not parse: %w", err)
	}
	byName := map[string]map[string]string{}
	for _, r := range c.Responses {
		got := map[string]string{}
		for _, a := range r.Answers {
			got[a.QuestionID()] = checklist.AnswerValue{Kind: a.Kind, Score: a.Score}.Text()
		}
		byName[r.Respondent] = got
	}
	missing := 0
	for _, p := range ps {
		got := byName[p.respondent]
		for id, v := range p.sent {
			if got[id] != v {
				missing++
			}
		}
	}
	fmt.Printf("file           %d responses, %d KB; ", len(c.Responses), len(data)/1024)
	if missing > 0 {
		fmt.Printf("%d acknowledged answers MISSING\n", missing)
		return fmt.Errorf("%d acknowledged answers are not in %s", missing, file)
	}
	fmt.Println("every acknowledged answer is in it")
	return nil
}
