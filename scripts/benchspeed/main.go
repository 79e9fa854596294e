//go:build unix

// Command benchspeed prints the speed table of issue 16 in one run, every
// row a ratio of two commands measured side by side: runs alternate
// (A B A B …) so that a busy machine slows both alike, and each figure is
// the median of its runs. scripts/bench-batch.sh builds what it needs and
// calls it; run that script, not this program.
//
//	benchspeed -bin DIR -cases3k DIR -cases10k DIR -case FILE [-runs N] [-startup-runs N] [-formats "table csv"] [-rows "batch startup memory"]
//
// DIR (-bin) holds samskab, parsefloor and hello (a plain Go hello-world),
// and may hold depsfloor: hello-world linking all of samskab's
// dependencies, built by scripts/bench-batch.sh.
// Peak memory is the kernel's maximum resident set size of the child
// (GNU time's %M): /usr/bin/time -f %M when installed, else getrusage.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// run is one measured execution.
type run struct {
	wall, cpu float64 // seconds
	peakMiB   float64
}

func main() {
	bin := flag.String("bin", "", "folder with samskab, parsefloor and hello")
	cases3k := flag.String("cases3k", "", "folder of 3,000 generated cases")
	cases10k := flag.String("cases10k", "", "folder of 10,000 generated cases")
	caseFile := flag.String("case", "", "one case file for `score`")
	runs := flag.Int("runs", 5, "alternating runs per batch row")
	memRuns := flag.Int("mem-runs", 3, "runs per format and size for peak memory")
	startupRuns := flag.Int("startup-runs", 41, "alternating runs per start-up row")
	formats := flag.String("formats", "table markdown csv jsonl json html", "batch formats for the memory rows")
	rowsFlag := flag.String("rows", "batch startup memory", "which rows to measure")
	flag.Parse()
	rows := map[string]bool{}
	for _, r := range strings.Fields(*rowsFlag) {
		rows[r] = true
	}
	if *bin == "" || *cases3k == "" || *cases10k == "" || *caseFile == "" {
		flag.Usage()
		os.Exit(2)
	}
	samskab := filepath.Join(*bin, "samskab")
	floor := filepath.Join(*bin, "parsefloor")
	hello := filepath.Join(*bin, "hello")

	var verdicts []string
	verdict := func(what string, met bool, target string) {
		v := "met"
		if !met {
			v = "NOT met"
		}
		verdicts = append(verdicts, fmt.Sprintf("%-44s %s (target %s)", what, v, target))
	}

	fmt.Printf("time (median of %d alternating batch runs and %d start-up runs; wall clock, CPU time = user + system)\n", *runs, *startupRuns)
	fmt.Printf("  %-42s %9s %9s %7s %9s\n", "", "A wall", "B wall", "A÷B", "A÷B CPU")
	if rows["batch"] {
		batchRow(samskab, floor, *cases10k, *runs, verdict)
	}
	if rows["startup"] {
		startupRows(samskab, hello, *caseFile, *startupRuns, verdict)
	}
	if rows["memory"] {
		memoryRows(samskab, *cases3k, *cases10k, *formats, *memRuns, verdict)
	}
	fmt.Println()
	for _, v := range verdicts {
		fmt.Println(v)
	}
}

type verdictFunc func(what string, met bool, target string)

func batchRow(samskab, floor, cases10k string, runs int, verdict verdictFunc) {
	a, b := alternate(runs,
		[]string{samskab, "batch", cases10k, "--format", "csv"},
		[]string{floor, cases10k})
	r := ratio(a, b, func(x run) float64 { return x.wall })
	printTime("batch --format csv, 10,000 cases ÷ floor", a, b)
	verdict("batch csv ÷ floor (wall clock)", r <= 1.05, "≤ 1.05")
	rc := ratio(a, b, func(x run) float64 { return x.cpu })
	verdict("batch csv ÷ floor (CPU time)", rc <= 1.05, "≤ 1.05")
}

func startupRows(samskab, hello, caseFile string, startupRuns int, verdict verdictFunc) {
	helloCmd := []string{hello}
	a, b := alternate(startupRuns, []string{samskab, "--version"}, helloCmd)
	r := ratio(a, b, func(x run) float64 { return x.wall })
	printTime("samskab --version ÷ hello-world", a, b)
	verdict("--version ÷ hello-world", r <= 2.0, "≤ 2.0")

	a, b = alternate(startupRuns, []string{samskab, "score", caseFile}, helloCmd)
	r = ratio(a, b, func(x run) float64 { return x.wall })
	printTime("samskab score case.yaml ÷ hello-world", a, b)
	verdict("score ÷ hello-world", r <= 3.0, "≤ 3.0")

	// Not a target: how much of --version's time its dependencies take
	// before samskab's own code does anything.
	floor := filepath.Join(filepath.Dir(hello), "depsfloor")
	if _, err := os.Stat(floor); err != nil {
		return
	}
	a, b = alternate(startupRuns, []string{floor}, helloCmd)
	printTime("dependency floor ÷ hello-world", a, b)
	a, b = alternate(startupRuns, []string{samskab, "--version"}, []string{floor})
	printTime("samskab --version ÷ dependency floor", a, b)
}

