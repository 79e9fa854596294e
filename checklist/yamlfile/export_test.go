package yamlfile

// Unexported pieces that the external tests of this package check directly.
var (
	ErrEditDrift = errEditDrift
	ReadSized    = readSized
)

func HumanSize(n int) string { return humanSize(english.messages(), n) }

func VerifyEdit(old, out []byte, change func(any) error) error {
	return verifyEdit(english.messages(), old, out, change)
}
