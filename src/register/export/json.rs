//! JSON export: every field of every record, lossless. Deserialising the
//! output as [`JsonExport`] gives back structs equal to the loaded ones.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::register::load::Register;
use crate::register::model::{Activity, Organisation};

/// The whole register: `{"organisations":[{"organisation":{..},"activities":[..]}]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JsonExport {
    /// Organisations in folder-name order.
    pub organisations: Vec<JsonOrganisation>,
}

/// One organisation and its activities (file-name order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct JsonOrganisation {
    /// The organisation record, including its acknowledged findings.
    pub organisation: Organisation,
    /// Its activity records, each including its acknowledged findings.
    pub activities: Vec<Activity>,
}

impl JsonExport {
    /// Copies the records of a loaded register.
    pub fn from_register(reg: &Register) -> Self {
        JsonExport {
            organisations: reg
                .organisations
                .iter()
                .map(|e| JsonOrganisation {
                    organisation: e.org.clone(),
                    activities: e.activities.iter().map(|a| a.activity.clone()).collect(),
                })
                .collect(),
        }
    }
}

/// The JSON Schema (draft 2020-12) of what [`render`] writes, derived by
/// schemars from the same types and serde attributes the export is
/// serialised with: field names, optional fields and empty lists left
/// out, the enums' externally tagged variants, unknown fields refused, and
/// the model's doc comments as descriptions.
pub fn schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(JsonExport);
    schema.insert("title".into(), "ropa JSON export".into());
    schema.to_value()
}

/// [`schema`] as pretty-printed JSON with a final newline.
pub fn render_schema() -> String {
    let mut s = serde_json::to_string_pretty(&schema()).unwrap_or_else(|e| {
        // A schema is a JSON value already; keep the output valid JSON.
        serde_json::json!({ "error": e.to_string() }).to_string()
    });
    s.push('\n');
    s
}

/// Renders the register as pretty-printed JSON with a final newline.
pub fn render(reg: &Register) -> String {
    let mut s = match serde_json::to_string_pretty(&JsonExport::from_register(reg)) {
        Ok(s) => s,
        // The model has only string keys, so serialising cannot fail; keep
        // the output valid JSON all the same.
        Err(e) => {
            let mut m = serde_json::Map::new();
            m.insert("error".into(), serde_json::Value::String(e.to_string()));
            serde_json::Value::Object(m).to_string()
        }
    };
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_schema_names_every_field_the_model_has() {
        // The form's schema is traced from the same serde derives by
        // serde-reflection; both must see the same fields.
        let s = schema();
        let traced = crate::register::schema::schema();
        for record in ["Organisation", "Activity", "Recipient", "RetentionRule"] {
            let props = s["$defs"][record]["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{record} has no properties"));
            let fields: Vec<&str> = traced
                .fields(record)
                .iter()
                .map(|f| f.name.as_str())
                .collect();
            assert!(!fields.is_empty(), "{record} not traced");
            let mut names: Vec<&str> = props.keys().map(String::as_str).collect();
            names.sort_unstable();
            let mut expected = fields.clone();
            expected.sort_unstable();
            assert_eq!(names, expected, "{record}");
            assert_eq!(s["$defs"][record]["additionalProperties"], false);
        }
        assert_eq!(s["required"], serde_json::json!(["organisations"]));
        assert!(render_schema().ends_with("}\n"));
    }
}
