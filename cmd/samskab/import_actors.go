package main

import (
	"strings"
	"unicode"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// actorMatcher maps the party cells of an export to actor ids: an
// existing actor by id or name, or – for a new file – a new actor per
// distinct party.
type actorMatcher struct {
	actors  []checklist.Actor
	create  bool
	created []checklist.Actor
}

func newActorMatcher(actors []checklist.Actor, create bool) *actorMatcher {
	return &actorMatcher{actors: actors, create: create}
}

// match returns the actor id for a party cell; "" for an empty one.
func (m *actorMatcher) match(party string) (string, bool) {
	if party == "" {
		return "", true
	}
	key := foldKey(party)
	for _, a := range append(m.actors, m.created...) {
		if foldKey(a.ID) == key || (a.Name != "" && foldKey(a.Name) == key) {
			return a.ID, true
		}
	}
	if !m.create {
		return "", false
	}
	a := checklist.Actor{ID: m.freeID(slug(party)), Name: party, Kind: guessKind(party)}
	m.created = append(m.created, a)
	return a.ID, true
}

// known lists the actors for the refusal message.
func (m *actorMatcher) known(say *catalog.CLIMessages) string {
	if len(m.actors) == 0 {
		return say.ImportNoActors
	}
	ids := make([]string, len(m.actors))
	for i, a := range m.actors {
		ids[i] = a.ID
		if a.Name != "" {
			ids[i] += " (" + a.Name + ")"
		}
	}
	return strings.Join(ids, ", ")
}

func (m *actorMatcher) freeID(base string) string {
	id := base
	for n := 2; ; n++ {
		taken := false
		for _, a := range m.created {
			taken = taken || a.ID == id
		}
		if !taken {
			return id
		}
		id = base + "-" + string(rune('0'+n%10))
	}
}

func foldKey(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

// slug makes an actor id of a party name: lower case, letters and digits,
// dashes between words; æøå kept, since ids are YAML text.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
			continue
		}
		dash = true
	}
	if b.Len() == 0 {
		return "part"
	}
	return b.String()
}

// kindWords guess an actor's kind from its name, Danish and English.
var kindWords = []struct{ word, kind string }{
	{"kommune", "municipality"}, {"municipal", "municipality"}, {"forvaltning", "municipality"},
	{"borger", "citizens"}, {"citizen", "citizens"}, {"beboer", "citizens"}, {"resident", "citizens"},
	{"frivillig", "volunteers"}, {"volunteer", "volunteers"},
	{"forening", "association"}, {"association", "association"}, {"klub", "association"}, {"club", "association"},
	{"virksomhed", "business"}, {"business", "business"}, {"firma", "business"}, {"company", "business"},
	{"region", "region"}, {"stat", "state"}, {"ministeri", "state"}, {"state", "state"},
}

func guessKind(name string) string {
	n := strings.ToLower(name)
	for _, kw := range kindWords {
		if strings.Contains(n, kw.word) {
			return kw.kind
		}
	}
	return "other"
}
