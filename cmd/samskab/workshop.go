package main

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/internal/atomicfile"
	"github.com/samskab/samskab/internal/workshop"
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

func workshopRun(opts *WorkshopOptions) error {
	parent := opts.Ctx
	if parent == nil {
		parent = context.Background()
	}
	// Ctrl-C, SIGTERM and a closed terminal (SIGHUP) close the meeting as
	// usual: every answer received is written first. A second signal ends
	// the process at once, leaving no temporary file.
	ctx, stop := atomicfile.NotifyContext(parent)
	defer stop()

	lang, cat, err := opts.langAndCatalog()
	if err != nil {
		return err
	}
	if err := checkWorkshopInputs(opts, cat); err != nil {
		return err
	}
	srv, err := workshop.New(workshop.Config{File: opts.File, Catalog: cat, Scope: opts.Global.Rubrics,
		Project: opts.Project, Anonymous: opts.Anonymous, NewMeeting: opts.New, Lang: pageLang(opts.Factory, lang), LogLang: lang,
		TLS: opts.TLSCert != "", ErrorLog: opts.IO.ErrOut})
	if err != nil {
		var ue *workshop.UsageError
		if errors.As(err, &ue) {
			return usageErrorf("%s", ue.Msg)
		}
		return err
	}
	ln, err := listen(opts)
	if err != nil {
		srv.Close()
		return err
	}
	links := meetingLinks(ln.Addr(), opts.TLSCert != "", srv)
	if err := printStart(opts, lang, links, srv); err != nil {
		ln.Close()
		srv.Close()
		return err
	}
	if err := srv.Serve(ctx, ln, opts.TLSCert, opts.TLSKey); err != nil {
		return fmt.Errorf(opts.say().ServerStopped, err)
	}
	return printClosed(opts, lang, srv)
}

// pageLang is the pages' language: --lang when given, else Danish, since
// the meeting is Danish first whatever the facilitator's locale.
func pageLang(f *Factory, lang checklist.Lang) checklist.Lang {
	if f.Global.Lang != "" {
		return lang
	}
	return checklist.Danish
}

// checkWorkshopInputs refuses, before anything is served, a certificate
// that does not load, a FILE whose folder is missing, a new FILE without
// a project name and an unknown --rubric, in the user's language (the
// workshop refuses the last two itself too).
func checkWorkshopInputs(opts *WorkshopOptions, cat *checklist.Catalog) error {
	if _, err := cat.Select(opts.Global.Rubrics); err != nil {
		return usageErrorf("%s", opts.describe(err))
	}
	if _, err := os.Lstat(opts.File); errors.Is(err, fs.ErrNotExist) && opts.Project == "" {
		return usageErrorf(opts.say().WorkshopNeedProject, opts.File)
	}
	if opts.TLSCert != "" {
		if _, err := tls.LoadX509KeyPair(opts.TLSCert, opts.TLSKey); err != nil {
			return usageErrorf(opts.say().CertError, opts.describeCert(err))
		}
	}
	dir := filepath.Dir(opts.File)
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return usageErrorf(opts.say().NoFolder, opts.File, dir)
	}
	return nil
}

// describeCert words a certificate that does not load: a file that cannot
// be read is told in the user's language; the TLS library's own errors
// (no PEM data, a key that does not match) are its own text.
func (opts *WorkshopOptions) describeCert(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Path + ": " + opts.reader().DescribeOS(pe.Err)
	}
	return err.Error()
}

// listen opens --listen; the default port falls back to a free one when
// something else has it.
func listen(opts *WorkshopOptions) (net.Listener, error) {
	ln, err := net.Listen("tcp", opts.Listen)
	if err != nil && opts.Listen == defaultListen {
		fmt.Fprintln(opts.IO.ErrOut, opts.say().PortTaken)
		ln, err = net.Listen("tcp", ":0")
	}
	if err != nil {
		return nil, usageErrorf(opts.say().CannotServe, opts.Listen, opts.reader().DescribeOS(err))
	}
	return ln, nil
}

