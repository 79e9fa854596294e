package yamlfile

import (
	"errors"
	"fmt"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"go.yaml.in/yaml/v3"
)

// ResponseHeader is what a new response starts with; empty fields are
// left out.
type ResponseHeader struct {
	Respondent string
	Actor      string
	Date       string // YYYY-MM-DD
}

func (h ResponseHeader) fields() []string {
	var out []string
	for _, f := range [][2]string{{"respondent", h.Respondent}, {"actor", h.Actor}} {
		if f[1] != "" {
			out = append(out, f[0]+": "+plainOrQuoted(f[1]))
		}
	}
	if h.Date != "" { // plain, like dates people write: YAML reads it as a date
		out = append(out, "date: "+h.Date)
	}
	return out
}

// block is the response as a block sequence item with `answers:` still
// empty, indented by dash spaces.
func (h ResponseHeader) block(dash, step int, nl string) string {
	lines := append(h.fields(), "answers:")
	var b strings.Builder
	for i, l := range lines {
		if i == 0 {
			b.WriteString(strings.Repeat(" ", dash) + "-" + strings.Repeat(" ", step-1) + l + nl)
			continue
		}
		b.WriteString(strings.Repeat(" ", dash+step) + l + nl)
	}
	return b.String()
}

func (h ResponseHeader) flow() string {
	return "{" + strings.Join(append(h.fields(), "answers: {}"), ", ") + "}"
}

// AppendResponse returns data with a new, empty response after the last
// one, and the new response's index. Nothing else in the file changes.
func AppendResponse(data []byte, h ResponseHeader) ([]byte, int, error) {
	return english.AppendResponse(data, h)
}

// AppendResponse is the package's AppendResponse with refusals in the
// reader's language.
func (r Reader) AppendResponse(data []byte, h ResponseHeader) ([]byte, int, error) {
	index := 0
	out, err := editCase(r.messages(), data, func(d *caseText) ([]edit, func(any) error, error) {
		key, seq := mapEntry(d.root, "responses")
		var entry string
		var edits []edit
		var err error
		switch {
		case seq == nil || isNull(seq):
			entry, edits, err = d.startResponses(key, seq, h)
		case seq.Kind != yaml.SequenceNode:
			return nil, nil, fmt.Errorf(d.m.NotAList, seq.Line, "responses")
		default:
			index = len(seq.Content)
			entry, edits, err = d.appendItems(seq, []listItem{h})
		}
		change := func(tree any) error {
			rs, err := treeResponses(d.m, tree)
			if seq == nil || isNull(seq) {
				rs, err = nil, nil
			}
			if err != nil {
				return err
			}
			var item []any
			if err := yaml.Unmarshal([]byte(entry), &item); err != nil || len(item) != 1 {
				return drift(d.m, err)
			}
			tree.(map[string]any)["responses"] = append(rs, item[0])
			return nil
		}
		return edits, change, err
	})
	return out, index, err
}

// startResponses writes the first response of a file whose `responses`
// is missing (key nil) or empty (`responses:` or `responses: ~`).
func (d *caseText) startResponses(key, val *yaml.Node, h ResponseHeader) (string, []edit, error) {
	entry := h.block(0, 2, "\n")
	if key == nil {
		if d.root.Style&yaml.FlowStyle != 0 {
			return "", nil, errors.New(d.m.FlowMapping)
		}
		var pre string
		if len(d.src) > 0 && d.src[len(d.src)-1] != '\n' {
			pre = d.nl
		}
		return entry, []edit{{len(d.src), len(d.src), pre + "responses:" + d.nl + h.block(2, 2, d.nl)}}, nil
	}
	var edits []edit
	start, end, err := d.span(val, key.Column-1, false)
	if err != nil {
		return "", nil, err
	}
	if start < end { // drop the written null and its space
		if start > 0 && d.src[start-1] == ' ' {
			start--
		}
		edits = append(edits, edit{start, end, ""})
	}
	pos, pre := d.afterLine(end)
	return entry, append(edits, edit{pos, pos, pre + h.block(key.Column-1+2, 2, d.nl)}), nil
}

// listItem is a new item of a case file's `responses` list, in either
// style: a response header (init, assess) or a whole response (import).
type listItem interface {
	flow() string
	block(dash, step int, nl string) string
}

// appendItems returns the new items as a standalone YAML list and the
// edits that add them to seq, in seq's style and indentation.
func (d *caseText) appendItems(seq *yaml.Node, items []listItem) (string, []edit, error) {
	if seq.Style&yaml.FlowStyle != 0 {
		entries := make([]string, len(items))
		for i, it := range items {
			entries[i] = it.flow()
		}
		joined := strings.Join(entries, ", ")
		start, end, err := d.span(seq, 0, true)
		if err != nil {
			return "", nil, err
		}
		if len(seq.Content) == 0 {
			return "[" + joined + "]", []edit{{start + 1, start + 1, joined}}, nil
		}
		return "[" + joined + "]", []edit{{end - 1, end - 1, ", " + joined}}, nil
	}
	if len(seq.Content) == 0 {
		return "", nil, fmt.Errorf(d.m.ResponsesEmptyL, seq.Line)
	}
	last := seq.Content[len(seq.Content)-1]
	dash := d.dashIndent(last)
	step := max(last.Column-1-dash, 2)
	_, end, err := d.span(seq, dash, false)
	if err != nil {
		return "", nil, err
	}
	pos, pre := d.afterLine(end)
	sep := ""
	if d.blankBefore(last) {
		sep = d.nl
	}
	var standalone, text strings.Builder
	for i, it := range items {
		standalone.WriteString(it.block(0, step, "\n"))
		if i > 0 || sep != "" {
			text.WriteString(sep)
		}
		text.WriteString(it.block(dash, step, d.nl))
	}
	return standalone.String(), []edit{{pos, pos, pre + text.String()}}, nil
}

