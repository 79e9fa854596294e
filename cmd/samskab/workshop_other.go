//go:build !unix

package main

// replaceProcess is nil where a process cannot become another program:
// the server runs as a child there.
var replaceProcess func(argv0 string, argv []string, envv []string) error
