package render

import (
	"encoding/xml"
	"io"
	"strings"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/gate"
)

// checkJUnit is a JUnit XML report for the test-report readers of Jenkins,
// GitLab and GitHub: one suite for the thresholds, then one suite per
// rubric with one test case per item.
type checkJUnit struct{ o Options }

type (
	junitSuites struct {
		XMLName  xml.Name     `xml:"testsuites"`
		Name     string       `xml:"name,attr"`
		Tests    int          `xml:"tests,attr"`
		Failures int          `xml:"failures,attr"`
		Skipped  int          `xml:"skipped,attr"`
		Suites   []junitSuite `xml:"testsuite"`
	}
	junitSuite struct {
		Name     string      `xml:"name,attr"`
		Tests    int         `xml:"tests,attr"`
		Failures int         `xml:"failures,attr"`
		Skipped  int         `xml:"skipped,attr"`
		Cases    []junitCase `xml:"testcase"`
	}
	junitCase struct {
		Name      string        `xml:"name,attr"`
		Classname string        `xml:"classname,attr"`
		File      string        `xml:"file,attr,omitempty"`
		Line      int           `xml:"line,attr,omitempty"`
		Failure   *junitFailure `xml:"failure,omitempty"`
		Skipped   *junitSkipped `xml:"skipped,omitempty"`
	}
	junitFailure struct {
		Message string `xml:"message,attr"`
		Type    string `xml:"type,attr"`
		Text    string `xml:",chardata"`
	}
	junitSkipped struct {
		Message string `xml:"message,attr"`
	}
)

func (v checkJUnit) Render(w io.Writer, r *gate.CheckResult) error {
	doc := junitSuites{Name: "samskab check " + r.Report.File}
	doc.Suites = append(doc.Suites, v.thresholdSuite(r))
	for ri := range r.Report.Rubrics {
		doc.Suites = append(doc.Suites, v.rubricSuite(r, &r.Report.Rubrics[ri]))
	}
	for _, s := range doc.Suites {
		doc.Tests += s.Tests
		doc.Failures += s.Failures
		doc.Skipped += s.Skipped
	}
	out, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, xml.Header+string(out)+"\n")
	return err
}

func (v checkJUnit) thresholdSuite(r *gate.CheckResult) junitSuite {
	lang := v.o.Lang
	s := junitSuite{Name: "thresholds"}
	for _, t := range r.Thresholds {
		c := junitCase{Name: thresholdLabel(t, lang), Classname: "samskab.thresholds", File: r.Report.File, Line: t.Line}
		if !t.Passed {
			c.Failure = &junitFailure{Message: thresholdSentence(t, v.o), Type: "threshold", Text: v.itemList(t)}
		}
		s.add(c)
	}
	return s
}

// itemList names the items behind a failed threshold, one per line.
func (v checkJUnit) itemList(t *gate.ThresholdResult) string {
	lines := make([]string, len(t.Items))
	for i, it := range t.Items {
		lines[i] = itemName(it, v.o.Lang) + ": " + itemReason(it, t, v.o.Lang)
	}
	return strings.Join(lines, "\n")
}

func (v checkJUnit) rubricSuite(r *gate.CheckResult, rr *checklist.RubricResult) junitSuite {
	lang := v.o.Lang
	s := junitSuite{Name: rr.Rubric.ID}
	for _, it := range r.Items {
		if it.Rubric != rr {
			continue
		}
		c := junitCase{Name: itemName(it, lang), Classname: "samskab." + rr.Rubric.ID, File: r.Report.File, Line: it.Line}
		switch {
		case len(it.Broken) > 0:
			c.Failure = &junitFailure{Message: itemReasons(it, lang), Type: "threshold", Text: itemMessage(it, lang)}
		case it.Item.Status != checklist.StatusScored:
			// Not-relevant items are out of the test by the team's choice;
			// unscored ones that break nothing were not tested either.
			c.Skipped = &junitSkipped{Message: StatusName(it.Item.Status, lang)}
		}
		s.add(c)
	}
	return s
}

func (s *junitSuite) add(c junitCase) {
	s.Cases = append(s.Cases, c)
	s.Tests++
	if c.Failure != nil {
		s.Failures++
	}
	if c.Skipped != nil {
		s.Skipped++
	}
}
