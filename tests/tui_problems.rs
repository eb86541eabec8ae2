//! The problems view built for triage, and search hits that open where
//! they matched: snapshots with styles at 80×24 and 120×40 in English and
//! Danish, and scripted keys on the sample register for each defect of
//! issue 14 (grouping and order, severity and rule filters, markers,
//! ellipsis, Enter scrolling to the field, Ctrl-U / Ctrl-W, `barsel`,
//! snippets).

mod common;

use common::interface::{buffer_text, ctrl, key, keys_, render};
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ropa::register::date::Date;
use ropa::register::lang::Lang;
use ropa::register::load::load;
use ropa::register::search::SearchIndex;
use ropa::register::validate::{Options, Severity, validate};
use ropa::tui::app::{App, Screen};
use ropa::tui::problems::{self, ACKNOWLEDGED, ERROR, Row, Show, WARNING};

/// The sample register committed in a scratch repository of its own.
fn sample_root() -> &'static std::path::Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let common::interface::Scratch { _dir, .. } = common::interface::scratch();
        _dir
    })
    .path()
}

/// The sample register validated on `today`.
fn app_on(today: &str) -> App {
    let loaded = load(&sample_root().join("registry")).expect("load");
    let report = validate(
        &loaded,
        &Options {
            today: Date::parse(today).expect("date"),
            strict: false,
        },
    );
    let mut app = App::new("registry");
    app.head = Some(ropa::register::git::HeadInfo {
        branch: "main".into(),
        short_id: "0123abc".into(),
    });
    app.set_loaded(loaded);
    app.set_report(report);
    app
}

/// The sample as the other interface tests see it: no errors, warnings
/// and acknowledged findings.
fn sample_app() -> App {
    app_on("2026-11-23")
}

/// The sample far in the future: its acknowledgements have expired, so
/// the errors they covered count again, next to the warnings.
fn app_with_errors() -> App {
    app_on("2099-01-01")
}

/// The whole interface drawn at `w`×`h`, with every cell's style (the
/// buffer's own debug form: the text, then the style runs).
fn render_styled(app: &mut App, w: u16, h: u16) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| ropa::tui::draw(f, app, &ropa::tui::theme::Theme::default()))
        .expect("draw");
    format!("{:?}", t.backend().buffer())
}

fn text_at(app: &mut App, w: u16, h: u16) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("terminal");
    t.draw(|f| ropa::tui::draw(f, app, &ropa::tui::theme::Theme::default()))
        .expect("draw");
    buffer_text(t.backend().buffer())
}

fn findings(app: &App) -> Vec<ropa::register::validate::Finding> {
    app.report().expect("report").findings.clone()
}

/// The finding rows on screen, each with the finding it shows.
fn shown_findings(app: &App) -> Vec<ropa::register::validate::Finding> {
    let all = findings(app);
    problems::shown(app)
        .into_iter()
        .map(|i| all[i].clone())
        .collect()
}

fn da_barsel() -> Screen {
    Screen::Detail {
        org: "da".into(),
        act: "da-barsel".into(),
    }
}

#[test]
fn problems_view_with_styles_in_english_and_danish() {
    for lang in [Lang::En, Lang::Da] {
        for (w, h) in [(80, 24), (120, 40)] {
            let mut app = app_with_errors();
            app.lang = lang;
            keys_(&mut app, "p");
            assert_eq!(app.screen(), Screen::Problems);
            insta::assert_snapshot!(
                format!("problems_{lang:?}_{w}x{h}").to_lowercase(),
                render_styled(&mut app, w, h)
            );
        }
    }
    // The filtered view and the rule picker, in Danish.
    let mut app = sample_app();
    app.lang = Lang::Da;
    keys_(&mut app, "pw");
    insta::assert_snapshot!(
        "problems_da_warnings_80x24",
        render_styled(&mut app, 80, 24)
    );
    keys_(&mut app, "r");
    insta::assert_snapshot!(
        "problems_da_rule_picker_80x24",
        render_styled(&mut app, 80, 24)
    );
}

