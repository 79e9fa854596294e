package yamlfile

// Unexported pieces that the external tests of this package check directly.
var (
	ErrEditDrift = errEditDrift
	HumanSize    = humanSize
	ReadSized    = readSized
	VerifyEdit   = verifyEdit
)
