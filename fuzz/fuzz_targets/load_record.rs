//! Arbitrary bytes through everything the loader does with a file's text:
//! the UTF-8 check, parsing as either record type, and the index of value
//! positions used for `path:line:col`. None of it may panic, overflow the
//! stack or hang, whatever the file holds.

#![no_main]

use libfuzzer_sys::fuzz_target;
use ropa::register::load::parse_record;
use ropa::register::locate::SpanIndex;
use ropa::register::model::{Activity, Organisation};

fuzz_target!(|data: &[u8]| {
    // The loader refuses text that is not UTF-8 before parsing.
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_record::<Activity>(text);
    let _ = parse_record::<Organisation>(text);
    let spans = SpanIndex::new(text);
    for path in [
        "",
        "id",
        "name",
        "purposes[0].text",
        "recipients[0]",
        "x.y[1]",
    ] {
        let _ = spans.find(path);
        let _ = spans.get(path);
    }
});
