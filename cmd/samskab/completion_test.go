package main

import (
	"bytes"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// TestCompletionIsCobras holds samskab's completion command to cobra's
// default one (InitDefaultCompletionCmd), which it stands in for: the
// same arguments, flags and usage line, and the same scripts.
func TestCompletionIsCobras(t *testing.T) {
	for _, path := range [][]string{{"completion"}, {"completion", "bash"}, {"completion", "zsh"},
		{"completion", "fish"}, {"completion", "powershell"}} {
		want := findCommand(t, completionRoot(true, nil), path)
		got := findCommand(t, completionRoot(false, nil), path)
		if got.Name() != want.Name() || got.UseLine() != want.UseLine() || got.Hidden != want.Hidden ||
			got.GroupID != want.GroupID || (got.Args(got, []string{"x"}) == nil) != (want.Args(want, []string{"x"}) == nil) {
			t.Errorf("%v: name, use line, hidden, group or arguments differ from cobra's", path)
		}
		if g, w := flagList(got.Flags()), flagList(want.Flags()); g != w {
			t.Errorf("%v: flags %q, cobra's %q", path, g, w)
		}
		gc, gd := got.ValidArgsFunction(got, nil, "")
		wc, wd := want.ValidArgsFunction(want, nil, "")
		if len(gc) != len(wc) || gd != wd {
			t.Errorf("%v: argument completion differs from cobra's", path)
		}
		if len(path) == 1 {
			continue
		}
		for _, args := range [][]string{path, append(path, "--no-descriptions")} {
			if got, want := completionScript(t, false, args), completionScript(t, true, args); got != want {
				t.Errorf("%v: the script differs from cobra's", args)
			}
		}
	}
}

// completionRoot is a root with one command and a completion command:
// cobra's, or samskab's.
func completionRoot(cobras bool, out *bytes.Buffer) *cobra.Command {
	root := &cobra.Command{Use: "samskab", SilenceErrors: true, SilenceUsage: true}
	root.AddCommand(&cobra.Command{Use: "score", Run: func(*cobra.Command, []string) {}})
	if out != nil {
		root.SetOut(out) // before cobra's completion command, which keeps it
	}
	if cobras {
		root.InitDefaultCompletionCmd()
	} else {
		root.AddCommand(newCmdCompletion(&catalog.For(checklist.English).CLI))
	}
	return root
}

func findCommand(t *testing.T, root *cobra.Command, path []string) *cobra.Command {
	t.Helper()
	cmd, _, err := root.Find(path)
	if err != nil {
		t.Fatal(err)
	}
	return cmd
}

// completionScript runs a completion command of a new root each time, as
// cobra's --no-descriptions stays set once given.
func completionScript(t *testing.T, cobras bool, args []string) string {
	t.Helper()
	var out bytes.Buffer
	root := completionRoot(cobras, &out)
	root.SetArgs(args)
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	if out.Len() == 0 {
		t.Fatalf("%v wrote nothing", args)
	}
	return out.String()
}

// flagList names a command's flags with their type and default.
func flagList(fs *pflag.FlagSet) string {
	var b bytes.Buffer
	fs.VisitAll(func(f *pflag.Flag) {
		b.WriteString(f.Name + "/" + f.Shorthand + "/" + f.Value.Type() + "/" + f.DefValue + " ")
	})
	return b.String()
}
