//go:build unix

// Command measure runs a command with its output discarded and prints its
// wall time and CPU time (user + system) in seconds, its peak resident
// memory in MiB as reported by the kernel (getrusage ru_maxrss), and its
// exit code. It needs nothing installed, unlike GNU time, which a fresh
// machine may lack.
//
//	measure -- samskab batch cases/
package main

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"syscall"
	"time"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && args[0] == "--" {
		args = args[1:]
	}
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: measure -- COMMAND [ARG...]")
		os.Exit(2)
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stderr = os.Stderr // stdout goes to /dev/null
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
	ps := cmd.ProcessState
	rss := ps.SysUsage().(*syscall.Rusage).Maxrss
	if runtime.GOOS != "darwin" {
		rss *= 1024 // Linux and the BSDs report KiB, macOS bytes
	}
	cpu := ps.UserTime() + ps.SystemTime()
	fmt.Printf("%.3f %.3f %.1f %d\n", wall.Seconds(), cpu.Seconds(), float64(rss)/(1<<20), ps.ExitCode())
}