#[test]
fn errors_come_first_grouped_by_organisation_and_activity_names() {
    let mut app = app_with_errors();
    keys_(&mut app, "p");
    let rows = problems::rows(&app);
    let all = findings(&app);
    let errors = all
        .iter()
        .filter(|f| f.is_active() && f.severity == Severity::Error)
        .count();
    assert!(errors > 0, "expired acknowledgements make errors");
    // The first row is an organisation, the next a record, then an error.
    assert!(matches!(rows[0], Row::Organisation { .. }), "{:?}", rows[0]);
    assert!(matches!(rows[1], Row::Record { .. }), "{:?}", rows[1]);
    let Row::Finding(first) = rows[2] else {
        panic!("a finding: {:?}", rows[2]);
    };
    assert_eq!(all[first].severity, Severity::Error);
    assert!(all[first].is_active());
    // Headers name organisations and activities, never files, and count
    // what they hold; organisations with errors come before the others,
    // each kind by name.
    let mut orgs = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let Row::Organisation { name, counts } = &rows[i] else {
            i += 1;
            continue;
        };
        assert!(!name.contains(".ron") && !name.contains('/'), "{name}");
        let end = rows[i + 1..]
            .iter()
            .position(|r| matches!(r, Row::Organisation { .. }))
            .map_or(rows.len(), |e| i + 1 + e);
        let inside: Vec<usize> = rows[i + 1..end]
            .iter()
            .filter_map(|r| match r {
                Row::Finding(j) => Some(*j),
                _ => None,
            })
            .collect();
        let active_errors = inside
            .iter()
            .filter(|&&j| all[j].is_active() && all[j].severity == Severity::Error)
            .count();
        assert_eq!(counts.errors, active_errors, "{name}");
        assert_eq!(
            counts.errors + counts.warnings + counts.acknowledged,
            inside.len()
        );
        orgs.push((counts.errors == 0, name.to_lowercase()));
        i = end;
    }
    let mut sorted = orgs.clone();
    sorted.sort();
    assert_eq!(orgs, sorted, "errors first, then by name");
    // Inside a record: errors, then warnings, then acknowledged.
    let rank = |f: &ropa::register::validate::Finding| match (&f.acknowledged, f.severity) {
        (Some(_), _) => 2,
        (None, Severity::Error) => 0,
        (None, Severity::Warning) => 1,
    };
    let mut last = 0;
    for r in &rows {
        match r {
            Row::Finding(j) => {
                assert!(rank(&all[*j]) >= last, "{:?}", all[*j]);
                last = rank(&all[*j]);
            }
            _ => last = 0,
        }
    }
    // On screen: the activity header reads "DA Barsel — …", with counts.
    let screen = text_at(&mut app, 120, 40);
    assert!(screen.contains("Dansk Arbejdsgiverforening — "), "{screen}");
    assert!(!screen.contains("da/activities/"), "{screen}");
}

#[test]
fn severity_keys_filter_and_the_title_says_so() {
    let mut app = app_with_errors();
    keys_(&mut app, "p");
    let all = shown_findings(&app).len();
    keys_(&mut app, "e");
    assert_eq!(app.problems.show, Show::Errors);
    let errors = shown_findings(&app);
    assert!(!errors.is_empty() && errors.len() < all);
    assert!(
        errors
            .iter()
            .all(|f| f.is_active() && f.severity == Severity::Error)
    );
    let screen = render(&mut app, 80, 24);
    assert!(
        screen
            .lines()
            .next()
            .unwrap_or_default()
            .contains("errors only"),
        "{screen}"
    );
    assert!(!screen.contains(WARNING), "{screen}");
    // The same key again shows everything.
    keys_(&mut app, "e");
    assert_eq!(shown_findings(&app).len(), all);
    keys_(&mut app, "w");
    assert!(
        shown_findings(&app)
            .iter()
            .all(|f| f.is_active() && f.severity == Severity::Warning)
    );
    // Acknowledged findings: the sample today still has its
    // acknowledgements.
    let mut app = sample_app();
    keys_(&mut app, "pa");
    let acked = shown_findings(&app);
    assert!(!acked.is_empty());
    assert!(acked.iter().all(|f| !f.is_active()));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("acknowledged only"), "{screen}");
    // The selection stays within what is shown.
    keys_(&mut app, "G");
    assert_eq!(app.selection(), acked.len() - 1);
}

