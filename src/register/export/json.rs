//! JSON export: every field of every record, lossless. Deserialising the
//! output as [`JsonExport`] gives back structs equal to the loaded ones.

use serde::{Deserialize, Serialize};

use crate::register::load::Register;
use crate::register::model::{Activity, Organisation};

/// The whole register: `{"organisations":[{"organisation":{..},"activities":[..]}]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonExport {
    /// Organisations in folder-name order.
    pub organisations: Vec<JsonOrganisation>,
}

/// One organisation and its activities (file-name order).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
