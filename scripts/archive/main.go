// Command archive writes a release archive whose bytes depend only on the
// files it is given and on -mtime, so that two builds of one commit give
// the same archive (and the same checksum):
//
//	go run ./scripts/archive -mtime 1764633600 -dir samskab_v0.1.0_linux_amd64 \
//	    -o dist/samskab_v0.1.0_linux_amd64.tar.gz build/samskab LICENSE README.md
//
// The format follows the output name: .tar.gz or .zip. Every file goes into
// the folder -dir, in the order given, with the time -mtime, owner root
// (tar), and mode 0755 for executables and 0644 for everything else. It is
// a Go program rather than tar and zip flags because BSD tar (macOS) lacks
// the flags that make GNU tar's output reproducible.
package main

import (
	"archive/tar"
	"archive/zip"
	"compress/gzip"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/samskab/samskab/internal/atomicfile"
)

type entry struct {
	name string // inside the archive, under dir
	mode int64
	data []byte
}

func main() {
	out := flag.String("o", "", "output `FILE`, ending in .tar.gz or .zip")
	dir := flag.String("dir", "", "folder `NAME` inside the archive that holds every file")
	mtime := flag.Int64("mtime", 0, "modification time of every entry, in `SECONDS` since 1970 (SOURCE_DATE_EPOCH)")
	flag.Parse()
	if err := run(*out, *dir, time.Unix(*mtime, 0).UTC(), flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "archive:", err)
		os.Exit(1)
	}
}

func run(out, dir string, mtime time.Time, files []string) error {
	if out == "" || dir == "" || len(files) == 0 {
		return errors.New("usage: archive -o FILE.tar.gz|FILE.zip -dir NAME -mtime SECONDS FILE…")
	}
	entries, err := readEntries(dir, files)
	if err != nil {
		return err
	}
	var write func(io.Writer, string, time.Time, []entry) error
	switch {
	case strings.HasSuffix(out, ".tar.gz"):
		write = writeTarGz
	case strings.HasSuffix(out, ".zip"):
		write = writeZip
	default:
		return fmt.Errorf("%s: the name must end in .tar.gz or .zip", out)
	}
	f, err := atomicfile.Create(out)
	if err != nil {
		return fmt.Errorf("%s: %w", out, err)
	}
	if err := write(f, dir, mtime, entries); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

func readEntries(dir string, files []string) ([]entry, error) {
	var entries []entry
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		info, err := os.Stat(file)
		if err != nil {
			return nil, err
		}
		mode := int64(0o644)
		if info.Mode()&0o111 != 0 {
			mode = 0o755
		}
		entries = append(entries, entry{name: path.Join(dir, filepath.Base(file)), mode: mode, data: data})
	}
	return entries, nil
}

func writeTarGz(w io.Writer, dir string, mtime time.Time, entries []entry) error {
	// No file name or time in the gzip header: both would differ per build.
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(gz)
	header := func(name string, typ byte, mode, size int64) *tar.Header {
		return &tar.Header{Typeflag: typ, Name: name, Mode: mode, Size: size, ModTime: mtime,
			Uid: 0, Gid: 0, Uname: "root", Gname: "root", Format: tar.FormatUSTAR}
	}
	if err := tw.WriteHeader(header(dir+"/", tar.TypeDir, 0o755, 0)); err != nil {
		return err
	}
	for _, e := range entries {
		if err := tw.WriteHeader(header(e.name, tar.TypeReg, e.mode, int64(len(e.data)))); err != nil {
			return err
		}
		if _, err := tw.Write(e.data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

func writeZip(w io.Writer, dir string, mtime time.Time, entries []entry) error {
	zw := zip.NewWriter(w)
	dirHeader := &zip.FileHeader{Name: dir + "/", Method: zip.Store, Modified: mtime}
	dirHeader.SetMode(os.ModeDir | 0o755)
	if _, err := zw.CreateHeader(dirHeader); err != nil {
		return err
	}
	for _, e := range entries {
		h := &zip.FileHeader{Name: e.name, Method: zip.Deflate, Modified: mtime}
		h.SetMode(os.FileMode(e.mode))
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(e.data); err != nil {
			return err
		}
	}
	return zw.Close()
}