type links struct {
	URL         string `json:"url"`
	Join        string `json:"join_url"`
	Facilitator string `json:"facilitator_url"`
}

// meetingLinks are the addresses to hand out. A server on every interface
// is announced by this computer's address on the local network.
func meetingLinks(addr net.Addr, https bool, srv *workshop.Server) links {
	host, port, _ := net.SplitHostPort(addr.String())
	if ip := net.ParseIP(host); ip == nil || ip.IsUnspecified() {
		host = localAddress()
	}
	scheme := "http"
	if https {
		scheme = "https"
	}
	base := scheme + "://" + net.JoinHostPort(host, port)
	return links{URL: base, Join: base + srv.JoinPath(), Facilitator: base + srv.FacilitatorPath()}
}

// localAddress is the first IPv4 address of an interface that is up and
// not the loopback, else the loopback.
func localAddress() string {
	ifaces, err := net.Interfaces()
	if err != nil {
		return "127.0.0.1"
	}
	for _, iface := range ifaces {
		if iface.Flags&net.FlagUp == 0 || iface.Flags&net.FlagLoopback != 0 {
			continue
		}
		addrs, _ := iface.Addrs()
		for _, a := range addrs {
			if ipn, ok := a.(*net.IPNet); ok && ipn.IP.To4() != nil && !ipn.IP.IsLinkLocalUnicast() {
				return ipn.IP.String()
			}
		}
	}
	return "127.0.0.1"
}

func printStart(opts *WorkshopOptions, lang checklist.Lang, l links, srv *workshop.Server) error {
	out := opts.IO.Out
	if opts.Format == "json" {
		return writeEvent(out, struct {
			Event string `json:"event"`
			URL   string `json:"url"`
			Join  string `json:"join_url"`
			Code  string `json:"code"`
			Fac   string `json:"facilitator_url"`
		}{"listening", l.URL, l.Join, srv.Code(), l.Facilitator})
	}
	qr, err := workshop.TerminalQR(l.Join)
	if err != nil {
		return err
	}
	t := catalog.For(lang).Workshop
	code := srv.Code()
	fmt.Fprintf(out, t.TermStart+"\n\n", safeText(srv.Project()), safeText(opts.File))
	fmt.Fprintf(out, t.TermParticipants+"\n", l.Join)
	fmt.Fprintf(out, t.TermOr+"\n\n", l.URL, code[:3]+" "+code[3:])
	fmt.Fprint(out, qr)
	fmt.Fprintf(out, "\n"+t.TermFacilitator+"\n", l.Facilitator)
	if srv.Continued() {
		switch n := srv.Resumed(); n {
		case 0:
			fmt.Fprintln(out, t.TermContinued)
		case 1:
			fmt.Fprintln(out, t.TermResumedOne)
		default:
			fmt.Fprintf(out, t.TermResumed+"\n", n)
		}
		fmt.Fprintln(out, t.TermNewMeeting)
	}
	fmt.Fprintln(out, t.TermStop)
	return nil
}

func printClosed(opts *WorkshopOptions, lang checklist.Lang, srv *workshop.Server) error {
	if opts.Format == "json" {
		return writeEvent(opts.IO.Out, struct {
			Event     string `json:"event"`
			Responses int    `json:"responses"`
			File      string `json:"file"`
			Writes    int    `json:"writes"`
		}{"closed", srv.Joined(), opts.File, srv.Writes()})
	}
	t := catalog.For(lang).Workshop
	if n := srv.Joined(); n == 1 {
		fmt.Fprintf(opts.IO.Out, "\n"+t.TermClosedOne+"\n", safeText(opts.File), srv.Responses())
	} else {
		fmt.Fprintf(opts.IO.Out, "\n"+t.TermClosed+"\n", n, safeText(opts.File), srv.Responses())
	}
	fmt.Fprintf(opts.IO.Out, t.TermReport+"\n", safeText(opts.File))
	return nil
}

func writeEvent(w io.Writer, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}

// safeText keeps control characters from a file name or a file out of
// the terminal.
func safeText(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return '\uFFFD'
		}
		return r
	}, s)
}
