//go:generate go run -tags genbuiltin ../internal/genbuiltin -o yamlfile/builtin_gen.go
//go:generate go run ../internal/gendocs -dir ../docs/rubrics

package checklist

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Rubric is one published set of co-creation principles: the unit that
// gets a score. Its content is data, loaded from YAML.
type Rubric struct {
	ID          string
	Version     int
	Title       Text
	Description Text
	Publisher   string
	URL         string
	Languages   []Lang
	Items       []*Item
	// File is where the rubric was loaded from: "builtin" for the ones
	// shipped with samskab, otherwise a path.
	File string
	// Line and Col locate the rubric's id in File, for messages about it.
	Line, Col int
}

// Item is one principle within a rubric.
type Item struct {
	ID        string
	Title     Text // Title.DA is the original Danish title for built-ins
	Summary   Text
	Action    Text
	Weight    float64
	Themes    []string // the first is the primary theme
	Source    Source
	Questions []Question
	// Line and Col locate the item's id in its rubric file.
	Line, Col int
}

// Source says where an item comes from and whether its text was verified.
type Source struct {
	Name     string `json:"name"`
	URL      string `json:"url"`
	Verified bool   `json:"verified"`
}

// Question is one statement answered on the 0–4 agreement scale.
type Question struct {
	ID   string // "q1"; the full id in case files is "<item>.<id>"
	Text Text
	// Audience lists who can answer the question from their own
	// experience. Empty means everyone: a user rubric may leave it out.
	Audience []Audience
}

// Audience is a group of respondents (DESIGN.md §2).
type Audience string

// The audiences, in the order samskab lists them.
const (
	// AudienceLead is the people who run the project, usually the
	// municipality's staff.
	AudienceLead Audience = "lead"
	// AudiencePartner is associations, businesses and other organisations.
	AudiencePartner Audience = "partner"
	// AudienceCitizen is citizens and volunteers taking part as themselves.
	AudienceCitizen Audience = "citizen"
)

// Audiences are all audiences, in order.
var Audiences = []Audience{AudienceLead, AudiencePartner, AudienceCitizen}

// AudienceNames are the audiences as strings, for messages and flags.
func AudienceNames() []string {
	names := make([]string, len(Audiences))
	for i, a := range Audiences {
		names[i] = string(a)
	}
	return names
}

// ParseAudience reads an audience name.
func ParseAudience(s string) (Audience, bool) {
	a := Audience(s)
	return a, slices.Contains(Audiences, a)
}

// For reports whether someone of audience a should be asked the question.
func (q Question) For(a Audience) bool {
	return len(q.Audience) == 0 || slices.Contains(q.Audience, a)
}

// Audiences is who answers the question: its audience, or everyone.
func (q Question) Audiences() []Audience {
	if len(q.Audience) == 0 {
		return slices.Clone(Audiences)
	}
	return q.Audience
}

// HasQuestionFor reports whether the item asks audience a anything.
func (it *Item) HasQuestionFor(a Audience) bool {
	return slices.ContainsFunc(it.Questions, func(q Question) bool { return q.For(a) })
}

// Theme is a cross-rubric lens; item scores roll up into themes too.
type Theme struct {
	ID          string
	Title       Text
	Description Text
}

// QuestionRef locates a question id ("cok-08.q2") in the catalog.
type QuestionRef struct {
	Rubric   *Rubric
	Item     *Item
	Question *Question
}

// QuestionID is a question's full id, `<item>.<question>` such as
// cok-08.q2 (DESIGN.md §2). It is the one place that builds one.
func QuestionID(item, question string) string { return item + "." + question }

// ID is the referenced question's full id.
func (q QuestionRef) ID() string { return QuestionID(q.Item.ID, q.Question.ID) }

// Catalog is the set of loaded rubrics, in report order, and the themes.
type Catalog struct {
	Rubrics []*Rubric
	Themes  []Theme
	// Warnings are non-fatal notes from loading, such as a user rubric
	// replacing a built-in one.
	Warnings []string

	byID        map[string]*Rubric
	questions   map[string]QuestionRef
	questionIDs []string // in report order, for did-you-mean suggestions
	themeIdx    map[string]int
}

// BuiltinOrder is the report order of the built-in rubrics (DESIGN.md §2);
// user rubrics follow, sorted by id.
var BuiltinOrder = []string{"vaeksthus", "vaeksthus-trin", "frivilligraadet", "cok"}

// Rubric returns the rubric with the given id.
func (c *Catalog) Rubric(id string) (*Rubric, bool) {
	r, ok := c.byID[id]
	return r, ok
}

// Question resolves a full question id such as "cok-08.q2".
func (c *Catalog) Question(id string) (QuestionRef, bool) {
	q, ok := c.questions[id]
	return q, ok
}

// IDs returns the rubric ids in report order.
func (c *Catalog) IDs() []string {
	ids := make([]string, len(c.Rubrics))
	for i, r := range c.Rubrics {
		ids[i] = r.ID
	}
	return ids
}

