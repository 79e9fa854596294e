package workshop

import (
	"errors"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/time/rate"
)

// maxBody caps every request body.
const maxBody = 64 << 10

var (
	errWrongCode = errors.New("wrong join code")
	errTooMany   = errors.New("too many wrong join codes; wait a minute")
	errBadName   = errors.New("the name must be at most 80 characters, without control characters")
)

// limiter counts wrong join codes per address: a few are forgiven, then
// one more try per 15 seconds, so guessing a code among a million takes
// longer than any meeting lasts.
type limiter struct {
	mu    sync.Mutex
	addrs map[string]*rate.Limiter
}

const (
	wrongCodeBurst = 5
	wrongCodeEvery = 15 * time.Second
	maxTracked     = 10000
)

func newLimiter() *limiter { return &limiter{addrs: map[string]*rate.Limiter{}} }

func (l *limiter) get(addr string) *rate.Limiter {
	l.mu.Lock()
	defer l.mu.Unlock()
	lim, ok := l.addrs[addr]
	if !ok {
		if len(l.addrs) >= maxTracked {
			clear(l.addrs) // bounded memory; at worst a few forgiven tries more
		}
		lim = rate.NewLimiter(rate.Every(wrongCodeEvery), wrongCodeBurst)
		l.addrs[addr] = lim
	}
	return lim
}

// allowed reports whether addr may try a code now.
func (l *limiter) allowed(addr string) bool { return l.get(addr).Tokens() >= 1 }

// failed spends one try of addr.
func (l *limiter) failed(addr string) { l.get(addr).Allow() }

// remoteHost is the address a request comes from, without the port.
func remoteHost(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// cleanName trims a participant's name and refuses control characters and
// names too long for a report.
func cleanName(name string) (string, error) {
	name = strings.TrimSpace(name)
	if utf8.RuneCountInString(name) > 80 || !utf8.ValidString(name) {
		return "", errBadName
	}
	for _, r := range name {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r) {
			return "", errBadName
		}
	}
	return name, nil
}

// secure wraps the routes in the guards every request passes: security
// headers, the body cap, and the refusal of requests from other sites.
func (s *Server) secure(next http.Handler) http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, msgFor(s, r).Forbidden)
	}))
	guarded := cop.Handler(next)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin") // no-referrer would make the browser send Origin: null
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		h.Set("Cache-Control", "no-store")
		if s.cfg.TLS {
			h.Set("Strict-Transport-Security", "max-age=86400")
		}
		if !safeMethod(r.Method) && !sameOrigin(r) {
			s.fail(w, r, http.StatusForbidden, msgFor(s, r).Forbidden)
			return
		}
		if r.ContentLength > maxBody {
			s.fail(w, r, http.StatusRequestEntityTooLarge, msgFor(s, r).TooLarge)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, maxBody)
		guarded.ServeHTTP(w, r)
	})
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// sameOrigin accepts a request without an Origin header (a program, or an
// old browser; CrossOriginProtection then looks at Sec-Fetch-Site) or
// with this server's own origin.
func sameOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	return strings.EqualFold(u.Host, r.Host)
}

// tooLarge reports whether err comes from reading past the body cap.
func tooLarge(err error) bool {
	var mbe *http.MaxBytesError
	return errors.As(err, &mbe)
}
