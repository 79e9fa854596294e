package launch

import (
	"reflect"
	"testing"

	"github.com/samskab/samskab/checklist"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	in := Config{File: "pl\xe6n.yaml", // Latin-1: not UTF-8, and must arrive as it is Listen: ":8080", FallBack: true, Format: "json", Project: "Gå-venner",
		Anonymous: true, New: true, TLSCert: "c.pem", TLSKey: "k.pem", Scope: []string{"cok", "vaeksthus"},
		RubricDirs: []Bytes{"/a", "b\xff"}, Lang: checklist.Danish, PageLang: checklist.English}
	args := in.Encode()
	if len(args) != 2 || args[0] != MeetingFlag {
		t.Fatalf("Encode = %q", args)
	}
	out, ok := Decode(args[1:])
	if !ok {
		t.Fatalf("Decode(%q) refused", args[1])
	}
	in.Protocol = RunProtocol
	if !reflect.DeepEqual(out, in) {
		t.Errorf("round trip:\n got %+v\nwant %+v", out, in)
	}
}

// A samskab of another version sends what this samskab-workshop cannot
// be sure to read; it refuses rather than serve another meeting.
func TestDecodeRefusesAnotherVersion(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{`{"protocol":1,"file":"cC55YW1s","lang":"da","page_lang":"da"}`, "extra"},
		{`{"protocol":2,"file":"cC55YW1s","lang":"da","page_lang":"da"}`},
		{`{"file":"cC55YW1s","lang":"da","page_lang":"da"}`},
		{`{"protocol":1,"file":"cC55YW1s","lang":"da","page_lang":"da","colour":"red"}`},
		{`{"protocol":1,"file":"cC55YW1s","lang":"de","page_lang":"da"}`},
		{`{"protocol":1,"file":"cC55YW1s","lang":"da"}`},
		{`{"protocol":1,"file":"cC55YW1s","lang":"da","page_lang":"da"`},
		{`[]`},
		{`{"protocol":1,"file":"p.yaml","lang":"da","page_lang":"da"}`}, // a path not as base64: an older samskab
		{`{"protocol":1,"file":"cC55YW1s","lang":"da","page_lang":"da"} {}`},
	} {
		if cfg, ok := Decode(args); ok {
			t.Errorf("Decode(%q) = %+v, want refused", args, cfg)
		}
	}
	if _, ok := Decode([]string{`{"protocol":1,"file":"cC55YW1s","lang":"da","page_lang":"en"}`}); !ok {
		t.Error("Decode refused a minimal config")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Config{File: "p.yaml", Lang: checklist.Danish, PageLang: checklist.Danish}.Encode()[1])
	f.Add(`{"protocol":1}`)
	f.Add(`{"protocol":1,"scope":["a"],"lang":"en","page_lang":"en"} {}`)
	f.Add(`{"protocol":1,"scope":[],"rubric_dirs":[],"lang":"en","page_lang":"en"}`)
	f.Fuzz(func(t *testing.T, s string) {
		// Any string samskab is given reaches the server byte for byte.
		sent := Config{File: Bytes(s), Project: Bytes(s), Listen: s, Lang: checklist.English, PageLang: checklist.Danish}
		if got, ok := Decode(sent.Encode()[1:]); !ok || got.File != sent.File || got.Project != sent.Project {
			t.Fatalf("%q: sent %q, received %q (%v)", s, sent.File, got.File, ok)
		}
		cfg, ok := Decode([]string{s})
		if !ok {
			return
		}
		// What is accepted encodes to a command line that decodes the same.
		again, ok := Decode(cfg.Encode()[1:])
		if !ok || !reflect.DeepEqual(again, cfg) {
			t.Fatalf("%q: accepted as %+v, re-read as %+v (%v)", s, cfg, again, ok)
		}
	})
}
