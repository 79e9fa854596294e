package main

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/samskab/samskab/internal/iostreams"
	"github.com/samskab/samskab/internal/workshop"
)

var update = flag.Bool("update", false, "rewrite the golden output in the repository's testdata/script/*.txtar")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"samskab": func() { os.Exit(Main(os.Args[1:], iostreams.System(), os.Getenv)) },
		// The meeting server, which `samskab workshop` finds on PATH.
		"samskab-workshop": func() { os.Exit(workshop.Main(os.Args[1:], os.Stdout, os.Stderr, os.Getenv)) },
	})
}

// TestScripts runs the end-to-end scripts in the repository's testdata/script. Each script
// gets a clean environment: English, no colour settings, no user rubrics.
// The repository's testdata/cases are available as $CASES, testdata/bad as
// $BAD, testdata/rubrics (user rubrics) as $RUBRICS, and today's date as
// $TODAY.
func TestScripts(t *testing.T) {
	cases, err := filepath.Abs("../../testdata/cases")
	if err != nil {
		t.Fatal(err)
	}
	testdata := filepath.Dir(cases)
	testscript.Run(t, testscript.Params{
		Dir:                 "../../testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       *update,
		Cmds:                scriptCmds(),
		Condition:           scriptCondition,
		Setup: func(env *testscript.Env) error {
			env.Setenv("CASES", cases)
			env.Setenv("BAD", filepath.Join(testdata, "bad"))
			env.Setenv("RUBRICS", filepath.Join(testdata, "rubrics"))
			env.Setenv("SAMSKAB_LANG", "en")
			env.Setenv("LANG", "C")
			// assess dates new responses; scripts compare with cmpenv.
			env.Setenv("TODAY", time.Now().Format(time.DateOnly))
			return nil
		},
	})
}
