package main

import (
	"runtime/debug"
	"strings"
	"time"
)

// Release builds stamp these with
//
//	-ldflags "-X main.version=v0.1.0 -X main.commit=abc1234 -X main.date=2026-12-02"
//
// (see scripts/release.sh). A build from a clone leaves them empty and
// takes the same facts from the Go toolchain's VCS stamp instead.
var (
	version string
	commit  string
	date    string
)

// buildInfo is what --version reports about the running binary.
type buildInfo struct {
	Version string // v0.1.0, a Go pseudo-version, or (devel)
	Commit  string // short hash, with -dirty for uncommitted changes
	Date    string // YYYY-MM-DD of the commit
}

// currentBuild describes this binary.
func currentBuild() buildInfo {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		info = nil
	}
	return resolveBuild(version, commit, date, info)
}

// version is samskab's version: f.Version, or this binary's, read from
// its build information when first needed rather than at every start.
func (f *Factory) version() string {
	if f.Version == "" {
		f.Version = currentBuild().Version
	}
	return f.Version
}

// versionLine is what `samskab --version` prints after the program name:
// v (when empty, this binary's), then the commit and build date this
// binary carries.
func versionLine(v string) string {
	b := currentBuild()
	if v != "" {
		b.Version = v
	}
	return b.String()
}

// resolveBuild prefers the values stamped by -ldflags and falls back to
// the module version and the vcs.* settings the toolchain records when it
// builds from a repository (go build -buildvcs, the default).
func resolveBuild(ldVersion, ldCommit, ldDate string, info *debug.BuildInfo) buildInfo {
	b := buildInfo{Version: ldVersion, Commit: ldCommit, Date: shortDate(ldDate)}
	if info == nil {
		if b.Version == "" {
			b.Version = "(devel)"
		}
		return b
	}
	if b.Version == "" {
		b.Version = info.Main.Version
	}
	if b.Version == "" {
		b.Version = "(devel)"
	}
	settings := map[string]string{}
	for _, s := range info.Settings {
		settings[s.Key] = s.Value
	}
	if b.Commit == "" && settings["vcs.revision"] != "" {
		b.Commit = shortHash(settings["vcs.revision"])
		if settings["vcs.modified"] == "true" {
			b.Commit += "-dirty"
		}
	}
	if b.Date == "" {
		b.Date = shortDate(settings["vcs.time"])
	}
	return b
}

// String is the version followed by what is known of commit and date:
// "v0.1.0 (commit abc1234, built 2026-12-02)".
func (b buildInfo) String() string {
	var details []string
	if b.Commit != "" {
		details = append(details, "commit "+b.Commit)
	}
	if b.Date != "" {
		details = append(details, "built "+b.Date)
	}
	if len(details) == 0 {
		return b.Version
	}
	return b.Version + " (" + strings.Join(details, ", ") + ")"
}

// shortHash keeps the first 7 characters, as git's short hashes do.
func shortHash(rev string) string {
	if len(rev) > 7 {
		return rev[:7]
	}
	return rev
}

// shortDate reduces an RFC 3339 time to its UTC day; anything else (such
// as a date already given as YYYY-MM-DD) is kept as given.
func shortDate(s string) string {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.UTC().Format(time.DateOnly)
	}
	return s
}
