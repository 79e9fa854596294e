package main

import (
	"context"
	"errors"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/internal/workshop/launch"
)

// WorkshopOptions are the inputs of `samskab workshop`.
type WorkshopOptions struct {
	*Factory
	File      string
	Listen    string
	Format    string
	Project   string
	Anonymous bool
	New       bool
	TLSCert   string
	TLSKey    string

	// Ctx ends the meeting when cancelled, as Ctrl-C does.
	Ctx context.Context
}

// defaultListen serves the room's network on a port people can type.
const defaultListen = ":8080"

var workshopFormats = []string{"text", "json"}

// NewCmdWorkshop builds `samskab workshop`.
func NewCmdWorkshop(f *Factory, runF func(*WorkshopOptions) error) *cobra.Command {
	opts := &WorkshopOptions{Factory: f}
	cmd := &cobra.Command{
		Use:               "workshop " + f.msgs().WorkshopUse,
		Short:             f.msgs().WorkshopShort,
		Long:              f.msgs().WorkshopLong,
		Example:           f.msgs().WorkshopExample,
		Args:              exactArgs(f, 1, f.msgs().WorkshopArg),
		ValidArgsFunction: yamlFileArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			if err := f.checkFormat(opts.Format, workshopFormats); err != nil {
				return err
			}
			if err := checkListen(f, opts.Listen); err != nil {
				return err
			}
			if (opts.TLSCert == "") != (opts.TLSKey == "") {
				return usageErrorf("%s", f.msgs().WorkshopTLSPair)
			}
			opts.Ctx = cmd.Context()
			if runF != nil {
				return runF(opts)
			}
			return workshopRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Listen, "listen", defaultListen, f.msgs().FlagListen)
	fl.StringVarP(&opts.Format, "format", "f", "text", f.msgs().FlagWorkshopFormat)
	fl.StringVar(&opts.Project, "project", "", f.msgs().FlagWorkshopProject)
	fl.BoolVar(&opts.Anonymous, "anonymous", false, f.msgs().FlagAnonymous)
	fl.BoolVar(&opts.New, "new", false, f.msgs().FlagNewMeeting)
	fl.StringVar(&opts.TLSCert, "tls-cert", "", f.msgs().FlagTLSCert)
	fl.StringVar(&opts.TLSKey, "tls-key", "", f.msgs().FlagTLSKey)
	addLangFlag(cmd, f)
	addRubricFlag(cmd, f)
	addRubricDirsFlag(cmd, f)
	_ = cmd.RegisterFlagCompletionFunc("format", fixedCompletion(workshopFormats...))
	return cmd
}

func checkListen(f *Factory, addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return usageErrorf(f.msgs().WorkshopListenBad, addr)
	}
	if n, err := strconv.Atoi(port); port != "" && (err != nil || n < 0 || n > 65535) {
		return usageErrorf(f.msgs().WorkshopPortBad, addr)
	}
	return nil
}

// workshopRun starts samskab-workshop, the program that serves the
// meeting (see internal/workshop/launch for why it is a program of
// its own), with the checked command line. Its output and exit code are the
// command's.
func workshopRun(opts *WorkshopOptions) error {
	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	if err := checkWorkshopInputs(opts, cat); err != nil {
		return err
	}
	server, err := findWorkshopServer()
	if err != nil {
		return usageErrorf(opts.say().WorkshopServerMissing, checklist.TerminalSafe(self()))
	}
	cfg := launch.Config{File: launch.Bytes(opts.File), Listen: opts.Listen, FallBack: opts.Listen == defaultListen,
		Format: opts.Format, Project: launch.Bytes(opts.Project), Anonymous: opts.Anonymous, New: opts.New,
		TLSCert: launch.Bytes(opts.TLSCert), TLSKey: launch.Bytes(opts.TLSKey), Scope: opts.Global.Rubrics,
		Lang: lang, PageLang: pageLang(opts.Factory, lang)}
	for _, dir := range opts.rubricDirs() {
		cfg.RubricDirs = append(cfg.RubricDirs, launch.Bytes(dir))
	}
	return runServer(opts, server, cfg.Encode())
}

// pageLang is the pages' language: --lang when given, else Danish, since
// the meeting is Danish first whatever the facilitator's locale.
func pageLang(f *Factory, lang checklist.Lang) checklist.Lang {
	if f.Global.Lang != "" {
		return lang
	}
	return checklist.Danish
}

// checkWorkshopInputs refuses, before the server starts, a FILE whose
// folder is missing, a new FILE without a project name and an unknown
// --rubric, in the user's language (the server refuses them too, and a
// certificate that does not load).
func checkWorkshopInputs(opts *WorkshopOptions, cat *checklist.Catalog) error {
	if _, err := cat.Select(opts.Global.Rubrics); err != nil {
		return usageErrorf("%s", opts.describe(err))
	}
	if _, err := os.Lstat(opts.File); errors.Is(err, fs.ErrNotExist) && opts.Project == "" {
		return usageErrorf(opts.say().WorkshopNeedProject, opts.File)
	}
	dir := filepath.Dir(opts.File)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return usageErrorf(opts.say().NoFolder, opts.File, dir)
	}
	return nil
}

// findWorkshopServer is samskab-workshop beside this program, as the
// release archives put it, else on PATH.
func findWorkshopServer() (string, error) {
	name := launch.ServerName
	if runtime.GOOS == "windows" {
		name += ".exe"
	}
	if dir := filepath.Dir(self()); dir != "." {
		p := filepath.Join(dir, name)
		if info, err := os.Stat(p); err == nil && executable(info) {
			return p, nil
		}
	}
	return exec.LookPath(name)
}

// self is the path of this program with links resolved, or "samskab".
func self() string {
	exe, err := os.Executable()
	if err == nil {
		exe, err = filepath.EvalSymlinks(exe)
	}
	if err != nil {
		return "samskab"
	}
	return exe
}

// executable reports whether info is a file this program may start.
// Windows has no execute bit: any regular file is.
func executable(info fs.FileInfo) bool {
	return info.Mode().IsRegular() && (runtime.GOOS == "windows" || info.Mode().Perm()&0o111 != 0)
}
