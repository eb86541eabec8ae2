//! Acknowledgements that cover one finding, values that say "not stated in
//! the source", and today's date taken in the user's time zone.

mod common;

use std::path::Path;
use std::process::Command;

use common::{clean_activity, clean_org, write_register};
use ropa::register::model::*;

/// Runs `ropa validate <dir> --format json` with `TZ` set, returning the
/// exit code and the JSON report.
fn validate_in_tz(dir: &Path, tz: &str) -> (i32, serde_json::Value) {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    let out = Command::new(env!("CARGO_BIN_EXE_ropa"))
        .args(["validate", "--format", "json"])
        .arg(dir)
        .env_remove("ROPA_REGISTRY")
        .env("ROPA_CONFIG_DIR", tmp.join("no-config"))
        .env("ROPA_DATA_DIR", tmp.join("data"))
        .env("TZ", tz)
        .output()
        .expect("run ropa");
    let json = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "{e}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (out.status.code().unwrap_or(-1), json)
}

fn rules_of(json: &serde_json::Value) -> Vec<String> {
    json["findings"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|f| f.get("acknowledged").is_none())
                .filter_map(|f| f["rule"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Today's date in a named zone, as the register writes dates.
fn today_in(zone: &str) -> String {
    let tz = jiff::tz::TimeZone::get(zone).expect("zone");
    jiff::Timestamp::now()
        .to_zoned_datetime(tz)
        .date()
        .to_string()
}

/// Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC-11) are 25 hours
/// apart, so their dates always differ. An acknowledgement that expires on
/// Pago Pago's today still holds there, and has expired in Kiritimati.
#[test]
fn expiry_is_judged_by_the_users_local_date() {
    // Retried once in case the test straddles midnight in either zone.
    for attempt in 0..2 {
        let pago = today_in("Pacific/Pago_Pago");
        let kiri = today_in("Pacific/Kiritimati");
        assert_ne!(pago, kiri);
        let dir = tempfile::tempdir().expect("tempdir");
        let mut org = clean_org();
        org.address = None;
        org.acknowledgements.push(Acknowledgement {
            rule: "ORG-001".into(),
            at: Some("address".into()),
            reason: "Ikke oplyst i politikken; spørg på årsmødet.".into(),
            expires: pago.clone(),
        });
        write_register(dir.path(), &org, &[clean_activity()]);

        let (west_code, west) = validate_in_tz(dir.path(), "Pacific/Pago_Pago");
        let (east_code, east) = validate_in_tz(dir.path(), "Pacific/Kiritimati");
        if (pago, kiri)
            != (
                today_in("Pacific/Pago_Pago"),
                today_in("Pacific/Kiritimati"),
            )
        {
            assert_eq!(attempt, 0, "the date changed twice during the test");
            continue;
        }
        assert_eq!(west_code, 0, "{west:#}");
        assert!(rules_of(&west).is_empty(), "{west:#}");
        assert_eq!(east_code, 1, "{east:#}");
        let east_rules = rules_of(&east);
        assert!(east_rules.contains(&"ACK-001".to_string()), "{east:#}");
        assert!(east_rules.contains(&"ORG-001".to_string()), "{east:#}");
        return;
    }
}
