package checklist_test

import (
	"slices"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

func roundCase(rel, name string, overall checklist.Num, rubric *checklist.Rubric, pct checklist.Num) checklist.RoundCase {
	return checklist.RoundCase{Rel: rel, Summary: &checklist.CaseSummary{File: rel, Project: checklist.Project{Name: name}, Overall: overall,
		Rubrics: []checklist.RubricSummary{{Rubric: rubric, Percent: pct}}}}
}

// TestComparePortfolios: projects come and go, one is renamed but keeps
// its path, two share a name and are told apart by path; the counts and
// the largest moves follow StayedWithin.
func TestComparePortfolios(t *testing.T) {
	cat := checklisttest.SmallCatalog(t)
	alpha := cat.Rubrics[0]
	old := []checklist.RoundCase{
		roundCase("a.yaml", "Aalborg", checklist.Some(40), alpha, checklist.Some(40)),
		roundCase("b.yaml", "Bornholm", checklist.Some(60), alpha, checklist.Some(60)),
		roundCase("c/x.yaml", "Fælles", checklist.Some(50), alpha, checklist.Some(50)),
		roundCase("c/y.yaml", "Fælles", checklist.Some(70), alpha, checklist.Some(70)),
		roundCase("gone.yaml", "Gone", checklist.Some(10), alpha, checklist.Some(10)),
		roundCase("r.yaml", "Old name", checklist.Some(30), alpha, checklist.Some(30)),
		roundCase("u.yaml", "Unscored", checklist.Num{}, alpha, checklist.Num{}),
	}
	nw := []checklist.RoundCase{
		roundCase("a.yaml", "aalborg ", checklist.Some(55.2), alpha, checklist.Some(55.2)), // name matches case- and space-blind
		roundCase("moved/b.yaml", "Bornholm", checklist.Some(60.9), alpha, checklist.Some(60.9)),
		roundCase("c/y.yaml", "Fælles", checklist.Some(60), alpha, checklist.Some(60)),
		roundCase("c/x.yaml", "Fælles", checklist.Some(52), alpha, checklist.Some(52)),
		roundCase("new.yaml", "New", checklist.Some(80), alpha, checklist.Some(80)),
		roundCase("r.yaml", "New name", checklist.Some(20), alpha, checklist.Some(20)),
		roundCase("u.yaml", "Unscored", checklist.Some(50), alpha, checklist.Some(50)),
	}
	pc := checklist.ComparePortfolios(old, nw, []*checklist.Rubric{alpha})
	var got []string
	for _, p := range pc.Projects {
		got = append(got, p.Old.Rel+">"+p.New.Rel+":"+p.Direction())
	}
	want := []string{"a.yaml>a.yaml:rose", "b.yaml>moved/b.yaml:stayed", "c/y.yaml>c/y.yaml:fell",
		"c/x.yaml>c/x.yaml:rose", "r.yaml>r.yaml:fell", "u.yaml>u.yaml:not-comparable"}
	if !slices.Equal(got, want) {
		t.Errorf("pairs\n got %v\nwant %v", got, want)
	}
	if pc.Rose != 2 || pc.Fell != 2 || pc.Stayed != 1 || pc.NotComparable != 1 {
		t.Errorf("counts rose %d fell %d stayed %d n/c %d", pc.Rose, pc.Fell, pc.Stayed, pc.NotComparable)
	}
	if len(pc.OnlyOld) != 1 || pc.OnlyOld[0].Rel != "gone.yaml" || len(pc.OnlyNew) != 1 || pc.OnlyNew[0].Rel != "new.yaml" {
		t.Errorf("only old %v, only new %v", pc.OnlyOld, pc.OnlyNew)
	}
	if !pc.Projects[4].ByPath || pc.Projects[0].ByPath {
		t.Error("ByPath wrong")
	}
	// Largest: Aalborg +15.2, Old/New name −10, Fælles y −10, Fælles x +2; ties by name.
	var moves []string
	for _, p := range pc.Largest {
		moves = append(moves, p.New.Rel)
	}
	if want := []string{"a.yaml", "c/y.yaml", "r.yaml", "c/x.yaml"}; !slices.Equal(moves, want) {
		t.Errorf("largest %v, want %v", moves, want)
	}
	if d := pc.Projects[0].Rubrics[0].Delta; d != checklist.Some(15.2) {
		t.Errorf("rubric change %+v", d)
	}
}
