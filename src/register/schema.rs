//! The shape of every record type, traced once from the model's serde
//! implementation (`serde-reflection`), so that a generic form can offer
//! every field of the schema — also the optional ones a record leaves out —
//! and every variant of every enum, without a hand-kept copy of the model
//! that could drift from it.
//!
//! Values are edited as `serde_json::Value` in serde's externally tagged
//! representation: a unit variant is `"Name"`, a variant with data is
//! `{"Name": data}`.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::{Map, Value};
use serde_reflection::{ContainerFormat, Format, Named, Tracer, TracerConfig, VariantFormat};

use super::model;

/// The shape of one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Shape {
    /// A string.
    Text,
    /// `true` or `false`.
    Bool,
    /// An integer or a decimal number.
    Number,
    /// A value that may be absent.
    Optional(Box<Shape>),
    /// A list of values.
    List(Box<Shape>),
    /// A map from keys to values.
    Map(Box<Shape>, Box<Shape>),
    /// A fixed sequence of values.
    Tuple(Vec<Shape>),
    /// No value (`()`).
    Unit,
    /// A struct or enum of the model, by type name.
    Named(String),
}

/// A named field of a struct or struct variant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The field's name as written in the files.
    pub name: String,
    /// Its shape.
    pub shape: Shape,
}

/// What one enum variant carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Nothing: the variant is a plain choice.
    Unit,
    /// One value.
    Newtype(Shape),
    /// Several unnamed values.
    Tuple(Vec<Shape>),
    /// Named fields.
    Struct(Vec<Field>),
}

/// One variant of an enum.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// The variant's name as written in the files.
    pub name: String,
    /// What it carries.
    pub body: Body,
}

/// A named type of the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Container {
    /// A struct with named fields.
    Struct(Vec<Field>),
    /// An enum, its variants in declaration order.
    Enum(Vec<Variant>),
    /// A wrapper around one value.
    Newtype(Shape),
    /// Anything else (unit or tuple structs), treated as one value.
    Other,
}

/// Every named type of the model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    types: BTreeMap<String, Container>,
}

impl Schema {
    /// The type called `name`, if the model has one.
    pub fn container(&self, name: &str) -> Option<&Container> {
        self.types.get(name)
    }

    /// The fields of struct `name` (empty for anything else).
    pub fn fields(&self, name: &str) -> &[Field] {
        match self.types.get(name) {
            Some(Container::Struct(f)) => f,
            _ => &[],
        }
    }

