package render

import (
	"bytes"
	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// havdrupRounds is the Havdrup project in three rounds: the two in
// testdata and a third in which cok-01 and cok-02 improved.
func havdrupRounds(t *testing.T, edit func([]byte) []byte) *checklist.Rounds {
	t.Helper()
	r2, err := os.ReadFile("../../testdata/cases/havdrup-ensomhed.yaml")
	if err != nil {
		t.Fatal(err)
	}
	r3 := bytes.ReplaceAll(r2, []byte("cok-02.q1: 1"), []byte("cok-02.q1: 4"))
	r3 = bytes.ReplaceAll(r3, []byte("date: 2026-04-"), []byte("date: 2026-10-"))
	r1, err := os.ReadFile("../../testdata/cases/havdrup-ensomhed-2025.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if edit == nil {
		edit = func(b []byte) []byte { return b }
	}
	reports := []*checklist.Report{checklisttest.ScoreCase(t, "r1.yaml", edit(r1)), checklisttest.ScoreCase(t, "r2.yaml", edit(r2)), checklisttest.ScoreCase(t, "r3.yaml", edit(r3))}
	return checklist.CompareRounds(reports, checklisttest.BuiltinCatalog(t))
}

func renderRounds(t *testing.T, rs *checklist.Rounds, format string, lang checklist.Lang) string {
	t.Helper()
	var buf bytes.Buffer
	p, err := NewRoundsPrinter(format, &buf, Options{Lang: lang})
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Print(rs); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// TestRoundsEscaping: a project name and respondents' text never reach the
// page as markup or a Markdown link.
func TestRoundsEscaping(t *testing.T) {
	rs := havdrupRounds(t, func(b []byte) []byte {
		return bytes.Replace(b, []byte("name: Fællesskab mod ensomhed i Havdrup"),
			[]byte(`name: "<script>alert(1)</script> [klik](http://x)"`), 1)
	})
	page := renderRounds(t, rs, "html", checklist.Danish)
	if strings.Contains(page, "<script>") {
		t.Error("html: project name reached the page as markup")
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Error("html: escaped project name missing")
	}
	md := renderRounds(t, rs, "markdown", checklist.Danish)
	if strings.Contains(md, "[klik](") || strings.Contains(md, "<script>") {
		t.Errorf("markdown: project name not escaped:\n%s", md[:200])
	}
}

// TestRoundsChartGeometry: the chart's points sit where their percents
// put them, and a round without a percent breaks the line.
func TestRoundsChartGeometry(t *testing.T) {
	rs := havdrupRounds(t, nil)
	c := roundsChart(rs, checklist.English)
	overall := c.Lines[len(c.Lines)-1]
	if overall.Name != "Overall" || len(overall.Points) != 3 || len(overall.Segments) != 1 {
		t.Fatalf("overall line %+v", overall)
	}
	// x: 48 + i × (680 − 48 − 150) / 2; y: 16 + (1 − p/100) × (320 − 16 − 40).
	if p := overall.Points[0]; p.X != coord(48) || p.Y != coord(16+(1-rs.Overall.Percents[0].V/100)*264) {
		t.Errorf("first point %+v", p)
	}
	if p := overall.Points[2]; p.X != coord(530) {
		t.Errorf("last point %+v", p)
	}
	s := checklist.Series{Percents: []checklist.Num{checklist.Some(10), {}, checklist.Some(30), checklist.Some(40)}}
	rs.Rubrics[0].Series = s
	c = roundsChart(rs, checklist.English)
	if segs := c.Lines[0].Segments; len(segs) != 2 {
		t.Errorf("want the line broken in two, got %q", segs)
	}
}

func TestRoundsHTMLInBrowser(t *testing.T) {
	b := newBrowser(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "rounds.html")
	if err := os.WriteFile(path, []byte(renderRounds(t, havdrupRounds(t, nil), "html", checklist.Danish)), 0o644); err != nil {
		t.Fatal(err)
	}
	url := "file://" + path
	t.Run("dom", func(t *testing.T) {
		dom := string(b.run(url, "--dump-dom"))
		checkCounts(t, dom, map[string]int{
			`role="img" aria-labelledby="rounds-chart-title rounds-chart-desc"`: 1,
			`<polyline `:                  3, // frivilligraadet, cok, overall
			`<circle `:                    9,
			`<text class="line-label"`:    3,
			`<th scope="row">cok-02</th>`: 1,
			`<td class="heat lvl-`:        3 * (3 + 16),
		})
	})
	t.Run("axe", func(t *testing.T) { checkAxe(t, b, url) })
	checkScreenshotAndPrint(t, b, url, dir, 595.28, 841.89)
}

func TestSparkline(t *testing.T) {
	got := Sparkline([]checklist.Num{checklist.Some(0), checklist.Some(12.4), checklist.Some(12.5), checklist.Some(50), checklist.Some(87.5), checklist.Some(100), {}})
	if want := "▁▁▂▅██·"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if strings.ContainsAny(Sparkline(nil), "▁") {
		t.Error("empty series drew something")
	}
}
