package render

import (
	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render/catalog"
)

// sheetText is the wording of the workbooks, from the catalog.
type sheetText = catalog.SheetMessages

func textsFor(lang checklist.Lang) *sheetText { return &catalog.For(lang).Sheet }
