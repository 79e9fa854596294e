package main

import (
	"archive/zip"
	"compress/flate"
	"encoding/csv"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
	"github.com/samskab/samskab/checklist/survey"
	"github.com/samskab/samskab/internal/xlsx"
)

// checklist/survey and internal/xlsx may not import the catalog, so they
// give their problems as a code and the values the message names; these
// functions word them in the user's language (ARCHITECTURE.md, "A message
// from below the catalog").

// exportProblem is a problem or warning of the export at EXPORT:ROW:COLUMN,
// worded in lang.
func exportProblem(lang checklist.Lang, file string, p survey.Problem) checklist.Problem {
	return checklist.Problem{File: file, Line: p.Row, Col: p.Col, Msg: surveyText(lang, string(p.Code), p.Args, p.Msg)}
}

// surveyText is the Survey message of key with args worded in lang, or
// english() when the catalog has no such message.
func surveyText(lang checklist.Lang, key string, args []any, english func() string) string {
	format, ok := catalog.Lookup(lang, "Survey", key)
	if !ok {
		return english()
	}
	worded := make([]any, len(args))
	for i, a := range args {
		worded[i] = surveyArg(lang, a)
	}
	return fmt.Sprintf(format, worded...)
}

// surveyArg words an argument that has words in it: a workbook's problem
// (without its cell, which the export's problem names), a size, and an
// error of the readers underneath.
func surveyArg(lang checklist.Lang, a any) any {
	switch v := a.(type) {
	case *xlsx.ReadError:
		return surveyText(lang, string(v.Kind), v.Args, v.Reason)
	case xlsx.Size:
		return sizeText(lang, v)
	case error:
		return readerError(lang, v)
	}
	return a
}

func sizeText(lang checklist.Lang, n xlsx.Size) string {
	m := &catalog.For(lang).Problems
	if n >= 1<<20 {
		return fmt.Sprintf(m.SizeMiB, strconv.FormatInt(int64(n>>20), 10))
	}
	return fmt.Sprintf(m.SizeBytes, int64(n))
}

// readerSentinels are the errors of encoding/csv, archive/zip and io that
// have a message of their own; made when needed, not at every start.
func readerSentinels() []readerSentinel {
	return []readerSentinel{
		{csv.ErrBareQuote, func(m *catalog.SurveyMessages) string { return m.CSVBareQuote }},
		{csv.ErrQuote, func(m *catalog.SurveyMessages) string { return m.CSVQuote }},
		{zip.ErrFormat, func(m *catalog.SurveyMessages) string { return m.ZipFormat }},
		{zip.ErrChecksum, func(m *catalog.SurveyMessages) string { return m.ZipChecksum }},
		{zip.ErrAlgorithm, func(m *catalog.SurveyMessages) string { return m.ZipAlgorithm }},
		{io.ErrUnexpectedEOF, func(m *catalog.SurveyMessages) string { return m.UnexpectedEnd }},
	}
}

type readerSentinel struct {
	err error
	msg func(*catalog.SurveyMessages) string
}

// readerError words an error of the CSV, zip or XML reader; one without a
// message of its own is the reader's text.
func readerError(lang checklist.Lang, err error) string {
	m := &catalog.For(lang).Survey
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		if se.Msg == "unexpected EOF" {
			return fmt.Sprintf(m.XMLSyntaxEnded, se.Line)
		}
		return fmt.Sprintf(m.XMLSyntax, se.Line, se.Msg)
	}
	var fe flate.CorruptInputError
	if errors.As(err, &fe) {
		return fmt.Sprintf(m.FlateCorrupt, int64(fe))
	}
	for _, s := range readerSentinels() {
		if errors.Is(err, s.err) {
			return s.msg(m)
		}
	}
	return err.Error()
}
