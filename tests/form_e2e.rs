//! The scenario in a real terminal: the binary under tmux at
//! 80×24, in Danish, on a scratch copy of the sample register. DA Barsel is
//! found with `/barsel`, its form opened, its retention reached with the
//! jump to a field and replaced with Danish text (æøå), and saved as one
//! commit, in a handful of keys besides the text typed.

mod common;

use std::process::Command;

use common::tmux::{Tmux, tmux_available};

#[test]
fn da_barsels_retention_is_edited_from_the_form_in_a_few_keys() {
    if !tmux_available() {
        eprintln!("tmux is not installed; skipping the end-to-end test");
        return;
    }
    let (_dir, work) = common::interface::scratch_repo();
    let cmd = format!(
        "{} --lang da --registry '{}'",
        env!("CARGO_BIN_EXE_ropa"),
        work.join("registry").display()
    );
    let t = Tmux::start(&cmd, 80, 24).expect("tmux session");
    t.wait_for("Dansk Arbejdsgiverforening");
    // The search: `/`, the query, Enter.
    t.keys(&["/"]);
    t.literal("barsel");
    t.wait_for("DA Barsel");
    t.keys(&["Enter"]);
    t.wait_for("Formål og retsgrundlag");
    // The form opens in sections, the focus on the name.
    t.keys(&["e"]);
    let screen = t.wait_for("▾ Identitet");
    assert!(screen.contains("Ctrl-F gå til felt"), "{screen}");
    // Ctrl-F, the field's name, Enter: on the retention text.
    let mut keys = 0;
    t.keys(&["C-f"]);
    keys += 1;
    t.wait_for("Gå til felt");
    t.literal("slettefrister tekst");
    t.wait_for("retention[0].text");
    t.keys(&["Enter"]);
    keys += 1;
    let screen = t.wait_for("Teksten, som kilden skriver den");
    assert!(
        screen.contains("Tekst                 Der opbevares"),
        "{screen}"
    );
    // Ctrl-U empties it; the new text is typed; Ctrl-S saves.
    t.keys(&["C-u"]);
    keys += 1;
    let text = "Oplysningerne slettes fem år efter regnskabsårets udløb, jf. bogføringsloven § 10 (æøå ÆØÅ).";
    t.literal(text);
    let screen = t.wait_for("bogføringsloven § 10");
    assert!(screen.contains("slettes fem år"), "{screen}");
    t.keys(&["C-s"]);
    keys += 1;
    assert!(keys <= 12, "{keys} keys");
    let file = work.join("registry/da/activities/da-barsel.ron");
    let start = std::time::Instant::now();
    // The transaction writes the file before it makes the commit: wait
    // for the commit (HEAD holding the text), not for the file.
    loop {
        let saved = std::fs::read_to_string(&file).unwrap_or_default();
        let head = Command::new("git")
            .args(["show", "HEAD:registry/da/activities/da-barsel.ron"])
            .current_dir(&work)
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default();
        if saved.contains(text) && head.contains(text) {
            break;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "not saved; screen:\n{}",
            t.screen()
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // One commit, whose diff is the retention text alone.
    let log = Command::new("git")
        .args(["log", "-1", "-p", "--format=%s"])
        .current_dir(&work)
        .output()
        .expect("git log");
    let log = String::from_utf8_lossy(&log.stdout);
    assert!(
        log.contains(&format!("+            text: \"{text}\",")),
        "{log}"
    );
    let changed = log
        .lines()
        .filter(|l| l.starts_with('+') && !l.starts_with("+++"))
        .count();
    assert_eq!(changed, 1, "{log}");
}
