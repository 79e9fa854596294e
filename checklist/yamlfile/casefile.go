package yamlfile

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"go.yaml.in/yaml/v3"
)

// ReadCaseFile reads and validates a case file from disk.
func (r Reader) ReadCaseFile(path string, cat *checklist.Catalog) (*checklist.Case, error) {
	data, err := r.ReadInput(path)
	if err != nil {
		return nil, checklist.Problems{{File: path, Msg: err.Error()}}
	}
	return r.ParseCase(path, data, cat)
}

// ParseCase validates a case file against the catalog. All problems are
// reported together.
func (r Reader) ParseCase(file string, data []byte, cat *checklist.Catalog) (*checklist.Case, error) {
	c, _, err := r.parseCaseRoot(file, data, cat, false)
	return c, err
}

// ParseDraft is ParseCase for a file about to receive its first response:
// `responses:` may be missing, empty ([] or nothing) – everything else is
// checked as strictly. `samskab assess` reads files with it, so that a
// hand-written plan without responses gets one.
func (r Reader) ParseDraft(file string, data []byte, cat *checklist.Catalog) (*checklist.Case, error) {
	c, _, err := r.parseCaseRoot(file, data, cat, true)
	return c, err
}

// parseCaseRoot is ParseCase (or ParseDraft) that also returns the parsed
// document node, for an editor that goes on from this parse.
func (r Reader) parseCaseRoot(file string, data []byte, cat *checklist.Catalog, draft bool) (*checklist.Case, *yaml.Node, error) {
	d := newDecoder(file, r.Lang)
	root := d.parseYAML(data, d.m.WhatCaseFile)
	if root == nil {
		return nil, nil, d.err()
	}
	if d.otherFormat(root, "samskab") {
		return nil, nil, d.err()
	}
	c := &checklist.Case{File: file}
	p := caseParser{d: d, cat: cat, draft: draft}
	p.parse(root, c)
	if len(d.problems) > 0 {
		return nil, nil, d.err()
	}
	return c, d.doc, nil
}

type caseParser struct {
	d         *decoder
	cat       *checklist.Catalog
	actorRefs []*yaml.Node // checked once all actors are known
	draft     bool         // responses may be missing or empty (ParseDraft)
}

var caseKeys = []string{"samskab", "project", "rubrics", "rubric_versions", "actors", "targets", "responses", "meta"}

func (p *caseParser) parse(root *yaml.Node, c *checklist.Case) {
	d := p.d
	var format, project, responses *yaml.Node
	d.mapping(root, d.m.WhatTheCase, func(key string, k, v *yaml.Node) {
		switch key {
		case "samskab":
			format = v
			if n, ok := d.integer(v, d.m.WhatFormatVersion); ok && n != 1 {
				d.add(v, d.m.UnsupportedVersion, n)
			}
		case "project":
			project = v
			c.Project = p.project(v)
		case "rubrics":
			c.Scope = p.scope(v)
		case "rubric_versions":
			c.RubricVersions = p.rubricVersions(v)
		case "actors":
			c.Actors = p.actors(v)
		case "targets":
			c.Targets = p.targets(v)
		case "responses":
			responses = v
			c.ResponsesLine, c.ResponsesCol = k.Line, k.Column
			c.Responses = p.responses(v)
		case "meta":
			// Free-form by design, but budgeted like the rest: every node
			// (and every alias expansion) counts against the file's budget.
			d.charge(v)
		default:
			d.unknownKey(k, d.m.WhatTheCase, caseKeys)
		}
	})
	if d.bombed {
		return // the walk stopped early: what looks missing may be there
	}
	if format == nil {
		d.addAt(1, 1, "%s", d.m.MissingFormat)
	}
	if project == nil {
		d.say(root, d.m.MissingProject)
	}
	if responses == nil && !p.draft {
		d.say(root, d.m.MissingResponses)
	}
	p.checkActorRefs(c.Actors)
	c.Warnings = pinWarnings(d.m, p.d.file, c.RubricVersions, p.cat)
}

