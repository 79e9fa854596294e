package yamlfile

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/oserr"
)

// ParseRubric reads one rubric file. themes lists the known theme ids;
// nil skips the theme check (used when loading the themes themselves fails).
func ParseRubric(file string, data []byte, themes []checklist.Theme) (*checklist.Rubric, error) {
	d := newDecoder(file)
	root := d.parseYAML(data, "a samskab rubric starting with `samskab-rubric: 1`")
	if root == nil {
		return nil, d.err()
	}
	if d.otherFormat(root, "samskab-rubric") {
		return nil, d.err()
	}
	r := &checklist.Rubric{File: file, Version: 1, Languages: []checklist.Lang{checklist.Danish, checklist.English}}
	rp := rubricParser{d: d, themes: themes}
	rp.rubric(root, r)
	if len(d.problems) > 0 {
		return nil, d.err()
	}
	return r, nil
}

type rubricParser struct {
	d      *decoder
	themes []checklist.Theme
	texts  []textAt // checked against the declared languages at the end
}

type textAt struct {
	node *yaml.Node
	what string
	text checklist.Text
}

var rubricKeys = []string{"samskab-rubric", "id", "version", "title", "description", "publisher", "url", "languages", "items"}

func (p *rubricParser) rubric(root *yaml.Node, r *checklist.Rubric) {
	d := p.d
	var format, version, title, items *yaml.Node
	d.mapping(root, "the rubric", func(key string, k, v *yaml.Node) {
		switch key {
		case "samskab-rubric":
			format = v
			if n, ok := d.integer(v, "samskab-rubric"); ok && n != 1 {
				d.add(v, "unsupported rubric format version %d; this samskab reads version 1", n)
			}
		case "id":
			r.ID = p.id(v, "the rubric id")
			r.Line, r.Col = v.Line, v.Column
		case "version":
			version = v
			if n, ok := d.integer(v, "version"); ok {
				if n < 1 {
					d.add(v, "version must be 1 or higher, found %d", n)
				}
				r.Version = n
			}
		case "title":
			title = v
			r.Title = p.text(v, "the rubric title", true)
		case "description":
			r.Description = p.text(v, "the rubric description", false)
		case "publisher":
			r.Publisher, _ = d.str(v, "publisher")
		case "url":
			r.URL, _ = d.str(v, "url")
		case "languages":
			r.Languages = p.languages(v)
		case "items":
			items = v
		default:
			d.unknownKey(k, "the rubric", rubricKeys)
		}
	})
	if format == nil {
		d.add(root, "missing `samskab-rubric: 1` (the rubric format version)")
	}
	if r.ID == "" && !hasKey(root, "id") {
		d.add(root, "missing `id`, the rubric's short name (e.g. `id: my-rubric`)")
	}
	if version == nil {
		d.add(root, "missing `version`, e.g. `version: 1`; raise it whenever the questions change, so case files can pin it")
	}
	if title == nil {
		d.add(root, "missing `title`, e.g. `title: {da: …, en: …}`")
	}
	if items == nil {
		d.add(root, "missing `items`, the rubric's principles")
	} else {
		p.items(items, r)
	}
	p.checkLanguages(r.Languages)
}

func (p *rubricParser) id(v *yaml.Node, what string) string {
	s, ok := p.d.nonEmpty(v, what)
	if ok && !checklist.IDPattern().MatchString(s) {
		p.d.add(v, "%s %q must use only lower-case letters, digits and hyphens", what, s)
		return ""
	}
	return s
}

func (p *rubricParser) languages(v *yaml.Node) []checklist.Lang {
	var langs []checklist.Lang
	p.d.sequence(v, "languages", func(_ int, n *yaml.Node) {
		s, ok := p.d.str(n, "a language")
		if !ok {
			return
		}
		l, ok := checklist.ParseLang(s)
		if !ok {
			p.d.add(n, "unknown language %q; expected da or en", s)
			return
		}
		if slices.Contains(langs, l) {
			p.d.add(n, "language %s is listed twice", l)
			return
		}
		langs = append(langs, l)
	})
	if len(langs) == 0 {
		p.d.add(v, "languages must list at least one of da, en")
		return []checklist.Lang{checklist.Danish, checklist.English}
	}
	return langs
}

