package prompt

import (
	"io"
	"os"
	"sync"

	"golang.org/x/term"
)

// keyboard reads the terminal once for a whole questionnaire and hands
// the keys to one form at a time. A bubbletea program that quits leaves a
// read of the terminal pending, and that read swallows the first key
// pressed in the next form; reading in one place loses nothing.
//
// The forms see a plain reader, so bubbletea leaves the terminal mode
// alone; raw mode is set here for the length of each form.
type keyboard struct {
	f *os.File

	once sync.Once
	mu   sync.Mutex
	cond *sync.Cond
	buf  []byte
	err  error
	cur  *keyView // the form that may read; nil between forms
}

func newKeyboard(f *os.File) *keyboard {
	k := &keyboard{f: f}
	k.cond = sync.NewCond(&k.mu)
	return k
}

func (k *keyboard) pump() {
	chunk := make([]byte, 256)
	for {
		n, err := k.f.Read(chunk)
		k.mu.Lock()
		k.buf = append(k.buf, chunk[:n]...)
		k.err = err
		k.cond.Broadcast()
		k.mu.Unlock()
		if err != nil {
			return
		}
	}
}

// attach puts the terminal in raw mode and returns the reader for one
// form; release ends both, leaving unread keys for the next form.
func (k *keyboard) attach() (io.Reader, func(), error) {
	k.once.Do(func() { go k.pump() })
	state, err := term.MakeRaw(int(k.f.Fd()))
	if err != nil {
		return nil, nil, err
	}
	keepOutputProcessing(int(k.f.Fd()))
	// Keys pressed before this form is drawn were meant for no question
	// on it: a few quick Enters must not answer it blindly.
	discardPendingInput(int(k.f.Fd()))
	v := &keyView{k: k}
	k.mu.Lock()
	k.buf = nil
	k.cur = v
	k.mu.Unlock()
	release := func() {
		k.mu.Lock()
		if k.cur == v {
			k.cur = nil
		}
		k.cond.Broadcast()
		k.mu.Unlock()
		_ = term.Restore(int(k.f.Fd()), state)
	}
	return v, release, nil
}

type keyView struct{ k *keyboard }

// Read waits for keys while its form is the current one, and reports the
// end of input once the form is released.
func (v *keyView) Read(p []byte) (int, error) {
	k := v.k
	k.mu.Lock()
	defer k.mu.Unlock()
	for k.cur == v && len(k.buf) == 0 && k.err == nil {
		k.cond.Wait()
	}
	switch {
	case k.cur != v:
		return 0, io.EOF
	case len(k.buf) == 0:
		return 0, k.err
	}
	n := copy(p, k.buf)
	k.buf = k.buf[n:]
	return n, nil
}
