package render

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/batch"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/checklisttest"
)

// The HTML report is checked in a real browser: headless Chromium loads
// it, and we look at the DOM it built, a screenshot, a printed PDF and
// what axe-core finds. .ci/run installs Debian's chromium and axe-core
// (npm ci in testdata/axe), so in CI these tests run; with CI=true a
// missing browser or axe-core fails them instead of skipping.

// needed skips the test for want of a tool, or fails it in CI.
func needed(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s; CI=true, so this test must run", why)
	}
	t.Skip(why)
}

// findChromium returns a Chromium or Chrome binary, or "".
func findChromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	return ""
}

// browser runs headless Chromium with a throwaway profile.
type browser struct {
	t       *testing.T
	bin     string
	profile string
}

func newBrowser(t *testing.T) *browser {
	bin := findChromium()
	if bin == "" {
		needed(t, "no Chromium found (looked for chromium, chromium-browser and google-chrome on PATH, and /usr/bin/chromium); "+
			"install one, e.g. `apt-get install chromium`, to run the real-browser test")
	}
	return &browser{t: t, bin: bin, profile: t.TempDir()}
}

// run loads url with the extra flags and returns stdout.
func (b *browser) run(url string, flags ...string) []byte {
	b.t.Helper()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + b.profile}, flags...)
	// A generous bound so a hung browser fails the test instead of CI.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, b.bin, append(args, url)...)
	cmd.Env = append(os.Environ(), "HOME="+b.profile)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		b.t.Fatalf("%s %s: %v\n%s", b.bin, strings.Join(flags, " "), err, stderr.String())
	}
	return stdout.Bytes()
}

// writeReport renders a report to an HTML file and returns its file URL.
func writeReport(t *testing.T, r *checklist.Report, lang checklist.Lang) (url, dir string) {
	dir = t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, []byte(renderHTML(t, r, lang)), 0o644); err != nil {
		t.Fatal(err)
	}
	return "file://" + path, dir
}

func TestHTMLReportInBrowser(t *testing.T) {
	b := newBrowser(t)
	// Four respondents, so the side-by-side answers table is there too.
	url, dir := writeReport(t, checklisttest.ScoreCaseFile(t, "holbaek-demokrati.yaml"), checklist.Danish)

	t.Run("dom", func(t *testing.T) {
		dom := string(b.run(url, "--dump-dom"))
		wants := map[string]int{
			`<svg role="img"`:                    2, // cok, and the themes
			`<title id="chart-cok-title">`:       1,
			`<polygon class="area"`:              2,
			`<table class="sr-only">`:            2,
			`<table class="data items">`:         1,
			`<table class="data answers">`:       1,
			`<td class="heat lvl-`:               48, // 10 items × 4 respondents, 2 rows × 4 kinds by party
			`<li class="gap gap-`:                7,
			`Forvaltningen har allerede fjernet`: 1, // a note
		}
		checkCounts(t, dom, wants)
	})
	checkScreenshotAndPrint(t, b, url, dir, 595.28, 841.89) // A4 portrait
	t.Run("axe", func(t *testing.T) { checkAxe(t, b, url) })
}

