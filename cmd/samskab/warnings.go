package main

import "fmt"

// printWarnings writes non-fatal notes to stderr, one a line, so they never
// mix with a report on stdout. Every command that loads rubrics or case
// files passes their Warnings here.
func (f *Factory) printWarnings(warnings []string) {
	for _, w := range warnings {
		fmt.Fprintln(f.IO.ErrOut, fmt.Sprintf(f.say().Warning, w))
	}
}
