package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/samskab/samskab/checklist/gate"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// checkGitHub writes GitHub Actions workflow commands: an error for each
// failed overall or rubric target and for each item that fails a target of
// its own; a notice at the few items that pull a failed score down most,
// ranked; and a summary notice. Nothing when all pass.
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
		if itemFails(it) {
			writeAnnotation(ew, file, it.Line, it.Col, itemName(it, lang), itemMessage(it, lang))
		}
	}
	shown, total := pullingDown(r)
	for i, it := range shown {
		writeCommand(ew, "notice", file, it.Line, it.Col, fmt.Sprintf("%d. %s", i+1, itemName(it, lang)), itemMessage(it, lang))
	}
	if failed := r.Failed(); failed > 0 {
		summary := fmt.Sprintf(catalog.For(lang).Check.SummaryFail, failed, len(r.Thresholds))
		switch {
		case total == 1:
			summary += "; " + catalog.For(lang).Check.PullingOne
		case total > 1:
			summary += "; " + fmt.Sprintf(catalog.For(lang).Check.Pulling, total, len(shown))
		}
		writeCommand(ew, "notice", file, 0, 0, "samskab", summary)
	}
	return ew.err
}

// writeAnnotation writes one ::error command; line 0 leaves the position
// out, which GitHub shows on the file as a whole.
func writeAnnotation(w io.Writer, file string, line, col int, title, message string) {
	writeCommand(w, "error", file, line, col, title, message)
}

// writeCommand writes one workflow command (error, warning, notice).
func writeCommand(w io.Writer, command, file string, line, col int, title, message string) {
	props := []string{"file=" + ghProperty(file)}
	if line > 0 {
		props = append(props, fmt.Sprintf("line=%d", line), fmt.Sprintf("col=%d", col))
	}
	props = append(props, "title="+ghProperty(title))
	fmt.Fprintf(w, "::%s %s::%s\n", command, strings.Join(props, ","), ghData(message))
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
