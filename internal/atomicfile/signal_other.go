//go:build !unix

package atomicfile

import "os"

var stopSignals = []os.Signal{os.Interrupt}
