//! Everything keng says to people, in Vietnamese and English.
//!
//! Text lives in two Project Fluent catalogues, `vi.ftl` and `en.ftl`, one
//! message per id with named placeables. Code never builds user-facing
//! sentences itself: it makes a [`Message`] (an id and its arguments, with
//! the [`msg!`](crate::msg) macro) and the message is put into words only
//! when printed, in the language chosen once at start-up ([`set_language`])
//! or in one asked for ([`Message::text_in`]): a serve overlay speaks the
//! page's language, `keng check --format json` both.

mod catalogue;
mod choose;
pub mod codes;

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::FluentArgs;

pub use choose::{Lang, choose, lang_of_locale, lang_of_site};

/// The Vietnamese catalogue; its glossary heads the file.
pub const VI_FTL: &str = include_str!("vi.ftl");
/// The English catalogue.
pub const EN_FTL: &str = include_str!("en.ftl");
/// `keng explain`'s texts (`explain-CODE`), in files of their own: they are
/// as long as the rest together, and only `keng explain` shows them.
pub const VI_EXPLAIN_FTL: &str = include_str!("explain.vi.ftl");
pub const EN_EXPLAIN_FTL: &str = include_str!("explain.en.ftl");

/// A sentence for a person: a catalogue id and the values of its placeables.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    pub id: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// The value of one placeable.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Shown as it is (paths, keys, values the user wrote, others' error texts).
    Text(String),
    /// A count: picks the plural form and is grouped the language's way (1.022 / 1,022).
    Count(i64),
    /// Another message, put into words in the same language.
    Nested(Box<Message>),
}

/// `msg!("id", name = value, …)`: a [`Message`]; each value is anything
/// that converts into an [`Arg`] (text, a path, a count, another message).
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message {
            id: $id,
            args: vec![$((stringify!($name), $crate::messages::Arg::from($value))),*],
        }
    };
}

/// The macro by its module's path (`use crate::messages::msg`), so that
/// a stage's imports name the module it depends on.
pub use msg;

impl Message {
    /// The message in `lang`; in English when `lang`'s catalogue lacks it
    /// (the parity test keeps that from happening), its id as a last resort.
    pub fn text_in(&self, lang: Lang) -> String {
        format_in(self, lang)
            .or_else(|| format_in(self, Lang::En))
            .unwrap_or_else(|| self.id.to_string())
    }

    /// The message in the language chosen for this run.
    pub fn text(&self) -> String {
        self.text_in(language())
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// The text of an argument-less message in the chosen language.
pub fn tr(id: &'static str) -> String {
    Message { id, args: Vec::new() }.text()
}

/// The text of an argument-less message whose id is only known at run
/// time (help texts by command and flag, explanations by code); the id
/// itself when neither catalogue has it.
pub fn text_of(id: &str, lang: Lang) -> String {
    catalogue::of(lang)
        .format(id, None)
        .or_else(|| catalogue::of(Lang::En).format(id, None))
        .unwrap_or_else(|| id.to_string())
}

/// Whether `lang`'s catalogue has a message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    catalogue::of(lang).has(id)
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}
impl From<&Path> for Arg {
    fn from(p: &Path) -> Self {
        Arg::Text(p.display().to_string())
    }
}
impl From<&PathBuf> for Arg {
    fn from(p: &PathBuf) -> Self {
        Arg::Text(p.display().to_string())
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Count(n)
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Count(i64::from(n))
    }
}
impl From<Message> for Arg {
    fn from(m: Message) -> Self {
        Arg::Nested(Box::new(m))
    }
}

static CHOSEN: AtomicU8 = AtomicU8::new(Lang::En as u8);

/// Sets the language of everything printed from now on (the CLI does this
/// once, before parsing its arguments).
pub fn set_language(lang: Lang) {
    CHOSEN.store(lang as u8, Ordering::Relaxed);
}

/// The language chosen for this run; English until [`set_language`].
pub fn language() -> Lang {
    if CHOSEN.load(Ordering::Relaxed) == Lang::Vi as u8 {
        Lang::Vi
    } else {
        Lang::En
    }
}

/// A decimal number the language's way: "1,5" in Vietnamese, "1.5" in English.
pub fn decimal(x: f64, places: usize) -> String {
    let text = format!("{x:.places$}");
    match language() {
        Lang::Vi => text.replace('.', ","),
        Lang::En => text,
    }
}

/// The message in `lang`'s catalogue, its nested messages put into words
/// first (the catalogue is locked while it formats).
fn format_in(message: &Message, lang: Lang) -> Option<String> {
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        match value {
            Arg::Text(s) => args.set(*name, s.as_str()),
            Arg::Count(n) => args.set(*name, *n),
            Arg::Nested(inner) => args.set(*name, inner.text_in(lang)),
        }
    }
    catalogue::of(lang).format(message.id, Some(&args))
}

#[cfg(test)]
#[path = "catalogue_tests.rs"]
mod catalogue_tests;
