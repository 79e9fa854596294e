package yamlfile

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/samskab/samskab/checklist"
	"go.yaml.in/yaml/v3"
)

// ReadCaseFile reads and validates a case file from disk.
func ReadCaseFile(path string, cat *checklist.Catalog) (*checklist.Case, error) {
	data, err := readFileLimited(path)
	if err != nil {
		return nil, checklist.Problems{{File: path, Msg: err.Error()}}
	}
	return ParseCase(path, data, cat)
}

// ParseCase validates a case file against the catalog. All problems are
// reported together.
func ParseCase(file string, data []byte, cat *checklist.Catalog) (*checklist.Case, error) {
	c, _, err := parseCaseRoot(file, data, cat, false)
	return c, err
}

// ParseDraft is ParseCase for a file about to receive its first response:
// `responses:` may be missing, empty ([] or nothing) – everything else is
// checked as strictly. `samskab assess` reads files with it, so that a
// hand-written plan without responses gets one.
func ParseDraft(file string, data []byte, cat *checklist.Catalog) (*checklist.Case, error) {
	c, _, err := parseCaseRoot(file, data, cat, true)
	return c, err
}

// parseCaseRoot is ParseCase (or ParseDraft) that also returns the parsed
// document node, for an editor that goes on from this parse.
func parseCaseRoot(file string, data []byte, cat *checklist.Catalog, draft bool) (*checklist.Case, *yaml.Node, error) {
	d := newDecoder(file)
	root := d.parseYAML(data, "a samskab case file starting with `samskab: 1`")
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
	d.mapping(root, "the case file", func(key string, k, v *yaml.Node) {
		switch key {
		case "samskab":
			format = v
			if n, ok := d.integer(v, "samskab (the format version)"); ok && n != 1 {
				d.add(v, "unsupported format version %d; this samskab reads `samskab: 1`", n)
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
			d.unknownKey(k, "the case file", caseKeys)
		}
	})
	if d.bombed {
		return // the walk stopped early: what looks missing may be there
	}
	if format == nil {
		d.addAt(1, 1, "missing `samskab: 1` (the format version) at the top of the file")
	}
	if project == nil {
		d.add(root, "missing `project` with at least a `name`")
	}
	if responses == nil && !p.draft {
		d.add(root, "missing `responses`, a list with at least one response")
	}
	p.checkActorRefs(c.Actors)
	c.Warnings = pinWarnings(p.d.file, c.RubricVersions, p.cat)
}

func (p *caseParser) project(v *yaml.Node) checklist.Project {
	var pr checklist.Project
	var name *yaml.Node
	if !p.d.mapping(v, "project", func(key string, k, val *yaml.Node) {
		switch key {
		case "name":
			name = val
			pr.Name, _ = p.d.nonEmpty(val, "project name")
			// Every CSV row repeats the name, so a runaway one multiplies.
			if n := utf8.RuneCountInString(pr.Name); n > MaxNameLen {
				p.d.add(val, "project name is %d characters long; keep it to %d and put the rest in `description`", n, MaxNameLen)
			}
		case "owner":
			pr.Owner, _ = p.optionalStr(val, "project owner")
		case "description":
			pr.Description, _ = p.optionalStr(val, "project description")
		default:
			p.d.unknownKey(k, "project", []string{"name", "owner", "description"})
		}
	}) {
		return pr
	}
	if name == nil {
		p.d.add(v, "project is missing `name`")
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
	p.d.sequence(v, "rubrics", func(_ int, n *yaml.Node) {
		id, ok := p.d.nonEmpty(n, "a rubric id")
		if !ok {
			return
		}
		if _, known := p.cat.Rubric(id); !known {
			p.unknownRubric(n, id)
			return
		}
		if slices.Contains(ids, id) {
			p.d.add(n, "rubric %s is listed twice", id)
			return
		}
		ids = append(ids, id)
	})
	return ids
}

func (p *caseParser) unknownRubric(n *yaml.Node, id string) {
	if !p.d.full() {
		p.d.add(n, "%s", unknownRubricMsg(id, p.cat))
	}
}

func unknownRubricMsg(id string, cat *checklist.Catalog) string {
	if near := nearest(id, cat.IDs()); near != "" {
		return fmt.Sprintf("unknown rubric %q; did you mean %q?", checklist.Clip(id, 60), near)
	}
	return fmt.Sprintf("unknown rubric %q; expected one of: %s", checklist.Clip(id, 60), strings.Join(cat.IDs(), ", "))
}

func (p *caseParser) actors(v *yaml.Node) []checklist.Actor {
	var actors []checklist.Actor
	seen := map[string]bool{}
	p.d.sequence(v, "actors", func(_ int, n *yaml.Node) {
		var a checklist.Actor
		var id *yaml.Node
		if !p.d.mapping(n, "an actor", func(key string, k, val *yaml.Node) {
			switch key {
			case "id":
				id = val
				a.ID, _ = p.d.nonEmpty(val, "actor id")
			case "name":
				a.Name, _ = p.optionalStr(val, "actor name")
			case "kind":
				if s, ok := p.d.str(val, "actor kind"); ok {
					if !slices.Contains(checklist.ActorKinds, s) {
						p.d.add(val, "unknown actor kind %q; expected one of: %s", s, strings.Join(checklist.ActorKinds, ", "))
					}
					a.Kind = s
				}
			default:
				p.d.unknownKey(k, "an actor", []string{"id", "name", "kind"})
			}
		}) {
			return
		}
		if id == nil {
			p.d.add(n, "an actor is missing `id`")
			return
		}
		if seen[a.ID] {
			p.d.add(id, "actor id %q is used twice", checklist.Clip(a.ID, 60))
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
			p.d.add(n, "unknown actor %q; declare it under `actors` first", name)
		case near != "":
			p.d.add(n, "unknown actor %q; did you mean %q?", name, near)
		case len(ids) <= 10:
			p.d.add(n, "unknown actor %q; declared actors: %s", name, strings.Join(ids, ", "))
		default:
			p.d.add(n, "unknown actor %q; it is not among the %d declared actors", name, len(ids))
		}
	}
}

func (p *caseParser) targets(v *yaml.Node) checklist.Targets {
	var t checklist.Targets
	p.d.mapping(v, "targets", func(key string, k, val *yaml.Node) {
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
			p.d.unknownKey(k, "targets", []string{"overall", "rubrics", "item", "coverage"})
		}
	})
	return t
}

func (p *caseParser) percent(v *yaml.Node, what string) checklist.Target {
	f, ok := p.d.number(v, what+" (a percent, 0–100)")
	if !ok {
		return checklist.Target{}
	}
	if !(f >= 0 && f <= 100) { // written so that NaN fails too
		p.d.add(v, "%s must be a percent from 0 to 100, found %s", what, checklist.Clip(v.Value, 20))
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
	ok := p.d.sequence(v, "responses", func(_ int, n *yaml.Node) {
		if r, ok := p.response(n); ok {
			rs = append(rs, r)
		}
	})
	if ok && len(resolve(v).Content) == 0 && !p.draft {
		p.d.add(v, "responses must list at least one response")
	}
	return rs
}

var responseKeys = []string{"respondent", "actor", "date", "answers"}

func (p *caseParser) response(n *yaml.Node) (checklist.Response, bool) {
	r := checklist.Response{Line: n.Line, Col: n.Column}
	var answers *yaml.Node
	ok := p.d.mapping(n, "a response", func(key string, k, v *yaml.Node) {
		switch key {
		case "respondent":
			r.Respondent, _ = p.optionalStr(v, "respondent")
		case "actor":
			if s, ok := p.d.nonEmpty(v, "actor"); ok {
				r.Actor = s
				p.actorRefs = append(p.actorRefs, v)
			}
		case "date":
			r.Date = p.date(v)
		case "answers":
			answers = v
		default:
			p.d.unknownKey(k, "a response", responseKeys)
		}
	})
	if !ok {
		return r, false
	}
	if answers == nil {
		p.d.add(n, "a response is missing `answers`")
		return r, false
	}
	r.Answers = p.answers(answers)
	return r, true
}

func (p *caseParser) date(v *yaml.Node) string {
	s, ok := p.d.str(v, "date")
	if !ok {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		p.d.add(v, "date %q is not a valid date; expected YYYY-MM-DD", s)
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
	p.d.mapping(v, "answers", func(id string, k, val *yaml.Node) {
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
			p.d.add(k, "%q is an item, not a question; answer its questions, e.g. %s.q1", id, id)
			return
		}
	}
	if near := nearest(id, p.cat.QuestionIDs()); near != "" {
		p.d.add(k, "unknown question id %q; did you mean %s?", checklist.Clip(id, 60), near)
		return
	}
	p.d.add(k, "unknown question id %q; question ids look like cok-08.q2 (`samskab rubrics show ID` lists them)", checklist.Clip(id, 60))
}

const answerExpect = "expected a whole number 0–4, na, dk, ~ (not answered) or {score: …, note: …}"

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
	if v.Kind != yaml.ScalarNode {
		p.d.add(v, "answer to %s is %s; %s", a.QuestionID(), kindName(v), answerExpect)
		return false
	}
	switch v.Tag {
	case "!!null":
		a.Kind = checklist.Unanswered
		return true
	case "!!int":
		n, ok := smallInt(v.Value)
		if base := numberBase(v.Value); base != "" {
			p.d.add(v, "answer to %s is %s, a %s number; scores are written as the digits 0 to 4 (%s)", a.QuestionID(), v.Value, base, answerExpect)
			return false
		}
		if !ok || n < 0 || n > 4 {
			p.d.add(v, "answer to %s is %s, outside the scale; %s", a.QuestionID(), v.Value, answerExpect)
			return false
		}
		a.Kind, a.Score = checklist.Scored, n
		return true
	case "!!float":
		p.d.add(v, "answer to %s is %s, not a whole number; %s", a.QuestionID(), v.Value, answerExpect)
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
			p.d.add(v, "answer to %s is the text %q; write the number without quotes", a.QuestionID(), v.Value)
			return false
		}
	}
	p.d.add(v, "answer to %s is %s; %s", a.QuestionID(), kindName(v), answerExpect)
	return false
}

func (p *caseParser) answerMapping(v *yaml.Node, a *checklist.Answer) bool {
	var score *yaml.Node
	ok := true
	p.d.mapping(v, "an answer", func(key string, k, val *yaml.Node) {
		switch key {
		case "score":
			score = val
			ok = p.answerValue(val, a, false) && ok
		case "note":
			note, good := p.optionalStr(val, "note")
			a.Note, ok = note, good && ok
		default:
			p.d.unknownKey(k, "an answer", []string{"score", "note"})
			ok = false
		}
	})
	if score == nil {
		p.d.add(v, "answer to %s has no `score`; %s", a.QuestionID(), answerExpect)
		return false
	}
	return ok
}

// smallInt parses a plain decimal integer of a few digits; YAML's other
// integer spellings (0x1, 0o3) are not answers anyone means to give.
// numberBase names the base of a YAML integer written as 0x…, 0o… or 0b…
// (YAML reads 0x3 as 3, but nobody means a hexadecimal score); "" for
// decimal.
func numberBase(s string) string {
	s = strings.ToLower(strings.TrimLeft(s, "+-"))
	switch {
	case strings.HasPrefix(s, "0x"):
		return "hexadecimal"
	case strings.HasPrefix(s, "0o"):
		return "octal"
	case strings.HasPrefix(s, "0b"):
		return "binary"
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