#[test]
fn the_rule_picker_lists_rules_with_counts_and_filters() {
    let mut app = sample_app();
    keys_(&mut app, "p");
    keys_(&mut app, "r");
    assert_eq!(app.problems.picker, Some(0));
    let screen = render(&mut app, 80, 24);
    let rules = problems::rules(&app);
    let (ret, n) = rules
        .iter()
        .find(|(r, _)| *r == "RET-002")
        .copied()
        .expect("RET-002 in the sample");
    assert!(screen.contains(&format!("RET-002  ({n})")), "{screen}");
    assert!(screen.contains("Every rule"), "{screen}");
    // Down to RET-002 and Enter.
    let at = rules.iter().position(|(r, _)| *r == ret).expect("row") + 1;
    for _ in 0..at {
        keys_(&mut app, "j");
    }
    keys_(&mut app, "\n");
    assert_eq!(app.problems.picker, None);
    assert_eq!(
        app.screen(),
        Screen::Problems,
        "Enter in the picker opens nothing"
    );
    let shown = shown_findings(&app);
    assert_eq!(shown.len(), n);
    assert!(shown.iter().all(|f| f.rule == "RET-002"));
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("rule RET-002"), "{screen}");
    // On a narrow terminal the title with its filter is cut with `…`.
    app.lang = Lang::Da;
    keys_(&mut app, "w");
    let screen = render(&mut app, 60, 20);
    let top = screen.lines().next().unwrap_or_default();
    assert!(
        top.starts_with("┌ Problemer — ") && top.ends_with("…┐"),
        "{screen}"
    );
    // The filter keys are on the key bar below the pane (as bound), not
    // repeated on its bottom border.
    let mut lines = screen.lines().skip_while(|l| !l.starts_with('└'));
    let bottom = lines.next().unwrap_or_default();
    assert!(!bottom.contains("e fejl"), "{screen}");
    // At 60 columns the bar keeps moving, Enter and Esc; at 80 the filters
    // follow.
    let bar = lines.next().unwrap_or_default();
    assert!(bar.contains("Enter") && bar.contains("Esc"), "{screen}");
    let wide = render(&mut app, 80, 24);
    let bar = wide
        .lines()
        .skip_while(|l| !l.starts_with('└'))
        .nth(1)
        .unwrap_or_default();
    assert!(bar.contains("e w a fejl/advarsler"), "{wide}");
    keys_(&mut app, "w");
    app.lang = Lang::En;
    // Esc closes the picker unchanged; "every rule" clears the filter.
    keys_(&mut app, "r\x1b");
    assert_eq!(app.problems.rule.as_deref(), Some("RET-002"));
    assert_eq!(app.screen(), Screen::Problems, "Esc closed only the picker");
    keys_(&mut app, "rg\n");
    assert_eq!(app.problems.rule, None);
    assert_eq!(shown_findings(&app).len(), findings(&app).len());
}

/// Every finding row on the problems screen as it is drawn at 80×24,
/// paging through the whole list: each has the marker of its kind, and
/// its message whole or cut with `…`.
fn check_rows(app: &mut App, seen: &mut [bool; 3]) {
    let shown = shown_findings(app);
    let markers = [ERROR, WARNING, ACKNOWLEDGED];
    for i in 0..shown.len() {
        if i > 0 {
            keys_(app, "j");
        }
        if i % 10 != 0 && i + 1 != shown.len() {
            continue;
        }
        let screen = render(app, 80, 24);
        for line in screen.lines().skip(1) {
            let inner = line
                .trim_start_matches('│')
                .trim_end_matches('│')
                .trim_end();
            let Some(m) = markers
                .iter()
                .position(|m| inner.trim_start().starts_with(m))
            else {
                continue;
            };
            let rest = inner.trim_start()[markers[m].len()..].trim_start();
            let (rule, msg) = rest.split_once(' ').expect("rule and message");
            let msg = msg.trim_start();
            let fits = |f: &&ropa::register::validate::Finding| {
                let kind = match (&f.acknowledged, f.severity) {
                    (Some(_), _) => 2,
                    (None, Severity::Error) => 0,
                    (None, Severity::Warning) => 1,
                };
                let whole = f.message.trim_end() == msg;
                let cut = msg.strip_suffix('…').is_some_and(|head| {
                    f.message.starts_with(head) && head.len() < f.message.len()
                });
                f.rule == rule && kind == m && (whole || cut)
            };
            assert!(shown.iter().any(|f| fits(&f)), "{line}\n{screen}");
            seen[m] = true;
        }
    }
}

