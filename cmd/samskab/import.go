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
		Use:   "import EXPORT --into FILE",
		Short: "Add the responses from a survey export (CSV or XLSX) to a case file",
		Long: `Read the export of an online form – Microsoft Forms, Google Forms, SurveyXact or any other
that gives one row per response – and add each row to FILE as a response.

EXPORT is an Excel workbook (.xlsx; the first sheet is read) or CSV with comma, semicolon or tab
between cells, UTF-8 with or without a byte order mark (or UTF-16 with one).

Columns are matched by their header:
  - a question's text in Danish or English, as "samskab rubrics show ID" prints it (case,
    spacing and punctuation do not matter), or a question id such as "cok-01.q1" or
    "[cok-01.q1] Vi har …";
  - Navn/Name becomes the respondent, Part/Party the actor (by actor id or name);
  - Id, Starttidspunkt/Start time, Fuldførelsestidspunkt/Completion time, Mail/Email and
    similar columns are ignored; any other column is ignored with a warning that names the
    question it most resembles.
To build the form, "samskab rubrics show ID --format csv" lists every question with a title
ready to paste ("[cok-01.q1] …", matched by its id even if the wording is later edited).

Answers are the scale's labels in Danish or English ("Helt enig" … "Helt uenig", "Ikke relevant",
"Ved ikke"), the digits 0–4, na or dk; an empty cell is no answer.

A response is identified by its content: respondent, actor and answers. A row is added only while
FILE has fewer responses with the same content than the export, so importing the same export
twice – or a later export that still holds the earlier rows – adds only what is new.

FILE is created when it does not exist, scoped to the rubrics the export's questions come from,
with an actor for every party (the kind is guessed from words such as "kommune", "borgere",
"forening"; check it). In an existing FILE every party must name one of its actors.

Nothing is written when any cell is wrong: each problem is printed as EXPORT:ROW:COLUMN and the
exit code is 2. --dry-run prints the responses that would be added, as YAML, and writes nothing.`,
		Example: `  samskab import forms.xlsx --into havdrup.yaml
  samskab import svar.csv --into havdrup-2026.yaml --project "Fællesskab mod ensomhed i Havdrup"
  samskab import svar.csv --into havdrup.yaml --dry-run`,
		Args: exactArgs(1, "EXPORT, the survey export (CSV or XLSX)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Export = args[0]
			if opts.Into == "" {
				return usageErrorf("--into FILE is required: the case file to add the responses to")
			}
			if runF != nil {
				return runF(opts)
			}
			return importRun(opts)
		},
	}
	cmd.Flags().StringVar(&opts.Into, "into", "", "the case file to add the responses to; created if missing")
	cmd.Flags().StringVar(&opts.Project, "project", "", "project name when FILE is new (default: FILE's name)")
	cmd.Flags().BoolVar(&opts.DryRun, "dry-run", false, "print what would be added and write nothing")
	_ = cmd.MarkFlagFilename("into", "yaml", "yml")
	return cmd
}

func importRun(opts *ImportOptions) error {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	res, err := readExport(opts.Export, cat)
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		opts.printWarnings([]string{exportProblem(opts.Export, w).String()})
	}
	var plan *importPlan
	// change plans the import from FILE as it is on disk when the write
	// happens, so an answer written meanwhile (assess, a workshop) is kept.
	change := func(current []byte, exists bool) ([]byte, error) {
		var existing *checklist.Case
		if exists {
			if existing, err = yamlfile.ParseCase(opts.Into, current, cat); err != nil {
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
		current, exists, err := readInto(opts.Into)
		if err == nil {
			_, err = change(current, exists)
		}
		if err != nil {
			return err
		}
		return plan.preview(opts, lang)
	}
	if err := atomicfile.Update(opts.Into, change); err != nil {
		return err
	}
	plan.report(opts)
	return nil
}

// readExport reads and matches the export; bad cells are problems at
// EXPORT:ROW:COLUMN.
func readExport(path string, cat *checklist.Catalog) (*survey.Result, error) {
	data, err := yamlfile.ReadInput(path)
	if err != nil {
		return nil, err
	}
	res, err := survey.Parse(data, surveyQuestions(cat))
	var ps survey.Problems
	if errors.As(err, &ps) {
		out := make(checklist.Problems, len(ps))
		for i, p := range ps {
			out[i] = exportProblem(path, p)
		}
		return nil, out
	}
	return res, err
}

func exportProblem(file string, p survey.Problem) checklist.Problem {
	return checklist.Problem{File: file, Line: p.Row, Col: p.Col, Msg: p.Msg}
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
func readInto(path string) ([]byte, bool, error) {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return nil, false, nil
	}
	data, err := yamlfile.ReadInput(path)
	return data, err == nil, err
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
				Msg: fmt.Sprintf("%q is not an actor of %s; expected one of: %s (or add it under `actors:` first)",
					r.Party, opts.Into, actors.known())})
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
	fmt.Fprintf(opts.IO.ErrOut, "Dry run: would add %s to %s%s; nothing was written.\n",
		responsesCount(len(p.add)), opts.Into, skippedText(p.skipped))
	return nil
}

// content is FILE with the responses added (or a new FILE), checked to
// read back as a valid case file before anything reaches the disk.
func (p *importPlan) content(opts *ImportOptions, current []byte, cat *checklist.Catalog, lang checklist.Lang) ([]byte, error) {
	var out []byte
	var err error
	if p.isNew {
		out = p.newCase(opts, lang)
	} else if out, err = yamlfile.AppendResponses(current, p.add); err != nil {
		return nil, fmt.Errorf("%s: %w", opts.Into, err)
	}
	if _, err := yamlfile.ParseCase(opts.Into, out, cat); err != nil {
		return nil, fmt.Errorf("the imported file would not be valid, so nothing was written (please report this): %w", err)
	}
	return out, nil
}

// report says what the import did.
func (p *importPlan) report(opts *ImportOptions) {
	if len(p.add) == 0 {
		fmt.Fprintf(opts.IO.ErrOut, "Nothing to add: %s already holds every response in %s.\n", opts.Into, opts.Export)
		return
	}
	fmt.Fprintf(opts.IO.ErrOut, "Added %s to %s%s. See the report with: samskab score %s\n",
		responsesCount(len(p.add)), opts.Into, skippedText(p.skipped), opts.Into)
}

func responsesCount(n int) string {
	if n == 1 {
		return "1 response"
	}
	return fmt.Sprintf("%d responses", n)
}

func skippedText(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (%s already there)", responsesCount(n))
}
