package yamlfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/samskab/samskab/internal/oserr"
)

// ReadInput reads a file for parsing, refusing folders and files over
// MaxFileSize before reading them whole.
func ReadInput(path string) ([]byte, error) { return readFileLimited(path) }

func readFileLimited(path string) ([]byte, error) {
	// A named pipe would block the open (and the read) until someone
	// writes to it, a device might never end: only regular files are read.
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		return nil, fmt.Errorf("is %s, not a regular file; expected a YAML file", SpecialKind(info.Mode()))
	}
	f, err := os.Open(path)
	if err != nil {
		if info, lerr := os.Lstat(path); lerr == nil && info.Mode()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
			return nil, errors.New("is a symbolic link to a file that does not exist")
		}
		return nil, oserr.Describe(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, oserr.Describe(err)
	}
	if info.IsDir() {
		return nil, errors.New("is a folder; expected a YAML file")
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("file is %s; the limit is 10 MiB (%d bytes)", humanSize(int(info.Size())), MaxFileSize)
	}
	// The size can change between Stat and Read, so the limit is enforced
	// on the read itself too.
	data, err := readSized(io.LimitReader(f, MaxFileSize+1), info.Size())
	if err != nil {
		return nil, oserr.Describe(err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is over the 10 MiB limit (%d bytes)", MaxFileSize)
	}
	return data, nil
}

// readSized reads r to the end into a buffer sized for the expected size,
// as os.ReadFile does: ReadAll's regrowing from 512 bytes costs several
// allocations and copies per file, which adds up over a batch.
func readSized(r io.Reader, size int64) ([]byte, error) {
	data := make([]byte, 0, min(size, MaxFileSize)+1) // +1 notices a file that grew
	for {
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if errors.Is(err, io.EOF) {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
	}
}

// SpecialKind names a file that is not a regular file or folder, for messages.
func SpecialKind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case mode&fs.ModeSocket != 0:
		return "a socket"
	case mode&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}
