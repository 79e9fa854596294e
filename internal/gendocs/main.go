// Command gendocs writes docs/rubrics, the documentation of the built-in
// rubrics, from the rubric files. Run it through `go generate ./checklist`;
// a test in checklist fails when the committed pages are out of date.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/samskab/samskab/checklist/render"
	"github.com/samskab/samskab/checklist/yamlfile"
	"github.com/samskab/samskab/internal/atomicfile"
)

func main() {
	dir := flag.String("dir", "docs/rubrics", "folder to write the pages to")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintln(os.Stderr, "gendocs:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	cat, err := yamlfile.LoadCatalog(yamlfile.LoadOptions{})
	if err != nil {
		return err
	}
	docs, err := render.RubricDocs(cat)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := removeStale(dir, docs); err != nil {
		return err
	}
	for name, data := range docs {
		if err := atomicfile.WriteFile(filepath.Join(dir, name), data); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// removeStale deletes generated pages of rubrics that no longer exist,
// leaving any hand-written file in the folder alone.
func removeStale(dir string, docs map[string][]byte) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if _, keep := docs[e.Name()]; keep || !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if bytes.HasPrefix(data, []byte(render.DocsGeneratedMarker)) {
			if err := os.Remove(path); err != nil {
				return err
			}
		}
	}
	return nil
}
