package render

import (
	"math"
	"testing"

	"github.com/samskab/samskab/checklist"
)

func TestPolar(t *testing.T) {
	// Centre (100, 100), radius 50; axis 0 points up, then clockwise.
	tests := []struct {
		k, n   int
		f      float64
		wx, wy float64
	}{
		{0, 4, 1, 100, 50},
		{1, 4, 1, 150, 100},
		{2, 4, 1, 100, 150},
		{3, 4, 0.5, 75, 100},
		{0, 6, 0, 100, 100},
		{1, 6, 1, 100 + 50*math.Sqrt(3)/2, 75}, // 60° clockwise from up
	}
	for _, tt := range tests {
		x, y := polar(100, 100, 50, tt.f, tt.k, tt.n)
		if math.Abs(x-tt.wx) > 1e-9 || math.Abs(y-tt.wy) > 1e-9 {
			t.Errorf("polar(k=%d, n=%d, f=%g) = (%g, %g), want (%g, %g)", tt.k, tt.n, tt.f, x, y, tt.wx, tt.wy)
		}
	}
}

func TestCoord(t *testing.T) {
	tests := map[float64]string{
		0:          "0.00",
		-0.004:     "0.00", // never "-0.00"
		12.3456:    "12.35",
		196:        "196.00",
		1.005:      "1.01", // half away from zero, as everywhere else
		-3.14159:   "-3.14",
		6.123e-15:  "0.00",
		392.000001: "392.00",
	}
	for in, want := range tests {
		if got := coord(in); got != want {
			t.Errorf("coord(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestNewRadar(t *testing.T) {
	axes := []radarAxis{
		{Label: "a", Value: checklist.Some(100)},
		{Label: "b", Value: checklist.Some(50)},
		{Label: "c"}, // undefined: drawn at the centre, hollow, label muted
		{Label: "d", Value: checklist.Some(25)},
	}
	c := newRadar("x", itemRadar, axes, 50)
	// itemRadar: width 2·(120+12+64) = 392, height 2·(120+12+38) = 340,
	// so the centre is (196, 170) and the 100 % ring has radius 120.
	checks := []struct{ name, got, want string }{
		{"viewBox", c.ViewBox, "0 0 392.00 340.00"},
		{"width", c.Width, "490.00"}, // 392 · 1.25
		{"area", c.Area, "196.00,50.00 256.00,170.00 196.00,170.00 166.00,170.00"},
		{"gap ring", c.GapRing, "196.00,110.00 256.00,170.00 196.00,230.00 136.00,170.00"},
		{"outer ring", c.Rings[3].Points, "196.00,50.00 316.00,170.00 196.00,290.00 76.00,170.00"},
		{"spoke 1", c.Spokes[1].X2 + "," + c.Spokes[1].Y2, "316.00,170.00"},
	}
	for _, ck := range checks {
		if ck.got != ck.want {
			t.Errorf("%s = %q, want %q", ck.name, ck.got, ck.want)
		}
	}
	anchors := []string{"middle", "start", "middle", "end"}
	for i, l := range c.Labels {
		if l.Anchor != anchors[i] {
			t.Errorf("label %d anchor = %q, want %q", i, l.Anchor, anchors[i])
		}
		if l.Muted != (i == 2) || c.Dots[i].Empty != (i == 2) {
			t.Errorf("axis %d: muted=%v empty=%v, want both %v", i, l.Muted, c.Dots[i].Empty, i == 2)
		}
	}
}

func TestNewRadarNeedsThreeAxes(t *testing.T) {
	for n := range 3 {
		if c := newRadar("x", itemRadar, make([]radarAxis, n), 50); c != nil {
			t.Errorf("newRadar with %d axes = %+v, want nil", n, c)
		}
	}
}

func TestNewRadarNoGapRingAtEdges(t *testing.T) {
	axes := make([]radarAxis, 5)
	for _, gap := range []float64{0, 100} {
		if c := newRadar("x", themeRadar, axes, gap); c.GapRing != "" {
			t.Errorf("gap line %g: GapRing = %q, want none", gap, c.GapRing)
		}
	}
}

func TestRadarLabelWrapsAndStacks(t *testing.T) {
	// A long label at the top wraps and grows upwards, ending with the
	// percent line just above the ring.
	axes := []radarAxis{
		{Label: "Shared ownership and problem framing", Sub: "54.7 %", Value: checklist.Some(54.7)},
		{Label: "b", Value: checklist.Some(1)}, {Label: "c", Value: checklist.Some(1)},
	}
	c := newRadar("x", themeRadar, axes, 50)
	l := c.Labels[0]
	var texts []string
	for _, ln := range l.Lines {
		texts = append(texts, ln.Text)
	}
	want := []string{"Shared ownership and", "problem framing", "54.7 %"}
	if len(texts) != len(want) {
		t.Fatalf("lines = %q, want %q", texts, want)
	}
	for i := range want {
		if texts[i] != want[i] {
			t.Fatalf("lines = %q, want %q", texts, want)
		}
	}
	// Anchor y = centre − (radius + gap) = 184 − 132 = 52; three lines of
	// 13 grow upwards, so the first baseline is at 52 − 26 = 26.
	if l.Lines[0].Y != "26.00" || l.Lines[2].Y != "52.00" || !l.Lines[2].Sub {
		t.Errorf("baselines %s…%s (sub=%v), want 26.00…52.00 with the last a sub line", l.Lines[0].Y, l.Lines[2].Y, l.Lines[2].Sub)
	}
}