// QuestionIDs returns every full question id, in report order.
func (c *Catalog) QuestionIDs() []string { return slices.Clone(c.questionIDs) }

// Theme returns the theme with the given id.
func (c *Catalog) Theme(id string) (Theme, bool) {
	i, ok := c.themeIdx[id]
	if !ok {
		return Theme{}, false
	}
	return c.Themes[i], true
}

// Select returns the rubrics with the given ids in report order, whatever
// order the ids come in. An empty list selects every rubric.
func (c *Catalog) Select(ids []string) ([]*Rubric, error) {
	if len(ids) == 0 {
		return c.Rubrics, nil
	}
	var unknown []string
	for _, id := range ids {
		if _, ok := c.byID[id]; !ok {
			unknown = append(unknown, id)
		}
	}
	if len(unknown) > 0 {
		return nil, &UnknownRubricsError{IDs: unknown, Known: c.IDs()}
	}
	var out []*Rubric
	for _, r := range c.Rubrics {
		if slices.Contains(ids, r.ID) {
			out = append(out, r)
		}
	}
	return out, nil
}

// NewCatalog orders the rubrics and builds the lookup tables. Item ids must
// be unique across all rubrics, since case files name questions by item id.
func NewCatalog(rubrics []*Rubric, themes []Theme) (*Catalog, error) {
	SortRubrics(rubrics)
	c := &Catalog{Rubrics: rubrics, Themes: themes,
		byID: map[string]*Rubric{}, questions: map[string]QuestionRef{}, themeIdx: map[string]int{}}
	for i, t := range themes {
		c.themeIdx[t.ID] = i
	}
	var problems Problems
	for _, d := range DuplicateItems(rubrics) {
		problems = append(problems, Problem{File: d.Rubric.File, Line: d.Item.Line, Col: d.Item.Col,
			Msg: fmt.Sprintf("item id %s is already used by rubric %s (%s); item ids must be unique across all loaded rubrics, so give this item another id",
				d.Item.ID, d.Other.ID, d.Other.Origin())})
	}
	owner := map[string]*Rubric{}
	for _, r := range rubrics {
		c.byID[r.ID] = r
		for _, it := range r.Items {
			if _, dup := owner[it.ID]; dup {
				continue
			}
			owner[it.ID] = r
			for qi := range it.Questions {
				q := &it.Questions[qi]
				ref := QuestionRef{Rubric: r, Item: it, Question: q}
				c.questions[ref.ID()] = ref
				c.questionIDs = append(c.questionIDs, ref.ID())
			}
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return c, nil
}

// SortRubrics puts rubrics in report order: the built-in ones in
// BuiltinOrder, then the others by id. NewCatalog keeps this order.
func SortRubrics(rubrics []*Rubric) {
	sort.SliceStable(rubrics, func(i, j int) bool {
		oi, oj := orderOf(rubrics[i].ID), orderOf(rubrics[j].ID)
		if oi != oj {
			return oi < oj
		}
		return rubrics[i].ID < rubrics[j].ID
	})
}

// UnknownRubricsError is Select's refusal of ids that name no rubric.
type UnknownRubricsError struct {
	IDs   []string // the unknown ids, as given
	Known []string // every rubric id, in report order
}

func (e *UnknownRubricsError) Error() string {
	return fmt.Sprintf("unknown rubric %s; known rubrics: %s", strings.Join(e.IDs, ", "), strings.Join(e.Known, ", "))
}

// DuplicateItem is an item whose id an earlier rubric's item already has.
type DuplicateItem struct {
	Rubric *Rubric // the rubric of Item
	Item   *Item
	Other  *Rubric // the rubric that has the id first
}

// DuplicateItems lists the items whose ids an earlier rubric (in the
// order given; NewCatalog gives report order) already uses: case files name questions by item id, so
// NewCatalog refuses them.
func DuplicateItems(rubrics []*Rubric) []DuplicateItem {
	owner := map[string]*Rubric{}
	var out []DuplicateItem
	for _, r := range rubrics {
		for _, it := range r.Items {
			if other, dup := owner[it.ID]; dup {
				out = append(out, DuplicateItem{Rubric: r, Item: it, Other: other})
				continue
			}
			owner[it.ID] = r
		}
	}
	return out
}

// Origin says where a rubric came from, for messages.
func (r *Rubric) Origin() string {
	if r.File == "builtin" {
		return "built in"
	}
	return "from " + r.File
}

func orderOf(id string) int {
	if i := slices.Index(BuiltinOrder, id); i >= 0 {
		return i
	}
	return len(BuiltinOrder)
}

// QuestionCount is the number of questions in the rubric.
func (r *Rubric) QuestionCount() int {
	n := 0
	for _, it := range r.Items {
		n += len(it.Questions)
	}
	return n
}

// IDPattern is what a rubric, item, question or theme id looks like.
// It is compiled on first use: package initialisers run on every start.
var IDPattern = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`) })
