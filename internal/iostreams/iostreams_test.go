package iostreams

import "testing"

func TestTestStreams(t *testing.T) {
	s, in, out, errOut := Test()
	in.WriteString("answer\n")
	buf := make([]byte, 7)
	if n, _ := s.In.Read(buf); string(buf[:n]) != "answer\n" {
		t.Errorf("In reads %q, want what was put in the input buffer", buf[:n])
	}
	s.Out.Write([]byte("report"))
	s.ErrOut.Write([]byte("warning"))
	if out.String() != "report" || errOut.String() != "warning" {
		t.Errorf("out %q, err %q; want report and warning", out, errOut)
	}
	if s.InTTY || s.OutTTY || s.ErrTTY || s.ColorEnabled() {
		t.Error("test streams start as no terminal and without colour")
	}
	if s.TerminalWidth() != DefaultWidth {
		t.Errorf("width %d, want the default %d", s.TerminalWidth(), DefaultWidth)
	}
}

func TestColor(t *testing.T) {
	s, _, _, _ := Test()
	s.SetTTY(true)
	if !s.ColorEnabled() {
		t.Fatal("a terminal gets colour")
	}
	if got := s.ColorScheme().Red("low"); got != "\x1b[31mlow\x1b[0m" {
		t.Errorf("Red = %q", got)
	}
	s.NoColor = true
	if s.ColorEnabled() || s.ColorScheme().Green("ok") != "ok" {
		t.Error("NoColor still paints")
	}
	s.NoColor, s.OutTTY = false, false
	if s.ColorEnabled() {
		t.Error("colour on a stdout that is not a terminal")
	}
	s.Width = 120
	if s.TerminalWidth() != 120 {
		t.Errorf("width %d, want 120", s.TerminalWidth())
	}
}
