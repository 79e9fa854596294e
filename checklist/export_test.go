package checklist

// Unexported pieces that the external tests of this package check directly.
var (
	ChangeOf = change
	NameDiff = nameDiff
)
