package workshop

import (
	"fmt"
	"path/filepath"
	"sort"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

type facilitatorView struct {
	RevealAction string
	Revealed     bool
	Parties      []partyProgress
	Joined       int
	FileNote     string
	Result       *resultView
}

// partyProgress is how far one party is, never who answered what.
type partyProgress struct {
	Name     string
	Joined   int
	Finished int
	Percent  string // answered of all questions asked of the party's people
}

func (s *Server) facilitatorView(lang checklist.Lang) facilitatorView {
	m := wording(lang)
	c, _ := s.store.snapshot()
	names := map[string]string{}
	if c != nil {
		for _, a := range c.Actors {
			names[a.ID] = a.Name
		}
	}
	type tally struct{ joined, finished, answered, asked int }
	tallies := map[string]*tally{}
	var order []string
	s.mu.Lock()
	for _, p := range s.joinedOrder {
		id := p.joined.actorID
		t, ok := tallies[id]
		if !ok {
			t = &tally{}
			tallies[id] = t
			order = append(order, id)
		}
		t.joined++
		if p.done {
			t.finished++
		}
		t.answered += answeredCount(p)
		t.asked += len(p.questions)
	}
	v := facilitatorView{RevealAction: s.FacilitatorPath() + "/reveal", Revealed: s.revealed, Joined: len(s.joinedOrder)}
	s.mu.Unlock()
	sort.Strings(order)
	for _, id := range order {
		t := tallies[id]
		name := names[id]
		switch {
		case id == "":
			name = m.NoParty
		case name == "":
			name = id
		}
		pct := "–"
		if t.asked > 0 {
			pct = fmt.Sprintf("%.0f %%", float64(t.answered)/float64(t.asked)*100)
		}
		v.Parties = append(v.Parties, partyProgress{Name: name, Joined: t.joined, Finished: t.finished, Percent: pct})
	}
	if c != nil {
		v.FileNote = fmt.Sprintf(m.ResponsesFile, len(c.Responses), filepath.Base(s.cfg.File))
	}
	if v.Revealed {
		r := s.resultView(lang)
		v.Result = &r
	}
	return v
}

// resultView is the joint result: overall, per rubric, the widest spreads
// and the scores by party.
type resultView struct {
	M            *messages
	Empty        bool
	Respondents  int
	Overall      string
	Level        string
	Rubrics      []rubricRow
	Spreads      []spreadRow
	RubricTitles []string
	Parties      []partyRow
	PartyGaps    []string
}

type rubricRow struct{ Title, Percent, Level string }

type spreadRow struct{ Title, Rubric, Score, Spread string }

type partyRow struct {
	Name        string
	Respondents int
	Overall     string
	Rubrics     []string
}

// maxSpreads is how many disagreements the result lists.
const maxSpreads = 5

func (s *Server) resultView(lang checklist.Lang) resultView {
	m := wording(lang)
	c, _ := s.store.snapshot()
	if c == nil {
		return resultView{M: m, Empty: true}
	}
	rep, err := checklist.Evaluate(c, s.cfg.Catalog, checklist.Options{Scope: s.scope})
	if err != nil {
		s.logf("scoring: %v", err)
		return resultView{M: m, Empty: true}
	}
	v := resultView{M: m, Respondents: len(rep.Respondents), Overall: pct(rep.Overall), Level: levelName(rep.Overall, lang),
		Empty: !rep.Overall.OK}
	var spreads []*checklist.ItemResult
	rubricOf := map[*checklist.ItemResult]string{}
	for ri := range rep.Rubrics {
		rr := &rep.Rubrics[ri]
		title := rr.Rubric.Title.In(lang)
		v.Rubrics = append(v.Rubrics, rubricRow{title, pct(rr.Percent), levelName(rr.Percent, lang)})
		v.RubricTitles = append(v.RubricTitles, title)
		for ii := range rr.Items {
			if it := &rr.Items[ii]; it.Status == checklist.StatusScored && it.Respondents > 1 && it.Spread.V > 0 {
				spreads = append(spreads, it)
				rubricOf[it] = title
			}
		}
	}
	sort.SliceStable(spreads, func(i, j int) bool { return spreads[i].Spread.V > spreads[j].Spread.V })
	for _, it := range spreads[:min(len(spreads), maxSpreads)] {
		v.Spreads = append(v.Spreads, spreadRow{it.Item.Title.In(lang), rubricOf[it],
			fmt.Sprintf("%.1f", it.Score.V), fmt.Sprintf("%.1f", it.Spread.V)})
	}
	for _, k := range rep.Parties.Kinds {
		row := partyRow{Name: kindName(k.Kind, lang), Respondents: k.Respondents, Overall: pct(k.Overall)}
		for _, pr := range k.Rubrics {
			row.Rubrics = append(row.Rubrics, pct(pr.Percent))
		}
		v.Parties = append(v.Parties, row)
	}
	for _, g := range rep.Parties.Gaps[:min(len(rep.Parties.Gaps), maxSpreads)] {
		v.PartyGaps = append(v.PartyGaps, fmt.Sprintf(m.PartyGapText, g.Item.Item.Title.In(lang),
			kindName(g.Low.Kind, lang), g.Low.Score, kindName(g.High.Kind, lang), g.High.Score))
	}
	return v
}

func pct(n checklist.Num) string {
	if !n.OK {
		return "–"
	}
	return fmt.Sprintf("%.0f %%", n.V)
}

func levelName(n checklist.Num, lang checklist.Lang) string {
	if !n.OK {
		return "–"
	}
	name, _ := catalog.Lookup(lang, "Level", string(checklist.LevelOfNum(n)))
	return name
}
