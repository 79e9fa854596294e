package batch

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/ordered"
	"github.com/samskab/samskab/internal/oserr"
)

// CaseSource is one input of a batch: a case file, or a path that could
// not be listed (Err set), which is reported in its place.
type CaseSource struct {
	Path string
	Err  error
}

// FindCaseFiles expands the batch arguments in order: a file is taken as
// given, whatever its name; a folder contributes its *.yaml and *.yml files
// in lexical order, recursively, skipping hidden files and folders. A path
// listed twice is scored once, where it first appears.
func FindCaseFiles(args []string) []CaseSource {
	var out []CaseSource
	seen := map[string]bool{}
	add := func(src CaseSource) {
		// The same file reached through two paths (a symbolic link to a
		// folder, or to the file) is scored once, where it first appears.
		key := filepath.Clean(src.Path)
		if real, err := filepath.EvalSymlinks(key); err == nil {
			key = real
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, src)
		}
	}
	for _, arg := range args {
		info, err := os.Stat(arg)
		if err != nil || !info.IsDir() {
			add(CaseSource{Path: arg}) // reading it reports what is wrong
			continue
		}
		walkCaseDir(arg, add)
	}
	return out
}

func walkCaseDir(root string, add func(CaseSource)) {
	start := root
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		// WalkDir does not follow a symbolic link, not even the one it is
		// asked to walk; a trailing separator makes it the folder itself.
		start = root + string(filepath.Separator)
	}
	_ = filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			add(CaseSource{Path: path, Err: oserr.Describe(err)})
			return nil // WalkDir skips what it cannot read
		}
		hidden := path != start && strings.HasPrefix(d.Name(), ".")
		if d.IsDir() {
			if hidden {
				return filepath.SkipDir
			}
			return nil
		}
		if !hidden && isYAMLName(d.Name()) {
			add(CaseSource{Path: path, Err: notRegular(path, d)})
		}
		return nil
	})
}

// notRegular refuses what is not a regular file (a named pipe would make
// the read wait forever, a device never end); a symbolic link counts as
// what it leads to. It returns nil for a regular file.
func notRegular(path string, d fs.DirEntry) error {
	mode := d.Type()
	if mode&fs.ModeSymlink != 0 {
		info, err := os.Stat(path)
		if err != nil {
			return nil // reading it reports what is wrong
		}
		mode = info.Mode().Type()
	}
	if mode.IsRegular() || mode.IsDir() {
		return nil
	}
	return &specialFile{mode}
}

// specialFile is a file in a batch folder that is not a regular file.
type specialFile struct{ mode fs.FileMode }

func (e *specialFile) Error() string {
	return fmt.Sprintf("is %s, not a regular file; skipped", yamlfile.SpecialKind(e.mode))
}

// describe words why a source cannot be read, with rd: a special file,
// or an error of the file system.
func describe(rd yamlfile.Reader, err error) string {
	if sf, ok := err.(*specialFile); ok {
		return fmt.Sprintf(rd.Messages().CaseNotRegularSkipped, rd.SpecialKind(sf.mode))
	}
	return rd.DescribeOS(err)
}

func isYAMLName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".yaml" || ext == ".yml"
}

// CaseResult is the outcome of scoring one file of a batch: a summary, or
// the problems that kept it from being scored.
type CaseResult struct {
	File     string
	Summary  *checklist.CaseSummary
	Problems checklist.Problems
}

// ScoreCaseFile reads, validates and scores one file and keeps only its
// summary; problems are worded in lang. It never panics: a bug in scoring
// one file becomes a problem reported for that file, and the batch goes on.
func ScoreCaseFile(src CaseSource, cat *checklist.Catalog, opts checklist.Options, lang checklist.Lang) (res CaseResult) {
	rd := yamlfile.In(lang)
	res.File = src.Path
	if src.Err != nil {
		res.Problems = checklist.Problems{{File: src.Path, Msg: describe(rd, src.Err)}}
		return res
	}
	defer func() {
		if v := recover(); v != nil {
			res.Summary = nil
			res.Problems = checklist.Problems{{File: src.Path, Msg: fmt.Sprintf(rd.Messages().InternalError, v)}}
		}
	}()
	c, err := rd.ReadCaseFile(src.Path, cat)
	if err != nil {
		res.Problems = checklist.AsProblems(err, src.Path)
		return res
	}
	report, err := checklist.Evaluate(c, cat, opts)
	if err != nil {
		res.Problems = checklist.Problems{{File: src.Path, Msg: rd.Describe(err)}}
		return res
	}
	res.Summary = checklist.Summarize(report)
	return res
}

// ScoreFiles scores the sources on jobs workers and calls emit with each
// result in source order, from the calling goroutine, so the output is the
// same for any number of workers. It stops early only when emit fails.
// Problems are worded in lang.
func ScoreFiles(srcs []CaseSource, cat *checklist.Catalog, opts checklist.Options, lang checklist.Lang, jobs int, emit func(CaseResult) error) error {
	return ordered.Map(len(srcs), jobs,
		func(i int) CaseResult { return ScoreCaseFile(srcs[i], cat, opts, lang) },
		func(_ int, r CaseResult) error { return emit(r) })
}
