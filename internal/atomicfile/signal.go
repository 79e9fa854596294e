package atomicfile

import (
	"context"
	"os"
	"os/signal"
	"sync"
)

// InterruptedExit is the exit status after a second signal: 130, what
// DESIGN.md §6 calls "interrupted".
const InterruptedExit = 130

// exit is os.Exit, replaceable in tests.
var exit = os.Exit

// NotifyContext is the signal handling of a command that writes files. It
// catches every catchable signal that ends a process from outside (SIGINT,
// SIGTERM, SIGHUP, SIGQUIT; Ctrl-C on Windows):
//
//   - the first cancels the returned context, with the signal as its cause
//     (context.Cause gives an *Interrupted), so the command stops at its
//     next check, aborts or commits what it writes, and exits 130;
//   - a second one, when the command has not finished by then, removes
//     every temporary file not yet committed (AbortAll) and exits the
//     process with status 130 at once.
//
// Either way no temporary file is left behind, and every target is its
// old self or its complete new self. stop restores the default handling.
func NotifyContext(parent context.Context) (ctx context.Context, stop context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(parent)
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, stopSignals...)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-signals:
			cancel(&Interrupted{Signal: sig})
		case <-done:
			return
		}
		select {
		case <-signals:
			AbortAll()
			exit(InterruptedExit)
		case <-done:
		}
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			signal.Stop(signals)
			close(done)
			cancel(context.Canceled)
		})
	}
	return ctx, stop
}

// Interrupted is the cause of a context NotifyContext cancelled.
type Interrupted struct{ Signal os.Signal }

func (e *Interrupted) Error() string { return "interrupted by " + e.Signal.String() }

// Is lets errors.Is(err, context.Canceled) hold for it as well.
func (e *Interrupted) Is(target error) bool { return target == context.Canceled }
