package yamlfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ReadInput reads a file for parsing, refusing folders and files over
// MaxFileSize before reading them whole. What keeps it from being read is
// said without the path, which the caller prints in front.
func (r Reader) ReadInput(path string) ([]byte, error) {
	m := r.messages()
	// A named pipe would block the open (and the read) until someone
	// writes to it, a device might never end: only regular files are read.
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() && !info.IsDir() {
		return nil, fmt.Errorf(m.SpecialFile, r.SpecialKind(info.Mode()))
	}
	f, err := os.Open(path)
	if err != nil {
		if info, lerr := os.Lstat(path); lerr == nil && info.Mode()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
			return nil, errors.New(m.DanglingLink)
		}
		return nil, r.osError(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, r.osError(err)
	}
	if info.IsDir() {
		return nil, errors.New(m.IsFolder)
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf(m.FileTooBig, humanSize(m, int(info.Size())), MaxFileSize)
	}
	// The size can change between Stat and Read, so the limit is enforced
	// on the read itself too.
	data, err := readSized(io.LimitReader(f, MaxFileSize+1), info.Size())
	if err != nil {
		return nil, r.osError(err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf(m.FileOverLimit, MaxFileSize)
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
func (r Reader) SpecialKind(mode fs.FileMode) string {
	m := r.messages()
	switch {
	case mode&fs.ModeNamedPipe != 0:
		return m.KindNamedPipe
	case mode&fs.ModeSocket != 0:
		return m.KindSocket
	case mode&fs.ModeDevice != 0:
		return m.KindDevice
	}
	return m.KindSpecial
}
