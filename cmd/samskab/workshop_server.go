package main

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"runtime"

	"github.com/samskab/samskab/checklist"
)

// runServer runs samskab-workshop with args; its output and exit code
// become the command's. Where the operating system allows it and samskab
// runs on its own standard streams, samskab becomes the server (exec), so
// that signals reach the server alone and there is one process to stop.
// Otherwise (Windows, or a test's streams) the server is a child process:
// the command's context ending interrupts it as Ctrl-C does.
func runServer(opts *WorkshopOptions, server string, args []string) error {
	if replaceProcess != nil && opts.IO.In == os.Stdin && opts.IO.Out == os.Stdout && opts.IO.ErrOut == os.Stderr {
		err := replaceProcess(server, append([]string{server}, args...), os.Environ())
		return startFailed(opts, server, err) // exec returns only when it fails
	}
	cmd := exec.Command(server, args...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = opts.IO.In, opts.IO.Out, opts.IO.ErrOut
	// The console's Ctrl-C reaches the server as well, which closes the
	// meeting; samskab waits for it rather than die first.
	interrupts := make(chan os.Signal, 1)
	signal.Notify(interrupts, os.Interrupt)
	defer signal.Stop(interrupts)
	if err := cmd.Start(); err != nil {
		return startFailed(opts, server, err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	ctx := opts.Ctx
	if ctx == nil {
		ctx = context.Background()
	}
	select {
	case err := <-done:
		return serverExit(err)
	case <-ctx.Done():
		interrupt(cmd.Process)
		return serverExit(<-done)
	}
}

// startFailed words a server that could not be started, in the user's
// language.
func startFailed(opts *WorkshopOptions, server string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return usageErrorf(opts.say().WorkshopServerFailed, checklist.TerminalSafe(server), opts.reader().DescribeOS(err))
}

// interrupt closes the meeting as Ctrl-C does. Windows cannot send a
// process Ctrl-C, so there the server is stopped outright.
func interrupt(p *os.Process) {
	if runtime.GOOS == "windows" || p.Signal(os.Interrupt) != nil {
		_ = p.Kill()
	}
}

// serverExit is the command's result for the server's exit: the server
// has said what there was to say, so only its code is passed on.
func serverExit(err error) error {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		if code := ee.ExitCode(); code > 0 {
			return silentExit(code)
		}
		return silentExit(exitInterrupted)
	}
	return err
}
