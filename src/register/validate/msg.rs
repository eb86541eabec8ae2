//! The sentence of a finding as a message key and its arguments, so that
//! it can be read in every language of the catalogues (`locales/*.ftl`,
//! section "Finding messages"), while [`Finding::message`] keeps the
//! English text that JSON, GitHub annotations and tools read.
//!
//! Arguments that are register data (names, ids, values as written) are
//! placed as they are; model words (a kind of recipient, a label of an
//! article) carry their rendering in each language, from the shared
//! labels.
//!
//! [`Finding::message`]: super::Finding::message

use std::fmt;

use crate::register::export::labels::Labels;
use crate::register::lang::{Arg, Lang, tr_args};

/// One argument of a finding's sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MsgArg {
    /// Register data or a value as written: the same in every language.
    Text(String),
    /// A count: the same in every language, and picks the plural form.
    Num(i64),
    /// A word of the model, in Danish, Norwegian and English.
    Word {
        /// Danish.
        da: String,
        /// Norwegian Bokmål.
        nb: String,
        /// English, as the English sentence has always written it.
        en: String,
    },
}

impl MsgArg {
    /// A word whose English is `en` and whose Danish and Norwegian come
    /// from the shared labels.
    pub fn word(en: impl Into<String>, label: impl Fn(Labels) -> String) -> MsgArg {
        MsgArg::Word {
            da: label(Labels::new(Lang::Da)),
            nb: label(Labels::new(Lang::Nb)),
            en: en.into(),
        }
    }

    /// A word rendered by `label` in each language.
    pub fn labelled(label: impl Fn(Labels) -> String) -> MsgArg {
        MsgArg::Word {
            da: label(Labels::new(Lang::Da)),
            nb: label(Labels::new(Lang::Nb)),
            en: label(Labels::new(Lang::En)),
        }
    }

    /// A text of each language, given as a function of the language.
    pub fn each(text: impl Fn(Lang) -> String) -> MsgArg {
        MsgArg::Word {
            da: text(Lang::Da),
            nb: text(Lang::Nb),
            en: text(Lang::En),
        }
    }

    /// The argument in `lang`.
    fn in_lang(&self, lang: Lang) -> Arg<'_> {
        match self {
            MsgArg::Text(s) => Arg::Str(s.as_str().into()),
            MsgArg::Num(n) => Arg::Num(*n),
            MsgArg::Word { da, nb, en } => Arg::Str(
                match lang {
                    Lang::Da => da,
                    Lang::Nb => nb,
                    Lang::En => en,
                }
                .as_str()
                .into(),
            ),
        }
    }
}

impl fmt::Display for MsgArg {
    /// The English form, as placed in the English sentence.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MsgArg::Text(s) => f.write_str(s),
            MsgArg::Num(n) => write!(f, "{n}"),
            MsgArg::Word { en, .. } => f.write_str(en),
        }
    }
}

impl From<&str> for MsgArg {
    fn from(s: &str) -> Self {
        MsgArg::Text(s.to_string())
    }
}

impl From<&String> for MsgArg {
    fn from(s: &String) -> Self {
        MsgArg::Text(s.clone())
    }
}

impl From<String> for MsgArg {
    fn from(s: String) -> Self {
        MsgArg::Text(s)
    }
}

impl From<&&str> for MsgArg {
    fn from(s: &&str) -> Self {
        MsgArg::Text((*s).to_string())
    }
}

impl From<usize> for MsgArg {
    fn from(n: usize) -> Self {
        MsgArg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<u32> for MsgArg {
    fn from(n: u32) -> Self {
        MsgArg::Num(i64::from(n))
    }
}

impl From<i64> for MsgArg {
    fn from(n: i64) -> Self {
        MsgArg::Num(n)
    }
}

impl From<&MsgArg> for MsgArg {
    fn from(a: &MsgArg) -> Self {
        a.clone()
    }
}

/// `s` with its first letter in lower case: a label (`Databehandler`)
/// placed inside a sentence.
pub fn lower_first(s: String) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => c.to_lowercase().chain(chars).collect(),
        _ => s,
    }
}

/// A finding's sentence: the catalogue key and the named arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    /// The key in `locales/*.ftl`, e.g. `finding-org-001-no-name`.
    pub key: &'static str,
    /// The named arguments.
    pub args: Vec<(&'static str, MsgArg)>,
}

impl Msg {
    /// The message `key` without arguments.
    pub fn new(key: &'static str) -> Self {
        Msg {
            key,
            args: Vec::new(),
        }
    }

    /// Adds the argument `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<MsgArg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The sentence in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(n, v)| (*n, v.in_lang(lang)))
            .collect();
        tr_args(lang, self.key, &args)
    }
}

/// Emits a finding whose English sentence is `$fmt` with the named
/// arguments, and whose sentence in every language is the catalogue's
/// `$key` with the same arguments:
/// `say!(sink, "ORG-005", field, "finding-org-005-unknown",
/// "joint controller `{org}` is not …", org = &j.organisation)`.
/// Each argument is converted to a [`MsgArg`]; the English sentence
/// places its English form.
macro_rules! say {
    ($sink:expr, $rule:expr, $field:expr, $key:literal, $fmt:literal $(, $name:ident = $val:expr)* $(,)?) => {{
        let field = $field;
        let (msg, message) = $crate::register::validate::msg::msg!($key, $fmt $(, $name = $val)*);
        $sink.emit_msg($rule, field, msg, message);
    }};
}
pub(crate) use say;

/// Builds a [`Msg`] and its English sentence like [`say!`], without
/// emitting it: `(msg, english)`.
macro_rules! msg {
    ($key:literal, $fmt:literal $(, $name:ident = $val:expr)* $(,)?) => {{
        // Every value is taken before any name is bound, so that a value
        // may use a variable of the same name as another argument.
        #[allow(unused_parens)]
        let ($($name),*) = ($($crate::register::validate::msg::MsgArg::from($val)),*);
        let message = format!($fmt $(, $name = $name)*);
        let msg = $crate::register::validate::msg::Msg::new($key)
            $( .arg(stringify!($name), $name) )*;
        (msg, message)
    }};
}
pub(crate) use msg;
