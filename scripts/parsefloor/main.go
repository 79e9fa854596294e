// Command parsefloor is the floor that scripts/bench-batch.sh holds
// `samskab batch` against: it finds the same files, reads each one and
// parses it into a yaml.Node with yaml.v3 on the same worker pool
// (GOMAXPROCS workers, results in path order), and does nothing else.
//
//	parsefloor DIR...
package main

import (
	"fmt"
	"os"
	"runtime"

	"go.yaml.in/yaml/v3"

	"github.com/samskab/samskab/checklist/batch"
	"github.com/samskab/samskab/internal/ordered"
)

func main() {
	srcs := batch.FindCaseFiles(os.Args[1:])
	parsed := 0
	err := ordered.Map(len(srcs), runtime.GOMAXPROCS(0), func(i int) bool {
		data, err := os.ReadFile(srcs[i].Path)
		if err != nil {
			return false
		}
		var doc yaml.Node
		return yaml.Unmarshal(data, &doc) == nil
	}, func(_ int, ok bool) error {
		if ok {
			parsed++
		}
		return nil
	})
	if err != nil || parsed != len(srcs) {
		fmt.Fprintf(os.Stderr, "parsefloor: parsed %d of %d files (%v)\n", parsed, len(srcs), err)
		os.Exit(1)
	}
}