// text reads a {da, en} mapping. Which languages must be present is only
// known once `languages` is read, so the check runs at the end.
func (p *rubricParser) text(v *yaml.Node, what string, required bool) checklist.Text {
	var t checklist.Text
	p.d.mapping(v, what, func(key string, k, val *yaml.Node) {
		switch key {
		case "da":
			t.DA, _ = p.d.str(val, what+" (da)")
		case "en":
			t.EN, _ = p.d.str(val, what+" (en)")
		default:
			p.d.unknownKey(k, what, []string{"da", "en"})
		}
	})
	if required || t.DA != "" || t.EN != "" {
		p.texts = append(p.texts, textAt{node: v, what: what, text: t})
	}
	return t
}

func (p *rubricParser) checkLanguages(langs []checklist.Lang) {
	for _, t := range p.texts {
		for _, l := range langs {
			if !t.text.Has(l) {
				p.d.add(t.node, "%s has no %s text; the rubric declares languages %s", t.what, l, joinLangs(langs))
			}
		}
	}
}

func joinLangs(langs []checklist.Lang) string {
	s := make([]string, len(langs))
	for i, l := range langs {
		s[i] = string(l)
	}
	return strings.Join(s, ", ")
}

func (p *rubricParser) items(v *yaml.Node, r *checklist.Rubric) {
	seen := map[string]bool{}
	ok := p.d.sequence(v, "items", func(_ int, n *yaml.Node) {
		it := p.item(n)
		if it == nil {
			return
		}
		if seen[it.ID] {
			p.d.add(n, "item id %s is used twice in this rubric", it.ID)
			return
		}
		seen[it.ID] = true
		r.Items = append(r.Items, it)
	})
	if ok && len(resolve(v).Content) == 0 {
		p.d.add(v, "items must list at least one item")
	}
}

// maxWeight caps an item's weight. Weights are relative, so 100 is far
// more than any rubric needs, and a cap keeps sums finite.
const maxWeight = 100

var itemKeys = []string{"id", "title", "summary", "weight", "themes", "source", "questions", "action"}

func (p *rubricParser) item(n *yaml.Node) *checklist.Item {
	d := p.d
	it := &checklist.Item{Weight: 1}
	var title, questions, action *yaml.Node
	if !d.mapping(n, "an item", func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			it.ID = p.id(v, "the item id")
			it.Line, it.Col = v.Line, v.Column
		case "title":
			title = v
			it.Title = p.text(v, "the item title", true)
		case "summary":
			it.Summary = p.text(v, "the item summary", false)
		case "weight":
			if w, ok := d.number(v, "weight"); ok {
				// NaN fails every comparison, so the test is written to catch it.
				if !(w > 0 && w <= maxWeight) {
					d.add(v, "weight must be a number greater than 0 and at most %d, found %s", maxWeight, checklist.Clip(v.Value, 20))
				}
				it.Weight = w
			}
		case "themes":
			it.Themes = p.themeList(v)
		case "source":
			it.Source = p.source(v)
		case "questions":
			questions = v
		case "action":
			action = v
			it.Action = p.text(v, "the item action", true)
		default:
			d.unknownKey(k, "an item", itemKeys)
		}
	}) {
		return nil
	}
	for _, req := range []struct {
		node *yaml.Node
		key  string
	}{{title, "title"}, {questions, "questions"}, {action, "action"}} {
		if req.node == nil {
			d.add(n, "item %s is missing `%s`", it.ID, req.key)
		}
	}
	if !hasKey(n, "id") {
		d.add(n, "an item is missing `id`")
	}
	if questions != nil {
		it.Questions = p.questions(questions)
	}
	return it
}

func (p *rubricParser) themeList(v *yaml.Node) []string {
	var ids []string
	known := themeIDs(p.themes)
	p.d.sequence(v, "themes", func(_ int, n *yaml.Node) {
		s, ok := p.d.nonEmpty(n, "a theme id")
		if !ok {
			return
		}
		if p.themes != nil && !slices.Contains(known, s) {
			p.unknownTheme(n, s, known)
			return
		}
		if slices.Contains(ids, s) {
			p.d.add(n, "theme %s is listed twice", s)
			return
		}
		ids = append(ids, s)
	})
	return ids
}

