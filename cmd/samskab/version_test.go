package main

import (
	"runtime/debug"
	"testing"

	"github.com/samskab/samskab/internal/iostreams"
)

func TestResolveBuild(t *testing.T) {
	vcs := func(rev, when, modified string) *debug.BuildInfo {
		info := &debug.BuildInfo{Main: debug.Module{Path: "github.com/samskab/samskab", Version: "v0.0.0-20261130001429-14e89d26ef99"}}
		for _, s := range [][2]string{{"vcs", "git"}, {"vcs.revision", rev}, {"vcs.time", when}, {"vcs.modified", modified}} {
			if s[1] != "" {
				info.Settings = append(info.Settings, debug.BuildSetting{Key: s[0], Value: s[1]})
			}
		}
		return info
	}
	const rev = "14e89d26ef994ff13c5988e15da0911651ac35fb"
	tests := []struct {
		name                        string
		ldVersion, ldCommit, ldDate string
		info                        *debug.BuildInfo
		want                        string
	}{
		{
			name:      "release build: ldflags win over the VCS stamp",
			ldVersion: "v0.1.0", ldCommit: "abc1234", ldDate: "2026-12-02T09:30:00Z",
			info: vcs(rev, "2026-11-30T00:14:29Z", "true"),
			want: "v0.1.0 (commit abc1234, built 2026-12-02)",
		},
		{
			name:      "release build with a plain date",
			ldVersion: "v0.0.0-test", ldCommit: "abc1234", ldDate: "2026-12-02",
			want: "v0.0.0-test (commit abc1234, built 2026-12-02)",
		},
		{
			name: "build from a clean clone",
			info: vcs(rev, "2026-11-30T00:14:29Z", "false"),
			want: "v0.0.0-20261130001429-14e89d26ef99 (commit 14e89d2, built 2026-11-30)",
		},
		{
			name: "build from a clone with uncommitted changes",
			info: vcs(rev, "2026-11-30T23:59:59-02:00", "true"),
			want: "v0.0.0-20261130001429-14e89d26ef99 (commit 14e89d2-dirty, built 2026-12-01)",
		},
		{
			name: "go install …@v0.1.0: a module version, no VCS",
			info: &debug.BuildInfo{Main: debug.Module{Version: "v0.1.0"}},
			want: "v0.1.0",
		},
		{
			name: "go run or -buildvcs=false",
			info: &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}},
			want: "(devel)",
		},
		{
			name: "no build information at all",
			want: "(devel)",
		},
		{
			name:     "ldflags commit only, version from the module",
			ldCommit: "abc1234",
			info:     &debug.BuildInfo{Main: debug.Module{Version: "v0.2.0"}},
			want:     "v0.2.0 (commit abc1234)",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := resolveBuild(tt.ldVersion, tt.ldCommit, tt.ldDate, tt.info).String()
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestVersionFlag checks that --version prints the program name, the
// version the factory carries and this binary's build details.
func TestVersionFlag(t *testing.T) {
	io, _, out, errOut := iostreams.Test()
	f := &Factory{IO: io, Getenv: func(string) string { return "" }, Global: &GlobalOptions{}, Version: "v9.9.9"}
	root := NewCmdRoot(f)
	root.SetArgs([]string{"--version"})
	root.SetOut(out)
	root.SetErr(errOut)
	if err := root.Execute(); err != nil {
		t.Fatal(err)
	}
	want := "samskab " + versionLine("v9.9.9") + "\n"
	if out.String() != want {
		t.Errorf("--version printed %q, want %q", out.String(), want)
	}
	if errOut.Len() != 0 {
		t.Errorf("stderr: %q", errOut.String())
	}
}
