package yamlfile

import (
	"fmt"
	"slices"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// LintResult is what checking rubric files found.
type LintResult struct {
	// Rubrics are the rubrics that passed, in the order given.
	Rubrics []*checklist.Rubric
	// Warnings do not stop the files from loading, such as a rubric that
	// replaces a built-in one. Each message starts with "warning: ".
	Warnings checklist.Problems
	// Problems stop the files from loading; empty when all is well.
	Problems checklist.Problems

	rd Reader
	m  *catalog.ProblemMessages
}

// LintRubrics checks rubric files, or folders of them, as strictly as
// --rubrics loads them, and checks them together: rubric ids must differ
// between the files, and item ids must be unique across the files and the
// built-in rubrics they would be loaded beside. The error is only for
// failures of samskab itself; problems with the files are in the result.
func LintRubrics(paths []string) (*LintResult, error) { return english.LintRubrics(paths) }

// LintRubrics is the package's LintRubrics in the reader's language.
func (rd Reader) LintRubrics(paths []string) (*LintResult, error) {
	themes, builtinList := builtins()
	res := &LintResult{rd: rd, m: rd.messages()}
	for _, path := range paths {
		res.lintPath(path, themes)
	}
	unique := res.checkRubricIDs(builtinList)
	res.checkItemIDs(unique, builtinList, themes)
	if len(res.Problems) > 0 {
		res.Rubrics = nil
	}
	return res, nil
}

func (res *LintResult) lintPath(path string, themes []checklist.Theme) {
	files, skipped, err := res.rd.rubricFiles(path)
	for _, sk := range skipped {
		res.Warnings = append(res.Warnings, checklist.Problem{File: sk, Msg: res.m.NotRegularSkipped})
	}
	if err != nil {
		res.Problems = append(res.Problems, checklist.Problem{File: path, Msg: err.Error()})
		return
	}
	if len(files) == 0 {
		res.Problems = append(res.Problems, checklist.Problem{File: path, Msg: res.m.NoRubricFiles})
	}
	for _, f := range files {
		r, err := res.rd.ReadRubricFile(f, themes)
		if err != nil {
			res.Problems = append(res.Problems, checklist.AsProblems(err, f)...)
			continue
		}
		res.Rubrics = append(res.Rubrics, r)
		res.checkCitizenQuestions(r)
	}
}

// checkCitizenQuestions warns about items that ask citizens nothing: they
// would be skipped for every citizen in assess and the workshop
// (DESIGN.md §2 asks every built-in item to have one).
func (res *LintResult) checkCitizenQuestions(r *checklist.Rubric) {
	for _, it := range r.Items {
		if !it.HasQuestionFor(checklist.AudienceCitizen) {
			res.Warnings = append(res.Warnings, checklist.Problem{File: r.File, Line: it.Line, Col: it.Col,
				Msg: fmt.Sprintf(res.m.Warning, fmt.Sprintf(res.m.NoCitizenQuestion, it.ID))})
		}
	}
}

// checkRubricIDs refuses two linted files with one id: loading them would
// keep only the last. Replacing a built-in is allowed, but said. It returns
// the rubrics with the first of each id.
func (res *LintResult) checkRubricIDs(builtins []*checklist.Rubric) []*checklist.Rubric {
	first := map[string]*checklist.Rubric{}
	var unique []*checklist.Rubric
	for _, r := range res.Rubrics {
		if other, dup := first[r.ID]; dup {
			res.Problems = append(res.Problems, checklist.Problem{File: r.File, Line: r.Line, Col: r.Col,
				Msg: fmt.Sprintf(res.m.RubricIDTwice, r.ID, position(other))})
			continue
		}
		first[r.ID] = r
		unique = append(unique, r)
		if i := slices.IndexFunc(builtins, func(b *checklist.Rubric) bool { return b.ID == r.ID }); i >= 0 {
			w := replaceWarning(res.m, r, builtins[i])
			w.Msg = fmt.Sprintf(res.m.Warning, fmt.Sprintf(res.m.ReplacesWhenLoaded, w.Msg))
			res.Warnings = append(res.Warnings, w)
		}
	}
	return unique
}

// checkItemIDs builds the catalog the files would load into, which
// reports item ids used by more than one rubric.
func (res *LintResult) checkItemIDs(linted, builtins []*checklist.Rubric, themes []checklist.Theme) {
	var list []*checklist.Rubric
	for _, b := range builtins {
		if !slices.ContainsFunc(linted, func(r *checklist.Rubric) bool { return r.ID == b.ID }) {
			list = append(list, b)
		}
	}
	list = append(list, linted...)
	checklist.SortRubrics(list) // as NewCatalog does, so the first user of an id is the same
	if dups := duplicateItems(res.m, list); len(dups) > 0 {
		res.Problems = append(res.Problems, dups...)
		return
	}
	if _, err := checklist.NewCatalog(slices.Clone(list), themes); err != nil {
		res.Problems = append(res.Problems, checklist.AsProblems(err, "")...)
	}
}

func position(r *checklist.Rubric) string {
	if r.Line == 0 {
		return r.File
	}
	return fmt.Sprintf("%s:%d:%d", r.File, r.Line, r.Col)
}
