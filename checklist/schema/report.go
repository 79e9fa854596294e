package schema

import _ "embed"

// ReportSchemaID is the $id of the published schema of the JSON report.
const ReportSchemaID = "https://samskab.dk/schema/report.v1.json"

// reportSchema is the published JSON Schema of `samskab score --format
// json` (DESIGN.md §5), schema_version 1. Unlike the case and rubric
// schemas it is a fixed file: the report's shape does not depend on the
// loaded rubrics, and tools that read reports pin it, as Scorecard's
// json.v2 schema is pinned.
//
//go:embed report.v1.schema.json
var reportSchema []byte

// ReportSchema returns the JSON Schema of the JSON report.
func ReportSchema() []byte { return append([]byte(nil), reportSchema...) }
