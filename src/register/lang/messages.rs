//! The message catalogues: one Fluent file per language
//! (`locales/da.ftl`, `locales/nb.ftl`, `locales/en.ftl`), built into the
//! binary so ropa speaks from any folder.
//!
//! Messages are looked up by key. A key missing from a catalogue (which
//! the tests forbid) shows as the key itself rather than stopping the
//! program.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// The Danish catalogue's text.
pub const DA: &str = include_str!("../../../locales/da.ftl");
/// The Norwegian Bokmål catalogue's text.
pub const NB: &str = include_str!("../../../locales/nb.ftl");
/// The English catalogue's text.
pub const EN: &str = include_str!("../../../locales/en.ftl");

/// The Fluent text of `lang`'s catalogue.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::Da => DA,
        Lang::Nb => NB,
        Lang::En => EN,
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 3]> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Lang::ALL.map(build));
    match lang {
        Lang::Da => &all[0],
        Lang::Nb => &all[1],
        Lang::En => &all[2],
    }
}

fn build(lang: Lang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .unwrap_or_else(|_| unic_langid::LanguageIdentifier::default());
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // No bidi isolation marks around arguments: every language here is
    // left to right, and the marks would reach files and terminals as
    // invisible characters.
    b.set_use_isolating(false);
    // A parse error keeps the entries that did parse (the tests require
    // none); a key that is lost shows as itself.
    let resource = match FluentResource::try_new(source(lang).to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    // Duplicate keys keep the first entry (the tests require none).
    let _ = b.add_resource(resource);
    b
}

/// A value given to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text, placed as it is.
    Str(std::borrow::Cow<'a, str>),
    /// A count, which picks the plural form.
    Num(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s.into())
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s.as_str().into())
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(s.into())
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Arg::Num(i64::from(n))
    }
}

impl From<u8> for Arg<'_> {
    fn from(n: u8) -> Self {
        Arg::Num(i64::from(n))
    }
}

/// The message `key` in `lang`, without arguments.
pub fn tr(lang: Lang, key: &str) -> String {
    tr_args(lang, key, &[])
}

/// The message `key` in `lang` with named arguments.
pub fn tr_args(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let b = bundle(lang);
    let Some(pattern) = b.get_message(key).and_then(|m| m.value()) else {
        return key.to_string();
    };
    let mut fargs = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Str(s) => fargs.set(*name, FluentValue::from(s.to_string())),
            Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    b.format_pattern(pattern, Some(&fargs), &mut errors)
        .into_owned()
}

