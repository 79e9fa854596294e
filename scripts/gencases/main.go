// Command gencases writes synthetic case files for scripts/bench-batch.sh:
//
//	go run ./scripts/gencases -n 10000 DIR
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/samskab/samskab/internal/gencases"
)

func main() {
	n := flag.Int("n", 1000, "number of case files")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gencases -n N DIR")
		os.Exit(2)
	}
	if _, err := gencases.Write(flag.Arg(0), *n); err != nil {
		fmt.Fprintln(os.Stderr, "gencases:", err)
		os.Exit(1)
	}
}
