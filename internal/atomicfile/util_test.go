package atomicfile

import (
	"fmt"
	"io/fs"
	"strconv"
)

func itoa(n int) string { return strconv.Itoa(n) }

func octal(m fs.FileMode) string { return fmt.Sprintf("%o", uint32(m)) }