func (p *rubricParser) unknownTheme(n *yaml.Node, id string, known []string) {
	if p.d.full() {
		return
	}
	msg := fmt.Sprintf("unknown theme %q", checklist.Clip(id, 60))
	if near := nearest(id, known); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	} else {
		msg += "; known themes: " + strings.Join(known, ", ")
	}
	p.d.add(n, "%s", msg)
}

func themeIDs(themes []checklist.Theme) []string {
	ids := make([]string, len(themes))
	for i, t := range themes {
		ids[i] = t.ID
	}
	return ids
}

func (p *rubricParser) source(v *yaml.Node) checklist.Source {
	var s checklist.Source
	p.d.mapping(v, "source", func(key string, k, val *yaml.Node) {
		switch key {
		case "name":
			s.Name, _ = p.d.str(val, "source name")
		case "url":
			s.URL, _ = p.d.str(val, "source url")
		case "verified":
			s.Verified, _ = p.d.boolean(val, "source verified")
		default:
			p.d.unknownKey(k, "source", []string{"name", "url", "verified"})
		}
	})
	return s
}

func (p *rubricParser) questions(v *yaml.Node) []checklist.Question {
	var qs []checklist.Question
	seen := map[string]bool{}
	ok := p.d.sequence(v, "questions", func(_ int, n *yaml.Node) {
		var q checklist.Question
		var text *yaml.Node
		p.d.mapping(n, "a question", func(key string, k, val *yaml.Node) {
			switch key {
			case "id":
				q.ID = p.id(val, "the question id")
			case "text":
				text = val
				q.Text = p.text(val, "the question text", true)
			case "audience":
				q.Audience = p.audience(val)
			default:
				p.d.unknownKey(k, "a question", []string{"id", "text", "audience"})
			}
		})
		if q.ID == "" {
			if !hasKey(n, "id") {
				p.d.add(n, "a question is missing `id` (e.g. `id: q1`)")
			}
			return
		}
		if text == nil {
			p.d.add(n, "question %s is missing `text`", q.ID)
		}
		if seen[q.ID] {
			p.d.add(n, "question id %s is used twice in this item", q.ID)
			return
		}
		seen[q.ID] = true
		qs = append(qs, q)
	})
	if ok && len(resolve(v).Content) == 0 {
		p.d.add(v, "an item needs at least one question")
	}
	return qs
}

// audience reads a question's list of audiences. Leaving the key out
// means everyone; an empty list is a mistake, so it is refused.
func (p *rubricParser) audience(v *yaml.Node) []checklist.Audience {
	var list []checklist.Audience
	allowed := strings.Join(checklist.AudienceNames(), ", ")
	ok := p.d.sequence(v, "audience", func(_ int, n *yaml.Node) {
		s, ok := p.d.str(n, "an audience")
		if !ok {
			return
		}
		a, known := checklist.ParseAudience(s)
		switch {
		case !known:
			p.d.add(n, "unknown audience %q; expected one of %s", checklist.Clip(s, 40), allowed)
		case slices.Contains(list, a):
			p.d.add(n, "audience %s is listed twice", a)
		default:
			list = append(list, a)
		}
	})
	if ok && len(resolve(v).Content) == 0 {
		p.d.add(v, "audience must list at least one of %s, or be left out to mean everyone", allowed)
	}
	return list
}

