package render

import (
	"math"
	"strconv"
	"strings"

	"github.com/samskab/samskab/checklist"
)

// A radar chart is drawn as inline SVG from plain geometry computed here,
// so the HTML needs no script and the output is byte-for-byte stable.

// radarAxis is one spoke of a radar chart: a label and a percent (0–100),
// undefined where nothing was scored.
type radarAxis struct {
	Label string // wrapped onto lines of at most radarStyle.wrap runes
	Sub   string // a second, smaller line such as the percent
	Value checklist.Num
}

// radarStyle sizes a chart: the radius of the 100 % ring, and the room
// left around it for labels.
type radarStyle struct {
	radius         float64
	labelW, labelH float64 // margin for labels, horizontally and vertically
	wrap           int     // label line length in runes
}

var (
	itemRadar  = radarStyle{radius: 120, labelW: 64, labelH: 38, wrap: 12}
	themeRadar = radarStyle{radius: 120, labelW: 132, labelH: 52, wrap: 20}
)

const (
	radarLabelGap = 12.0 // from the 100 % ring to the label anchor
	radarLineH    = 13.0 // label line height in SVG units
	radarScale    = 1.25 // displayed size per SVG unit, in CSS pixels
)

// radarChart is everything the "radar" template draws. Coordinates are
// preformatted strings so templates do no arithmetic.
type radarChart struct {
	ID, Title, Desc string
	ViewBox         string
	Width, Height   string
	Rings           []radarRing
	GapRing         string // dashed polygon at the gap line; "" for none
	Legend          string // says what the dashed ring is; "" for none
	Spokes          []radarLine
	Area            string // the data polygon
	Dots            []radarDot
	Labels          []radarLabel
	AxisHead        string // data table column heads
	ValueHead       string
	Rows            []radarRow
}

type radarRing struct {
	Points      string
	Label, X, Y string
}

type radarLine struct{ X1, Y1, X2, Y2 string }

type radarDot struct {
	X, Y  string
	Empty bool // undefined value, drawn hollow at the centre
}

type radarLabel struct {
	X, Y, Anchor string
	Lines        []radarTextLine
	Muted        bool
}

// radarTextLine is one line of a label: its text and baseline y.
type radarTextLine struct {
	Text, Y string
	Sub     bool
}

type radarRow struct{ Label, Value string }

// coord formats an SVG coordinate with two decimals.
func coord(v float64) string {
	v = checklist.Round(v, 2)
	if v == 0 {
		v = 0 // no "-0.00"
	}
	return strconv.FormatFloat(v, 'f', 2, 64)
}

// polar returns the point at fraction f of the radius on axis k of n,
// starting at twelve o'clock and going clockwise.
func polar(cx, cy, radius, f float64, k, n int) (x, y float64) {
	theta := -math.Pi/2 + 2*math.Pi*float64(k)/float64(n)
	return cx + f*radius*math.Cos(theta), cy + f*radius*math.Sin(theta)
}

// newRadar lays out a radar over axes; gapLine is the dashed ring's
// percent (0 for none). It needs at least three axes to be a shape.
func newRadar(id string, st radarStyle, axes []radarAxis, gapLine float64) *radarChart {
	n := len(axes)
	if n < 3 {
		return nil
	}
	w := 2 * (st.radius + radarLabelGap + st.labelW)
	h := 2 * (st.radius + radarLabelGap + st.labelH)
	cx, cy := w/2, h/2
	c := &radarChart{ID: id, ViewBox: "0 0 " + coord(w) + " " + coord(h),
		Width: coord(w * radarScale), Height: coord(h * radarScale)}
	ring := func(f float64) string {
		pts := make([]string, n)
		for k := range n {
			x, y := polar(cx, cy, st.radius, f, k, n)
			pts[k] = coord(x) + "," + coord(y)
		}
		return strings.Join(pts, " ")
	}
	for _, pct := range []float64{25, 50, 75, 100} {
		c.Rings = append(c.Rings, radarRing{Points: ring(pct / 100), Label: strconv.Itoa(int(pct)),
			X: coord(cx + 3), Y: coord(cy - pct/100*st.radius - 2)})
	}
	if gapLine > 0 && gapLine < 100 {
		c.GapRing = ring(gapLine / 100)
	}
	area := make([]string, n)
	for k, a := range axes {
		x2, y2 := polar(cx, cy, st.radius, 1, k, n)
		c.Spokes = append(c.Spokes, radarLine{coord(cx), coord(cy), coord(x2), coord(y2)})
		f := 0.0
		if a.Value.OK {
			f = max(0, min(a.Value.V, 100)) / 100
		}
		x, y := polar(cx, cy, st.radius, f, k, n)
		area[k] = coord(x) + "," + coord(y)
		c.Dots = append(c.Dots, radarDot{X: coord(x), Y: coord(y), Empty: !a.Value.OK})
		c.Labels = append(c.Labels, radarLabelAt(cx, cy, st, a, k, n))
	}
	c.Area = strings.Join(area, " ")
	return c
}

// radarLabelAt places an axis label just outside the 100 % ring, anchored
// away from the chart so long labels grow outwards.
func radarLabelAt(cx, cy float64, st radarStyle, a radarAxis, k, n int) radarLabel {
	x, y := polar(cx, cy, st.radius+radarLabelGap, 1, k, n)
	dx, dy := (x-cx)/st.radius, (y-cy)/st.radius
	l := radarLabel{X: coord(x), Anchor: "middle", Muted: !a.Value.OK}
	switch {
	case dx > 0.3:
		l.Anchor = "start"
	case dx < -0.3:
		l.Anchor = "end"
	}
	lines := wrap(a.Label, st.wrap)
	count := float64(len(lines))
	if a.Sub != "" {
		count++
	}
	// The first baseline: above the anchor at the top, below it at the
	// bottom, centred on it at the sides.
	var top float64
	switch {
	case dy < -0.5:
		top = y - (count-1)*radarLineH
	case dy > 0.5:
		top = y + radarLineH*0.8
	default:
		top = y - (count-1)*radarLineH/2 + radarLineH*0.35
	}
	for i, t := range lines {
		l.Lines = append(l.Lines, radarTextLine{Text: t, Y: coord(top + float64(i)*radarLineH)})
	}
	if a.Sub != "" {
		l.Lines = append(l.Lines, radarTextLine{Text: a.Sub, Y: coord(top + float64(len(lines))*radarLineH), Sub: true})
	}
	l.Y = coord(top)
	return l
}
