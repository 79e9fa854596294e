package main

import (
	"encoding/csv"
	"strings"

	"github.com/spf13/pflag"
)

// stringArray is pflag's StringArray flag value (each use of the flag
// adds one value, commas and all) without its cost at start: pflag works
// out the help's default of every flag it defines by writing the empty
// default as CSV, through a CSV writer with a 4 KB buffer, and samskab
// defines --rubric and --rubrics on most commands.
type stringArray struct {
	values  *[]string
	changed bool
}

// stringArrayVar defines a flag like pflag's StringArrayVar with no
// default. The DefValue is "", not pflag's "[]": pflag leaves the default
// out of help by the value's type, and for a type of its own only "" (or
// "0", "false", "<nil>") counts as no default, so help stays as it was.
func stringArrayVar(fs *pflag.FlagSet, p *[]string, name, usage string) {
	*p = nil
	fs.AddFlag(&pflag.Flag{Name: name, Usage: usage, Value: &stringArray{values: p}})
}

var _ pflag.SliceValue = (*stringArray)(nil)

// Set replaces the default with the first value given, and adds each
// further one.
func (s *stringArray) Set(v string) error {
	if !s.changed {
		*s.values = []string{v}
		s.changed = true
		return nil
	}
	*s.values = append(*s.values, v)
	return nil
}

// Type is pflag's, so help names the value as before.
func (s *stringArray) Type() string { return "stringArray" }

// String is the values as pflag writes them: in brackets, as a CSV record.
func (s *stringArray) String() string {
	if len(*s.values) == 0 {
		return "[]"
	}
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write(*s.values)
	w.Flush()
	return "[" + strings.TrimSuffix(b.String(), "\n") + "]"
}

// Append, Replace and GetSlice make it a pflag.SliceValue, as pflag's is.
func (s *stringArray) Append(v string) error {
	*s.values = append(*s.values, v)
	return nil
}

func (s *stringArray) Replace(vs []string) error {
	*s.values = append(make([]string, 0, len(vs)), vs...)
	return nil
}

func (s *stringArray) GetSlice() []string { return append([]string{}, *s.values...) }
