// Package layout holds the test that keeps the package layout of
// ARCHITECTURE.md (and DESIGN.md §1): every outside dependency enters
// through one package, and the domain core knows none of them.
package layout

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/samskab/samskab"

type pkg struct {
	ImportPath string
	Standard   bool
	Imports    []string
	Deps       []string
}

// listPackages runs `go list -deps -json` over the module and returns the
// module's own packages by their path inside the module ("checklist/render").
func listPackages(t *testing.T) map[string]pkg {
	t.Helper()
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH")
	}
	cmd := exec.Command("go", "list", "-deps", "-json", module+"/...")
	cmd.Dir = "../.."
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	pkgs := map[string]pkg{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		if rel, ok := inModule(p.ImportPath); ok {
			pkgs[rel] = p
		}
	}
	if len(pkgs) < 5 {
		t.Fatalf("go list found only %d packages of the module; is the test run from its own folder?", len(pkgs))
	}
	return pkgs
}

func inModule(importPath string) (string, bool) {
	if importPath == module {
		return ".", true
	}
	rel, ok := strings.CutPrefix(importPath, module+"/")
	return rel, ok
}

// under reports whether rel is the package dir or lies below it.
func under(rel, dir string) bool { return rel == dir || strings.HasPrefix(rel, dir+"/") }

// gateway says which packages may import an outside dependency directly:
// the dependency (a path prefix) enters the program only through them.
var gateways = []struct {
	dep     string
	allowed []string // package dirs inside the module, and everything below them
}{
	{"go.yaml.in/yaml", []string{"checklist/yamlfile", "scripts", "internal/gencases", "internal/gendocs"}},
	{"gopkg.in/yaml", nil},
	{"github.com/clipperhouse/displaywidth", []string{"checklist/render"}}, // terminal width of text
	{"html/template", []string{"checklist/render", "internal/workshop"}},
	// The meeting server is a program of its own (cmd/samskab-workshop):
	// samskab itself links neither HTTP nor TLS.
	{"net/http", []string{"internal/workshop", "scripts/workshopload"}}, // the load test is a client
	{"crypto/tls", []string{"internal/workshop"}},
	// The questionnaire draws its own form (internal/prompt): a form
	// library's package initialisers cost every command its start-up.
	{"charm.land/", nil},
	{"github.com/charmbracelet/", nil},
	{"github.com/spf13/cobra", []string{"cmd/samskab"}},
	{"github.com/spf13/pflag", []string{"cmd/samskab"}},
	// Workbooks are written and read by internal/xlsx; excelize only
	// checks them, in tests.
	{"github.com/xuri/excelize", nil},
}

func matches(imp, dep string) bool {
	return imp == dep || strings.HasPrefix(imp, strings.TrimSuffix(dep, "/")+"/")
}

func TestOutsideDependenciesEnterThroughOnePackage(t *testing.T) {
	for rel, p := range listPackages(t) {
		for _, imp := range p.Imports {
			for _, g := range gateways {
				if !matches(imp, g.dep) {
					continue
				}
				ok := false
				for _, a := range g.allowed {
					ok = ok || under(rel, a)
				}
				if !ok {
					t.Errorf("%s imports %s; only %v may (ARCHITECTURE.md)", rel, imp, g.allowed)
				}
			}
		}
	}
}

// The core is the standard library only, and does no I/O of its own.
var coreForbidden = []string{"os", "io/fs", "path/filepath", "net/http", "html/template", "text/template", "embed", "os/exec"}

func TestCoreIsPureStandardLibrary(t *testing.T) {
	pkgs := listPackages(t)
	core, ok := pkgs["checklist"]
	if !ok {
		t.Fatal("go list does not show the checklist package")
	}
	for _, imp := range core.Imports {
		if _, own := inModule(imp); own || !isStandard(imp) {
			t.Errorf("checklist imports %s; the core imports only the standard library", imp)
		}
		for _, f := range coreForbidden {
			if imp == f {
				t.Errorf("checklist imports %s; the core does no I/O (ARCHITECTURE.md)", imp)
			}
		}
	}
}

