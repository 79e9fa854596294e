package render

import "testing"

func TestMessagesHaveBothLanguages(t *testing.T) {
	for key, text := range messages {
		if text.DA == "" || text.EN == "" {
			t.Errorf("message %q lacks a language", key)
		}
	}
}
