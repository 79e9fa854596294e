// Package gencases writes synthetic case files for benchmarks: three
// respondents answering all 48 questions of the built-in rubrics, about
// 4 KB each, the same bytes for the same index on every run.
package gencases

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/samskab/samskab/internal/atomicfile"
)

// itemIDs are the 24 built-in items; each has questions q1 and q2.
var itemIDs = []string{
	"vfl-c1", "vfl-c2", "vfl-c3", "vfl-c4", "vfl-s1", "vfl-s2", "vfl-s3", "vfl-s4",
	"fr-p1", "fr-p2", "fr-p3", "fr-p4", "fr-p5", "fr-p6",
	"cok-01", "cok-02", "cok-03", "cok-04", "cok-05", "cok-06", "cok-07", "cok-08", "cok-09", "cok-10",
}

var owners = []string{"Solrød Kommune", "Aalborg Kommune", "Nordfyns Kommune", "Holbæk Kommune", "Aarhus Kommune", "Region Sjælland"}

var respondents = []struct{ name, actor string }{
	{"Mette (projektleder)", "kommune"},
	{"Bent (koordinator, frivillige)", "frivillige"},
	{"Aisha (borger)", "borgere"},
}

// Case returns the case file with index i.
func Case(i int) []byte {
	rng := rand.New(rand.NewPCG(uint64(i), 0x5a115cab))
	var b strings.Builder
	b.Grow(4500)
	fmt.Fprintf(&b, "# Syntetisk case nr. %d til ydelsesmålinger.\nsamskab: 1\n\n", i)
	fmt.Fprintf(&b, "project:\n  name: Fællesskab og samskabelse, projekt %05d\n  owner: %s\n", i, owners[i%len(owners)])
	b.WriteString("  description: >-\n    Borgere, frivillige og kommunen udvikler sammen nye mødesteder\n    og tilbud i lokalområdet. Målingen gentages hvert halve år, så\n    projektgruppen kan se, om samarbejdet bevæger sig.\n\n")
	b.WriteString("actors:\n  - id: kommune\n    name: Kommunen, Sundhed og Omsorg\n    kind: municipality\n")
	b.WriteString("  - id: frivillige\n    name: De frivillige\n    kind: volunteers\n")
	b.WriteString("  - id: borgere\n    name: Borgerne i området\n    kind: citizens\n\n")
	b.WriteString("targets:\n  overall: 60\n  rubrics: {cok: 70}\n  item: 25\n  coverage: 100\n\nmeta: {kilde: syntetisk, generator: gencases}\n\nresponses:\n")
	for r, resp := range respondents {
		fmt.Fprintf(&b, "  - respondent: %s\n    actor: %s\n    date: 2026-0%d-1%d\n    answers:\n", resp.name, resp.actor, 1+r, r)
		bias := rng.IntN(3) // some respondents are more positive than others
		for _, id := range itemIDs {
			for _, q := range []string{".q1", ".q2"} {
				b.WriteString("      ")
				b.WriteString(id)
				b.WriteString(q)
				b.WriteString(": ")
				b.WriteString(answer(rng, bias))
				b.WriteByte('\n')
			}
		}
	}
	return []byte(b.String())
}

// answer draws one answer: mostly a score, sometimes na, dk, null or a
// score with a note, like real files.
func answer(rng *rand.Rand, bias int) string {
	switch n := rng.IntN(100); {
	case n < 3:
		return "na"
	case n < 6:
		return "dk"
	case n < 7:
		return "~"
	case n < 10:
		return "{score: " + strconv.Itoa(min(4, rng.IntN(4)+bias/2)) + `, note: "Drøftet på mødet i marts"}`
	}
	return strconv.Itoa(min(4, rng.IntN(4)+bias/2))
}

// Write writes n case files into dir, spread over subfolders of 1,000 as a
// consultant's archive would be, and returns their paths in order.
func Write(dir string, n int) ([]string, error) {
	paths := make([]string, 0, n)
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("batch-%03d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return nil, err
			}
		}
		p := filepath.Join(sub, fmt.Sprintf("case-%05d.yaml", i))
		if err := atomicfile.WriteFile(p, Case(i)); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
