package yamlfile

import (
	"strings"
	"testing"
)

func TestParseCaseNamesMisindentedLine(t *testing.T) {
	const head = "samskab: 1\ntitle: Test\nresponses:\n  - by: Anna\n    role: borger\n    answers:\n      cok-01.q1: 3\n"
	tests := []struct {
		name, src, want string
	}{
		{"answer one less", head + "     cok-01.q2: 4\n",
			"case.yaml:8:6: cok-01.q2 is indented 5 spaces; the answers above it use 6"},
		{"answer one more", head + "       cok-01.q2: 4\n",
			"case.yaml:8:8: cok-01.q2 is indented 7 spaces; the answers above it use 6"},
		{"answer in the middle", head + "     cok-01.q2: 4\n      cok-01.q3: 2\n",
			"case.yaml:8:6: cok-01.q2 is indented 5 spaces; the answers above it use 6"},
		{"response key one less", "samskab: 1\nresponses:\n  - by: Anna\n   role: borger\n",
			"case.yaml:4:4: role is indented 3 spaces; the keys above it use 4"},
		{"response key one more", "samskab: 1\nresponses:\n  - by: Anna\n     role: borger\n",
			"case.yaml:4:6: role is indented 5 spaces; the keys above it use 4"},
		{"top-level key indented", "samskab: 1\n title: Test\n",
			"case.yaml:2:2: title is indented 1 space; the keys above it use 0"},
		{"block scalar is not a key", "samskab: 1\nnote: |\n  a: b\n   c: d\ntitle: x: y\n",
			"case.yaml:5:1: YAML syntax error: mapping values are not allowed in this context"},
		{"no misindented line", "samskab: 1\ntitle: a: b\n",
			"case.yaml:2:1: YAML syntax error: mapping values are not allowed in this context"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseCase("case.yaml", []byte(tt.src), nil)
			if err == nil {
				t.Fatalf("no error for\n%s", tt.src)
			}
			if got := strings.TrimSpace(err.Error()); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
