package workshop

import (
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/atomicfile"
	"github.com/samskab/samskab/internal/workshop/launch"
)

// Main is samskab-workshop: it serves the meeting its command line holds
// until a signal closes it, and returns the exit code. Problems are
// printed as samskab prints them, since the user ran samskab.
func Main(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 || args[0] != launch.MeetingFlag {
		m := catalog.For(checklist.LangFromEnv(getenv)).CLI
		fmt.Fprintf(stderr, "%s: %s\n", launch.ServerName, m.WorkshopServerDirect)
		return 2
	}
	cfg, ok := launch.Decode(args[1:])
	if !ok {
		m := catalog.For(checklist.LangFromEnv(getenv)).CLI
		fmt.Fprintf(stderr, "%s: %s\n", launch.ServerName, m.WorkshopServerMismatch)
		return 2
	}
	// Ctrl-C, SIGTERM and a closed terminal (SIGHUP) close the meeting as
	// usual: every answer received is written first. A second signal ends
	// the process at once, leaving no temporary file.
	ctx, stop := atomicfile.NotifyContext(context.Background())
	defer stop()
	err := Run(ctx, cfg, stdout, stderr)
	if err == nil {
		return 0
	}
	var problems checklist.Problems
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Fprintln(stderr, p.String())
		}
	} else {
		fmt.Fprintf(stderr, "samskab: %s\n", yamlfile.In(cfg.Lang).Describe(err))
	}
	return 2
}

// Run serves one meeting until ctx ends: it checks the certificate, reads
// FILE, listens, prints the links and the join code, serves, and prints
// what the meeting gave.
func Run(ctx context.Context, cfg launch.Config, stdout, stderr io.Writer) error {
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{Dirs: launch.Strings(cfg.RubricDirs), Lang: cfg.Lang})
	if err != nil {
		return err
	}
	if err := checkCert(cfg); err != nil {
		return err
	}
	srv, err := New(Config{File: string(cfg.File), Catalog: cat, Scope: cfg.Scope, Project: string(cfg.Project),
		Anonymous: cfg.Anonymous, NewMeeting: cfg.New, Lang: cfg.PageLang, LogLang: cfg.Lang,
		TLS: cfg.TLSCert != "", ErrorLog: stderr})
	if err != nil {
		return err
	}
	ln, err := listen(cfg, stderr)
	if err != nil {
		srv.Close()
		return err
	}
	l := meetingLinks(ln.Addr(), cfg.TLSCert != "", srv)
	if err := printStart(stdout, cfg, l, srv); err != nil {
		ln.Close()
		srv.Close()
		return err
	}
	if err := srv.Serve(ctx, ln, string(cfg.TLSCert), string(cfg.TLSKey)); err != nil {
		return fmt.Errorf(catalog.For(cfg.Lang).CLI.ServerStopped, err)
	}
	return printClosed(stdout, cfg, srv)
}

// checkCert refuses a certificate that does not load before anything is
// served. A file that cannot be read is told in the user's language; the
// TLS library's own errors (no PEM data, a key that does not match) are
// its own text.
func checkCert(cfg launch.Config) error {
	if cfg.TLSCert == "" {
		return nil
	}
	_, err := tls.LoadX509KeyPair(string(cfg.TLSCert), string(cfg.TLSKey))
	if err == nil {
		return nil
	}
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Path + ": " + yamlfile.In(cfg.Lang).DescribeOS(pe.Err)
	}
	return fmt.Errorf(catalog.For(cfg.Lang).CLI.CertError, msg)
}

// listen opens the address; the default port falls back to a free one
// when something else has it.
func listen(cfg launch.Config, stderr io.Writer) (net.Listener, error) {
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil && cfg.FallBack {
		fmt.Fprintln(stderr, catalog.For(cfg.Lang).CLI.PortTaken)
		ln, err = net.Listen("tcp", ":0")
	}
	if err != nil {
		return nil, fmt.Errorf(catalog.For(cfg.Lang).CLI.CannotServe, cfg.Listen, yamlfile.In(cfg.Lang).DescribeOS(err))
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
func meetingLinks(addr net.Addr, https bool, srv *Server) links {
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

func printStart(out io.Writer, cfg launch.Config, l links, srv *Server) error {
	if cfg.Format == "json" {
		return writeEvent(out, struct {
			Event string `json:"event"`
			URL   string `json:"url"`
			Join  string `json:"join_url"`
			Code  string `json:"code"`
			Fac   string `json:"facilitator_url"`
		}{"listening", l.URL, l.Join, srv.Code(), l.Facilitator})
	}
	qr, err := TerminalQR(l.Join)
	if err != nil {
		return err
	}
	t := catalog.For(cfg.Lang).Workshop
	code := srv.Code()
	fmt.Fprintf(out, t.TermStart+"\n\n", checklist.TerminalSafe(srv.Project()), checklist.TerminalSafe(string(cfg.File)))
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

func printClosed(out io.Writer, cfg launch.Config, srv *Server) error {
	if cfg.Format == "json" {
		return writeEvent(out, struct {
			Event     string `json:"event"`
			Responses int    `json:"responses"`
			File      string `json:"file"`
			Writes    int    `json:"writes"`
		}{"closed", srv.Joined(), string(cfg.File), srv.Writes()})
	}
	t := catalog.For(cfg.Lang).Workshop
	if n := srv.Joined(); n == 1 {
		fmt.Fprintf(out, "\n"+t.TermClosedOne+"\n", checklist.TerminalSafe(string(cfg.File)), srv.Responses())
	} else {
		fmt.Fprintf(out, "\n"+t.TermClosed+"\n", n, checklist.TerminalSafe(string(cfg.File)), srv.Responses())
	}
	fmt.Fprintf(out, t.TermReport+"\n", checklist.TerminalSafe(string(cfg.File)))
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
