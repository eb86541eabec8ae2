//! The user's key bindings in a real terminal: the binary under tmux at
//! 80×24, in Danish, with a `key_bindings.ron` that moves saving to F2 and
//! the problems view's errors filter to `E`. The key bar says so, the old
//! keys do nothing, the new ones work, and Danish text typed into a field
//! is saved as typed.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::tmux::{Tmux, tmux_available};

#[test]
fn a_rebound_save_and_errors_filter_work_and_show_on_the_key_bar() {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping the end-to-end test");
        return;
    }
    let (_dir, work) = common::interface::scratch_repo();
    let config = tempfile::tempdir().expect("config dir");
    std::fs::write(
        config.path().join("key_bindings.ron"),
        "{\n    \"save\": [\"f2\"],\n    \"only_errors\": [\"E\"],\n}\n",
    )
    .expect("write bindings");
    let cmd = format!(
        "ROPA_CONFIG_DIR='{}' {} --lang da --registry '{}'",
        config.path().display(),
        env!("CARGO_BIN_EXE_ropa"),
        work.join("registry").display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("Dansk Arbejdsgiverforening");

    // The problems view: `E` shows errors only (the sample has none), `e`
    // does nothing there now.
    t.keys(&["p"]);
    let screen = t.wait_for("E w a fejl/advarsler");
    assert!(!screen.contains("e w a"), "{screen}");
    t.keys(&["E"]);
    t.wait_for("E, w, a, r ændrer det");
    t.keys(&["E"]);
    t.wait_for("advarsler");
    t.keys(&["Escape"]);

    // The form: F2 on the key bar, Ctrl-S does not save, F2 does.
    t.keys(&["/"]);
    t.literal("barsel");
    t.wait_for("DA Barsel");
    t.keys(&["Enter"]);
    t.wait_for("Formål og retsgrundlag");
    t.keys(&["e"]);
    t.wait_for("▾ Identitet");
    t.keys(&["C-f"]);
    t.wait_for("Gå til felt");
    t.literal("slettefrister tekst");
    t.wait_for("retention[0].text");
    t.keys(&["Enter"]);
    t.wait_for("Teksten, som kilden skriver den");
    t.keys(&["C-u"]);
    let text = "Slettes 5 år efter ophør, jf. bogføringsloven § 10 (æøå ÆØÅ).";
    t.literal(text);
    let screen = t.wait_for("bogføringsloven § 10");
    assert!(screen.contains("F2 gem"), "{screen}");
    assert!(!screen.contains("Ctrl-S"), "{screen}");
    let head = || {
        let out = Command::new("git")
            .args(["rev-parse", "HEAD"])
            .current_dir(&work)
            .output()
            .expect("git rev-parse");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    };
    let before = head();
    t.keys(&["C-s"]);
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(head(), before, "Ctrl-S saved:\n{}", t.screen());
    t.keys(&["F2"]);
    let start = Instant::now();
    let file = work.join("registry/da/activities/da-barsel.ron");
    while !std::fs::read_to_string(&file)
        .unwrap_or_default()
        .contains(text)
    {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "not saved; screen:\n{}",
            t.screen()
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    t.wait_for("Gemt");
    assert_ne!(head(), before);
}
