//go:build unix

package main

import "syscall"

// replaceProcess turns this process into another program.
var replaceProcess = syscall.Exec
