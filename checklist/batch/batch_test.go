package batch

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/checklisttest"
)

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestFindCaseFiles(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"b.yaml": "", "a.yml": "", "notes.txt": "", "UPPER.YAML": "",
		"sub/c.yaml": "", "sub/deeper/d.yaml": "",
		".hidden/e.yaml": "", "sub/.f.yaml": "", ".git/g.yaml": "",
		"single.txt": "",
	})
	rel := func(p string) string { r, _ := filepath.Rel(root, p); return filepath.ToSlash(r) }
	// A folder in lexical order, recursively; an explicit file whatever
	// its name; a missing path kept in place; a repeat scored once.
	args := []string{root, filepath.Join(root, "single.txt"), filepath.Join(root, "missing.yaml"), filepath.Join(root, "b.yaml")}
	var got []string
	for _, s := range FindCaseFiles(args) {
		if s.Err != nil {
			t.Errorf("%s: unexpected error %v", s.Path, s.Err)
		}
		got = append(got, rel(s.Path))
	}
	want := []string{"UPPER.YAML", "a.yml", "b.yaml", "sub/c.yaml", "sub/deeper/d.yaml", "single.txt", "missing.yaml"}
	if !slices.Equal(got, want) {
		t.Errorf("FindCaseFiles = %v\nwant %v", got, want)
	}
}

func TestFindCaseFilesUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can read any folder")
	}
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"a.yaml": "", "locked/b.yaml": ""})
	locked := filepath.Join(root, "locked")
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	srcs := FindCaseFiles([]string{root})
	if len(srcs) != 2 || srcs[1].Path != locked || srcs[1].Err == nil {
		t.Errorf("FindCaseFiles = %+v, want a.yaml and an error for the locked folder", srcs)
	}
}

// caseYAML is a small valid case whose overall percent is 25·score.
func caseYAML(name string, score int) string {
	return fmt.Sprintf("samskab: 1\nproject: {name: %q}\nrubrics: [vaeksthus]\nresponses:\n  - answers: {vfl-c1.q1: %d}\n", name, score)
}

func TestScoreFilesKeepsPathOrderForAnyJobs(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{}
	for i := range 200 {
		body := caseYAML(fmt.Sprintf("P%03d", i), i%5)
		if i%17 == 3 {
			body = "samskab: 1\nproject: {name: broken}\nresponses: 7\n"
		}
		files[fmt.Sprintf("f%03d.yaml", i)] = body
	}
	writeFiles(t, root, files)
	srcs := FindCaseFiles([]string{root})
	cat := checklisttest.BuiltinCatalog(t)
	run := func(jobs int) []string {
		var out []string
		err := ScoreFiles(srcs, cat, checklist.Options{}, checklist.English, jobs, func(r CaseResult) error {
			if r.Summary == nil {
				out = append(out, filepath.Base(r.File)+" error "+r.Problems.Error())
			} else {
				out = append(out, fmt.Sprintf("%s %s %v", filepath.Base(r.File), r.Summary.Project.Name, r.Summary.Overall))
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	one := run(1)
	if len(one) != 200 || !strings.HasPrefix(one[0], "f000.yaml P000 {0 true}") || !strings.Contains(one[3], "error") {
		t.Fatalf("jobs 1: %d results, first %q, fourth %q", len(one), one[0], one[3])
	}
	for _, jobs := range []int{2, 8, 64} {
		if got := run(jobs); !slices.Equal(got, one) {
			t.Errorf("jobs %d: results differ from jobs 1", jobs)
		}
	}
}

func TestScoreCaseFileReportsProblems(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"bad.yaml": "samskab: 1\nproject: {name: X}\nresponses:\n  - answers: {cok-01.q1: 9}\n"})
	cat := checklisttest.BuiltinCatalog(t)
	r := ScoreCaseFile(CaseSource{Path: filepath.Join(root, "bad.yaml")}, cat, checklist.Options{}, checklist.English)
	if r.Summary != nil || len(r.Problems) != 1 || r.Problems[0].Line != 4 || r.Problems[0].Col != 26 {
		t.Errorf("bad.yaml: %+v", r)
	}
	r = ScoreCaseFile(CaseSource{Path: filepath.Join(root, "none.yaml")}, cat, checklist.Options{}, checklist.English)
	if r.Summary != nil || len(r.Problems) != 1 || r.Problems[0].Msg != "no such file" {
		t.Errorf("none.yaml: %+v", r)
	}
	r = ScoreCaseFile(CaseSource{Path: "x", Err: os.ErrPermission}, cat, checklist.Options{}, checklist.English)
	if r.Summary != nil || len(r.Problems) != 1 || r.Problems[0].File != "x" {
		t.Errorf("listing error: %+v", r)
	}
}

// In Danish, the problems of a file and the errors of the file system are
// Danish.
func TestScoreCaseFileInDanish(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"bad.yaml": "samskab: 1\nproject: {name: X}\nresponses:\n  - answers: {cok-01.q1: 9}\n"})
	cat := checklisttest.BuiltinCatalog(t)
	for _, tt := range []struct {
		src  CaseSource
		want string
	}{
		{CaseSource{Path: filepath.Join(root, "bad.yaml")}, "svaret på cok-01.q1 er 9, uden for skalaen; forventede et helt tal 0–4"},
		{CaseSource{Path: filepath.Join(root, "none.yaml")}, "findes ikke"},
		{CaseSource{Path: "x", Err: os.ErrPermission}, "adgang nægtet"},
		{CaseSource{Path: "p", Err: &specialFile{fs.ModeNamedPipe}}, "er en navngiven pipe (FIFO), ikke en almindelig fil; sprunget over"},
	} {
		r := ScoreCaseFile(tt.src, cat, checklist.Options{}, checklist.Danish)
		if r.Summary != nil || len(r.Problems) != 1 || !strings.HasPrefix(r.Problems[0].Msg, tt.want) {
			t.Errorf("%s: %+v, want %q", tt.src.Path, r.Problems, tt.want)
		}
	}
}

func TestFindCaseFilesFollowsALinkedFolder(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"real/a.yaml": "", "real/sub/b.yml": ""})
	link := filepath.Join(root, "link")
	if err := os.Symlink(filepath.Join(root, "real"), link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	var got []string
	for _, s := range FindCaseFiles([]string{link}) {
		got = append(got, filepath.ToSlash(strings.TrimPrefix(s.Path, root)))
	}
	if want := []string{"/link/a.yaml", "/link/sub/b.yml"}; !slices.Equal(got, want) {
		t.Errorf("FindCaseFiles(link) = %v, want %v", got, want)
	}
}
