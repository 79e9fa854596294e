package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/checklist/survey"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/atomicfile"
)

// ImportOptions are the inputs of `samskab import`.
type ImportOptions struct {
	*Factory
	Export  string
	Into    string
	Project string // project name for a new FILE
	DryRun  bool
}

// NewCmdImport builds `samskab import`.
func NewCmdImport(f *Factory, runF func(*ImportOptions) error) *cobra.Command {
	opts := &ImportOptions{Factory: f}
	cmd := &cobra.Command{
		Use:     "import " + f.msgs().ImportUse,
		Short:   f.msgs().ImportShort,
		Long:    f.msgs().ImportLong,
		Example: f.msgs().ImportExample,
		Args:    exactArgs(f, 1, f.msgs().ImportArg),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Export = args[0]
			if opts.Into == "" {
				return usageErrorf("%s", f.msgs().ImportIntoRequired)
			}
			if runF != nil {
				return runF(opts)
			}
			return importRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Into, "into", "", f.msgs().FlagInto)
	cmd.Flags().StringVar(&opts.Project, "project", "", f.msgs().FlagImportProject)
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, f.msgs().FlagDryRun)
	addLangFlag(cmd, f)
	addRubricDirsFlag(cmd, f)
	_ = cmd.MarkFlagFilename("into", "yaml", "yml")
	return cmd
}

func importRun(opts *ImportOptions) error {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	res, err := readExport(opts.reader(), opts.Export, cat)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		opts.printWarnings([]string{exportProblem(opts.userLang(), opts.Export, w).String()})
	}
	var plan *importPlan
	// change plans the import from FILE as it is on disk when the write
	// happens, so an answer written meanwhile (assess, a workshop) is kept.
	change := func(current []byte, exists bool) ([]byte, error) {
		var existing *checklist.Case
		if exists {
			if existing, err = opts.reader().ParseCase(opts.Into, current, cat); err != nil {
				return nil, err
			}
		}
		if plan, err = planImport(opts, res, existing, cat); err != nil {
			return nil, err
		}
		if opts.DryRun || len(plan.add) == 0 {
			return current, nil
		}
		return plan.content(opts, current, cat, lang)
	}
	if opts.DryRun {
		current, exists, err := readInto(opts.reader(), opts.Into)
		if err == nil {
			_, err = change(current, exists)
		}
		if err != nil {
			return err
		}
		return plan.preview(opts, lang)
	}
	if err := atomicfile.Update(opts.Into, change); err != nil {
		var ae *atomicfile.Error
		if errors.As(err, &ae) {
			return usageErrorf("%s: %s", opts.Into, opts.describe(ae))
		}
		return err
	}
	plan.report(opts)
	return nil
}

// readExport reads and matches the export; bad cells are problems at
// EXPORT:ROW:COLUMN, in the reader's language.
func readExport(rd yamlfile.Reader, path string, cat *checklist.Catalog) (*survey.Result, error) {
	data, err := rd.ReadInput(path)
	if err != nil {
		return nil, checklist.Problems{{File: path, Msg: err.Error()}}
	}
	res, err := survey.Parse(data, surveyQuestions(cat))
	var ps survey.Problems
	if errors.As(err, &ps) {
		out := make(checklist.Problems, len(ps))
		for i, p := range ps {
			out[i] = exportProblem(rd.Lang, path, p)
		}
		return nil, out
	}
	return res, err
}

// surveyQuestions are every loaded question, for matching columns.
func surveyQuestions(cat *checklist.Catalog) []survey.Question {
	var qs []survey.Question
	for _, id := range cat.QuestionIDs() {
		ref, _ := cat.Question(id)
		qs = append(qs, survey.Question{ID: id, DA: ref.Question.Text.DA, EN: ref.Question.Text.EN})
	}
	return qs
}

// readInto reads FILE when it exists; a missing FILE is a new one.
func readInto(rd yamlfile.Reader, path string) ([]byte, bool, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	data, err := rd.ReadInput(path)
	if err != nil {
		return nil, true, checklist.Problems{{File: path, Msg: err.Error()}}
	}
	return data, true, nil
}

// importPlan is what an import will do: the responses to add, the ones
// already in FILE, and for a new FILE the actors to declare.
type importPlan struct {
	add     []yamlfile.ImportedResponse
	skipped int
	actors  []checklist.Actor // new FILE only
	scope   []string          // new FILE only
	isNew   bool
}

func planImport(opts *ImportOptions, res *survey.Result, existing *checklist.Case, cat *checklist.Catalog) (*importPlan, error) {
	p := &importPlan{isNew: existing == nil}
	var actors *actorMatcher
	if existing != nil {
		actors = newActorMatcher(existing.Actors, false)
	} else {
		actors = newActorMatcher(nil, true)
		p.scope = scopeOf(res, cat)
	}
	var probs checklist.Problems
	var all []yamlfile.ImportedResponse
	for _, r := range res.Responses {
		actor, ok := actors.match(r.Party)
		if !ok {
			probs = append(probs, checklist.Problem{File: opts.Export, Line: r.Row, Col: r.PartyCol,
				Msg: fmt.Sprintf(opts.say().ImportNotActor, r.Party, opts.Into, actors.known(opts.say()))})
			continue
		}
		all = append(all, importedResponse(r, actor))
	}
	if len(probs) > 0 {
		return nil, probs
	}
	p.actors = actors.created
	p.add, p.skipped = newOnly(all, existing)
	return p, nil
}

