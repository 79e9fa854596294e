// Command samskab-workshop serves the meetings of `samskab workshop`,
// which starts it; see internal/workshop/launch for why it is a program
// of its own.
package main

import (
	"os"

	"github.com/samskab/samskab/internal/workshop"
)

func main() {
	os.Exit(workshop.Main(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}
