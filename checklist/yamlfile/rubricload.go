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
)

// ParseRubric reads one rubric file. themes lists the known theme ids;
// nil skips the theme check (used when loading the themes themselves fails).
func (rd Reader) ParseRubric(file string, data []byte, themes []checklist.Theme) (*checklist.Rubric, error) {
	d := newDecoder(file, rd.Lang)
	root := d.parseYAML(data, d.m.WhatRubricFile)
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
	d, m := p.d, p.d.m
	var format, version, title, items *yaml.Node
	d.mapping(root, m.WhatTheRubric, func(key string, k, v *yaml.Node) {
		switch key {
		case "samskab-rubric":
			format = v
			if n, ok := d.integer(v, "samskab-rubric"); ok && n != 1 {
				d.add(v, m.UnsupportedRubric, n)
			}
		case "id":
			r.ID = p.id(v, m.WhatRubricID)
			r.Line, r.Col = v.Line, v.Column
		case "version":
			version = v
			if n, ok := d.integer(v, m.WhatVersion); ok {
				if n < 1 {
					d.add(v, m.VersionMin, n)
				}
				r.Version = n
			}
		case "title":
			title = v
			r.Title = p.text(v, m.WhatRubricTitle, true)
		case "description":
			r.Description = p.text(v, m.WhatRubricDesc, false)
		case "publisher":
			r.Publisher, _ = d.str(v, m.WhatPublisher)
		case "url":
			r.URL, _ = d.str(v, m.WhatURL)
		case "languages":
			r.Languages = p.languages(v)
		case "items":
			items = v
		default:
			d.unknownKey(k, m.WhatTheRubric, rubricKeys)
		}
	})
	if format == nil {
		d.say(root, m.MissingRubricFormat)
	}
	if r.ID == "" && !hasKey(root, "id") {
		d.say(root, m.MissingID)
	}
	if version == nil {
		d.say(root, m.MissingVersion)
	}
	if title == nil {
		d.say(root, m.MissingTitle)
	}
	if items == nil {
		d.say(root, m.MissingItems)
	} else {
		p.items(items, r)
	}
	p.checkLanguages(r.Languages)
}

func (p *rubricParser) id(v *yaml.Node, what string) string {
	s, ok := p.d.nonEmpty(v, what)
	if ok && !checklist.IDPattern().MatchString(s) {
		p.d.add(v, p.d.m.BadID, what, s)
		return ""
	}
	return s
}

