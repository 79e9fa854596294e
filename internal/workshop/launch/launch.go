// Package launch is how samskab starts the workshop server.
//
// The meeting server is a program of its own, samskab-workshop, so that
// net/http, TLS and the pages stay out of samskab, whose every command
// would otherwise start slower (issue 16: Go runs every linked package's
// initialiser at each start). `samskab workshop` reads and checks the
// command line, then starts samskab-workshop with the result, a Config,
// as JSON after MeetingFlag. This package holds that hand-over and
// nothing heavy, so that samskab can import it.
package launch

import (
	"encoding/json"
	"strings"

	"github.com/samskab/samskab/checklist"
)

const (
	// ServerName is the program's name, without ".exe".
	ServerName = "samskab-workshop"
	// MeetingFlag precedes the Config on samskab-workshop's command line.
	MeetingFlag = "--meeting"
	// RunProtocol changes whenever Config does in a way an older
	// samskab-workshop would misread.
	RunProtocol = 1
)

// Config is one meeting as `samskab workshop` hands it over: flags
// checked, languages chosen, rubric folders found.
type Config struct {
	Protocol int    `json:"protocol"`
	File     Bytes  `json:"file"`
	Listen   string `json:"listen"`
	// FallBack serves on a free port when Listen is taken; samskab sets it
	// for the default port, which nobody chose.
	FallBack   bool           `json:"fall_back,omitempty"`
	Format     string         `json:"format"`
	Project    Bytes          `json:"project,omitempty"`
	Anonymous  bool           `json:"anonymous,omitempty"`
	New        bool           `json:"new,omitempty"`
	TLSCert    Bytes          `json:"tls_cert,omitempty"`
	TLSKey     Bytes          `json:"tls_key,omitempty"`
	Scope      []string       `json:"scope,omitempty"`
	RubricDirs []Bytes        `json:"rubric_dirs,omitempty"`
	Lang       checklist.Lang `json:"lang"`      // of the terminal and of problems
	PageLang   checklist.Lang `json:"page_lang"` // of the pages, until a participant switches
}

// Bytes is a string carried byte for byte: JSON would replace bytes that
// are not UTF-8 (a file name in Latin-1, say) with U+FFFD, and the server
// would then write to another file than the one the user named. It
// travels as base64.
type Bytes string

func (b Bytes) MarshalJSON() ([]byte, error) { return json.Marshal([]byte(b)) }

func (b *Bytes) UnmarshalJSON(data []byte) error {
	var raw []byte
	if err := json.Unmarshal(data, &raw); err != nil {
		return err
	}
	*b = Bytes(raw)
	return nil
}

// Strings is the list as plain strings.
func Strings(list []Bytes) []string {
	out := make([]string, len(list))
	for i, b := range list {
		out[i] = string(b)
	}
	return out
}

// Decode reads the JSON after MeetingFlag. It fails on what a
// samskab of another version would send: another protocol, a field this
// program does not know, a language it does not speak.
func Decode(args []string) (Config, bool) {
	var cfg Config
	if len(args) != 1 {
		return cfg, false
	}
	dec := json.NewDecoder(strings.NewReader(args[0]))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil || cfg.Protocol != RunProtocol || dec.More() {
		return cfg, false
	}
	// An empty list means none, as the omitted one Encode writes does.
	if len(cfg.Scope) == 0 {
		cfg.Scope = nil
	}
	if len(cfg.RubricDirs) == 0 {
		cfg.RubricDirs = nil
	}
	_, langOK := checklist.ParseLang(string(cfg.Lang))
	_, pageOK := checklist.ParseLang(string(cfg.PageLang))
	return cfg, langOK && pageOK
}

// Encode is the command line that starts samskab-workshop for cfg.
func (cfg Config) Encode() []string {
	cfg.Protocol = RunProtocol
	data, err := json.Marshal(cfg)
	if err != nil { // a struct of strings and bools always marshals
		panic(err)
	}
	return []string{MeetingFlag, string(data)}
}