// blankBefore reports whether a blank line precedes item's line and the
// comments right above it, so a new item can be set off the same way.
func (d *caseText) blankBefore(item *yaml.Node) bool {
	ls := d.lineStart(d.offset(item.Line, item.Column))
	for ls > 0 {
		ls = d.lineStart(ls - 1)
		if d.blankLine(ls) {
			return true
		}
		if d.src[ls+d.indentAt(ls)] != '#' {
			return false
		}
	}
	return false
}

// NewCase describes a case file that `samskab assess` starts.
type NewCase struct {
	Project  checklist.Project
	Scope    []string // written as `rubrics:` when set
	Actor    string   // declared under `actors:` when set
	Response ResponseHeader
	Lang     checklist.Lang
	FileName string // for the comment at the top
}

// NewCaseFile returns a new case file with one response whose answers are
// still empty; SetAnswer fills them in.
func NewCaseFile(nc NewCase) []byte {
	sk := caseSkeleton{
		comments: []string{fmt.Sprintf(catalog.For(nc.Lang).Template.NewCase, nc.FileName)},
		project:  []string{"name: " + plainOrQuoted(nc.Project.Name)},
		response: nc.Response.block(2, 2, "\n"),
	}
	if nc.Project.Owner != "" {
		sk.project = append(sk.project, "owner: "+plainOrQuoted(nc.Project.Owner))
	}
	if len(nc.Scope) > 0 {
		sk.scope = "rubrics: [" + strings.Join(nc.Scope, ", ") + "]"
	}
	if nc.Actor != "" {
		sk.optional = []string{"actors:", "  - id: " + plainOrQuoted(nc.Actor)}
	}
	return sk.bytes()
}

// caseSkeleton is a new case file from top to bottom. It is the one writer
// of new case files, whether `init` writes a template to fill in or
// `assess` starts a file for its first answer, so both keep the order and
// layout that the editor (SetAnswer, AppendResponse) expects.
type caseSkeleton struct {
	comments []string // the header comment, a line each; "# " is added
	project  []string // the lines under `project:`, indented two spaces
	scope    string   // the `rubrics:` line, if any
	optional []string // lines between the scope and `responses:`: actors, targets
	response string   // the first response, a block under `responses:`
}

func (s caseSkeleton) bytes() []byte {
	var b strings.Builder
	for _, c := range s.comments {
		b.WriteString("# " + c + "\n")
	}
	b.WriteString("samskab: 1\nproject:\n")
	for _, l := range s.project {
		b.WriteString("  " + l + "\n")
	}
	if s.scope != "" {
		b.WriteString(s.scope + "\n")
	}
	for _, l := range s.optional {
		b.WriteString(l + "\n")
	}
	b.WriteString("responses:\n" + s.response)
	return []byte(b.String())
}

// ClaimResponse returns data with the header of an unclaimed response
// (number resp, 0-based) filled in: the respondent written into its empty
// `respondent:`, and the actor and date added below it when set. It is how
// `samskab assess` takes over the blank response that `samskab init`
// writes, instead of leaving it behind as an extra, empty respondent.
// It fails, in the reader's language, when the response has no empty
// `respondent:` key in block style, or already names an actor.
func (r Reader) ClaimResponse(data []byte, resp int, h ResponseHeader) ([]byte, error) {
	return editCase(r.messages(), data, func(d *caseText) ([]edit, func(any) error, error) {
		item, err := d.response(resp)
		if err != nil {
			return nil, nil, err
		}
		k, v := mapEntry(item, "respondent")
		if k == nil || !isNull(v) || item.Style&yaml.FlowStyle != 0 {
			return nil, nil, errors.New(d.m.NoEmptyRespondent)
		}
		for _, key := range []string{"actor", "date"} {
			if ak, _ := mapEntry(item, key); ak != nil && (key == "actor" && h.Actor != "" || key == "date" && h.Date != "") {
				return nil, nil, fmt.Errorf(d.m.AlreadyHas, key)
			}
		}
		var edits []edit
		if h.Respondent != "" {
			e, err := d.replaceScalar(v, k.Column-1, false, plainOrQuoted(h.Respondent))
			if err != nil {
				return nil, nil, err
			}
			edits = e
		}
		var extra []string
		if h.Actor != "" {
			extra = append(extra, "actor: "+plainOrQuoted(h.Actor))
		}
		if h.Date != "" {
			extra = append(extra, "date: "+h.Date)
		}
		if len(extra) > 0 {
			_, end, err := d.span(v, k.Column-1, false)
			if err != nil {
				return nil, nil, err
			}
			pos, pre := d.afterLine(end)
			var b strings.Builder
			b.WriteString(pre)
			for _, l := range extra {
				b.WriteString(strings.Repeat(" ", k.Column-1) + l + d.nl)
			}
			edits = append(edits, edit{pos, pos, b.String()})
		}
		change := func(tree any) error {
			rs, err := treeResponses(d.m, tree)
			if err != nil {
				return err
			}
			r, ok := rs[resp].(map[string]any)
			if !ok {
				return drift(d.m, fmt.Sprintf(d.m.NoResponseN, resp+1))
			}
			if h.Respondent != "" {
				r["respondent"] = h.Respondent
			}
			if h.Actor != "" {
				r["actor"] = h.Actor
			}
			if h.Date != "" {
				var date any
				if err := yaml.Unmarshal([]byte(h.Date), &date); err != nil {
					return err
				}
				r["date"] = date
			}
			return nil
		}
		return edits, change, nil
	})
}
