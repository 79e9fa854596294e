package yamlfile

import (
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"go.yaml.in/yaml/v3"
)

// errEditDrift means a text edit would change more than it should. It is a
// bug when it happens; the file is then left as it was. drift words it.
var errEditDrift = errors.New("editing the file would change more than the answer; the file was left as it was (please report this)")

// drift is errEditDrift in m's words, with what went wrong when known.
func drift(m *catalog.ProblemMessages, cause any) error {
	text := m.EditDrift
	if cause != nil {
		text += fmt.Sprintf(": %v", cause)
	}
	return &wordedError{text: text, err: errEditDrift}
}

// verifyEdit checks that out reads as old with change applied to its data,
// and that every comment of old is still there.
func verifyEdit(m *catalog.ProblemMessages, old, out []byte, change func(any) error) error {
	var want, got any
	if err := yaml.Unmarshal(old, &want); err != nil {
		return err
	}
	if err := change(want); err != nil {
		return err
	}
	if err := yaml.Unmarshal(out, &got); err != nil {
		return drift(m, err)
	}
	if !reflect.DeepEqual(want, got) || !slices.Equal(commentLines(old), commentLines(out)) {
		return drift(m, nil)
	}
	return nil
}

// commentLines lists every comment line of a YAML text, sorted: an
// insertion may attach a comment to a different node, but must not lose it.
func commentLines(src []byte) []string {
	var root yaml.Node
	if yaml.Unmarshal(src, &root) != nil {
		return nil
	}
	return nodeComments(&root)
}

// nodeComments is commentLines of a parse already made.
func nodeComments(root *yaml.Node) []string {
	var out []string
	var walk func(*yaml.Node)
	walk = func(n *yaml.Node) {
		for _, c := range []string{n.HeadComment, n.LineComment, n.FootComment} {
			for _, l := range strings.Split(c, "\n") {
				if l = strings.TrimSpace(l); l != "" {
					out = append(out, l)
				}
			}
		}
		for _, c := range n.Content {
			walk(c)
		}
	}
	walk(root)
	slices.Sort(out)
	return out
}

func treeResponses(m *catalog.ProblemMessages, tree any) ([]any, error) {
	top, ok := tree.(map[string]any)
	if !ok {
		return nil, errors.New(m.FileNotMapping)
	}
	rs, ok := top["responses"].([]any)
	if !ok {
		return nil, errors.New(m.NoResponsesList)
	}
	return rs, nil
}

// setAnswerTree is SetAnswer on decoded data.
func setAnswerTree(m *catalog.ProblemMessages, tree any, resp int, qid string, v checklist.AnswerValue) error {
	rs, err := treeResponses(m, tree)
	if err != nil {
		return err
	}
	if resp < 0 || resp >= len(rs) {
		return fmt.Errorf(m.NoResponseN, resp+1)
	}
	r, ok := rs[resp].(map[string]any)
	if !ok {
		return fmt.Errorf(m.ResponseNotMapping, resp+1)
	}
	answers, _ := r["answers"].(map[string]any)
	if answers == nil {
		answers = map[string]any{}
		r["answers"] = answers
	}
	answers[qid] = newAnswerTree(answers[qid], v)
	return nil
}

func newAnswerTree(old any, v checklist.AnswerValue) any {
	if m, ok := old.(map[string]any); ok {
		m = maps.Clone(m)
		m["score"] = answerTree(v)
		if v.Note != "" {
			m["note"] = v.Note
		}
		return m
	}
	if v.Note != "" {
		return map[string]any{"score": answerTree(v), "note": v.Note}
	}
	return answerTree(v)
}
