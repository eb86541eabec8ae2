//! A record laid out as form rows: the record's value (serde's JSON form)
//! walked against its [`Shape`], one row per field, list, list item and
//! absent optional field, so every field of the schema has a row.

use serde_json::{Map, Value};

use crate::register::schema::{Body, Container, Schema, Shape};

/// One step into a value: an object key or a list index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Seg {
    /// A field or an enum variant's key.
    Key(String),
    /// A list item.
    Index(usize),
}

/// A path into a value.
pub type Path = Vec<Seg>;

/// What a row edits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// The header of a section of the form (see [`super::sections`]): Enter
    /// or Space folds and unfolds it.
    Section {
        /// The section's key (`identity`, `retention`, ...).
        key: String,
    },
    /// A heading over the fields of a struct (no value of its own).
    Heading,
    /// A list: Ctrl-N adds an item.
    List {
        /// Shape of an item.
        item: Shape,
    },
    /// An item of a list that has rows of its own below it.
    Item,
    /// A text typed in place.
    Text,
    /// A number typed in place.
    Number,
    /// Yes or no (Space toggles).
    Bool,
    /// One variant of an enum, picked from a list.
    Choice {
        /// The enum's type name.
        name: String,
    },
    /// An optional field that is not set: Enter adds it.
    Unset {
        /// The shape the field takes once set.
        shape: Shape,
    },
}

/// One row of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Where the value is.
    pub path: Path,
    /// The path in the register's field-path syntax (`legal_bases[0].art6`),
    /// as the validator reports it; enum variant keys are left out.
    pub field: String,
    /// The label shown.
    pub label: String,
    /// Indentation level.
    pub depth: u16,
    /// What the row edits.
    pub kind: Kind,
    /// The row's value is an optional field that is set (Ctrl-D clears it).
    pub optional: bool,
    /// The nearest list item this row belongs to: the list's path and the
    /// item's index.
    pub item: Option<(Path, usize)>,
}

/// The value at `path`, if any.
pub fn get<'a>(v: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, s| match s {
        Seg::Key(k) => v.get(k),
        Seg::Index(i) => v.get(i),
    })
}

/// The value at `path`, created (as null) along the way where missing.
pub fn get_mut<'a>(v: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    let mut cur = v;
    for s in path {
        cur = match s {
            Seg::Key(k) => {
                if cur.is_null() {
                    *cur = Value::Object(Map::new());
                }
                cur.as_object_mut()?.entry(k.clone()).or_insert(Value::Null)
            }
            Seg::Index(i) => cur.as_array_mut()?.get_mut(*i)?,
        };
    }
    Some(cur)
}

/// Sets the value at `path`.
pub fn set(v: &mut Value, path: &[Seg], new: Value) -> bool {
    match get_mut(v, path) {
        Some(slot) => {
            *slot = new;
            true
        }
        None => false,
    }
}

/// Removes the field or list item at `path`.
pub fn remove(v: &mut Value, path: &[Seg]) -> bool {
    let Some((last, parent)) = path.split_last() else {
        return false;
    };
    match (get_mut(v, parent), last) {
        (Some(Value::Object(m)), Seg::Key(k)) => m.remove(k).is_some(),
        (Some(Value::Array(a)), Seg::Index(i)) if *i < a.len() => {
            a.remove(*i);
            true
        }
        _ => false,
    }
}

