package workshop

import (
	"context"
	"encoding/json"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/samskab/samskab/checklist"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// The browser tests drive the system Chromium with chromedp: three
// participants in three separate browser contexts (one without
// JavaScript, one on a 320 px screen) join through the join link and
// answer, the facilitator reveals the result, and axe-core checks the
// pages. .ci/run installs Chromium and axe-core; in CI (CI=true) their
// absence fails the test instead of skipping it.

// needed skips, or in CI fails, when a tool the test needs is missing.
func needed(t *testing.T, what string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is missing, and CI must run this test: see .ci/run", what)
	}
	t.Skipf("%s is missing; install it to run this test (see README, Testing)", what)
}

func chromiumPath(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	needed(t, "Chromium (apt-get install chromium)")
	return ""
}

// newPhone starts a headless Chromium of its own, with its own profile:
// a separate phone, cookies and all. (Each gets a whole browser because
// chromedp's extra tabs and browser contexts do not work with headless
// Chromium 156 here: a second tab stops answering after its first
// navigation.)
func newPhone(t *testing.T) context.Context {
	t.Helper()
	bin := chromiumPath(t)
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	// A generous bound, so a hung browser fails the test rather than CI.
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(cancelAlloc)
	browser, cancelBrowser := chromedp.NewContext(alloc)
	t.Cleanup(cancelBrowser)
	if err := chromedp.Run(browser); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	return browser
}

// with the page it got stuck on.
func run(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action) {
	t.Helper()
	step, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Run(step, steps...); err != nil {
		var loc, html string
		look, cancel := context.WithTimeout(ctx, 5*time.Second)
		defer cancel()
		_ = chromedp.Run(look, chromedp.Location(&loc), chromedp.OuterHTML("main", &html, chromedp.ByQuery))
		t.Fatalf("%s: %v\nat %s:\n%s", what, err, loc, html)
	}
}

// axeSource is axe-core's script from testdata/node_modules (npm ci).
func axeSource(t *testing.T) string {
	src, err := os.ReadFile(filepath.Join("testdata", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		needed(t, "axe-core (cd internal/workshop/testdata && npm ci)")
	}
	return string(src)
}

type axeViolation struct {
	ID     string   `json:"id"`
	Impact string   `json:"impact"`
	Help   string   `json:"help"`
	Nodes  []string `json:"nodes"`
}

// checkA11y runs axe-core on the page in ctx and fails on any serious or
// critical violation; lesser ones are logged.
func checkA11y(t *testing.T, ctx context.Context, axe, page string) {
	t.Helper()
	var loaded bool
	var out string
	run(t, ctx, "axe on "+page, chromedp.Evaluate(axe+"\n;true", &loaded), chromedp.Evaluate(`axe.run(document, {resultTypes: ["violations"]}).then(r => JSON.stringify(r.violations.map(v => ({
			id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(" "))}))))`, &out,
		func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }))
	var vs []axeViolation
	if err := json.Unmarshal([]byte(out), &vs); err != nil {
		t.Fatalf("axe on %s: %v", page, err)
	}
	for _, v := range vs {
		if v.Impact == "serious" || v.Impact == "critical" {
			t.Errorf("%s: %s (%s): %s at %v", page, v.ID, v.Impact, v.Help, v.Nodes)
		} else {
			t.Logf("%s: %s (%s): %s at %v", page, v.ID, v.Impact, v.Help, v.Nodes)
		}
	}
}

// checkLayout fails when the page scrolls sideways or a control is under
// 44 px high (WCAG 2.5.5's target size).
func checkLayout(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	type layout struct {
		Overflow bool     `json:"overflow"`
		Small    []string `json:"small"`
	}
	var res layout
	run(t, ctx, "layout of "+page, chromedp.Evaluate(`(() => ({
		overflow: document.documentElement.scrollWidth > window.innerWidth,
		small: [...document.querySelectorAll("button, .button, .opt, .lang a")]
			.filter(e => e.getBoundingClientRect().height < 44)
			.map(e => e.outerHTML.slice(0, 80))}))()`, &res))
	if res.Overflow {
		t.Errorf("%s scrolls sideways", page)
	}
	for _, s := range res.Small {
		t.Errorf("%s: a touch target under 44 px: %s", page, s)
	}
}

func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	var s string
	run(t, ctx, "text of "+sel, chromedp.Text(sel, &s, chromedp.ByQuery))
	return s
}

// byID selects an element whose id holds dots, as question ids do.
func byID(id string) string { return `[id="` + id + `"]` }

// participant answers every page of their audience: the first question
// with a, the second (where the page has one) with b. js says whether the
// page runs scripts, which the DOM-only waits below do not need.
type phone struct {
	ctx         context.Context
	name, actor string // actor: the radio's id on the join page
	aud         checklist.Audience
	a, b        string
	js          bool
}

// pages are the pages this participant's party is asked.
func (p phone) pages(t *testing.T) []page {
	qs, err := questionsFor(testCatalog(t), []string{"vaeksthus"}, p.aud)
	if err != nil || len(qs) == 0 {
		t.Fatalf("no questions for %s: %v", p.aud, err)
	}
	return pagesOf(qs)
}

// answerIDs are the radios p picks on page pg.
func (p phone) answerIDs(pg page) map[string]string {
	want := map[string]string{pg.Questions[0].ID: p.a}
	if len(pg.Questions) > 1 {
		want[pg.Questions[1].ID] = p.b
	}
	return want
}

