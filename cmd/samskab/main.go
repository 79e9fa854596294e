// Command samskab scores a project against the published principles of
// samskabelse (co-creation of welfare). See README.md.
package main

import (
	"os"

	"github.com/samskab/samskab/internal/iostreams"
)

func main() {
	os.Exit(Main(os.Args[1:], iostreams.System(), os.Getenv))
}