    /// The names of every variant of every enum of the model.
    pub fn variant_names(&self) -> impl Iterator<Item = &str> {
        self.types.values().flat_map(|c| match c {
            Container::Enum(vs) => vs.iter().map(|v| v.name.as_str()).collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    }

    /// The variants of enum `name`, if it is one.
    pub fn variants(&self, name: &str) -> Option<&[Variant]> {
        match self.types.get(name) {
            Some(Container::Enum(v)) => Some(v),
            _ => None,
        }
    }

    /// The value a new, empty item of `shape` starts with: empty text,
    /// `false`, 0, an empty list, a struct with each field at its own
    /// default (optional fields left out), an enum at its first variant.
    pub fn default_value(&self, shape: &Shape) -> Value {
        self.default_depth(shape, 0)
    }

    fn default_depth(&self, shape: &Shape, depth: usize) -> Value {
        // The model has no recursive types, but a bound keeps a future one
        // from recursing without end.
        if depth > 16 {
            return Value::Null;
        }
        match shape {
            Shape::Text => Value::String(String::new()),
            Shape::Bool => Value::Bool(false),
            Shape::Number => Value::from(0),
            Shape::Optional(_) | Shape::Unit => Value::Null,
            Shape::List(_) | Shape::Tuple(_) => Value::Array(Vec::new()),
            Shape::Map(..) => Value::Object(Map::new()),
            Shape::Named(name) => match self.types.get(name) {
                Some(Container::Struct(fields)) => self.struct_default(fields, depth),
                Some(Container::Enum(variants)) => match variants.first() {
                    Some(v) => self.variant_default(v, depth),
                    None => Value::Null,
                },
                Some(Container::Newtype(inner)) => self.default_depth(inner, depth + 1),
                _ => Value::Null,
            },
        }
    }

    fn struct_default(&self, fields: &[Field], depth: usize) -> Value {
        let mut map = Map::new();
        for f in fields {
            if !matches!(f.shape, Shape::Optional(_)) {
                map.insert(f.name.clone(), self.default_depth(&f.shape, depth + 1));
            }
        }
        Value::Object(map)
    }

    /// The value of enum variant `v` with its data at their defaults.
    pub fn variant_default(&self, v: &Variant, depth: usize) -> Value {
        let data = match &v.body {
            Body::Unit => return Value::String(v.name.clone()),
            Body::Newtype(s) => self.default_depth(s, depth + 1),
            Body::Tuple(shapes) => Value::Array(
                shapes
                    .iter()
                    .map(|s| self.default_depth(s, depth + 1))
                    .collect(),
            ),
            Body::Struct(fields) => self.struct_default(fields, depth),
        };
        let mut map = Map::new();
        map.insert(v.name.clone(), data);
        Value::Object(map)
    }
}

/// The schema of the register's model, traced on first use.
pub fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    // Tracing depends only on the model's derives, never on user data; the
    // unit tests below prove it succeeds.
    SCHEMA.get_or_init(|| trace().expect("the model's serde derives can be traced"))
}

/// Traces the model. Every enum is traced on its own first, so that all of
/// its variants are known (serde-reflection's documented recipe).
fn trace() -> Result<Schema, String> {
    let mut tracer = Tracer::new(TracerConfig::default());
    macro_rules! trace_all {
        ($($t:ident),* $(,)?) => {
            $( tracer.trace_simple_type::<model::$t>().map_err(|e| format!("{}: {e}", stringify!($t)))?; )*
        };
    }
    trace_all!(
        OrgRole,
        OrgKind,
        OrgNumber,
        RecipientKind,
        SubProcessors,
        ActivityRole,
        Status,
        Art6,
        Art9,
        NationalIdScheme,
        DataKind,
        SpecialKind,
        CollectedFrom,
        Mechanism,
        Art49,
        Retention,
        Bound,
        RetentionEvent,
        Art22Ground,
        DpiaStatus,
        RiskCriterion,
        FindingKind,
        Organisation,
        Activity,
    );
    let registry = tracer.registry().map_err(|e| e.to_string())?;
    let types = registry
        .into_iter()
        .map(|(name, c)| (name, container(&c)))
        .collect();
    Ok(Schema { types })
}

fn container(c: &ContainerFormat) -> Container {
    match c {
        ContainerFormat::Struct(fields) => Container::Struct(named_fields(fields)),
        ContainerFormat::Enum(variants) => Container::Enum(
            variants
                .values()
                .map(|v| Variant {
                    name: v.name.clone(),
                    body: match &v.value {
                        VariantFormat::Unit => Body::Unit,
                        VariantFormat::NewType(f) => Body::Newtype(shape(f)),
                        VariantFormat::Tuple(fs) => Body::Tuple(fs.iter().map(shape).collect()),
                        VariantFormat::Struct(fs) => Body::Struct(named_fields(fs)),
                        VariantFormat::Variable(_) => Body::Unit,
                    },
                })
                .collect(),
        ),
        ContainerFormat::NewTypeStruct(f) => Container::Newtype(shape(f)),
        ContainerFormat::UnitStruct | ContainerFormat::TupleStruct(_) => Container::Other,
    }
}

fn named_fields(fields: &[Named<Format>]) -> Vec<Field> {
    fields
        .iter()
        .map(|f| Field {
            name: f.name.clone(),
            shape: shape(&f.value),
        })
        .collect()
}

fn shape(f: &Format) -> Shape {
    match f {
        Format::TypeName(n) => Shape::Named(n.clone()),
        Format::Str | Format::Char | Format::Bytes => Shape::Text,
        Format::Bool => Shape::Bool,
        Format::Option(inner) => Shape::Optional(Box::new(shape(inner))),
        Format::Seq(inner) => Shape::List(Box::new(shape(inner))),
        Format::Map { key, value } => Shape::Map(Box::new(shape(key)), Box::new(shape(value))),
        Format::Tuple(fs) => Shape::Tuple(fs.iter().map(shape).collect()),
        Format::TupleArray { content, size } => {
            Shape::Tuple(std::iter::repeat_n(shape(content), *size).collect())
        }
        Format::Unit => Shape::Unit,
        Format::Variable(_) => Shape::Unit,
        _ => Shape::Number,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::model::{Activity, Organisation};

    #[test]
    fn traces_every_record_type() {
        let s = schema();
        let names: Vec<&str> = s
            .fields("Activity")
            .iter()
            .map(|f| f.name.as_str())
            .collect();
        for expected in ["id", "name", "status", "legal_bases", "retention"] {
            assert!(
                names.contains(&expected),
                "{expected} missing from {names:?}"
            );
        }
        assert!(!s.fields("Organisation").is_empty());
        let status: Vec<&str> = s
            .variants("Status")
            .unwrap_or_default()
            .iter()
            .map(|v| v.name.as_str())
            .collect();
        assert!(status.len() >= 4, "{status:?}");
    }

    #[test]
    fn every_enum_is_complete() {
        // An enum whose variants were not all traced would make the
        // registry fail; this guards new enums added to the model.
        assert!(trace().is_ok());
    }

    #[test]
    fn defaults_deserialize_into_the_model() {
        let s = schema();
        let a = s.default_value(&Shape::Named("Activity".into()));
        let parsed: Result<Activity, _> = serde_json::from_value(a.clone());
        assert!(parsed.is_ok(), "{a}: {parsed:?}");
        let o = s.default_value(&Shape::Named("Organisation".into()));
        let parsed: Result<Organisation, _> = serde_json::from_value(o.clone());
        assert!(parsed.is_ok(), "{o}: {parsed:?}");
    }

    #[test]
    fn every_variant_default_deserializes() {
        let s = schema();
        for (name, c) in &s.types {
            if let Container::Enum(vs) = c {
                for v in vs {
                    let value = s.variant_default(v, 0);
                    let ok = match name.as_str() {
                        "Retention" => {
                            serde_json::from_value::<model::Retention>(value.clone()).is_ok()
                        }
                        "Mechanism" => {
                            serde_json::from_value::<model::Mechanism>(value.clone()).is_ok()
                        }
                        "OrgNumber" => {
                            serde_json::from_value::<model::OrgNumber>(value.clone()).is_ok()
                        }
                        _ => true,
                    };
                    assert!(ok, "{name}::{}: {value}", v.name);
                }
            }
        }
    }
}
