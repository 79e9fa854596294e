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
	File     string `json:"file"`
	Listen   string `json:"listen"`
	// FallBack serves on a free port when Listen is taken; samskab sets it
	// for the default port, which nobody chose.
	FallBack   bool           `json:"fall_back,omitempty"`
	Format     string         `json:"format"`
	Project    string         `json:"project,omitempty"`
	Anonymous  bool           `json:"anonymous,omitempty"`
	New        bool           `json:"new,omitempty"`
	TLSCert    string         `json:"tls_cert,omitempty"`
	TLSKey     string         `json:"tls_key,omitempty"`
	Scope      []string       `json:"scope,omitempty"`
	RubricDirs []string       `json:"rubric_dirs,omitempty"`
	Lang       checklist.Lang `json:"lang"`      // of the terminal and of problems
	PageLang   checklist.Lang `json:"page_lang"` // of the pages, until a participant switches
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
