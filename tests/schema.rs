//! `ropa schema` against `ropa export --format json`, both from the real
//! binary, with a real JSON Schema validator (the `jsonschema` crate, and
//! check-jsonschema where it is installed): the schema is a valid 2020-12
//! schema; the exports of the bundled register and of a generated one
//! validate against it; every enum variant of the model validates; and an
//! export changed in a field's type, an enum's value, an unknown or a
//! missing field does not.

mod common;

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

fn run(args: &[&str]) -> Vec<u8> {
    let out = common::ropa(args);
    assert!(
        out.status.success(),
        "ropa {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn schema() -> Value {
    serde_json::from_slice(&run(&["schema"])).expect("ropa schema prints JSON")
}

fn export(path: &Path) -> Value {
    let path = path.to_str().expect("utf-8 path");
    serde_json::from_slice(&run(&["export", path, "--format", "json"])).expect("the export is JSON")
}

/// The validator's complaints about `instance`, each as `path: message`.
fn errors(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::validator_for(schema).expect("the schema compiles");
    validator
        .iter_errors(instance)
        .map(|e| format!("{}: {e}", e.instance_path().as_str()))
        .collect()
}

fn assert_valid(schema: &Value, instance: &Value, what: &str) {
    let e = errors(schema, instance);
    assert!(
        e.is_empty(),
        "{what} does not match the schema:\n{}",
        e.join("\n")
    );
}

#[test]
fn the_schema_is_a_valid_2020_12_schema_of_the_export() {
    let s = schema();
    assert_eq!(
        s["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "draft"
    );
    if let Err(e) = jsonschema::meta::validate(&s) {
        panic!("not a valid JSON Schema: {e}");
    }
    assert_eq!(s["type"], "object");
    assert_eq!(s["required"], json!(["organisations"]));
    let defs = s["$defs"].as_object().expect("$defs");
    for name in ["Organisation", "Activity", "Retention", "Status"] {
        assert!(defs.contains_key(name), "{name} missing from $defs");
    }
    // The model's doc comments become descriptions for the tools reading it.
    assert!(
        defs["Activity"]["description"]
            .as_str()
            .is_some_and(|d| !d.is_empty())
    );
}

#[test]
fn the_bundled_registers_export_matches_the_schema() {
    let s = schema();
    let e = export(&common::sample_registry());
    let orgs = e["organisations"].as_array().expect("organisations");
    assert_eq!(orgs.len(), 5, "the five sample organisations");
    assert_valid(&s, &e, "the sample register's export");
}

#[test]
fn a_generated_registers_export_matches_the_schema() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reg = dir.path().join("generated");
    let reg_s = reg.to_str().expect("utf-8 path");
    run(&[
        "generate",
        "--orgs",
        "4",
        "--activities",
        "6",
        "--seed",
        "7",
        reg_s,
    ]);
    let e = export(&reg);
    let count: usize = e["organisations"]
        .as_array()
        .expect("organisations")
        .iter()
        .map(|o| o["activities"].as_array().map_or(0, Vec::len))
        .sum();
    assert_eq!(count, 24, "4 x 6 activities exported");
    assert_valid(&schema(), &e, "the generated register's export");
}

/// `$defs/NAME` of the export's schema as a schema of its own.
fn definition(schema: &Value, name: &str) -> Value {
    json!({
        "$schema": schema["$schema"],
        "$defs": schema["$defs"],
        "$ref": format!("#/$defs/{name}"),
    })
}

#[test]
fn every_variant_of_every_enum_matches_the_schema() {
    // The form's schema (src/register/schema.rs) is traced from the
    // model's serde implementation by another route: each variant it
    // knows, serialised as the export would, must match the JSON Schema.
    let s = schema();
    let traced = ropa::register::schema::schema();
    let mut checked = 0;
    for name in s["$defs"].as_object().expect("$defs").keys() {
        let Some(variants) = traced.variants(name) else {
            continue;
        };
        let def = definition(&s, name);
        for v in variants {
            assert_valid(
                &def,
                &traced.variant_default(v, 0),
                &format!("{name}::{}", v.name),
            );
            checked += 1;
        }
        // A variant the model does not have is refused.
        let e = errors(&def, &json!("NoSuchVariant"));
        assert!(!e.is_empty(), "{name} takes an unknown variant");
    }
    assert!(checked > 60, "only {checked} variants checked");
    for record in ["Organisation", "Activity"] {
        let empty = traced.default_value(&ropa::register::schema::Shape::Named(record.into()));
        assert_valid(&definition(&s, record), &empty, record);
    }
}

/// Applies `change` to a copy of the sample export and returns the
/// validator's complaints.
fn complaints_after(change: impl FnOnce(&mut Value)) -> Vec<String> {
    let s = schema();
    let mut e = export(&common::sample_registry());
    change(&mut e);
    errors(&s, &e)
}

#[test]
fn an_export_that_disagrees_with_the_schema_fails() {
    // A text field holding a number.
    let e = complaints_after(|e| {
        e["organisations"][0]["organisation"]["name"] = json!(42);
    });
    assert!(
        e.iter()
            .any(|m| m.starts_with("/organisations/0/organisation/name:")),
        "{e:?}"
    );

    // An enum holding a value it does not have.
    let e = complaints_after(|e| {
        e["organisations"][1]["activities"][0]["status"] = json!("Finished");
    });
    assert!(
        e.iter()
            .any(|m| m.starts_with("/organisations/1/activities/0/status:")),
        "{e:?}"
    );

    // A field the model does not have.
    let e = complaints_after(|e| {
        e["organisations"][0]["activities"][0]["colour"] = json!("red");
    });
    assert!(
        e.iter().any(|m| m.contains("colour")),
        "unknown field accepted: {e:?}"
    );

    // A required field left out.
    let e = complaints_after(|e| {
        let a = e["organisations"][0]["activities"][0]
            .as_object_mut()
            .expect("activity");
        a.remove("id");
    });
    assert!(e.iter().any(|m| m.contains("\"id\"")), "{e:?}");

    // A list holding a single value.
    let e = complaints_after(|e| {
        e["organisations"][0]["activities"][0]["purposes"] = json!({"text": "x"});
    });
    assert!(!e.is_empty(), "an object accepted as a list");
}

#[test]
fn check_jsonschema_agrees() {
    let found = Command::new("check-jsonschema")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        eprintln!("skipped: check-jsonschema is not installed");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let schema_file = dir.path().join("ropa-export.schema.json");
    std::fs::write(&schema_file, run(&["schema"])).expect("write schema");
    let good = dir.path().join("export.json");
    let mut e = export(&common::sample_registry());
    std::fs::write(&good, serde_json::to_vec(&e).expect("json")).expect("write");
    e["organisations"][0]["organisation"]["name"] = json!(42);
    let bad = dir.path().join("changed.json");
    std::fs::write(&bad, serde_json::to_vec(&e).expect("json")).expect("write");
    let check = |file: &Path| {
        Command::new("check-jsonschema")
            .arg("--schemafile")
            .arg(&schema_file)
            .arg(file)
            .output()
            .expect("run check-jsonschema")
    };
    let out = check(&good);
    assert!(
        out.status.success(),
        "check-jsonschema on the export: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let out = check(&bad);
    assert!(
        !out.status.success(),
        "check-jsonschema accepted a changed export"
    );
}