func (p *caseParser) project(v *yaml.Node) checklist.Project {
	var pr checklist.Project
	var name *yaml.Node
	m := p.d.m
	if !p.d.mapping(v, m.WhatProject, func(key string, k, val *yaml.Node) {
		switch key {
		case "name":
			name = val
			pr.Name, _ = p.d.nonEmpty(val, m.WhatProjectName)
			// Every CSV row repeats the name, so a runaway one multiplies.
			if n := utf8.RuneCountInString(pr.Name); n > MaxNameLen {
				p.d.add(val, m.NameTooLong, n, MaxNameLen)
			}
		case "owner":
			pr.Owner, _ = p.optionalStr(val, m.WhatProjectOwner)
		case "description":
			pr.Description, _ = p.optionalStr(val, m.WhatProjectDesc)
		default:
			p.d.unknownKey(k, m.WhatProject, []string{"name", "owner", "description"})
		}
	}) {
		return pr
	}
	if name == nil {
		p.d.say(v, m.ProjectNoName)
	}
	return pr
}

// MaxNameLen caps the project name, in characters, which reports repeat.
const MaxNameLen = 300

// optionalStr accepts text or null.
func (p *caseParser) optionalStr(v *yaml.Node, what string) (string, bool) {
	if n := p.d.visit(v); n != nil && n.Kind == yaml.ScalarNode && n.Tag == "!!null" {
		return "", true
	}
	return p.d.str(v, what)
}

func (p *caseParser) scope(v *yaml.Node) []string {
	var ids []string
	p.d.sequence(v, p.d.m.WhatRubrics, func(_ int, n *yaml.Node) {
		id, ok := p.d.nonEmpty(n, p.d.m.WhatARubricID)
		if !ok {
			return
		}
		if _, known := p.cat.Rubric(id); !known {
			p.unknownRubric(n, id)
			return
		}
		if slices.Contains(ids, id) {
			p.d.add(n, p.d.m.RubricTwice, id)
			return
		}
		ids = append(ids, id)
	})
	return ids
}

func (p *caseParser) unknownRubric(n *yaml.Node, id string) {
	if !p.d.full() {
		p.d.say(n, unknownRubricMsg(p.d.m, id, p.cat))
	}
}

func unknownRubricMsg(m *catalog.ProblemMessages, id string, cat *checklist.Catalog) string {
	if near := nearest(id, cat.IDs()); near != "" {
		return fmt.Sprintf(m.UnknownRubricNear, checklist.Clip(id, 60), near)
	}
	return fmt.Sprintf(m.UnknownRubricList, checklist.Clip(id, 60), strings.Join(cat.IDs(), ", "))
}

func (p *caseParser) actors(v *yaml.Node) []checklist.Actor {
	var actors []checklist.Actor
	seen := map[string]bool{}
	m := p.d.m
	p.d.sequence(v, m.WhatActors, func(_ int, n *yaml.Node) {
		var a checklist.Actor
		var id *yaml.Node
		if !p.d.mapping(n, m.WhatAnActor, func(key string, k, val *yaml.Node) {
			switch key {
			case "id":
				id = val
				a.ID, _ = p.d.nonEmpty(val, m.WhatActorID)
			case "name":
				a.Name, _ = p.optionalStr(val, m.WhatActorName)
			case "kind":
				if s, ok := p.d.str(val, m.WhatActorKind); ok {
					if !slices.Contains(checklist.ActorKinds, s) {
						p.d.add(val, m.UnknownActorKind, s, p.d.codeList(checklist.ActorKinds))
					}
					a.Kind = s
				}
			default:
				p.d.unknownKey(k, m.WhatAnActor, []string{"id", "name", "kind"})
			}
		}) {
			return
		}
		if id == nil {
			p.d.say(n, m.ActorNoID)
			return
		}
		if seen[a.ID] {
			p.d.add(id, m.ActorTwice, checklist.Clip(a.ID, 60))
			return
		}
		seen[a.ID] = true
		actors = append(actors, a)
	})
	return actors
}

func (p *caseParser) checkActorRefs(actors []checklist.Actor) {
	ids := make([]string, len(actors))
	known := make(map[string]bool, len(actors))
	for i, a := range actors {
		ids[i] = a.ID
		known[a.ID] = true
	}
	for _, n := range p.actorRefs {
		// An alias (actor: *k) stands for its anchor's value; its own
		// Value is the anchor's name, which is not the actor's id.
		id := resolve(n).Value
		if known[id] || p.d.full() {
			continue
		}
		name := checklist.Clip(id, 60)
		switch near := nearest(id, ids); {
		case len(ids) == 0:
			p.d.add(n, p.d.m.UnknownActorNone, name)
		case near != "":
			p.d.add(n, p.d.m.UnknownActorNear, name, near)
		case len(ids) <= 10:
			p.d.add(n, p.d.m.UnknownActorList, name, strings.Join(ids, ", "))
		default:
			p.d.add(n, p.d.m.UnknownActorMany, name, len(ids))
		}
	}
}

