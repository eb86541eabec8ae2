//! The language a person reads: Danish, Norwegian Bokmål or English, and
//! the message catalogue of each ([`messages`]).
//!
//! The language is chosen, first match wins, by `--lang` on the command
//! line, `lang` in the register's settings (`ropa.ron`), `lang` in the
//! user's `config.ron`, and the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
//! The core takes the chosen [`Lang`] as a value; reading the command line
//! and `config.ron` is the caller's business ([`resolve`] puts the sources
//! in order).

pub mod messages;

use std::fmt;

use serde::{Deserialize, Serialize};

pub use messages::{Arg, tr, tr_args};

/// A language of the interface, the command line's output and the exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Lang {
    /// Danish (`da`).
    Da,
    /// Norwegian Bokmål (`nb`); Nynorsk users get Bokmål.
    Nb,
    /// English (`en`), also for every other locale.
    #[default]
    En,
}

impl Lang {
    /// Every language, in the order the catalogues are listed.
    pub const ALL: [Lang; 3] = [Lang::Da, Lang::Nb, Lang::En];

    /// The ISO 639-1 code written in settings and given to `--lang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::Nb => "nb",
            Lang::En => "en",
        }
    }

    /// The language named by a code: `da`, `nb` (also `no` and `nn`, for
    /// which Bokmål is the nearest catalogue) or `en`, in any case.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "da" => Some(Lang::Da),
            "nb" | "no" | "nn" => Some(Lang::Nb),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of a POSIX locale name such as `da_DK.UTF-8`,
    /// `nb_NO`, `no_NO` or `nn_NO.UTF-8@euro`: Danish and Norwegian by
    /// their language part, English for anything else (`C`, `POSIX`,
    /// `de_DE`, …).
    pub fn from_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default();
        Lang::from_code(language).unwrap_or(Lang::En)
    }

    /// The language of the process's locale: the first of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` that is set and not empty, as the C
    /// library picks the messages locale; English when none is.
    pub fn from_env() -> Lang {
        let var = |name: &str| std::env::var(name).ok();
        Lang::from_locale_vars(var("LC_ALL"), var("LC_MESSAGES"), var("LANG"))
    }

    /// [`Lang::from_env`] on given values of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG`.
    pub fn from_locale_vars(
        lc_all: Option<String>,
        lc_messages: Option<String>,
        lang: Option<String>,
    ) -> Lang {
        [lc_all, lc_messages, lang]
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .map(|v| Lang::from_locale(&v))
            .unwrap_or(Lang::En)
    }
}

impl fmt::Display for Lang {
    /// The code: `da`, `nb`, `en`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Why a text names no language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown language {:?}: expected da, nb or en",
            crate::register::visible::printable(&self.0)
        )
    }
}

impl std::error::Error for UnknownLang {}

impl std::str::FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::from_code(s).ok_or_else(|| UnknownLang(s.to_string()))
    }
}

impl TryFrom<String> for Lang {
    type Error = UnknownLang;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<Lang> for String {
    fn from(l: Lang) -> String {
        l.code().to_string()
    }
}

/// The language to use: the first given of the command line's `--lang`,
/// the register's settings and `config.ron`, else the locale's.
pub fn resolve(
    command_line: Option<Lang>,
    register: Option<Lang>,
    config: Option<Lang>,
    locale: Lang,
) -> Lang {
    command_line.or(register).or(config).unwrap_or(locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    #[test]
    fn locales_name_their_language() {
        for (locale, want) in [
            ("da_DK.UTF-8", Lang::Da),
            ("da", Lang::Da),
            ("nb_NO.UTF-8", Lang::Nb),
            ("no_NO", Lang::Nb),
            ("nn_NO.UTF-8@nynorsk", Lang::Nb),
            ("en_GB.UTF-8", Lang::En),
            ("de_DE.UTF-8", Lang::En),
            ("C.UTF-8", Lang::En),
            ("POSIX", Lang::En),
            ("", Lang::En),
        ] {
            assert_eq!(Lang::from_locale(locale), want, "{locale}");
        }
    }

    #[test]
    fn the_first_set_locale_variable_wins_as_in_the_c_library() {
        assert_eq!(
            Lang::from_locale_vars(s("nb_NO.UTF-8"), s("da_DK.UTF-8"), s("en_US.UTF-8")),
            Lang::Nb
        );
        assert_eq!(
            Lang::from_locale_vars(s(""), s("da_DK.UTF-8"), s("nb_NO.UTF-8")),
            Lang::Da
        );
        assert_eq!(
            Lang::from_locale_vars(None, None, s("nb_NO.UTF-8")),
            Lang::Nb
        );
        // LC_ALL=C is a choice of English, not a fall-through.
        assert_eq!(Lang::from_locale_vars(s("C"), None, s("da_DK")), Lang::En);
        assert_eq!(Lang::from_locale_vars(None, None, None), Lang::En);
    }

    #[test]
    fn the_command_line_beats_the_register_beats_config_beats_the_locale() {
        let (cli, reg, cfg, loc) = (Some(Lang::En), Some(Lang::Da), Some(Lang::Nb), Lang::Da);
        assert_eq!(resolve(cli, reg, cfg, loc), Lang::En);
        assert_eq!(resolve(None, reg, cfg, loc), Lang::Da);
        assert_eq!(resolve(None, None, cfg, loc), Lang::Nb);
        assert_eq!(resolve(None, None, None, Lang::Nb), Lang::Nb);
    }

    #[test]
    fn codes_parse_in_any_case_and_unknown_ones_are_refused() {
        assert_eq!("DA".parse::<Lang>(), Ok(Lang::Da));
        assert_eq!(" nb ".parse::<Lang>(), Ok(Lang::Nb));
        assert_eq!("no".parse::<Lang>(), Ok(Lang::Nb));
        assert_eq!("en".parse::<Lang>(), Ok(Lang::En));
        let e = "sv".parse::<Lang>().expect_err("sv");
        assert_eq!(
            e.to_string(),
            "unknown language \"sv\": expected da, nb or en"
        );
        for l in Lang::ALL {
            assert_eq!(l.code().parse::<Lang>(), Ok(l));
        }
    }

    #[test]
    fn ron_reads_and_writes_the_code_as_a_string() {
        let l: Lang = ron::from_str("\"nb\"").expect("parse");
        assert_eq!(l, Lang::Nb);
        assert_eq!(ron::to_string(&Lang::Da).expect("write"), "\"da\"");
        assert!(ron::from_str::<Lang>("\"svenska\"").is_err());
    }
}
