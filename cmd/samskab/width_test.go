package main

import (
	"bufio"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/samskab/samskab/checklist/render"
)

// textViews are the commands whose default format is a text view that
// must fit the terminal.
var textViews = map[string]bool{"score": true, "check": true, "batch": true, "compare": true, "rubrics": true, "assess": true}

// Every line of every text-view golden in testdata/script fits the width
// the script ran it at: $COLUMNS, else 80. Markdown, JSON and other
// formats are for files, not terminals, and are not checked.
func TestTextGoldensFitTheirWidth(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join("..", "..", "testdata", "script", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	checked := map[int]int{}
	for _, path := range scripts {
		ar, err := txtar.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		files := map[string]string{}
		for _, f := range ar.Files {
			files[f.Name] = string(f.Data)
		}
		for _, g := range textGoldens(string(ar.Comment)) {
			data, ok := files[g.name]
			if !ok {
				continue
			}
			checked[g.width]++
			sc := bufio.NewScanner(strings.NewReader(data))
			for n := 1; sc.Scan(); n++ {
				if w := render.DisplayWidth(sc.Text()); w > g.width {
					t.Errorf("%s: %s line %d is %d columns wide, more than %d:\n%s", filepath.Base(path), g.name, n, w, g.width, sc.Text())
				}
			}
		}
	}
	if checked[80] < 20 || checked[132] < 10 {
		t.Errorf("checked %d goldens at 80 columns and %d at 132; the scripts should hold more", checked[80], checked[132])
	}
}

type textGolden struct {
	name  string
	width int
}

// textGoldens finds the goldens that a script compares with the stdout of
// a text view, and the width ($COLUMNS) it ran at.
func textGoldens(script string) []textGolden {
	var out []textGolden
	width, text := 80, false
	for _, line := range strings.Split(script, "\n") {
		f := strings.Fields(line)
		if len(f) > 0 && f[0] == "!" {
			f = f[1:]
		}
		switch {
		case len(f) >= 2 && f[0] == "env" && strings.HasPrefix(f[1], "COLUMNS="):
			width = 80
			if n, err := strconv.Atoi(strings.TrimPrefix(f[1], "COLUMNS=")); err == nil && n > 0 {
				width = n
			}
		case len(f) >= 3 && f[0] == "exec" && f[1] == "samskab":
			text = textViews[f[2]] && isTextFormat(f[3:])
		case len(f) == 3 && (f[0] == "cmp" || f[0] == "cmpenv") && f[1] == "stdout" && text:
			out = append(out, textGolden{f[2], width})
		}
	}
	return out
}

func isTextFormat(args []string) bool {
	for i, a := range args {
		if a == "--help" || a == "-h" {
			return false // help is prose, not a view
		}
		if v, ok := strings.CutPrefix(a, "--format="); ok {
			return v == "text" || v == "table"
		}
		if (a == "--format" || a == "-f") && i+1 < len(args) {
			return args[i+1] == "text" || args[i+1] == "table"
		}
		if a == "--out" || a == "-o" {
			return false
		}
	}
	return true
}
