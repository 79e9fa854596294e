package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestNewCmdImportFlags(t *testing.T) {
	for _, tc := range []struct {
		args    []string
		want    ImportOptions
		wantErr string
	}{
		{[]string{"svar.csv", "--into", "h.yaml"}, ImportOptions{Export: "svar.csv", Into: "h.yaml"}, ""},
		{[]string{"svar.xlsx", "--into", "h.yaml", "--dry-run", "--project", "Havdrup"},
			ImportOptions{Export: "svar.xlsx", Into: "h.yaml", DryRun: true, Project: "Havdrup"}, ""},
		{[]string{"svar.csv"}, ImportOptions{}, "--into FILE is required"},
		{nil, ImportOptions{}, "expects EXPORT"},
	} {
		f, _, _ := testFactory(false, nil)
		var got *ImportOptions
		cmd := NewCmdImport(f, func(o *ImportOptions) error { got = o; return nil })
		cmd.SetArgs(tc.args)
		cmd.SetOut(&bytes.Buffer{})
		cmd.SetErr(&bytes.Buffer{})
		err := cmd.Execute()
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%v: got %v, want %q", tc.args, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%v: %v", tc.args, err)
		}
		tc.want.Factory = f
		if *got != tc.want {
			t.Errorf("%v: got %+v, want %+v", tc.args, *got, tc.want)
		}
	}
}