func (p phone) joinAndAnswer(t *testing.T, joinURL string, axe string) {
	run(t, p.ctx, p.name+" joins",
		chromedp.Navigate(joinURL),
		chromedp.WaitReady("#code", chromedp.ByQuery), // after the bounce through the site
		chromedp.SendKeys("#name", p.name, chromedp.ByQuery),
		chromedp.Click(byID(p.actor), chromedp.NodeReady, chromedp.ByQuery),
		chromedp.Click(`form.join button[type="submit"]`, chromedp.NodeReady, chromedp.ByQuery),
	)
	for n, pg := range p.pages(t) {
		q1 := pg.Questions[0].ID
		run(t, p.ctx, p.name+" on page "+pg.Item.ID, chromedp.WaitReady(byID(q1+"-"+p.a), chromedp.ByQuery))
		if p.js && n == 0 {
			checkA11y(t, p.ctx, axe, "question page")
			checkLayout(t, p.ctx, "question page")
		}
		var clicks []chromedp.Action
		for _, q := range pg.Questions[:min(2, len(pg.Questions))] {
			clicks = append(clicks, chromedp.Click(byID(q.ID+"-"+p.answerIDs(pg)[q.ID]), chromedp.NodeReady, chromedp.ByQuery))
		}
		clicks = append(clicks, chromedp.Click(`button[value="next"]`, chromedp.NodeReady, chromedp.ByQuery))
		run(t, p.ctx, p.name+" answers "+pg.Item.ID, clicks...)
	}
	run(t, p.ctx, p.name+" is done", chromedp.WaitReady(`a[href="/q/1"]`, chromedp.ByQuery))
}

func TestBrowserMeeting(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Chromium")
	}
	axe := axeSource(t)
	path := writeCase(t, smallCase)
	ts := startServer(t, Config{File: path})
	joinURL := ts.URL + ts.JoinPath()
	// The municipality is asked the lead's questions, citizens and
	// volunteers the citizens'.
	ana := phone{ctx: newPhone(t), name: "Asger", actor: "actor-a0", aud: checklist.AudienceLead, a: "4", b: "3", js: true}
	bo := phone{ctx: newPhone(t), name: "Bodil", actor: "actor-k0", aud: checklist.AudienceCitizen, a: "1", b: "dk"}
	cy := phone{ctx: newPhone(t), name: "Cyrus", actor: "actor-a1", aud: checklist.AudienceCitizen, a: "na", b: "2", js: true}
	run(t, ana.ctx, "a small phone", chromedp.EmulateViewport(320, 640))
	run(t, bo.ctx, "no JavaScript", emulation.SetScriptExecutionDisabled(true))

	run(t, ana.ctx, "join page", chromedp.Navigate(joinURL), chromedp.WaitReady("#code", chromedp.ByQuery))
	checkA11y(t, ana.ctx, axe, "join page")
	checkLayout(t, ana.ctx, "join page")

	fac := newPhone(t)
	run(t, fac, "facilitator page", chromedp.Navigate(ts.URL+ts.FacilitatorPath()), chromedp.WaitReady("form button", chromedp.ByQuery))
	checkA11y(t, fac, axe, "facilitator page before anyone joined")

	for _, p := range []phone{ana, bo, cy} {
		p.joinAndAnswer(t, joinURL, axe)
	}
	checkA11y(t, ana.ctx, axe, "done page")
	checkLayout(t, ana.ctx, "done page")

	run(t, fac, "progress", chromedp.Navigate(ts.URL+ts.FacilitatorPath()), chromedp.WaitReady("#live-progress table", chromedp.ByQuery))
	progress := text(t, fac, "#live-progress")
	for _, name := range []string{"Asger", "Bodil", "Cyrus"} {
		if strings.Contains(progress, name) {
			t.Errorf("the facilitator sees the name %s", name)
		}
	}
	checkA11y(t, fac, axe, "facilitator page with progress")
	run(t, fac, "reveal", chromedp.Click("form button", chromedp.NodeReady, chromedp.ByQuery), chromedp.WaitReady("#overall-h", chromedp.ByQuery))
	result := text(t, fac, "main")
	for _, want := range []string{"Det fælles resultat", "Resultat for hver part", "Borgere", "Kommunen"} {
		if !strings.Contains(result, want) {
			t.Errorf("the revealed result lacks %q", want)
		}
	}
	checkA11y(t, fac, axe, "facilitator page with the result")

	// The JavaScript-less participant reloads and follows the result link;
	// the 320 px one gets it by itself, through live.js.
	run(t, bo.ctx, "result without JavaScript", chromedp.Navigate(ts.URL+"/done"), chromedp.Click(`a[href="/result"]`, chromedp.NodeReady, chromedp.ByQuery),
		chromedp.WaitReady("#overall-h", chromedp.ByQuery))
	run(t, ana.ctx, "result link appears", chromedp.WaitReady(`a[href="/result"]`, chromedp.ByQuery), chromedp.Click(`a[href="/result"]`, chromedp.NodeReady, chromedp.ByQuery),
		chromedp.WaitReady("#overall-h", chromedp.ByQuery))
	checkA11y(t, ana.ctx, axe, "result page")
	checkLayout(t, ana.ctx, "result page")

	c := readBack(t, path)
	if len(c.Responses) != 4 {
		t.Fatalf("%d responses, want 4 (Mette and three participants)", len(c.Responses))
	}
	for _, p := range []phone{ana, bo, cy} {
		want := map[string]string{}
		for _, pg := range p.pages(t) {
			maps.Copy(want, p.answerIDs(pg))
		}
		if got := answersOf(c, p.name); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: file holds %v, want %v", p.name, got, want)
		}
	}
	actors := map[string]string{}
	for _, r := range c.Responses {
		actors[r.Respondent] = r.Actor
	}
	if actors["Asger"] != "kommune" || actors["Bodil"] != "citizens" || actors["Cyrus"] != "venner" {
		t.Errorf("parties: %v", actors)
	}
}