// hasKey reports whether a mapping node has the key, however its value
// turned out.
func hasKey(n *yaml.Node, key string) bool {
	if n == nil || n.Kind != yaml.MappingNode {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

// ParseThemes reads the theme list.
func ParseThemes(file string, data []byte) ([]checklist.Theme, error) {
	d := newDecoder(file)
	root := d.parseYAML(data, "a theme list starting with `samskab-themes: 1`")
	if root == nil {
		return nil, d.err()
	}
	p := rubricParser{d: d}
	var themes []checklist.Theme
	d.mapping(root, "the theme list", func(key string, k, v *yaml.Node) {
		switch key {
		case "samskab-themes":
			if n, ok := d.integer(v, "samskab-themes"); ok && n != 1 {
				d.add(v, "unsupported theme format version %d; expected 1", n)
			}
		case "themes":
			d.sequence(v, "themes", func(_ int, n *yaml.Node) {
				var t checklist.Theme
				d.mapping(n, "a theme", func(key string, k, v *yaml.Node) {
					switch key {
					case "id":
						t.ID = p.id(v, "the theme id")
					case "title":
						t.Title = p.text(v, "the theme title", true)
					case "description":
						t.Description = p.text(v, "the theme description", false)
					default:
						d.unknownKey(k, "a theme", []string{"id", "title", "description"})
					}
				})
				themes = append(themes, t)
			})
		default:
			d.unknownKey(k, "the theme list", []string{"samskab-themes", "themes"})
		}
	})
	p.checkLanguages([]checklist.Lang{checklist.Danish, checklist.English})
	return themes, d.err()
}

// LoadOptions says where to find rubrics beyond the built-in ones.
type LoadOptions struct {
	// Dirs are folders (or single files) of user rubrics, loaded after the
	// built-ins; a user rubric with a built-in id replaces the built-in.
	Dirs []string
}

// LoadCatalog loads the built-in rubrics and themes, then user rubrics.
func LoadCatalog(opts LoadOptions) (*checklist.Catalog, error) {
	themes, builtinList := builtins()
	rubricsByID := map[string]*checklist.Rubric{}
	var order []string
	var warnings []string
	var problems checklist.Problems
	add := func(r *checklist.Rubric) {
		if old, ok := rubricsByID[r.ID]; ok {
			warnings = append(warnings, replaceWarning(r, old).String())
		} else {
			order = append(order, r.ID)
		}
		rubricsByID[r.ID] = r
	}
	for _, r := range builtinList {
		add(r)
	}
	for _, dir := range opts.Dirs {
		if dir == "" {
			continue // an empty entry in SAMSKAB_RUBRICS, e.g. a trailing ':'
		}
		files, skipped, err := rubricFiles(dir)
		for _, sk := range skipped {
			warnings = append(warnings, checklist.Problem{File: sk, Msg: "is not a regular file (a named pipe, device or socket); skipped"}.String())
		}
		if err != nil {
			problems = append(problems, checklist.Problem{File: dir, Msg: err.Error() + " (a rubric folder from --rubrics or SAMSKAB_RUBRICS)"})
			continue
		}
		if len(files) == 0 {
			warnings = append(warnings, checklist.Problem{File: dir, Msg: noRubricFiles}.String())
		}
		for _, f := range files {
			r, err := ReadRubricFile(f, themes)
			if err != nil {
				problems = append(problems, checklist.AsProblems(err, f)...)
				continue
			}
			add(r)
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	list := make([]*checklist.Rubric, 0, len(order))
	for _, id := range order {
		list = append(list, rubricsByID[id])
	}
	c, err := checklist.NewCatalog(list, themes)
	if err != nil {
		return nil, err
	}
	c.Warnings = warnings
	return c, nil
}

// ReadRubricFile reads and parses one rubric file from disk.
func ReadRubricFile(path string, themes []checklist.Theme) (*checklist.Rubric, error) {
	data, err := readFileLimited(path)
	if err != nil {
		return nil, checklist.Problems{{File: path, Msg: err.Error()}}
	}
	return ParseRubric(path, data, themes)
}

// BuiltinThemes returns the shipped theme list.
func BuiltinThemes() ([]checklist.Theme, error) {
	themes, _ := builtins()
	return themes, nil
}

// rubricFiles lists the YAML files of a folder in name order, or the path
// itself when it is a file. Entries that are not regular files (a named
// pipe would make the read wait forever) are skipped and listed apart.
func rubricFiles(path string) (files, skipped []string, err error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, oserr.Describe(err)
	}
	if !info.IsDir() {
		return []string{path}, nil, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, nil, oserr.Describe(err)
	}
	for _, e := range entries {
		ext := filepath.Ext(e.Name())
		if e.IsDir() || !(ext == ".yaml" || ext == ".yml") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		name := filepath.Join(path, e.Name())
		if info, err := os.Stat(name); err == nil && !info.Mode().IsRegular() {
			skipped = append(skipped, name)
			continue
		}
		files = append(files, name)
	}
	sort.Strings(files)
	return files, skipped, nil
}