func (p *caseParser) targets(v *yaml.Node) checklist.Targets {
	var t checklist.Targets
	p.d.mapping(v, p.d.m.WhatTargets, func(key string, k, val *yaml.Node) {
		switch key {
		case "overall":
			t.Overall = p.percent(val, "targets.overall")
		case "item":
			t.Item = p.percent(val, "targets.item")
		case "coverage":
			t.Coverage = p.percent(val, "targets.coverage")
		case "rubrics":
			p.d.mapping(val, "targets.rubrics", func(id string, k, pv *yaml.Node) {
				if _, ok := p.cat.Rubric(id); !ok {
					p.unknownRubric(k, id)
					return
				}
				t.Rubrics = append(t.Rubrics, checklist.RubricTarget{Rubric: id, Target: p.percent(pv, "targets.rubrics."+id)})
			})
		default:
			p.d.unknownKey(k, p.d.m.WhatTargets, []string{"overall", "rubrics", "item", "coverage"})
		}
	})
	return t
}

func (p *caseParser) percent(v *yaml.Node, what string) checklist.Target {
	f, ok := p.d.number(v, fmt.Sprintf(p.d.m.WhatPercent, what))
	if !ok {
		return checklist.Target{}
	}
	if !(f >= 0 && f <= 100) { // written so that NaN fails too
		p.d.add(v, p.d.m.PercentRange, what, checklist.Clip(v.Value, 20))
		return checklist.Target{}
	}
	return checklist.Target{Percent: f, Set: true, Line: v.Line, Col: v.Column}
}

func (p *caseParser) responses(v *yaml.Node) []checklist.Response {
	var rs []checklist.Response
	if p.draft {
		if n := p.d.visit(v); n == nil || isNull(n) {
			return nil
		}
	}
	ok := p.d.sequence(v, p.d.m.WhatResponses, func(_ int, n *yaml.Node) {
		if r, ok := p.response(n); ok {
			rs = append(rs, r)
		}
	})
	if ok && len(resolve(v).Content) == 0 && !p.draft {
		p.d.say(v, p.d.m.ResponsesEmpty)
	}
	return rs
}

var responseKeys = []string{"respondent", "actor", "date", "answers"}

func (p *caseParser) response(n *yaml.Node) (checklist.Response, bool) {
	r := checklist.Response{Line: n.Line, Col: n.Column}
	var answers *yaml.Node
	m := p.d.m
	ok := p.d.mapping(n, m.WhatAResponse, func(key string, k, v *yaml.Node) {
		switch key {
		case "respondent":
			r.Respondent, _ = p.optionalStr(v, m.WhatRespondent)
		case "actor":
			if s, ok := p.d.nonEmpty(v, m.WhatActor); ok {
				r.Actor = s
				p.actorRefs = append(p.actorRefs, v)
			}
		case "date":
			r.Date = p.date(v)
		case "answers":
			answers = v
		default:
			p.d.unknownKey(k, m.WhatAResponse, responseKeys)
		}
	})
	if !ok {
		return r, false
	}
	if answers == nil {
		p.d.say(n, m.ResponseNoAnswers)
		return r, false
	}
	r.Answers = p.answers(answers)
	return r, true
}

func (p *caseParser) date(v *yaml.Node) string {
	s, ok := p.d.str(v, p.d.m.WhatDate)
	if !ok {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		p.d.add(v, p.d.m.BadDate, s)
		return ""
	}
	return s
}

func (p *caseParser) answers(v *yaml.Node) []checklist.Answer {
	v = p.d.visit(v)
	if v == nil {
		return nil
	}
	if v.Kind == yaml.ScalarNode && v.Tag == "!!null" {
		return nil // `answers:` with nothing under it yet
	}
	out := make([]checklist.Answer, 0, len(v.Content)/2)
	p.d.mapping(v, p.d.m.WhatAnswers, func(id string, k, val *yaml.Node) {
		ref, ok := p.cat.Question(id)
		if !ok {
			p.unknownQuestion(k)
			return
		}
		a := checklist.Answer{Ref: ref, Line: val.Line, Col: val.Column}
		if p.answerValue(val, &a, true) {
			out = append(out, a)
		}
	})
	return out
}