#[test]
fn markers_do_not_rely_on_colour_and_long_messages_end_in_an_ellipsis() {
    assert_eq!((ERROR, WARNING, ACKNOWLEDGED), ("✖", "▲", "✓"));
    let mut seen = [false; 3];
    for mut app in [app_with_errors(), sample_app()] {
        keys_(&mut app, "p");
        check_rows(&mut app, &mut seen);
    }
    assert_eq!(
        seen, [true; 3],
        "errors, warnings and acknowledged all drawn"
    );
}

#[test]
fn enter_opens_da_barsel_scrolled_to_its_retention() {
    let mut app = sample_app();
    keys_(&mut app, "p");
    let target = shown_findings(&app)
        .iter()
        .position(|f| f.path == "da/activities/da-barsel.ron" && f.rule == "RET-002")
        .expect("DA Barsel's vague retention");
    for _ in 0..target {
        keys_(&mut app, "j");
    }
    keys_(&mut app, "\n");
    assert_eq!(app.screen(), da_barsel());
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Retention (Art. 30(1)(f))"), "{screen}");
    assert!(screen.contains("Der opbevares kun oplysninger"), "{screen}");
    assert!(screen.contains("RET-002"), "{screen}");
    // Back to the list, on the same finding.
    keys_(&mut app, "\x1b");
    assert_eq!(app.screen(), Screen::Problems);
    assert_eq!(app.selection(), target);
}

#[test]
fn a_click_on_a_finding_selects_it_and_a_header_does_nothing() {
    let mut app = sample_app();
    keys_(&mut app, "p");
    render(&mut app, 80, 24);
    let rows = problems::rows(&app);
    // Row 1 is the organisation header, 2 the record header, 3 and 4
    // findings.
    assert!(matches!(rows[3], Row::Finding(_)), "{rows:?}");
    app.click(10, 1, 80, 24);
    assert_eq!(app.selection(), 0);
    app.click(10, 4, 80, 24);
    let expected = rows[..3]
        .iter()
        .filter(|r| matches!(r, Row::Finding(_)))
        .count();
    assert_eq!(app.selection(), expected, "{rows:?}");
}

/// Answers the search worker's request synchronously.
fn answer(app: &mut App, index: &SearchIndex) {
    if let Some(req) = app.take_search_request() {
        let hits = index.search(&req.query, ropa::tui::search::LIMIT);
        app.search_results(req.generation, hits);
    }
}

fn type_(app: &mut App, index: &SearchIndex, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c), KeyModifiers::NONE);
        answer(app, index);
    }
}

fn index_of(app: &App) -> SearchIndex {
    SearchIndex::new(&app.loaded.as_ref().expect("loaded").register)
}

#[test]
fn slash_barsel_and_two_keys_show_da_barsels_retention() {
    let mut app = sample_app();
    let index = index_of(&app);
    // From the start: `/`, the query, Enter, `6` (the retention section).
    keys_(&mut app, "/");
    type_(&mut app, &index, "barsel");
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.screen(), da_barsel());
    keys_(&mut app, "6");
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("6 Retention (Art. 30(1)(f))"), "{screen}");
    assert!(screen.contains("Der opbevares kun oplysninger"), "{screen}");
    // Other numbers reach the other sections.
    keys_(&mut app, "1");
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("1 Identity"), "{screen}");
    keys_(&mut app, "9");
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("9 Status and review"), "{screen}");
    assert!(!screen.contains("1 Identity"), "{screen}");
}

