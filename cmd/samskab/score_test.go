package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/iostreams"
)

// testFactory returns a factory over buffers; tty sets all three streams'
// terminal flags.
func testFactory(tty bool, env map[string]string) (*Factory, *bytes.Buffer, *bytes.Buffer) {
	out, errOut := &bytes.Buffer{}, &bytes.Buffer{}
	io := &iostreams.IOStreams{In: strings.NewReader(""), Out: out, ErrOut: errOut, InTTY: tty, OutTTY: tty, ErrTTY: tty}
	getenv := func(k string) string { return env[k] }
	return &Factory{IO: io, Getenv: getenv, Global: &GlobalOptions{}, Version: "test"}, out, errOut
}

func TestNewCmdScoreFlags(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		want    ScoreOptions
		wantErr string
	}{
		{"defaults", []string{"plan.yaml"}, ScoreOptions{File: "plan.yaml", Format: "text", GapBelow: 50}, ""},
		{"format and gap line", []string{"plan.yaml", "-f", "json", "--gap-below", "62.5"},
			ScoreOptions{File: "plan.yaml", Format: "json", GapBelow: 62.5}, ""},
		{"no file", nil, ScoreOptions{}, "expects FILE"},
		{"two files", []string{"a.yaml", "b.yaml"}, ScoreOptions{}, "got 2 argument(s)"},
		{"bad format", []string{"a.yaml", "--format", "xml"}, ScoreOptions{}, `unknown format "xml"`},
		{"gap line too high", []string{"a.yaml", "--gap-below", "101"}, ScoreOptions{}, "--gap-below must be"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _, _ := testFactory(false, nil)
			var got *ScoreOptions
			cmd := NewCmdScore(f, func(o *ScoreOptions) error { got = o; return nil })
			cmd.SetArgs(tt.args)
			cmd.SetOut(&bytes.Buffer{})
			cmd.SetErr(&bytes.Buffer{})
			err := cmd.Execute()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.File != tt.want.File || got.Format != tt.want.Format || got.GapBelow != tt.want.GapBelow {
				t.Errorf("options = %+v, want %+v", *got, tt.want)
			}
		})
	}
}

// TestScoreColour runs the same command with and without a terminal.
func TestScoreColour(t *testing.T) {
	tests := []struct {
		name      string
		tty       bool
		env       map[string]string
		args      []string
		wantColor bool
	}{
		{"terminal", true, nil, nil, true},
		{"pipe", false, nil, nil, false},
		{"terminal with NO_COLOR", true, map[string]string{"NO_COLOR": "1"}, nil, false},
		{"terminal with --no-color", true, nil, []string{"--no-color"}, false},
		{"dumb terminal", true, map[string]string{"TERM": "dumb"}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, out, errOut := testFactory(tt.tty, tt.env)
			root := NewCmdRoot(f)
			root.SetArgs(append([]string{"score", "../../testdata/cases/holbaek-demokrati.yaml", "--lang", "en"}, tt.args...))
			if code := reportError(errOut, root.Execute(), checklist.English); code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if got := strings.Contains(out.String(), "\x1b["); got != tt.wantColor {
				t.Errorf("colour = %v, want %v", got, tt.wantColor)
			}
			if !strings.Contains(out.String(), "Overall: 47.0 %") {
				t.Errorf("report missing its headline:\n%s", out)
			}
		})
	}
}

func TestLangResolution(t *testing.T) {
	tests := []struct {
		flag string
		env  map[string]string
		want string
	}{
		{"", nil, "en"},
		{"", map[string]string{"LANG": "da_DK.UTF-8"}, "da"},
		{"", map[string]string{"LC_ALL": "en_US.UTF-8", "LANG": "da_DK.UTF-8"}, "en"},
		{"", map[string]string{"SAMSKAB_LANG": "da", "LANG": "en_US"}, "da"},
		{"en", map[string]string{"SAMSKAB_LANG": "da"}, "en"},
	}
	for _, tt := range tests {
		f, _, _ := testFactory(false, tt.env)
		f.Global.Lang = tt.flag
		got, err := f.Lang()
		if err != nil || string(got) != tt.want {
			t.Errorf("flag %q env %v: got %q, %v; want %q", tt.flag, tt.env, got, err, tt.want)
		}
	}
}

func TestExitCodes(t *testing.T) {
	var buf bytes.Buffer
	tests := []struct {
		err  error
		code int
	}{
		{nil, exitOK},
		{usageErrorf("bad"), exitInvalid},
		{silentExit(exitThreshold), exitThreshold},
		{silentExit(exitInterrupted), exitInterrupted},
	}
	for _, tt := range tests {
		if got := reportError(&buf, tt.err, checklist.English); got != tt.code {
			t.Errorf("reportError(%v) = %d, want %d", tt.err, got, tt.code)
		}
	}
}
