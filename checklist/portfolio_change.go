package checklist

import (
	"math"
	"sort"
	"strings"
)

// StayedWithin is the change in percentage points below which a project
// counts as having stayed where it was: a point or two is the noise of
// one respondent more or less, not a change.
const StayedWithin = 1.0

// LargestMoves is how many projects the summary names as the largest moves.
const LargestMoves = 5

// RoundCase is one scored case of a portfolio round, with its path
// relative to the round's folder.
type RoundCase struct {
	Rel     string
	Summary *CaseSummary
}

// PortfolioChange is a portfolio in two rounds (two folders of case
// files): each project's change, how many rose, fell or stayed, the
// largest moves, and the projects found in only one round.
type PortfolioChange struct {
	// OldDir and NewDir name the two rounds, as the user gave them.
	OldDir, NewDir                    string
	Rubrics                           []*Rubric
	Projects                          []ProjectChange // in the new round's path order
	OnlyOld                           []RoundCase
	OnlyNew                           []RoundCase
	Rose, Fell, Stayed, NotComparable int
	Largest                           []ProjectChange // by size of the change, largest first
}

// ProjectChange is one project in both rounds.
type ProjectChange struct {
	Name     string
	Old, New RoundCase
	Overall  Change
	Rubrics  []Change // one per PortfolioChange.Rubrics
	ByPath   bool     // matched by relative path, the project names differing
}

// Direction says whether a project rose, fell, stayed or cannot be
// compared; the same rule as the counts.
func (p ProjectChange) Direction() string {
	switch {
	case !p.Overall.Delta.OK:
		return "not-comparable"
	case p.Overall.Delta.V >= StayedWithin:
		return "rose"
	case p.Overall.Delta.V <= -StayedWithin:
		return "fell"
	}
	return "stayed"
}

// ComparePortfolios matches the cases of two rounds by project name, then
// by relative path, and sums up the change. A name that several cases in
// a round share is matched by path among them.
func ComparePortfolios(old, new []RoundCase, rubrics []*Rubric) *PortfolioChange {
	pc := &PortfolioChange{Rubrics: rubrics}
	usedOld := make([]bool, len(old))
	match := make([]int, len(new))
	for i := range match {
		match[i] = -1
	}
	pair := func(ok func(o, n RoundCase) bool) {
		for i, n := range new {
			if match[i] >= 0 {
				continue
			}
			for j, o := range old {
				if !usedOld[j] && ok(o, n) {
					match[i], usedOld[j] = j, true
					break
				}
			}
		}
	}
	sameName := func(o, n RoundCase) bool { return projectKey(o) == projectKey(n) }
	pair(func(o, n RoundCase) bool { return sameName(o, n) && o.Rel == n.Rel })
	pair(sameName)
	pair(func(o, n RoundCase) bool { return o.Rel == n.Rel })
	for i, n := range new {
		if match[i] < 0 {
			pc.OnlyNew = append(pc.OnlyNew, n)
			continue
		}
		pc.add(old[match[i]], n)
	}
	for j, o := range old {
		if !usedOld[j] {
			pc.OnlyOld = append(pc.OnlyOld, o)
		}
	}
	pc.Largest = largest(pc.Projects)
	return pc
}

func projectKey(c RoundCase) string {
	return strings.Join(strings.Fields(strings.ToLower(c.Summary.Project.Name)), " ")
}

func (pc *PortfolioChange) add(o, n RoundCase) {
	p := ProjectChange{Name: n.Summary.Project.Name, Old: o, New: n,
		Overall: change(o.Summary.Overall, n.Summary.Overall), ByPath: projectKey(o) != projectKey(n)}
	for _, r := range pc.Rubrics {
		p.Rubrics = append(p.Rubrics, change(o.Summary.RubricPercent(r), n.Summary.RubricPercent(r)))
	}
	switch p.Direction() {
	case "rose":
		pc.Rose++
	case "fell":
		pc.Fell++
	case "stayed":
		pc.Stayed++
	default:
		pc.NotComparable++
	}
	pc.Projects = append(pc.Projects, p)
}

// largest lists the comparable projects that moved at least StayedWithin,
// largest change first (ties by name), at most LargestMoves.
func largest(ps []ProjectChange) []ProjectChange {
	var out []ProjectChange
	for _, p := range ps {
		if d := p.Direction(); d == "rose" || d == "fell" {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(a, b int) bool {
		da, db := math.Abs(out[a].Overall.Delta.V), math.Abs(out[b].Overall.Delta.V)
		if da != db {
			return da > db
		}
		return out[a].Name < out[b].Name
	})
	if len(out) > LargestMoves {
		out = out[:LargestMoves]
	}
	return out
}
