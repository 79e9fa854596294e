package launch

import (
	"reflect"
	"testing"

	"github.com/samskab/samskab/checklist"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	in := Config{File: "plan.yaml", Listen: ":8080", FallBack: true, Format: "json", Project: "Gå-venner",
		Anonymous: true, New: true, TLSCert: "c.pem", TLSKey: "k.pem", Scope: []string{"cok", "vaeksthus"},
		RubricDirs: []string{"/a", "b"}, Lang: checklist.Danish, PageLang: checklist.English}
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
		{`{"protocol":1,"file":"p.yaml","lang":"da","page_lang":"da"}`, "extra"},
		{`{"protocol":2,"file":"p.yaml","lang":"da","page_lang":"da"}`},
		{`{"file":"p.yaml","lang":"da","page_lang":"da"}`},
		{`{"protocol":1,"file":"p.yaml","lang":"da","page_lang":"da","colour":"red"}`},
		{`{"protocol":1,"file":"p.yaml","lang":"de","page_lang":"da"}`},
		{`{"protocol":1,"file":"p.yaml","lang":"da"}`},
		{`{"protocol":1,"file":"p.yaml","lang":"da","page_lang":"da"`},
		{`[]`},
		{`{"protocol":1,"file":"p.yaml","lang":"da","page_lang":"da"} {}`},
	} {
		if cfg, ok := Decode(args); ok {
			t.Errorf("Decode(%q) = %+v, want refused", args, cfg)
		}
	}
	if _, ok := Decode([]string{`{"protocol":1,"file":"p.yaml","lang":"da","page_lang":"en"}`}); !ok {
		t.Error("Decode refused a minimal config")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(Config{File: "p.yaml", Lang: checklist.Danish, PageLang: checklist.Danish}.Encode()[1])
	f.Add(`{"protocol":1}`)
	f.Add(`{"protocol":1,"scope":["a"],"lang":"en","page_lang":"en"} {}`)
	f.Add(`{"protocol":1,"scope":[],"rubric_dirs":[],"lang":"en","page_lang":"en"}`)
	f.Fuzz(func(t *testing.T, s string) {
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