/// The keys of `lang`'s catalogue, in file order.
pub fn keys(lang: Lang) -> Vec<String> {
    let resource = match FluentResource::try_new(source(lang).to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn every_catalogue_parses_without_errors_or_duplicate_keys() {
        for lang in Lang::ALL {
            if let Err((_, errors)) = FluentResource::try_new(source(lang).to_string()) {
                panic!("locales/{lang}.ftl: {errors:?}");
            }
            let mut b = FluentBundle::new_concurrent(vec![]);
            let r = FluentResource::try_new(source(lang).to_string()).expect("parsed above");
            if let Err(e) = b.add_resource(r) {
                panic!("locales/{lang}.ftl: {e:?}");
            }
        }
    }

    #[test]
    fn every_key_exists_in_every_language_and_no_language_has_extra_keys() {
        let sets: Vec<(Lang, BTreeSet<String>)> = Lang::ALL
            .iter()
            .map(|l| (*l, keys(*l).into_iter().collect()))
            .collect();
        let all: BTreeSet<&String> = sets.iter().flat_map(|(_, k)| k).collect();
        assert!(all.len() > 100, "{} keys", all.len());
        for (lang, keys) in &sets {
            let missing: Vec<&&String> = all.iter().filter(|k| !keys.contains(**k)).collect();
            assert!(missing.is_empty(), "locales/{lang}.ftl lacks {missing:?}");
        }
    }

    #[test]
    fn every_message_formats_without_errors_in_every_language() {
        // The arguments every message may use, with sample values.
        let args: Vec<(&str, Arg)> = [
            "n",
            "value",
            "note",
            "period",
            "event",
            "law",
            "name",
            "id",
            "text",
            "letter",
            "decision",
            "module",
            "approval",
            "date",
            "scheme",
            "list",
            "rule",
            "at",
            "kind",
            "expires",
            "what",
            "key",
            "count",
            "errors",
            "warnings",
            "acknowledged",
            "path",
            "editor",
            "line",
            "organisations",
            "activities",
            "reason",
            "keys",
            "id",
            "known",
            "since",
            "problem",
            "counts",
            "criteria",
            "justification",
            "role",
            "offset",
            "first",
            "second",
            "head",
            "contact",
            "files",
            "from",
            "to",
            "records",
            "commits",
            "source",
            "adopted",
            "age",
            "art",
            "bodies",
            "body",
            "category",
            "cited",
            "class",
            "code",
            "country",
            "destination",
            "digits",
            "expected",
            "field",
            "finding",
            "folder",
            "index",
            "len",
            "masked",
            "near",
            "now",
            "number",
            "org",
            "place",
            "places",
            "provision",
            "provisions",
            "raw",
            "record",
            "rid",
            "states",
            "stem",
            "stk",
            "today",
            "until",
            "verified",
            "want",
            "was",
            "weights",
            "why",
            "word",
            "written",
            "row",
            "col",
            "sheet",
            "cell",
            "heading",
            "layout",
            "file",
            "max",
            "format",
            "nodes",
            "categories",
            "mechanisms",
            "processor",
            "days",
            "months",
            "overdue",
            "soon",
            "due",
            "fields",
        ]
        .into_iter()
        .map(|n| {
            let v: Arg = if matches!(
                n,
                "n" | "count"
                    | "errors"
                    | "warnings"
                    | "acknowledged"
                    | "organisations"
                    | "activities"
                    | "module"
                    | "records"
                    | "commits"
                    | "nodes"
                    | "days"
                    | "months"
                    | "overdue"
                    | "soon"
            ) {
                Arg::Num(2)
            } else {
                Arg::Str("x".into())
            };
            (n, v)
        })
        .collect();
        for lang in Lang::ALL {
            let b = bundle(lang);
            let mut fargs = FluentArgs::new();
            for (name, value) in &args {
                match value {
                    Arg::Str(s) => fargs.set(*name, FluentValue::from(s.to_string())),
                    Arg::Num(n) => fargs.set(*name, FluentValue::from(*n)),
                }
            }
            for key in keys(lang) {
                let pattern = b
                    .get_message(&key)
                    .and_then(|m| m.value())
                    .unwrap_or_else(|| panic!("{lang}: {key} has no value"));
                let mut errors = Vec::new();
                let out = b.format_pattern(pattern, Some(&fargs), &mut errors);
                assert!(errors.is_empty(), "{lang}: {key}: {errors:?}");
                assert!(!out.contains('\u{2068}'), "{lang}: {key}: isolation mark");
            }
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        assert_eq!(
            tr_args(Lang::En, "period-years", &[("n", 1u32.into())]),
            "1 year"
        );
        assert_eq!(
            tr_args(Lang::En, "period-years", &[("n", 5u32.into())]),
            "5 years"
        );
        assert_eq!(
            tr_args(Lang::Da, "period-months", &[("n", 1u32.into())]),
            "1 måned"
        );
        assert_eq!(
            tr_args(Lang::Da, "period-months", &[("n", 6u32.into())]),
            "6 måneder"
        );
        assert_eq!(
            tr_args(Lang::Nb, "period-days", &[("n", 30u32.into())]),
            "30 dager"
        );
    }

    #[test]
    fn an_unknown_key_shows_as_itself() {
        assert_eq!(tr(Lang::Da, "no-such-key"), "no-such-key");
    }
}
