//! Defaults that follow the record: where the form must make a value the
//! user has not chosen yet (a required field of a new list item), or
//! offers choices in an order, a Norwegian organisation gets Norwegian
//! number schemes and a Danish one Danish.

use serde_json::Value;

use crate::register::schema::{Body, Container, Schema, Shape, Variant};

/// The variant of enum `name` that suits `country` (ISO 3166-1 alpha-2,
/// as typed), when the enum is a national number scheme: `None` leaves
/// the model's own order.
pub fn preferred(name: &str, country: Option<&str>) -> Option<&'static str> {
    let country = country.map(str::trim).filter(|c| !c.is_empty())?;
    let is = |code: &str| country.eq_ignore_ascii_case(code);
    match name {
        "NationalIdScheme" if is("DK") => Some("DkCpr"),
        "NationalIdScheme" if is("NO") => Some("NoFnr"),
        "NationalIdScheme" => Some("Other"),
        "OrgNumber" if is("DK") => Some("Cvr"),
        "OrgNumber" if is("NO") => Some("NoOrgnr"),
        "OrgNumber" => Some("Other"),
        _ => None,
    }
}

/// The variants of enum `name`, the one suiting `country` first, the
/// others in the model's order.
pub fn variants<'s>(schema: &'s Schema, name: &str, country: Option<&str>) -> Vec<&'s Variant> {
    let mut vs: Vec<&Variant> = schema.variants(name).unwrap_or_default().iter().collect();
    if let Some(p) = preferred(name, country)
        && let Some(i) = vs.iter().position(|v| v.name == p)
    {
        let v = vs.remove(i);
        vs.insert(0, v);
    }
    vs
}

/// The value a new item of `shape` starts with: the schema's default
/// ([`Schema::default_value`]) with every national number scheme in it
/// set to the one suiting `country`.
pub fn default_value(schema: &Schema, shape: &Shape, country: Option<&str>) -> Value {
    let mut v = schema.default_value(shape);
    follow_country(schema, &mut v, shape, country, 0);
    v
}

/// The value of variant `v` of enum `name` with its data at their
/// defaults, number schemes in it suiting `country`.
pub fn variant_value(schema: &Schema, v: &Variant, country: Option<&str>) -> Value {
    let mut value = schema.variant_default(v, 0);
    follow_body(schema, &mut value, v, country, 0);
    value
}

fn follow_country(
    schema: &Schema,
    v: &mut Value,
    shape: &Shape,
    country: Option<&str>,
    depth: usize,
) {
    // The model is not recursive; the bound keeps a future type from
    // recursing without end, as the schema's own defaults do.
    if depth > 16 {
        return;
    }
    match shape {
        Shape::Optional(inner) if !v.is_null() => {
            follow_country(schema, v, inner, country, depth + 1)
        }
        Shape::List(inner) => {
            if let Value::Array(items) = v {
                for item in items {
                    follow_country(schema, item, inner, country, depth + 1);
                }
            }
        }
        Shape::Named(name) => match schema.container(name) {
            Some(Container::Struct(fields)) => {
                for f in fields {
                    if let Some(slot) = v.get_mut(&f.name) {
                        follow_country(schema, slot, &f.shape, country, depth + 1);
                    }
                }
            }
            Some(Container::Enum(variants)) => {
                if let Some(p) = preferred(name, country)
                    && let Some(var) = variants.iter().find(|x| x.name == p)
                    && rows_variant(v) != Some(p)
                {
                    *v = schema.variant_default(var, depth);
                }
                let current = rows_variant(v).map(str::to_string);
                if let Some(var) = variants.iter().find(|x| Some(&x.name) == current.as_ref()) {
                    follow_body(schema, v, var, country, depth + 1);
                }
            }
            Some(Container::Newtype(inner)) => follow_country(schema, v, inner, country, depth + 1),
            _ => {}
        },
        _ => {}
    }
}

fn follow_body(schema: &Schema, v: &mut Value, var: &Variant, country: Option<&str>, depth: usize) {
    let Some(data) = v.get_mut(&var.name) else {
        return;
    };
    match &var.body {
        Body::Unit => {}
        Body::Newtype(s) => follow_country(schema, data, s, country, depth),
        Body::Tuple(shapes) => {
            for (i, s) in shapes.iter().enumerate() {
                if let Some(slot) = data.get_mut(i) {
                    follow_country(schema, slot, s, country, depth);
                }
            }
        }
        Body::Struct(fields) => {
            for f in fields {
                if let Some(slot) = data.get_mut(&f.name) {
                    follow_country(schema, slot, &f.shape, country, depth);
                }
            }
        }
    }
}

/// The variant an enum value holds (`"Name"` or `{"Name": data}`).
fn rows_variant(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s),
        Value::Object(m) => m.keys().next().map(String::as_str),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::register::model::{NationalIdBasis, NationalIdScheme, OrgNumber};
    use crate::register::schema::schema;

    fn basis(country: Option<&str>) -> NationalIdBasis {
        let v = default_value(schema(), &Shape::Named("NationalIdBasis".into()), country);
        serde_json::from_value(v).expect("a national id basis")
    }

    #[test]
    fn a_new_national_id_basis_has_the_organisations_scheme() {
        assert_eq!(basis(Some("NO")).scheme, NationalIdScheme::NoFnr);
        assert_eq!(basis(Some("no ")).scheme, NationalIdScheme::NoFnr);
        assert_eq!(basis(Some("DK")).scheme, NationalIdScheme::DkCpr);
        assert_eq!(
            basis(Some("SE")).scheme,
            NationalIdScheme::Other(String::new())
        );
        // No country known: the model's first scheme, as before.
        assert_eq!(basis(None).scheme, NationalIdScheme::DkCpr);
    }

    #[test]
    fn org_number_variants_offer_the_countrys_own_first() {
        let names = |c| -> Vec<String> {
            variants(schema(), "OrgNumber", c)
                .iter()
                .map(|v| v.name.clone())
                .collect()
        };
        // "Not stated in the source" stays last, after every scheme.
        assert_eq!(names(Some("NO")), ["NoOrgnr", "Cvr", "Other", "NotStated"]);
        assert_eq!(names(Some("DK")), ["Cvr", "NoOrgnr", "Other", "NotStated"]);
        assert_eq!(names(Some("DE")), ["Other", "Cvr", "NoOrgnr", "NotStated"]);
        assert_eq!(names(None), ["Cvr", "NoOrgnr", "Other", "NotStated"]);
        let v = variants(schema(), "OrgNumber", Some("NO"))[0];
        let n: OrgNumber =
            serde_json::from_value(variant_value(schema(), v, Some("NO"))).expect("org number");
        assert_eq!(n, OrgNumber::NoOrgnr(String::new()));
    }

    #[test]
    fn other_enums_keep_the_models_order() {
        let names: Vec<&str> = variants(schema(), "Art6", Some("NO"))
            .iter()
            .map(|v| v.name.as_str())
            .collect();
        assert_eq!(names, ["A", "B", "C", "D", "E", "F"]);
    }
}