#[test]
fn barsel_ranks_da_barsel_first_and_never_besvarelse() {
    let mut app = sample_app();
    let index = index_of(&app);
    keys_(&mut app, "/");
    type_(&mut app, &index, "barsel");
    assert_eq!(
        app.search.ids.first(),
        Some(&("da".to_string(), Some("da-barsel".to_string())))
    );
    assert!(
        app.search
            .hits
            .iter()
            .all(|h| !h.text.contains("besvarelse") || h.text.to_lowercase().contains("barsel")),
        "{:?}",
        app.search.hits
    );
    let screen = render(&mut app, 120, 40);
    assert!(!screen.contains("besvarelse"), "{screen}");
}

#[test]
fn ctrl_u_clears_and_ctrl_w_deletes_a_word() {
    let mut app = sample_app();
    let index = index_of(&app);
    keys_(&mut app, "/");
    type_(&mut app, &index, "org:da barsel");
    assert!(!app.search.hits.is_empty());
    ctrl(&mut app, 'w');
    answer(&mut app, &index);
    assert_eq!(app.search.query, "org:da ");
    // The query was sent again: the hits answer "org:da ".
    assert!(!app.search.pending());
    assert!(app.search.hits.iter().all(|h| h.field == "Name"));
    ctrl(&mut app, 'u');
    answer(&mut app, &index);
    assert_eq!(app.search.query, "");
    assert_eq!(app.screen(), Screen::Search, "still searching");
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("│/"), "{screen}");
    // Typing goes on from the empty query, æøå as typed.
    type_(&mut app, &index, "løn");
    assert_eq!(app.search.query, "løn");
    assert!(!app.search.hits.is_empty());
}

#[test]
fn snippets_start_at_a_word_and_say_where_they_are_cut() {
    let mut app = sample_app();
    let index = index_of(&app);
    keys_(&mut app, "/");
    type_(&mut app, &index, "oplysninger");
    let screen = render(&mut app, 80, 24);
    let mut checked = 0;
    for (i, h) in app.search.hits.iter().enumerate().take(9) {
        // Each hit: a title row, then its snippet row.
        // Rows 0-2: the query; 3: the list's border; then two rows a hit.
        let Some(line) = screen.lines().nth(5 + 2 * i).filter(|l| l.starts_with('│')) else {
            break;
        };
        let snippet = line.trim_start_matches('│').trim_end_matches('│');
        let snippet = snippet.strip_prefix("  ").unwrap_or(snippet);
        let body = snippet.strip_prefix('…').unwrap_or(snippet);
        let body = body.trim_end().trim_end_matches('…');
        let at = h
            .text
            .find(body)
            .unwrap_or_else(|| panic!("{body:?} in {:?}", h.text));
        let cut_before = at > 0;
        assert_eq!(snippet.starts_with('…'), cut_before, "{line}");
        if cut_before {
            let before = h.text[..at].chars().next_back().expect("a char");
            assert!(!before.is_alphanumeric(), "starts mid-word: {line}");
        }
        checked += 1;
    }
    assert!(checked >= 3, "{screen}");
}

#[test]
fn a_search_hit_opens_scrolled_to_its_field() {
    let mut app = sample_app();
    let index = index_of(&app);
    keys_(&mut app, "/");
    type_(&mut app, &index, "bogføringsloven");
    let barsel = ("da".to_string(), Some("da-barsel".to_string()));
    let at = (0..app.search.hits.len())
        .find(|&i| app.search.hits[i].field == "Retention" && app.search.ids[i] == barsel)
        .expect("DA Barsel's retention text");
    for _ in 0..at {
        key(&mut app, KeyCode::Down, KeyModifiers::NONE);
    }
    key(&mut app, KeyCode::Enter, KeyModifiers::NONE);
    assert_eq!(app.screen(), da_barsel());
    let screen = render(&mut app, 80, 24);
    assert!(screen.contains("Der opbevares kun oplysninger"), "{screen}");
    assert!(app.scroll > 0, "scrolled down to the field");
}