// isStandard is go list's rule: a standard package's first path element
// has no dot.
func isStandard(imp string) bool { return !strings.Contains(strings.SplitN(imp, "/", 2)[0], ".") }

// Which of the module's own packages each layer may import. A package not
// listed here may import any of the module's packages except cmd/.
var ownImports = map[string][]string{
	"checklist":                {},
	"checklist/gate":           {"checklist"},
	"checklist/render/catalog": {"checklist"},
	"checklist/render":         {"checklist", "checklist/gate", "checklist/render/catalog", "internal/iostreams", "internal/xlsx"},
	"checklist/schema":         {"checklist", "checklist/render"},
	"checklist/yamlfile":       {"checklist", "checklist/render/catalog", "internal/oserr", "rubrics"},
	"checklist/batch":          {"checklist", "checklist/yamlfile", "internal/ordered", "internal/oserr"},
	"checklist/survey":         {"checklist", "internal/xlsx"},
	"internal/xlsx":            {},
	"internal/iostreams":       {},
	"internal/prompt":          {"checklist", "checklist/render/catalog", "internal/iostreams"},
	"internal/atomicfile":      {"internal/oserr"},
	"internal/workshop":        {"checklist", "checklist/yamlfile", "checklist/render/catalog", "internal/atomicfile", "internal/workshop/launch"},
	"internal/workshop/launch": {"checklist"},
	"internal/oserr":           {},
}

func TestImportsRunOneWay(t *testing.T) {
	for rel, p := range listPackages(t) {
		allowed, listed := ownImports[rel]
		for _, imp := range p.Imports {
			dep, own := inModule(imp)
			if !own {
				continue
			}
			if under(dep, "cmd") {
				t.Errorf("%s imports %s; nothing imports a command", rel, dep)
			}
			if listed && !contains(allowed, dep) {
				t.Errorf("%s imports %s; it may import only %v of this module (ARCHITECTURE.md)", rel, dep, allowed)
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// heavyModules are modules the binary must not link: Go runs every linked
// package's init on each start, even for --version (issue 16).
var heavyModules = []string{"github.com/xuri/excelize", "charm.land/", "github.com/charmbracelet/", "github.com/olekukonko/tablewriter"}

func TestBinaryLinksNoHeavyModule(t *testing.T) {
	pkgs := listPackages(t)
	deps := pkgs["cmd/samskab"].Deps
	if len(deps) == 0 {
		t.Fatal("go list shows no dependencies of cmd/samskab")
	}
	for _, d := range deps {
		for _, m := range heavyModules {
			if matches(d, m) {
				t.Errorf("cmd/samskab links %s; keep %s to tests (ARCHITECTURE.md)", d, m)
			}
		}
	}
}

// serverPackages are what only samskab-workshop may link: the meeting
// server, HTTP and TLS, whose initialisers would slow every command of
// samskab (issue 16).
var serverPackages = []string{module + "/internal/workshop", "net/http", "crypto/tls", "crypto/x509"}

func TestSamskabLinksNoServer(t *testing.T) {
	pkgs := listPackages(t)
	for _, d := range pkgs["cmd/samskab"].Deps {
		for _, s := range serverPackages {
			if d == s {
				t.Errorf("cmd/samskab links %s; only cmd/samskab-workshop may (ARCHITECTURE.md)", d)
			}
		}
	}
	if !contains(pkgs["cmd/samskab-workshop"].Deps, "net/http") {
		t.Error("cmd/samskab-workshop does not link net/http; is it still the meeting server?")
	}
}

// Leaves that several layers share take only the standard library.
func TestStandardLibraryLeaves(t *testing.T) {
	pkgs := listPackages(t)
	for _, rel := range []string{"internal/xlsx"} {
		p, ok := pkgs[rel]
		if !ok {
			t.Fatalf("go list does not show %s", rel)
		}
		for _, imp := range p.Imports {
			if !isStandard(imp) {
				t.Errorf("%s imports %s; it takes the standard library only", rel, imp)
			}
		}
	}
}