// writePortfolio scores testdata/cases as `samskab batch` does and writes
// the portfolio page; it returns its file URL.
func writePortfolio(t *testing.T, lang checklist.Lang) (url, dir string) {
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	v, err := NewBatchPrinter("html", &buf, Options{Lang: lang, Rubrics: cat.Rubrics})
	if err != nil {
		t.Fatal(err)
	}
	pb := checklist.NewPortfolioBuilder(cat.Rubrics)
	err = batch.ScoreFiles(batch.FindCaseFiles([]string{"../../testdata/cases"}), cat, checklist.Options{}, checklist.English, 2, func(r batch.CaseResult) error {
		if r.Summary == nil {
			t.Fatalf("%s: %v", r.File, r.Problems)
		}
		pb.Add(r.Summary)
		return v.Case(r.Summary)
	})
	if err == nil {
		err = v.End(pb.Portfolio())
	}
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	path := filepath.Join(dir, "portfolio.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return "file://" + path, dir
}

func TestPortfolioHTMLInBrowser(t *testing.T) {
	b := newBrowser(t)
	url, dir := writePortfolio(t, checklist.English)

	t.Run("dom", func(t *testing.T) {
		dom := string(b.run(url, "--dump-dom"))
		// Five cases: aalborg all four rubrics; havdrup and its 2025 round
		// frivilligraadet and cok; holbaek cok; nordfyn both vaeksthus rubrics.
		wants := map[string]int{
			`<table class="data cases"`:          1,
			`<td class="ovr"><span class="bar">`: 5,  // the overall bar of each case
			`<td class="rub"><span class="bar">`: 11, // 4 + 2 + 2 + 1 + 2 rubric bars
			`<span class="seg fill lvl-`:         3,  // emerging, developing, established
			`<table class="data principles">`:    1,
			`<table class="heatmap">`:            1,
			`<th scope="colgroup"`:               4,
			`<td class="heat lvl-`:               150,                 // (5 cases + the means) × (overall + 24 items)
			`<td class="heat lvl-out"`:           0 + 8 + 8 + 14 + 16, // items outside each case's rubrics
		}
		checkCounts(t, dom, wants)
	})
	checkScreenshotAndPrint(t, b, url, dir, 841.89, 595.28) // A4 landscape
	t.Run("axe", func(t *testing.T) { checkAxe(t, b, url) })
}

// checkCounts wants each string to occur in the rendered DOM so often.
func checkCounts(t *testing.T, dom string, wants map[string]int) {
	t.Helper()
	for s, n := range wants {
		if got := strings.Count(dom, s); got != n {
			t.Errorf("rendered DOM has %d × %q, want %d", got, s, n)
		}
	}
}

// checkScreenshotAndPrint wants a screenshot that is not blank and a
// printed PDF whose pages are all w × h pt.
func checkScreenshotAndPrint(t *testing.T, b *browser, url, dir string, w, h float64) {
	t.Run("screenshot", func(t *testing.T) {
		shot := filepath.Join(dir, "shot.png")
		b.run(url, "--screenshot="+shot, "--window-size=1200,2000", "--hide-scrollbars")
		checkNotBlank(t, shot)
	})
	t.Run("print", func(t *testing.T) {
		pdf := filepath.Join(dir, "page.pdf")
		b.run(url, "--print-to-pdf="+pdf, "--no-pdf-header-footer")
		data, err := os.ReadFile(pdf)
		if err != nil {
			t.Fatal(err)
		}
		checkPageSize(t, data, w, h)
	})
}

// mediaBox finds each page size in a PDF; Chromium writes them uncompressed.
var mediaBox = regexp.MustCompile(`/MediaBox \[0 0 ([0-9.]+) ([0-9.]+)\]`)

// checkPageSize wants a PDF whose pages are all w × h pt.
func checkPageSize(t *testing.T, data []byte, wantW, wantH float64) {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("not a PDF (%d bytes)", len(data))
	}
	boxes := mediaBox.FindAllSubmatch(data, -1)
	if len(boxes) == 0 {
		t.Fatal("no page sizes found in the PDF")
	}
	for _, m := range boxes {
		w, _ := strconv.ParseFloat(string(m[1]), 64)
		h, _ := strconv.ParseFloat(string(m[2]), 64)
		if math.Abs(w-wantW) > 1 || math.Abs(h-wantH) > 1 {
			t.Errorf("page of %s × %s pt, want %.2f × %.2f", m[1], m[2], wantW, wantH)
		}
	}
}

// checkNotBlank decodes a screenshot and wants a good share of it to be
// ink, and some of that ink to be colour (bars, heat cells, charts).
func checkNotBlank(t *testing.T, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	bounds := img.Bounds()
	var ink, colour int
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			r, g, bl = r>>8, g>>8, bl>>8
			if r < 240 || g < 240 || bl < 240 {
				ink++
			}
			if max(r, g, bl)-min(r, g, bl) > 60 {
				colour++
			}
		}
	}
	total := bounds.Dx() * bounds.Dy()
	if total != 1200*2000 {
		t.Errorf("screenshot is %dx%d, want 1200x2000", bounds.Dx(), bounds.Dy())
	}
	if ink < total/50 || colour < total/1000 {
		t.Errorf("screenshot looks blank: %d of %d pixels not white, %d coloured", ink, total, colour)
	}
}