func (p *rubricParser) languages(v *yaml.Node) []checklist.Lang {
	var langs []checklist.Lang
	m := p.d.m
	p.d.sequence(v, m.WhatLanguages, func(_ int, n *yaml.Node) {
		s, ok := p.d.str(n, m.WhatALanguage)
		if !ok {
			return
		}
		l, ok := checklist.ParseLang(s)
		if !ok {
			p.d.add(n, m.UnknownLanguage, s)
			return
		}
		if slices.Contains(langs, l) {
			p.d.add(n, m.LanguageTwice, l)
			return
		}
		langs = append(langs, l)
	})
	if len(langs) == 0 {
		p.d.say(v, m.LanguagesEmpty)
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
				p.d.add(t.node, p.d.m.NoLangText, t.what, l, joinLangs(langs))
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
	ok := p.d.sequence(v, p.d.m.WhatItems, func(_ int, n *yaml.Node) {
		it := p.item(n)
		if it == nil {
			return
		}
		if seen[it.ID] {
			p.d.add(n, p.d.m.ItemTwice, it.ID)
			return
		}
		seen[it.ID] = true
		r.Items = append(r.Items, it)
	})
	if ok && len(resolve(v).Content) == 0 {
		p.d.say(v, p.d.m.ItemsEmpty)
	}
}

// maxWeight caps an item's weight. Weights are relative, so 100 is far
// more than any rubric needs, and a cap keeps sums finite.
const maxWeight = 100

var itemKeys = []string{"id", "title", "summary", "weight", "themes", "source", "questions", "action"}

func (p *rubricParser) item(n *yaml.Node) *checklist.Item {
	d, m := p.d, p.d.m
	it := &checklist.Item{Weight: 1}
	var title, questions, action *yaml.Node
	if !d.mapping(n, m.WhatAnItem, func(key string, k, v *yaml.Node) {
		switch key {
		case "id":
			it.ID = p.id(v, m.WhatItemID)
			it.Line, it.Col = v.Line, v.Column
		case "title":
			title = v
			it.Title = p.text(v, m.WhatItemTitle, true)
		case "summary":
			it.Summary = p.text(v, m.WhatItemSummary, false)
		case "weight":
			if w, ok := d.number(v, m.WhatWeight); ok {
				// NaN fails every comparison, so the test is written to catch it.
				if !(w > 0 && w <= maxWeight) {
					d.add(v, m.WeightRange, maxWeight, checklist.Clip(v.Value, 20))
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
			it.Action = p.text(v, m.WhatItemAction, true)
		default:
			d.unknownKey(k, m.WhatAnItem, itemKeys)
		}
	}) {
		return nil
	}
	for _, req := range []struct {
		node *yaml.Node
		key  string
	}{{title, "title"}, {questions, "questions"}, {action, "action"}} {
		if req.node == nil {
			d.add(n, m.ItemMissing, it.ID, req.key)
		}
	}
	if !hasKey(n, "id") {
		d.say(n, m.ItemNoID)
	}
	if questions != nil {
		it.Questions = p.questions(questions)
	}
	return it
}

func (p *rubricParser) themeList(v *yaml.Node) []string {
	var ids []string
	known := themeIDs(p.themes)
	p.d.sequence(v, p.d.m.WhatThemes, func(_ int, n *yaml.Node) {
		s, ok := p.d.nonEmpty(n, p.d.m.WhatAThemeID)
		if !ok {
			return
		}
		if p.themes != nil && !slices.Contains(known, s) {
			p.unknownTheme(n, s, known)
			return
		}
		if slices.Contains(ids, s) {
			p.d.add(n, p.d.m.ThemeTwice, s)
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
	if near := nearest(id, known); near != "" {
		p.d.add(n, p.d.m.UnknownThemeNear, checklist.Clip(id, 60), near)
		return
	}
	p.d.add(n, p.d.m.UnknownThemeList, checklist.Clip(id, 60), p.d.codeList(known))
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
	m := p.d.m
	p.d.mapping(v, m.WhatSource, func(key string, k, val *yaml.Node) {
		switch key {
		case "name":
			s.Name, _ = p.d.str(val, m.WhatSourceName)
		case "url":
			s.URL, _ = p.d.str(val, m.WhatSourceURL)
		case "verified":
			s.Verified, _ = p.d.boolean(val, m.WhatSourceVerified)
		default:
			p.d.unknownKey(k, m.WhatSource, []string{"name", "url", "verified"})
		}
	})
	return s
}

func (p *rubricParser) questions(v *yaml.Node) []checklist.Question {
	var qs []checklist.Question
	seen := map[string]bool{}
	m := p.d.m
	ok := p.d.sequence(v, m.WhatQuestions, func(_ int, n *yaml.Node) {
		var q checklist.Question
		var text *yaml.Node
		p.d.mapping(n, m.WhatAQuestion, func(key string, k, val *yaml.Node) {
			switch key {
			case "id":
				q.ID = p.id(val, m.WhatQuestionID)
			case "text":
				text = val
				q.Text = p.text(val, m.WhatQuestionText, true)
			case "audience":
				q.Audience = p.audience(val)
			default:
				p.d.unknownKey(k, m.WhatAQuestion, []string{"id", "text", "audience"})
			}
		})
		if q.ID == "" {
			if !hasKey(n, "id") {
				p.d.say(n, m.QuestionNoID)
			}
			return
		}
		if text == nil {
			p.d.add(n, m.QuestionNoText, q.ID)
		}
		if seen[q.ID] {
			p.d.add(n, m.QuestionTwice, q.ID)
			return
		}
		seen[q.ID] = true
		qs = append(qs, q)
	})
	if ok && len(resolve(v).Content) == 0 {
		p.d.say(v, m.QuestionsEmpty)
	}
	return qs
}

// audience reads a question's list of audiences. Leaving the key out
// means everyone; an empty list is a mistake, so it is refused.
func (p *rubricParser) audience(v *yaml.Node) []checklist.Audience {
	var list []checklist.Audience
	m := p.d.m
	allowed := strings.Join(checklist.AudienceNames(), ", ")
	ok := p.d.sequence(v, m.WhatAudience, func(_ int, n *yaml.Node) {
		s, ok := p.d.str(n, m.WhatAnAudience)
		if !ok {
			return
		}
		a, known := checklist.ParseAudience(s)
		switch {
		case !known:
			p.d.add(n, m.UnknownAudience, checklist.Clip(s, 40), allowed)
		case slices.Contains(list, a):
			p.d.add(n, m.AudienceTwice, a)
		default:
			list = append(list, a)
		}
	})
	if ok && len(resolve(v).Content) == 0 {
		p.d.add(v, m.AudienceEmpty, allowed)
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

// ParseThemes reads the theme list. Only the built-in one is read, when
// it is compiled in, so its problems are for samskab's developers: English.
func ParseThemes(file string, data []byte) ([]checklist.Theme, error) {
	d := newDecoder(file, checklist.English)
	root := d.parseYAML(data, d.m.WhatThemeFile)
	if root == nil {
		return nil, d.err()
	}
	p := rubricParser{d: d}
	m := d.m
	var themes []checklist.Theme
	d.mapping(root, m.WhatTheThemes, func(key string, k, v *yaml.Node) {
		switch key {
		case "samskab-themes":
			if n, ok := d.integer(v, "samskab-themes"); ok && n != 1 {
				d.add(v, m.UnsupportedThemes, n)
			}
		case "themes":
			d.sequence(v, m.WhatThemes, func(_ int, n *yaml.Node) {
				var t checklist.Theme
				d.mapping(n, m.WhatATheme, func(key string, k, v *yaml.Node) {
					switch key {
					case "id":
						t.ID = p.id(v, m.WhatThemeID)
					case "title":
						t.Title = p.text(v, m.WhatThemeTitle, true)
					case "description":
						t.Description = p.text(v, m.WhatThemeDesc, false)
					default:
						d.unknownKey(k, m.WhatATheme, []string{"id", "title", "description"})
					}
				})
				themes = append(themes, t)
			})
		default:
			d.unknownKey(k, m.WhatTheThemes, []string{"samskab-themes", "themes"})
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
	// Lang is the language of problems and warnings; English when empty.
	Lang checklist.Lang
}

// LoadCatalog loads the built-in rubrics and themes, then user rubrics.
func LoadCatalog(opts LoadOptions) (*checklist.Catalog, error) {
	if opts.Lang == "" {
		opts.Lang = checklist.English
	}
	rd := In(opts.Lang)
	m := rd.messages()
	themes, builtinList := builtins()
	rubricsByID := map[string]*checklist.Rubric{}
	var order []string
	var warnings []string
	var problems checklist.Problems
	add := func(r *checklist.Rubric) {
		if old, ok := rubricsByID[r.ID]; ok {
			warnings = append(warnings, replaceWarning(m, r, old).String())
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
		files, skipped, err := rd.rubricFiles(dir)
		for _, sk := range skipped {
			warnings = append(warnings, checklist.Problem{File: sk, Msg: m.NotRegularSkipped}.String())
		}
		if err != nil {
			problems = append(problems, checklist.Problem{File: dir, Msg: fmt.Sprintf(m.RubricFolder, err)})
			continue
		}
		if len(files) == 0 {
			warnings = append(warnings, checklist.Problem{File: dir, Msg: m.NoRubricFiles}.String())
		}
		for _, f := range files {
			r, err := rd.ReadRubricFile(f, themes)
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
	checklist.SortRubrics(list) // as NewCatalog does, so the first user of an id is the same
	if dups := duplicateItems(m, list); len(dups) > 0 {
		return nil, dups
	}
	c, err := checklist.NewCatalog(list, themes)
	if err != nil {
		return nil, err
	}
	c.Warnings = warnings
	return c, nil
}

// ReadRubricFile reads and parses one rubric file from disk.
func (rd Reader) ReadRubricFile(path string, themes []checklist.Theme) (*checklist.Rubric, error) {
	data, err := rd.ReadInput(path)
	if err != nil {
		return nil, checklist.Problems{{File: path, Msg: err.Error()}}
	}
	return rd.ParseRubric(path, data, themes)
}

// BuiltinThemes returns the shipped theme list.
func BuiltinThemes() ([]checklist.Theme, error) {
	themes, _ := builtins()
	return themes, nil
}

// rubricFiles lists the YAML files of a folder in name order, or the path
// itself when it is a file. Entries that are not regular files (a named
// pipe would make the read wait forever) are skipped and listed apart.
func (rd Reader) rubricFiles(path string) (files, skipped []string, err error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, rd.osError(err)
	}
	if !info.IsDir() {
		return []string{path}, nil, nil
	}
	entries, err := os.ReadDir(path)
	if err != nil {
		return nil, nil, rd.osError(err)
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