func memoryRows(samskab, cases3k, cases10k, formats string, memRuns int, verdict verdictFunc) {
	fmt.Printf("\npeak memory (max RSS, median of %d runs per format and size, %s)\n", memRuns, memorySource())
	fmt.Printf("  %-10s %10s %10s %12s\n", "format", "3k MiB", "10k MiB", "10k ÷ 3k")
	for _, f := range strings.Fields(formats) {
		var small, big []run
		for range memRuns { // alternate the sizes too
			small = append(small, measureMemory([]string{samskab, "batch", cases3k, "--format", f}))
			big = append(big, measureMemory([]string{samskab, "batch", cases10k, "--format", f}))
		}
		s, g := median(small, peak), median(big, peak)
		fmt.Printf("  %-10s %10.1f %10.1f %12.2f\n", f, s, g, g/s)
		// The issue states its memory targets in MB; MiB × 1.048576 = MB.
		verdict(fmt.Sprintf("memory %s flat (10k ÷ 3k, 10k MB)", f), g/s < 1.25 && g*1.048576 < 48, "< 1.25 and < 48 MB")
	}
}

func peak(x run) float64 { return x.peakMiB }

func printTime(label string, a, b []run) {
	wall := func(x run) float64 { return x.wall }
	cpu := func(x run) float64 { return x.cpu }
	fmt.Printf("  %-42s %8.3fs %8.3fs %7.2f %9.2f\n", label,
		median(a, wall), median(b, wall), ratio(a, b, wall), ratio(a, b, cpu))
}

// alternate runs a and b n times each, in turn.
func alternate(n int, a, b []string) (ra, rb []run) {
	measure(a) // warm the page cache and the binaries
	measure(b)
	for range n {
		ra = append(ra, measure(a))
		rb = append(rb, measure(b))
	}
	return ra, rb
}

func ratio(a, b []run, field func(run) float64) float64 {
	return median(a, field) / median(b, field)
}

func median(rs []run, field func(run) float64) float64 {
	v := make([]float64, len(rs))
	for i, r := range rs {
		v[i] = field(r)
	}
	slices.Sort(v)
	if len(v)%2 == 1 {
		return v[len(v)/2]
	}
	return (v[len(v)/2-1] + v[len(v)/2]) / 2
}

const gnuTime = "/usr/bin/time"

func memorySource() string {
	if _, err := os.Stat(gnuTime); err == nil {
		return gnuTime + " -f %M"
	}
	return "getrusage ru_maxrss, as GNU time is not installed"
}

// measure runs one command with its output discarded and exits the
// program if it fails: every generated case is valid, so batch exits 0.
// Peak memory comes from getrusage, or for measureMemory from GNU time
// (as the issue asks) when it is there: the same ru_maxrss either way.
func measure(args []string) run { return measureRun(args, false) }

// measureMemory is measure through GNU time when it is installed. Timing
// runs do not go through it: its own start-up would add the same constant
// to both sides of a ratio.
func measureMemory(args []string) run { return measureRun(args, true) }

func measureRun(args []string, viaTime bool) run {
	var memFile string
	if _, err := os.Stat(gnuTime); err == nil && viaTime {
		f, err := os.CreateTemp("", "benchspeed-time")
		if err == nil {
			memFile = f.Name()
			f.Close()
			defer os.Remove(memFile)
			args = append([]string{gnuTime, "-f", "%M", "-o", memFile}, args...)
		}
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stderr = os.Stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if err != nil {
		fmt.Fprintf(os.Stderr, "benchspeed: %s: %v\n", strings.Join(args, " "), err)
		os.Exit(1)
	}
	ps := cmd.ProcessState
	r := run{wall: wall.Seconds(), cpu: (ps.UserTime() + ps.SystemTime()).Seconds()}
	r.peakMiB = float64(ps.SysUsage().(*syscall.Rusage).Maxrss) / 1024 // Linux: KiB
	if memFile != "" {
		if data, err := os.ReadFile(memFile); err == nil {
			if kib, err := strconv.ParseFloat(strings.TrimSpace(lastLine(string(data))), 64); err == nil {
				r.peakMiB = kib / 1024
			}
		}
	}
	return r
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
