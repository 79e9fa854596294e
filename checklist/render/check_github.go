package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/samskab/samskab/checklist/gate"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// checkGitHub writes GitHub Actions workflow commands: an error annotation
// at the answer line of each item that breaks a threshold, and one summary
// line for each failed overall or rubric threshold. Nothing when all pass.
type checkGitHub struct{ o Options }

func (v checkGitHub) Render(w io.Writer, r *gate.CheckResult) error {
	ew := &errWriter{w: w}
	lang := v.o.Lang
	file := r.Report.File
	for _, t := range r.Thresholds {
		if t.Passed || (t.Kind != gate.ThresholdOverall && t.Kind != gate.ThresholdRubric) {
			continue
		}
		title := catalog.For(lang).Check.TitleOverall
		if t.Kind == gate.ThresholdRubric {
			title = fmt.Sprintf(catalog.For(lang).Check.TitleRubric, t.Rubric)
		}
		writeAnnotation(ew, file, t.Line, t.Col, title, thresholdSentence(t, v.o))
	}
	for _, it := range r.Items {
		if len(it.Broken) > 0 {
			writeAnnotation(ew, file, it.Line, it.Col, itemName(it, lang), itemMessage(it, lang))
		}
	}
	return ew.err
}

// writeAnnotation writes one ::error command; line 0 leaves the position
// out, which GitHub shows on the file as a whole.
func writeAnnotation(w io.Writer, file string, line, col int, title, message string) {
	props := []string{"file=" + ghProperty(file)}
	if line > 0 {
		props = append(props, fmt.Sprintf("line=%d", line), fmt.Sprintf("col=%d", col))
	}
	props = append(props, "title="+ghProperty(title))
	fmt.Fprintf(w, "::error %s::%s\n", strings.Join(props, ","), ghData(message))
}

// ghData escapes a workflow command's message, as GitHub's toolkit does.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command's property value, where ':' and
// ',' would end it early.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
