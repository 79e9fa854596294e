package checklist

// Level is the maturity band of a percent (DESIGN.md §4).
type Level string

const (
	LevelAbsent      Level = "absent"
	LevelEmerging    Level = "emerging"
	LevelDeveloping  Level = "developing"
	LevelEstablished Level = "established"
	LevelEmbedded    Level = "embedded"
)

// Levels lists the levels from lowest to highest.
var Levels = []Level{LevelAbsent, LevelEmerging, LevelDeveloping, LevelEstablished, LevelEmbedded}

// LevelOf maps a percent to its level. Boundaries belong to the level
// above: exactly 25 % is emerging, exactly 87.5 % is embedded.
func LevelOf(pct float64) Level {
	switch pct = Clean(pct); {
	case pct < 25:
		return LevelAbsent
	case pct < 50:
		return LevelEmerging
	case pct < 75:
		return LevelDeveloping
	case pct < 87.5:
		return LevelEstablished
	default:
		return LevelEmbedded
	}
}

// LevelOfNum is LevelOf for a number that may be undefined; it returns ""
// when it is.
func LevelOfNum(n Num) Level {
	if !n.OK {
		return ""
	}
	return LevelOf(n.V)
}
