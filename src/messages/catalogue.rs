//! One language's catalogue, parsed message by message as they are used.
//!
//! A build prints a handful of messages (a summary, a few findings), but a
//! catalogue holds hundreds: parsing all of it at every start cost 2% of a
//! small site's build (1.0 M instructions of 57 M), and so did splitting it
//! into entries up front. So an entry is found when it is first asked for
//! (a `memmem` search for `\nID =`), and parsed into the language's Fluent
//! bundle then.

use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{EN_EXPLAIN_FTL, EN_FTL, Lang, VI_EXPLAIN_FTL, VI_FTL};

type Bundle = FluentBundle<FluentResource>;

pub(super) struct Catalogue {
    /// The catalogue's files, searched in order.
    files: &'static [&'static str],
    /// The entries parsed so far.
    bundle: Mutex<Bundle>,
}

/// `lang`'s catalogue: its messages and its explanations.
pub(super) fn of(lang: Lang) -> &'static Catalogue {
    static CATALOGUES: [OnceLock<Catalogue>; 2] = [OnceLock::new(), OnceLock::new()];
    CATALOGUES[lang as usize].get_or_init(|| match lang {
        Lang::Vi => Catalogue::new(lang, &[VI_FTL, VI_EXPLAIN_FTL]),
        Lang::En => Catalogue::new(lang, &[EN_FTL, EN_EXPLAIN_FTL]),
    })
}

impl Catalogue {
    fn new(lang: Lang, files: &'static [&'static str]) -> Catalogue {
        let mut bundle = Bundle::new_concurrent(vec![lang.tag().parse().unwrap_or_default()]);
        // No Unicode isolation marks: the text goes to terminals and logs.
        bundle.set_use_isolating(false);
        bundle.set_formatter(Some(match lang {
            Lang::Vi => vi_numbers,
            Lang::En => en_numbers,
        }));
        Catalogue {
            files,
            bundle: Mutex::new(bundle),
        }
    }

    pub(super) fn has(&self, id: &str) -> bool {
        self.entry(id).is_some()
    }

    /// The source of entry `id`: its first line and the indented lines
    /// that continue it.
    fn entry(&self, id: &str) -> Option<&'static str> {
        let needle = format!("\n{id} =");
        self.files.iter().find_map(|file| {
            let start = memchr::memmem::find(file.as_bytes(), needle.as_bytes())? + 1;
            let rest = &file[start..];
            let mut end = 0;
            for line in rest.split_inclusive('\n') {
                if end > 0 && !line.starts_with(' ') {
                    break;
                }
                end += line.len();
            }
            Some(&rest[..end])
        })
    }

    /// The message `id` with `args`; None when the catalogue lacks it.
    pub(super) fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.format_counting_errors(id, args).map(|(text, _)| text)
    }

    /// The message and the number of Fluent errors formatting it met (a
    /// missing placeable or reference; the tests want none).
    pub(super) fn format_counting_errors(&self, id: &str, args: Option<&FluentArgs>) -> Option<(String, usize)> {
        let mut bundle = self.bundle.lock().unwrap_or_else(|p| p.into_inner());
        if !bundle.has_message(id) {
            let source = self.entry(id)?;
            // A syntax error loses only this entry (it falls back to English).
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
        Some((text, errors.len()))
    }
}

/// 1.022 (Vietnamese groups thousands with a dot).
fn vi_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    grouped(value, '.')
}

/// 1,022.
fn en_numbers<M>(value: &FluentValue, _: &M) -> Option<String> {
    grouped(value, ',')
}

/// Whole numbers of four digits or more with a separator every three
/// digits; anything else is left to Fluent.
fn grouped(value: &FluentValue, separator: char) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    if n.value.fract() != 0.0 || n.value.abs() < 1000.0 {
        return None;
    }
    let digits = format!("{}", n.value.abs() as u64);
    let mut out = String::new();
    if n.value < 0.0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(separator);
        }
        out.push(c);
    }
    Some(out)
}
