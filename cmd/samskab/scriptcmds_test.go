package main

import (
	"bytes"
	"fmt"
	"os"
	"strconv"

	"github.com/rogpeppe/go-internal/testscript"
)

// scriptCmds are the commands the end-to-end scripts add to testscript's
// own.
func scriptCmds() map[string]func(ts *testscript.TestScript, neg bool, args []string) {
	return map[string]func(ts *testscript.TestScript, neg bool, args []string){
		"mkbig":            cmdMkbig,
		"replace":          cmdReplace,
		"workshop-session": cmdWorkshopSession,
		// scriptcmds_xlsx_test.go
		"csv2xlsx": cmdCSV2XLSX,
		"xlsxdump": cmdXLSXDump,
	}
}

// replace OLD NEW FILE replaces every OLD in FILE with NEW, as a user
// editing a file would; it fails when OLD is not there.
func cmdReplace(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: replace OLD NEW FILE")
	}
	path := ts.MkAbs(args[2])
	data, err := os.ReadFile(path)
	ts.Check(err)
	if !bytes.Contains(data, []byte(args[0])) {
		ts.Fatalf("%s does not contain %q", args[2], args[0])
	}
	ts.Check(os.WriteFile(path, bytes.ReplaceAll(data, []byte(args[0]), []byte(args[1])), 0o644))
}

// mkbig FILE BYTES writes a case file of exactly BYTES bytes,
// its bulk in `meta`. Files this size do not belong in the repository.
func cmdMkbig(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mkbig FILE BYTES")
	}
	size, err := strconv.Atoi(args[1])
	ts.Check(err)
	var b bytes.Buffer
	b.WriteString("samskab: 1\nproject: {name: Stor}\nresponses: [{answers: {cok-01.q1: 2}}]\nmeta:\n")
	line := "  - " + string(bytes.Repeat([]byte("x"), 75)) + "\n"
	for b.Len() < size {
		b.WriteString(line)
	}
	b.Truncate(size)
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), b.Bytes(), 0o644))
}

// scriptCondition adds [root]: chmod cannot make a file unreadable to root,
// so the unreadable-file case is skipped there.
func scriptCondition(cond string) (bool, error) {
	switch cond {
	case "root":
		return os.Geteuid() == 0, nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}
