//! The import's sentences as catalogue keys and arguments
//! (`locales/*.ftl`, section "Import"), so that the report, every refusal
//! and every error reads in the user's language, as the validator's
//! findings do ([`Msg`]). The core builds the messages; the caller renders
//! them in the language it resolved.

use crate::register::lang::Lang;
pub use crate::register::validate::msg::{Msg, MsgArg};

/// The message `key`, without arguments yet.
pub fn say(key: &'static str) -> Msg {
    Msg::new(key)
}

/// A message placed inside another: its text in every language.
pub fn inner(m: &Msg) -> MsgArg {
    MsgArg::each(|l| m.render(l))
}

/// A list of citations or labels in every language: joined by `, ` in
/// English (`Art. 6(1)(b), Art. 6(1)(c)`), by ` · ` in Danish and
/// Norwegian, whose citations hold commas themselves (`art. 6, stk. 1,
/// litra b · art. 6, stk. 1, litra c`).
pub fn listed(ms: &[Msg]) -> MsgArg {
    MsgArg::each(|l| render_all(ms, if l == Lang::En { ", " } else { " · " }, l))
}

/// Messages rendered in `lang` and joined by `sep`.
pub fn render_all(ms: &[Msg], sep: &str, lang: Lang) -> String {
    ms.iter()
        .map(|m| m.render(lang))
        .collect::<Vec<_>>()
        .join(sep)
}

/// A number as text (a row, a column, a byte position): the same in every
/// language, and never grouped into thousands.
pub fn num(n: usize) -> MsgArg {
    MsgArg::Text(n.to_string())
}
