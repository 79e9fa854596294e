package render

import "reflect"

// fieldsOf lists a message struct's string fields by name.
func fieldsOf(v any) map[string]string {
	out := map[string]string{}
	rv := reflect.ValueOf(v).Elem()
	for i := range rv.NumField() {
		out[rv.Type().Field(i).Name] = rv.Field(i).String()
	}
	return out
}

func isSheetName(field string) bool {
	switch field {
	case "Overview", "Items", "Gaps", "Answers", "Cases", "Summary", "Rounds", "Projects", "OnlyIn":
		return true
	}
	return false
}
