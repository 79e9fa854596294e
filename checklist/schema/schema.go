package schema

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/samskab/samskab/checklist"
	"github.com/samskab/samskab/checklist/render"
)

// The JSON Schemas (2020-12) of the two file formats are built by hand:
// the formats are read by hand-written walkers (casefile.go,
// rubricload.go), and the schemas mirror them rule for rule, so that a
// file the schema accepts is one samskab accepts, cross-references aside.
const (
	jsonSchemaDialect = "https://json-schema.org/draft/2020-12/schema"
	// CaseSchemaID and RubricSchemaID are the schemas' absolute ids.
	CaseSchemaID   = "https://samskab.dk/schema/case.json"
	RubricSchemaID = "https://samskab.dk/schema/rubric.json"
)

// schema is one JSON Schema node. Its fields print in the order a reader
// of the document expects; properties keep the order of the format.
type schema struct {
	Schema               string    `json:"$schema,omitempty"`
	ID                   string    `json:"$id,omitempty"`
	Ref                  string    `json:"$ref,omitempty"`
	Title                string    `json:"title,omitempty"`
	Description          string    `json:"description,omitempty"`
	Type                 any       `json:"type,omitempty"`
	Const                any       `json:"const,omitempty"`
	Enum                 []string  `json:"enum,omitempty"`
	Pattern              string    `json:"pattern,omitempty"`
	Format               string    `json:"format,omitempty"`
	MinLength            *int      `json:"minLength,omitempty"`
	Minimum              *float64  `json:"minimum,omitempty"`
	ExclusiveMinimum     *float64  `json:"exclusiveMinimum,omitempty"`
	Maximum              *float64  `json:"maximum,omitempty"`
	Required             []string  `json:"required,omitempty"`
	Properties           props     `json:"properties,omitempty"`
	PropertyNames        *schema   `json:"propertyNames,omitempty"`
	AdditionalProperties any       `json:"additionalProperties,omitempty"`
	Items                *schema   `json:"items,omitempty"`
	MinItems             *int      `json:"minItems,omitempty"`
	UniqueItems          bool      `json:"uniqueItems,omitempty"`
	Contains             *schema   `json:"contains,omitempty"`
	AnyOf                []*schema `json:"anyOf,omitempty"`
	Not                  *schema   `json:"not,omitempty"`
	If                   *schema   `json:"if,omitempty"`
	Then                 *schema   `json:"then,omitempty"`
	Else                 *schema   `json:"else,omitempty"`
	Defs                 props     `json:"$defs,omitempty"`
}

// props is an ordered JSON object of named schemas.
type props []prop

type prop struct {
	name string
	s    *schema
}

func (p props) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, pr := range p {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(pr.name)
		if err != nil {
			return nil, err
		}
		v, err := json.Marshal(pr.s)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func ptr[T any](v T) *T { return &v }

// object is a closed mapping: unknown keys are errors, as in the walkers.
func object(desc string, required []string, p ...prop) *schema {
	return &schema{Description: desc, Type: "object", Required: required, Properties: p, AdditionalProperties: false}
}

func ref(def, desc string) *schema { return &schema{Ref: "#/$defs/" + def, Description: desc} }

// scalarText is what the walkers accept as text: any scalar but null, as
// a user writing `name: 2030` means the text "2030".
var scalarText = []string{"string", "number", "boolean"}

// schemaBuilder writes descriptions in one language.
type schemaBuilder struct {
	lang checklist.Lang
	cat  *checklist.Catalog
}

func (b schemaBuilder) t(da, en string) string { return checklist.Text{DA: da, EN: en}.In(b.lang) }

func (b schemaBuilder) text(desc string) *schema {
	return &schema{Description: desc, Type: scalarText}
}

func (b schemaBuilder) nonEmpty(desc string) *schema {
	return &schema{Description: desc, Type: scalarText, Pattern: `\S`}
}

func (b schemaBuilder) optionalText(desc string) *schema {
	return &schema{Description: desc, Type: append([]string{"null"}, scalarText...)}
}

func (b schemaBuilder) id(desc string) *schema {
	return &schema{Description: desc, Type: "string", Pattern: checklist.IDPattern().String()}
}

func (b schemaBuilder) percent(desc string) *schema {
	return &schema{Description: desc, Type: "number", Minimum: ptr(0.0), Maximum: ptr(100.0)}
}

// WriteSchema writes the JSON Schema of a format, "case" or "rubric", for
// the rubrics and themes in cat, with descriptions in lang.
func WriteSchema(w io.Writer, kind string, cat *checklist.Catalog, lang checklist.Lang) error {
	b := schemaBuilder{lang: lang, cat: cat}
	var s *schema
	switch kind {
	case "case":
		s = b.caseSchema()
	case "rubric":
		s = b.rubricSchema()
	default:
		return errUnknownSchema(kind)
	}
	return render.WriteJSON(w, s)
}

// SchemaKinds are the formats `samskab schema` describes.
var SchemaKinds = []string{"case", "rubric"}

type errUnknownSchema string

func (e errUnknownSchema) Error() string {
	return "unknown schema " + string(e) + "; expected case or rubric"
}
