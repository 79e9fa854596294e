package workshop

import (
	"bytes"
	"strings"
	"testing"
)

// Someone who starts samskab-workshop by hand, or a samskab of another
// version that starts it, is told what to do, in the language of the
// environment, with exit 2 and nothing on stdout.
func TestMainRefusesWhatSamskabDidNotSend(t *testing.T) {
	for _, tc := range []struct {
		args []string
		lang string
		want string
	}{
		{nil, "en", "samskab-workshop: samskab-workshop runs the meetings that samskab workshop starts; start one with: samskab workshop FILE"},
		{[]string{"plan.yaml"}, "da", "samskab-workshop: samskab-workshop afvikler de møder, som samskab workshop starter"},
		{[]string{"--meeting"}, "en", "samskab-workshop: samskab-workshop is from another version than samskab"},
		{[]string{"--meeting", `{"protocol":99,"lang":"da","page_lang":"da"}`}, "da", "samskab-workshop: samskab-workshop er fra en anden version end samskab"},
	} {
		var out, errOut bytes.Buffer
		getenv := func(k string) string {
			if k == "SAMSKAB_LANG" {
				return tc.lang
			}
			return ""
		}
		if code := Main(tc.args, &out, &errOut, getenv); code != 2 {
			t.Errorf("%q: exit %d, want 2", tc.args, code)
		}
		if out.Len() != 0 || !strings.HasPrefix(errOut.String(), tc.want) || strings.Count(errOut.String(), "\n") != 1 {
			t.Errorf("%q: stdout %q, stderr %q; want one line starting %q", tc.args, out.String(), errOut.String(), tc.want)
		}
	}
}
