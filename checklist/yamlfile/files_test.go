package yamlfile_test

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/samskab/samskab/checklist/yamlfile"
)

func TestReadSized(t *testing.T) {
	text := strings.Repeat("samskab ", 1000) // 8,000 bytes
	for _, size := range []int64{0, 10, 7999, 8000, 8001, 100_000} {
		// The size from Stat is only a hint: the file may have grown or
		// shrunk since, and reads may come in small pieces.
		got, err := yamlfile.ReadSized(iotest.HalfReader(strings.NewReader(text)), size)
		if err != nil || string(got) != text {
			t.Errorf("size hint %d: read %d bytes, err %v; want all %d", size, len(got), err, len(text))
		}
	}
	if _, err := yamlfile.ReadSized(iotest.ErrReader(io.ErrUnexpectedEOF), 10); err == nil {
		t.Error("a read error was not reported")
	}
}
