package main

import (
	"reflect"
	"strings"
	"testing"

	"github.com/spf13/pflag"
)

// TestStringArrayIsPflags holds stringArray to pflag's StringArray: the
// same values from the same arguments, and the same help.
func TestStringArrayIsPflags(t *testing.T) {
	for _, args := range [][]string{nil, {"--rubric", "cok"}, {"--rubric", "cok", "--rubric=a,b", "--rubric", `say "hi"`}} {
		var want, got []string
		pf := pflag.NewFlagSet("pflag", pflag.ContinueOnError)
		pf.StringArrayVar(&want, "rubric", nil, "scope to `ID` (repeatable)")
		ours := pflag.NewFlagSet("ours", pflag.ContinueOnError)
		stringArrayVar(ours, &got, "rubric", "scope to `ID` (repeatable)")
		if err := pf.Parse(args); err != nil {
			t.Fatal(err)
		}
		if err := ours.Parse(args); err != nil {
			t.Fatal(err)
		}
		name := strings.Join(args, " ")
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %q, pflag %q", name, got, want)
		}
		g, w := ours.Lookup("rubric"), pf.Lookup("rubric")
		if g.Value.String() != w.Value.String() || g.Value.Type() != w.Value.Type() {
			t.Errorf("%s: String/Type %q/%q, pflag %q/%q", name, g.Value.String(), g.Value.Type(), w.Value.String(), w.Value.Type())
		}
		if ours.FlagUsages() != pf.FlagUsages() {
			t.Errorf("%s: help %q, pflag %q", name, ours.FlagUsages(), pf.FlagUsages())
		}
	}
}