func (p *caseParser) unknownQuestion(k *yaml.Node) {
	if p.d.full() {
		return
	}
	id := k.Value
	if !strings.Contains(id, ".") {
		if _, ok := p.cat.Question(checklist.QuestionID(id, "q1")); ok {
			p.d.add(k, p.d.m.ItemNotQuestion, id, id)
			return
		}
	}
	if near := nearest(id, p.cat.QuestionIDs()); near != "" {
		p.d.add(k, p.d.m.UnknownQuestionNear, checklist.Clip(id, 60), near)
		return
	}
	p.d.add(k, p.d.m.UnknownQuestion, checklist.Clip(id, 60))
}

// answerValue decodes a scalar answer, or a {score, note} mapping when
// mappingOK (a note cannot hold another mapping).
func (p *caseParser) answerValue(v *yaml.Node, a *checklist.Answer, mappingOK bool) bool {
	v = p.d.visit(v)
	if v == nil {
		return false
	}
	if v.Kind == yaml.MappingNode && mappingOK {
		return p.answerMapping(v, a)
	}
	m := p.d.m
	if v.Kind != yaml.ScalarNode {
		p.d.add(v, m.AnswerIs, a.QuestionID(), p.d.kindName(v), m.AnswerExpect)
		return false
	}
	switch v.Tag {
	case "!!null":
		a.Kind = checklist.Unanswered
		return true
	case "!!int":
		n, ok := smallInt(v.Value)
		if base := numberBase(m, v.Value); base != "" {
			p.d.add(v, m.AnswerBase, a.QuestionID(), v.Value, base, m.AnswerExpect)
			return false
		}
		if !ok || n < 0 || n > 4 {
			p.d.add(v, m.AnswerOutside, a.QuestionID(), v.Value, m.AnswerExpect)
			return false
		}
		a.Kind, a.Score = checklist.Scored, n
		return true
	case "!!float":
		p.d.add(v, m.AnswerNotWhole, a.QuestionID(), v.Value, m.AnswerExpect)
		return false
	case "!!str":
		switch strings.ToLower(v.Value) {
		case "na":
			a.Kind = checklist.NotRelevant
			return true
		case "dk":
			a.Kind = checklist.DontKnow
			return true
		}
		if _, ok := smallInt(v.Value); ok {
			p.d.add(v, m.AnswerQuoted, a.QuestionID(), v.Value)
			return false
		}
	}
	p.d.add(v, m.AnswerIs, a.QuestionID(), p.d.kindName(v), m.AnswerExpect)
	return false
}

func (p *caseParser) answerMapping(v *yaml.Node, a *checklist.Answer) bool {
	var score *yaml.Node
	ok := true
	m := p.d.m
	p.d.mapping(v, m.WhatAnAnswer, func(key string, k, val *yaml.Node) {
		switch key {
		case "score":
			score = val
			ok = p.answerValue(val, a, false) && ok
		case "note":
			note, good := p.optionalStr(val, m.WhatNote)
			a.Note, ok = note, good && ok
		default:
			p.d.unknownKey(k, m.WhatAnAnswer, []string{"score", "note"})
			ok = false
		}
	})
	if score == nil {
		p.d.add(v, m.AnswerNoScore, a.QuestionID(), m.AnswerExpect)
		return false
	}
	return ok
}

// smallInt parses a plain decimal integer of a few digits; YAML's other
// integer spellings (0x1, 0o3) are not answers anyone means to give.
// numberBase names the base of a YAML integer written as 0x…, 0o… or 0b…
// (YAML reads 0x3 as 3, but nobody means a hexadecimal score); "" for
// decimal.
func numberBase(m *catalog.ProblemMessages, s string) string {
	s = strings.ToLower(strings.TrimLeft(s, "+-"))
	switch {
	case strings.HasPrefix(s, "0x"):
		return m.BaseHex
	case strings.HasPrefix(s, "0o"):
		return m.BaseOctal
	case strings.HasPrefix(s, "0b"):
		return m.BaseBinary
	}
	return ""
}

func smallInt(s string) (int, bool) {
	s = strings.TrimPrefix(s, "+")
	if s == "" || len(s) > 6 {
		return 0, false
	}
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}