/// Fills in every non-optional field a record left out (serde skips
/// fields at their default, e.g. `role: Controller`), so the form shows
/// them; the canonical writer leaves them out again.
pub fn normalise(schema: &Schema, v: &mut Value, shape: &Shape) {
    match shape {
        Shape::Optional(inner) if !v.is_null() => normalise(schema, v, inner),
        Shape::List(inner) => {
            if let Value::Array(items) = v {
                for item in items {
                    normalise(schema, item, inner);
                }
            }
        }
        Shape::Named(name) => match schema.container(name) {
            Some(Container::Struct(fields)) => {
                if let Value::Object(m) = v {
                    for f in fields {
                        let slot = m.entry(f.name.clone()).or_insert(Value::Null);
                        if slot.is_null() && !matches!(f.shape, Shape::Optional(_)) {
                            *slot = schema.default_value(&f.shape);
                        }
                        normalise(schema, slot, &f.shape);
                    }
                    // Absent optional fields stay absent rather than null.
                    m.retain(|_, v| !v.is_null());
                }
            }
            Some(Container::Enum(variants)) => {
                if let Value::Object(m) = v {
                    for (k, data) in m.iter_mut() {
                        match variants.iter().find(|var| &var.name == k).map(|v| &v.body) {
                            Some(Body::Newtype(s)) => normalise(schema, data, s),
                            Some(Body::Struct(fields)) => {
                                let shape_fields = fields.clone();
                                if let Value::Object(dm) = data {
                                    for f in &shape_fields {
                                        let slot = dm.entry(f.name.clone()).or_insert(Value::Null);
                                        if slot.is_null() && !matches!(f.shape, Shape::Optional(_))
                                        {
                                            *slot = schema.default_value(&f.shape);
                                        }
                                        normalise(schema, slot, &f.shape);
                                    }
                                    dm.retain(|_, v| !v.is_null());
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
            Some(Container::Newtype(inner)) => normalise(schema, v, inner),
            _ => {}
        },
        _ => {}
    }
}

/// Lays out `value` of `shape` as rows.
pub fn layout(schema: &Schema, value: &Value, shape: &Shape) -> Vec<Row> {
    let mut b = Builder {
        schema,
        rows: Vec::new(),
    };
    let ctx = Ctx {
        path: Vec::new(),
        field: String::new(),
        depth: 0,
        item: None,
    };
    match shape {
        Shape::Named(name) => match schema.container(name) {
            Some(Container::Struct(fields)) => {
                for f in fields {
                    b.field(value, &f.name, &f.shape, &ctx);
                }
            }
            _ => b.value(value, shape, "value", &ctx, false),
        },
        _ => b.value(value, shape, "value", &ctx, false),
    }
    b.rows
}

#[derive(Clone)]
struct Ctx {
    path: Path,
    field: String,
    depth: u16,
    item: Option<(Path, usize)>,
}

impl Ctx {
    fn key(&self, k: &str, in_field: bool) -> Ctx {
        let mut path = self.path.clone();
        path.push(Seg::Key(k.to_string()));
        let field = if !in_field {
            self.field.clone()
        } else if self.field.is_empty() {
            k.to_string()
        } else {
            format!("{}.{k}", self.field)
        };
        Ctx {
            path,
            field,
            depth: self.depth,
            item: self.item.clone(),
        }
    }

    fn deeper(&self) -> Ctx {
        Ctx {
            depth: self.depth + 1,
            ..self.clone()
        }
    }
}

struct Builder<'s> {
    schema: &'s Schema,
    rows: Vec<Row>,
}

impl Builder<'_> {
    fn push(&mut self, ctx: &Ctx, label: &str, kind: Kind, optional: bool) {
        self.rows.push(Row {
            path: ctx.path.clone(),
            field: ctx.field.clone(),
            label: label.to_string(),
            depth: ctx.depth,
            kind,
            optional,
            item: ctx.item.clone(),
        });
    }

    fn field(&mut self, parent: &Value, name: &str, shape: &Shape, ctx: &Ctx) {
        let ctx = ctx.key(name, true);
        let value = parent.get(name).unwrap_or(&Value::Null);
        self.value(value, shape, name, &ctx, false);
    }

    fn value(&mut self, value: &Value, shape: &Shape, label: &str, ctx: &Ctx, optional: bool) {
        match shape {
            Shape::Optional(inner) => {
                if value.is_null() {
                    self.push(
                        ctx,
                        label,
                        Kind::Unset {
                            shape: (**inner).clone(),
                        },
                        false,
                    );
                } else {
                    self.value(value, inner, label, ctx, true);
                }
            }
            Shape::Text => self.push(ctx, label, Kind::Text, optional),
            Shape::Number => self.push(ctx, label, Kind::Number, optional),
            Shape::Bool => self.push(ctx, label, Kind::Bool, optional),
            Shape::List(inner) => {
                self.push(
                    ctx,
                    label,
                    Kind::List {
                        item: (**inner).clone(),
                    },
                    optional,
                );
                let items = value.as_array().map_or(&[][..], |a| &a[..]);
                for (i, item) in items.iter().enumerate() {
                    let mut path = ctx.path.clone();
                    path.push(Seg::Index(i));
                    let item_ctx = Ctx {
                        path,
                        field: format!("{}[{i}]", ctx.field),
                        depth: ctx.depth + 1,
                        item: Some((ctx.path.clone(), i)),
                    };
                    let item_label = format!("#{}", i + 1);
                    if self.is_scalar(inner) {
                        self.value(item, inner, &item_label, &item_ctx, false);
                    } else {
                        self.push(&item_ctx, &item_label, Kind::Item, false);
                        self.value(item, inner, &item_label, &item_ctx.deeper(), false);
                    }
                }
            }
            Shape::Named(name) => match self.schema.container(name) {
                Some(Container::Struct(fields)) => {
                    // A list item's own row already heads its fields.
                    let inner = if ctx.item.as_ref().is_some_and(|(p, i)| {
                        let mut p = p.clone();
                        p.push(Seg::Index(*i));
                        p == ctx.path
                    }) {
                        ctx.clone()
                    } else {
                        self.push(ctx, label, Kind::Heading, optional);
                        ctx.deeper()
                    };
                    for f in fields.clone() {
                        self.field(value, &f.name, &f.shape, &inner);
                    }
                }
                Some(Container::Enum(variants)) => {
                    self.push(ctx, label, Kind::Choice { name: name.clone() }, optional);
                    let Some((variant, data)) = value.as_object().and_then(|m| m.iter().next())
                    else {
                        return;
                    };
                    let Some(body) = variants
                        .iter()
                        .find(|v| &v.name == variant)
                        .map(|v| v.body.clone())
                    else {
                        return;
                    };
                    let inner = ctx.key(variant, false).deeper();
                    match body {
                        Body::Unit => {}
                        Body::Newtype(s) => {
                            let label = super::words::kebab(variant).replace('-', "_");
                            self.value(data, &s, &label, &inner, false)
                        }
                        Body::Struct(fields) => {
                            for f in fields {
                                self.field(data, &f.name, &f.shape, &inner);
                            }
                        }
                        Body::Tuple(shapes) => {
                            for (i, s) in shapes.iter().enumerate() {
                                let mut c = inner.clone();
                                c.path.push(Seg::Index(i));
                                let v = data.get(i).unwrap_or(&Value::Null);
                                self.value(v, s, &format!("{}", i + 1), &c, false);
                            }
                        }
                    }
                }
                Some(Container::Newtype(s)) => {
                    let s = s.clone();
                    self.value(value, &s, label, ctx, optional)
                }
                _ => self.push(ctx, label, Kind::Heading, optional),
            },
            Shape::Map(..) | Shape::Tuple(_) | Shape::Unit => {
                self.push(ctx, label, Kind::Heading, optional)
            }
        }
    }

    fn is_scalar(&self, shape: &Shape) -> bool {
        match shape {
            Shape::Text | Shape::Number | Shape::Bool => true,
            Shape::Named(n) => self
                .schema
                .variants(n)
                .is_some_and(|vs| vs.iter().all(|v| v.body == Body::Unit)),
            _ => false,
        }
    }
}

/// The value of a scalar as the form shows it.
pub fn display(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
        Value::Object(m) => m.keys().next().cloned().unwrap_or_default(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::schema::schema;

    fn activity_value() -> Value {
        serde_json::json!({
            "id": "x", "name": "Løn", "status": "Draft",
            "legal_bases": [{"text": "Lov nr. 417"}],
            "systems": ["hr"],
        })
    }

    #[test]
    fn every_schema_field_has_a_row() {
        let s = schema();
        let mut v = activity_value();
        let shape = Shape::Named("Activity".into());
        normalise(s, &mut v, &shape);
        let rows = layout(s, &v, &shape);
        for f in s.fields("Activity") {
            assert!(
                rows.iter()
                    .any(|r| r.path == vec![Seg::Key(f.name.clone())] && r.depth == 0),
                "no row for {}",
                f.name
            );
        }
    }

    #[test]
    fn list_items_carry_their_list_and_index() {
        let s = schema();
        let mut v = activity_value();
        let shape = Shape::Named("Activity".into());
        normalise(s, &mut v, &shape);
        let rows = layout(s, &v, &shape);
        let sys = rows
            .iter()
            .find(|r| r.field == "systems[0]")
            .expect("systems item row");
        assert_eq!(sys.kind, Kind::Text);
        assert_eq!(sys.item, Some((vec![Seg::Key("systems".into())], 0)));
        assert!(rows.iter().any(|r| r.field == "legal_bases[0].text"));
    }

    #[test]
    fn set_get_and_remove_by_path() {
        let mut v = activity_value();
        let p = vec![Seg::Key("systems".into()), Seg::Index(0)];
        assert!(set(&mut v, &p, Value::String("crm".into())));
        assert_eq!(get(&v, &p), Some(&Value::String("crm".into())));
        assert!(remove(&mut v, &p));
        assert_eq!(
            get(&v, &[Seg::Key("systems".into())]),
            Some(&serde_json::json!([]))
        );
        assert!(set(&mut v, &[Seg::Key("owner".into())], "DPO".into()));
        assert_eq!(v["owner"], "DPO");
    }
}