func importedResponse(r survey.Response, actor string) yamlfile.ImportedResponse {
	ir := yamlfile.ImportedResponse{ResponseHeader: yamlfile.ResponseHeader{Respondent: r.Respondent, Actor: actor}}
	for _, a := range r.Answers {
		v := checklist.AnswerValue{Kind: checklist.Scored, Score: a.Score}
		switch a.Kind {
		case survey.NotRelevant:
			v = checklist.AnswerValue{Kind: checklist.NotRelevant}
		case survey.DontKnow:
			v = checklist.AnswerValue{Kind: checklist.DontKnow}
		}
		ir.Answers = append(ir.Answers, yamlfile.ImportedAnswer{Question: a.Question, Value: v})
	}
	return ir
}

// newOnly drops the rows FILE already holds, counting repeats: FILE with
// one response of a given content and an export with two adds one.
func newOnly(rows []yamlfile.ImportedResponse, existing *checklist.Case) (add []yamlfile.ImportedResponse, skipped int) {
	have := map[string]int{}
	if existing != nil {
		for _, r := range existing.Responses {
			have[r.Key()]++
		}
	}
	for _, r := range rows {
		k := r.Key()
		if have[k] > 0 {
			have[k]--
			skipped++
			continue
		}
		add = append(add, r)
	}
	return add, skipped
}

// scopeOf is the rubrics the export's questions belong to, in report order.
func scopeOf(res *survey.Result, cat *checklist.Catalog) []string {
	used := map[string]bool{}
	for id := range res.Columns {
		if ref, ok := cat.Question(id); ok {
			used[ref.Rubric.ID] = true
		}
	}
	var scope []string
	for _, r := range cat.Rubrics {
		if used[r.ID] {
			scope = append(scope, r.ID)
		}
	}
	return scope
}

func (p *importPlan) newCase(opts *ImportOptions, lang checklist.Lang) []byte {
	name := opts.Project
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(opts.Into), filepath.Ext(opts.Into))
	}
	return yamlfile.NewImportedCaseFile(yamlfile.ImportedCase{Project: checklist.Project{Name: name},
		Scope: p.scope, Actors: p.actors, Responses: p.add, Lang: lang,
		FileName: filepath.Base(opts.Into), Export: filepath.Base(opts.Export)})
}

// preview prints the responses that would be added, as they would be
// written, and writes nothing.
func (p *importPlan) preview(opts *ImportOptions, lang checklist.Lang) error {
	var out []byte
	switch {
	case len(p.add) == 0:
	case p.isNew:
		out = p.newCase(opts, lang)
	default:
		out = []byte(yamlfile.ImportedResponsesYAML(p.add))
	}
	if _, err := opts.IO.Out.Write(out); err != nil {
		return err
	}
	m := opts.say()
	fmt.Fprintln(opts.IO.ErrOut, fmt.Sprintf(m.ImportDryRun, responsesCount(m, len(p.add)), opts.Into, skippedText(m, p.skipped)))
	return nil
}

// content is FILE with the responses added (or a new FILE), checked to
// read back as a valid case file before anything reaches the disk.
func (p *importPlan) content(opts *ImportOptions, current []byte, cat *checklist.Catalog, lang checklist.Lang) ([]byte, error) {
	var out []byte
	var err error
	if p.isNew {
		out = p.newCase(opts, lang)
	} else if out, err = opts.reader().AppendResponses(current, p.add); err != nil {
		return nil, fmt.Errorf("%s: %w", opts.Into, err)
	}
	if _, err := opts.reader().ParseCase(opts.Into, out, cat); err != nil {
		return nil, fmt.Errorf(opts.say().ImportInvalid, err)
	}
	return out, nil
}

// report says what the import did.
func (p *importPlan) report(opts *ImportOptions) {
	m := opts.say()
	if len(p.add) == 0 {
		fmt.Fprintln(opts.IO.ErrOut, fmt.Sprintf(m.ImportNothing, opts.Into, opts.Export))
		return
	}
	fmt.Fprintln(opts.IO.ErrOut, fmt.Sprintf(m.ImportAdded, responsesCount(m, len(p.add)), opts.Into, skippedText(m, p.skipped), opts.Into))
}

func responsesCount(m *catalog.CLIMessages, n int) string {
	return plural(n, m.Response1, m.ResponsesN)
}

func skippedText(m *catalog.CLIMessages, n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(m.AlreadyThere, responsesCount(m, n))
}
