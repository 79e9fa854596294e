package render

import (
	"embed"
	"errors"
	"html/template"
	"io"
	"io/fs"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// The HTML views share one page layout, one stylesheet and a few partials
// (bars, heat cells, radar charts) in html/. A view is a template file that
// defines "content"; htmlPage wraps it, adding the view's own stylesheet
// (portfolio.css for portfolio.tmpl) when it has one. Everything a user wrote reaches the
// page through html/template's contextual escaping, never as markup.

//go:embed html/*.tmpl html/*.css
var htmlFS embed.FS

// htmlPageData is what the "page" layout needs besides the view's body.
type htmlPageData struct {
	Lang  checklist.Lang
	Title string
	CSS   template.CSS // the embedded stylesheet: ours, so trusted
	Body  any
}

// htmlPage renders a view template (a file in html/ defining "content")
// inside the shared layout.
func htmlPage(w io.Writer, view string, lang checklist.Lang, title string, body any) error {
	t, err := template.New("page").Funcs(htmlFuncs(lang)).
		ParseFS(htmlFS, "html/layout.tmpl", "html/parts.tmpl", "html/"+view)
	if err != nil {
		return err
	}
	css, err := htmlFS.ReadFile("html/style.css")
	if err != nil {
		return err
	}
	own, err := htmlFS.ReadFile("html/" + strings.TrimSuffix(view, ".tmpl") + ".css")
	switch {
	case err == nil:
		css = append(css, own...)
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	return t.ExecuteTemplate(w, "page", htmlPageData{Lang: lang, Title: title, CSS: template.CSS(css), Body: body})
}

// htmlFuncs are the helpers every HTML template can call. They only
// format; numbers come from the report.
func htmlFuncs(lang checklist.Lang) template.FuncMap {
	return template.FuncMap{
		"t":     func(key string) string { return msg(lang, key) },
		"pt":    func(key string) string { return pmsg(lang, key) }, // batch and compare labels
		"pct":   func(n checklist.Num) string { return pctText(n, lang) },
		"score": func(n checklist.Num) string { return scoreText(n, lang) },
		"bar":   func(n checklist.Num) htmlBar { return newHTMLBar(n, lang) },
		// bareBar is a bar without its number, next to a big one.
		"bareBar": func(n checklist.Num) htmlBar { b := newHTMLBar(n, lang); b.Text = ""; return b },
		"level":   func(n checklist.Num) htmlLevel { return newHTMLLevel(checklist.LevelOfNum(n), lang) },
		// pctFraction shows a 0–1 fraction such as coverage as a percent.
		"pctFraction": func(f float64) string { return fractionPct(f, lang) },
		"inc":         func(i int) int { return i + 1 },
		// the rounds page (render_rounds_html.go)
		"rt":          func(key string) string { return rmsg(lang, key) },
		"levelOf":     func(l checklist.Level) htmlLevel { return newHTMLLevel(l, lang) },
		"seriesTable": newHTMLSeriesTable,
		"lower":       strings.ToLower,
	}
}

// htmlLevel is a level badge: its CSS class and display name.
type htmlLevel struct {
	Class, Name string
}

func newHTMLLevel(l checklist.Level, lang checklist.Lang) htmlLevel {
	if l == "" {
		return htmlLevel{Class: "lvl-none", Name: "–"}
	}
	return htmlLevel{Class: "lvl-" + string(l), Name: levelName(l, lang)}
}

// htmlBar is a horizontal percent bar (template "bar"): the fill's width
// in percent of the track, its level colour and the percent as text.
type htmlBar struct {
	Width string
	Level htmlLevel
	Text  string
}

func newHTMLBar(n checklist.Num, lang checklist.Lang) htmlBar {
	b := htmlBar{Width: "0", Level: newHTMLLevel(checklist.LevelOfNum(n), lang), Text: pctText(n, lang)}
	if n.OK {
		b.Width = coord(max(0, min(n.V, 100)))
	}
	return b
}

// htmlCell is a heat-map cell (template "heat"): a number shaded by its
// level, or a word where there is no number.
type htmlCell struct {
	Text  string
	Level htmlLevel
	Title string // longer explanation for the tooltip; "" for none
}

// scoreCell shades a 0–4 score by the level of its percent.
func scoreCell(s checklist.Num, lang checklist.Lang) htmlCell {
	c := htmlCell{Text: scoreText(s, lang), Level: newHTMLLevel("", lang)}
	if s.OK {
		c.Level = newHTMLLevel(checklist.LevelOf(s.V/4*100), lang)
	}
	return c
}

// pctCell shades a percent by its level.
func pctCell(p checklist.Num, lang checklist.Lang) htmlCell {
	return htmlCell{Text: pctText(p, lang), Level: newHTMLLevel(checklist.LevelOfNum(p), lang)}
}
