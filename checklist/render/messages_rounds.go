package render

import (
	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// rmsg is a label of the rounds and portfolio-change views by key, else a
// batch, compare or report label.
func rmsg(lang checklist.Lang, key string) string {
	if s, ok := catalog.Lookup(lang, "Rounds", key); ok {
		return s
	}
	return pmsg(lang, key)
}