// A note with a script tag stays text in the browser's DOM: no script
// element is created.
func TestHTMLReportEscapingInBrowser(t *testing.T) {
	b := newBrowser(t)
	url, _ := writeReport(t, checklisttest.ScoreCase(t, "hostile.yaml", []byte(hostileCase)), checklist.English)
	dom := string(b.run(url, "--dump-dom"))
	if strings.Contains(dom, "<script") || strings.Contains(dom, "<iframe") || strings.Contains(dom, "<img") {
		t.Errorf("user text became markup in the DOM:\n%s", dom)
	}
	if !strings.Contains(dom, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("the note is not shown as text")
	}
}

// axeScript is the path of axe-core's script, installed by `npm ci` in
// testdata/axe (package.json and package-lock.json pin the version).
func axeScript(t *testing.T) string {
	path, err := filepath.Abs(filepath.Join("testdata", "axe", "node_modules", "axe-core", "axe.min.js"))
	if err == nil {
		_, err = os.Stat(path)
	}
	if err != nil {
		needed(t, "axe-core is not installed (run `npm ci` in checklist/render/testdata/axe): "+err.Error())
	}
	return path
}

// axeRunner runs axe-core once the page has loaded and appends its
// violations as JSON in a <pre id="axe-result"> after the run, so the
// element itself is not checked; --dump-dom then prints it.
const axeRunner = `<script src="%s"></script>
<script>
window.addEventListener("load", function () {
  function show(id, text) {
    var pre = document.createElement("pre");
    pre.id = id;
    pre.textContent = text;
    document.body.appendChild(pre);
  }
  axe.run(document, {resultTypes: ["violations"]}).then(function (r) {
    show("axe-result", JSON.stringify(r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
        return {target: n.target.join(" "), summary: n.failureSummary};
      })};
    })));
  }, function (e) { show("axe-error", String(e)); });
});
</script>
</body>`

type axeViolation struct {
	ID, Impact, Help string
	Nodes            []struct{ Target, Summary string }
}

var axeOutput = regexp.MustCompile(`(?s)<pre id="(axe-result|axe-error)">(.*?)</pre>`)

// checkAxe loads a copy of the page at url with axe-core added and fails
// on every serious or critical violation (WCAG 2.1 AA rules among them:
// contrast, names, labels, language); lesser ones are logged.
func checkAxe(t *testing.T, b *browser, url string) {
	page, err := os.ReadFile(strings.TrimPrefix(url, "file://"))
	if err != nil {
		t.Fatal(err)
	}
	withAxe := strings.Replace(string(page), "</body>", fmt.Sprintf(axeRunner, "file://"+axeScript(t)), 1)
	path := filepath.Join(t.TempDir(), "axe.html")
	if err := os.WriteFile(path, []byte(withAxe), 0o644); err != nil {
		t.Fatal(err)
	}
	// Virtual time runs the page's timers at once; 60 s of it is ample
	// for axe and costs no wall-clock time when axe is done sooner.
	dom := string(b.run("file://"+path, "--dump-dom", "--virtual-time-budget=60000"))
	m := axeOutput.FindStringSubmatch(dom)
	if m == nil {
		t.Fatal("axe-core did not report (no axe-result in the DOM)")
	}
	if m[1] == "axe-error" {
		t.Fatalf("axe-core failed: %s", html.UnescapeString(m[2]))
	}
	var violations []axeViolation
	if err := json.Unmarshal([]byte(html.UnescapeString(m[2])), &violations); err != nil {
		t.Fatalf("axe-core's result: %v", err)
	}
	for _, v := range violations {
		report := t.Logf
		if v.Impact == "serious" || v.Impact == "critical" {
			report = t.Errorf
		}
		report("axe %s (%s): %s, on %d elements", v.ID, v.Impact, v.Help, len(v.Nodes))
		for _, n := range v.Nodes {
			report("  %s\n    %s", n.Target, strings.ReplaceAll(n.Summary, "\n", "\n    "))
		}
	}
}
