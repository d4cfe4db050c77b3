//! Typed reading of front matter and data-file keys, with positions.
//!
//! A TOML table is parsed once into keys with spans; each known key is then
//! taken out with the type it must have. Wrong types are reported at the
//! value's line and column in the whole file, and what is left over can be
//! checked for unknown keys.

use crate::messages::Message;
use crate::messages::msg;
use std::collections::BTreeMap;
use std::path::Path;

use toml::Spanned;

use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics, toml_error};
use crate::value::toml_to_json;

/// The keys of one TOML table, taken out one by one with their types.
pub struct Fields<'a> {
    map: BTreeMap<String, Spanned<toml::Value>>,
    path: &'a Path,
    /// The whole file, for line numbers.
    text: &'a str,
    /// Where the table's text starts in the file.
    base: usize,
    /// Time zone of dates written without an offset.
    pub tz: chrono_tz::Tz,
    pub errors: Diagnostics,
}

impl<'a> Fields<'a> {
    /// Parses `text[range]` as a TOML table.
    pub fn parse(
        path: &'a Path,
        text: &'a str,
        range: std::ops::Range<usize>,
        tz: chrono_tz::Tz,
    ) -> Result<Fields<'a>, Diagnostic> {
        let toml_text = &text[range.clone()];
        let map = toml::from_str::<BTreeMap<String, Spanned<toml::Value>>>(toml_text).map_err(|e| {
            let mut d = toml_error(path, toml_text, &e);
            if let Some(span) = e.span() {
                d = d.at_offset(text, range.start + span.start);
            } else {
                d = d.at_offset(text, range.start);
            }
            d
        })?;
        let mut fields = Fields {
            map,
            path,
            text,
            base: range.start,
            tz,
            errors: Diagnostics::default(),
        };
        fields.refuse_impossible_values();
        Ok(fields)
    }

    /// Values no page can show: invisible control characters (from
    /// `\u0007` escapes or text pasted out of other programs; tabs and line
    /// breaks are fine) and `nan` or `inf` numbers (a chart or a figure
    /// would fail far from the content). Each is an error at its line.
    fn refuse_impossible_values(&mut self) {
        let found: Vec<(String, Impossible, Spanned<toml::Value>)> = self
            .map
            .iter()
            .filter_map(|(k, v)| impossible(v.get_ref()).map(|what| (k.clone(), what, v.clone())))
            .collect();
        for (key, what, value) in found {
            let d = match what {
                Impossible::Control(c) => Diagnostic::new(
                    self.path,
                    msg!(
                        "field-control-character",
                        key = &key,
                        code = format!("U+{:04X}", c as u32)
                    ),
                )
                .at_offset(self.text, self.base + value.span().start)
                .hint(msg!("field-control-character-hint")),
                Impossible::NotFinite(x) => {
                    // Inside a table the number is further down: find it.
                    let start = self.base + value.span().start;
                    let at = non_finite_literal(&self.text[start..]).map_or(start, |i| start + i);
                    let written = if x.is_nan() {
                        "nan"
                    } else if x > 0.0 {
                        "inf"
                    } else {
                        "-inf"
                    };
                    Diagnostic::new(self.path, msg!("field-not-finite", key = &key, written = written))
                        .at_offset(self.text, at)
                        .hint(msg!("field-not-finite-hint"))
                }
            };
            self.errors.push(d);
        }
    }

    pub fn error_at(&mut self, value: &Spanned<toml::Value>, message: Message, hint: Message) {
        let d = Diagnostic::new(self.path, message)
            .at_offset(self.text, self.base + value.span().start)
            .hint(hint);
        self.errors.push(d);
    }

    /// Reports a problem with the table as a whole (a missing key) at its first line.
    pub fn error_at_start(&mut self, message: Message, hint: Message) {
        let d = Diagnostic::new(self.path, message).at(1, 1).hint(hint);
        self.errors.push(d);
    }

    fn wrong_type(&mut self, key: &str, value: &Spanned<toml::Value>, expected: Message, example: &str) {
        let found = crate::value::toml_type_name(value.get_ref());
        self.error_at(
            value,
            msg!("field-wrong-type", key = key, expected = expected, found = found),
            msg!("field-wrong-type-hint", key = key, example = example),
        );
    }

    pub fn take_raw(&mut self, key: &str) -> Option<Spanned<toml::Value>> {
        self.map.remove(key)
    }

    pub fn string(&mut self, key: &str) -> Option<String> {
        let v = self.map.remove(key)?;
        match v.get_ref() {
            toml::Value::String(s) => Some(s.clone()),
            _ => {
                self.wrong_type(key, &v, msg!("toml-type-string"), "\"...\"");
                None
            }
        }
    }

    pub fn bool(&mut self, key: &str) -> Option<bool> {
        let v = self.map.remove(key)?;
        match v.get_ref() {
            toml::Value::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(key, &v, msg!("toml-type-boolean"), "true");
                None
            }
        }
    }

    pub fn int(&mut self, key: &str) -> Option<i64> {
        let v = self.map.remove(key)?;
        match v.get_ref() {
            toml::Value::Integer(i) => Some(*i),
            _ => {
                self.wrong_type(key, &v, msg!("toml-type-integer"), "10");
                None
            }
        }
    }

    pub fn count(&mut self, key: &str) -> Option<usize> {
        let v = self.map.get(key)?.clone();
        let i = self.int(key)?;
        match usize::try_from(i) {
            Ok(n) => Some(n),
            Err(_) => {
                self.error_at(
                    &v,
                    msg!("field-negative", key = key, found = i.to_string()),
                    msg!("field-negative-hint"),
                );
                None
            }
        }
    }

    pub fn date(&mut self, key: &str) -> Option<Date> {
        let v = self.map.remove(key)?;
        let parsed = match v.get_ref() {
            toml::Value::Datetime(d) => Some(*d),
            toml::Value::String(s) => s.parse::<toml::value::Datetime>().ok(),
            _ => None,
        };
        match parsed.as_ref().and_then(|d| Date::from_toml(d, self.tz)) {
            Some(d) => Some(d),
            None => {
                let shown = match v.get_ref() {
                    toml::Value::String(s) => format!("\"{s}\""),
                    other => other.to_string(),
                };
                self.error_at(
                    &v,
                    msg!("field-date-not-valid", key = key, found = shown),
                    msg!("field-date-not-valid-hint", key = key),
                );
                None
            }
        }
    }

    pub fn string_list(&mut self, key: &str) -> Option<Vec<String>> {
        let v = self.map.remove(key)?;
        let list = match v.get_ref() {
            toml::Value::Array(items) => items
                .iter()
                .map(|i| i.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>(),
            _ => None,
        };
        if list.is_none() {
            self.error_at(
                &v,
                msg!("field-not-text-list", key = key),
                msg!("field-not-text-list-hint", key = key),
            );
        }
        list
    }

    /// A table, converted for templates; `{}` when absent.
    pub fn table(&mut self, key: &str) -> serde_json::Value {
        match self.map.remove(key) {
            Some(v) if v.get_ref().is_table() => toml_to_json(v.get_ref()),
            Some(v) => {
                self.wrong_type(
                    key,
                    &v,
                    msg!("toml-type-table"),
                    &format!("{{ }} (or a [{key}] section)"),
                );
                serde_json::Value::Object(Default::default())
            }
            None => serde_json::Value::Object(Default::default()),
        }
    }

    /// Takes a string that must be one of `allowed`.
    pub fn choice(&mut self, key: &str, allowed: &[&str]) -> Option<String> {
        let raw = self.map.get(key)?.clone();
        let value = self.string(key)?;
        if allowed.contains(&value.as_str()) {
            Some(value)
        } else {
            let list = allowed
                .iter()
                .map(|a| format!("\"{a}\""))
                .collect::<Vec<_>>()
                .join(", ");
            self.error_at(
                &raw,
                msg!("field-not-allowed", key = key, allowed = list, found = &value),
                msg!(
                    "field-not-allowed-hint",
                    key = key,
                    example = allowed.first().map(|a| format!("\"{a}\"")).unwrap_or_default()
                ),
            );
            None
        }
    }

    /// Every key not taken yet, in file order.
    pub fn remaining(&mut self) -> Vec<(String, Spanned<toml::Value>)> {
        let mut rest: Vec<_> = std::mem::take(&mut self.map).into_iter().collect();
        rest.sort_by_key(|(_, v)| v.span().start);
        rest
    }

    /// Reports every key not taken yet as unknown.
    pub fn deny_remaining(&mut self, known: &[&str]) {
        for (key, value) in self.remaining() {
            let hint = match suggest(&key, known) {
                Some(k) => msg!("field-unknown-key-suggest-hint", suggestion = k),
                None => msg!("field-unknown-key-hint"),
            };
            self.error_at(&value, msg!("field-unknown-key", key = &key), hint);
        }
    }
}

/// A value that no page can show.
enum Impossible {
    Control(char),
    NotFinite(f64),
}

fn impossible(value: &toml::Value) -> Option<Impossible> {
    let control = |s: &str| {
        s.chars()
            .find(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
            .map(Impossible::Control)
    };
    match value {
        toml::Value::String(s) => control(s),
        toml::Value::Float(x) if !x.is_finite() => Some(Impossible::NotFinite(*x)),
        toml::Value::Array(items) => items.iter().find_map(impossible),
        toml::Value::Table(t) => t.iter().find_map(|(k, v)| control(k).or_else(|| impossible(v))),
        _ => None,
    }
}

/// Byte offset of the first `nan` or `inf` written as a TOML value
/// (`value = nan`, also inside an inline table).
fn non_finite_literal(text: &str) -> Option<usize> {
    text.match_indices('=').find_map(|(eq, _)| {
        let after = &text[eq + 1..];
        let value = after.trim_start_matches([' ', '\t']);
        let bare = value.trim_start_matches(['+', '-']);
        let is_word = |w: &str| {
            bare.strip_prefix(w)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        };
        (is_word("nan") || is_word("inf")).then(|| eq + 1 + (after.len() - value.len()))
    })
}

/// The known key nearest to a mistyped one: the same but for case, or at
/// most one edit away (two for keys of five letters or more).
pub fn suggest<'k>(key: &str, known: &[&'k str]) -> Option<&'k str> {
    let allowed = if key.chars().count() >= 5 { 2 } else { 1 };
    known
        .iter()
        .map(|k| (edit_distance(&key.to_lowercase(), &k.to_lowercase()), *k))
        .filter(|(d, _)| *d <= allowed)
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance, with a swap of two neighbours counting as one edit.
fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1).min(d[i][j - 1] + 1).min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::DEFAULT_TIMEZONE;

    #[test]
    fn nan_and_inf_are_found_where_they_are_written() {
        let text = "title = \"nan\"\n[extra]\ndata = [{ label = \"a\", value = -inf }]\n";
        let at = super::non_finite_literal(text).unwrap();
        assert_eq!(&text[at..at + 4], "-inf");
        assert_eq!(super::non_finite_literal("a = nancy\nb = 1\n"), None);
    }

    #[test]
    fn wrong_type_is_reported_at_the_value() {
        let text = "+++\ntitle = \"a\"\ndate = 3\n+++\n";
        let path = Path::new("a.md");
        let mut f = Fields::parse(path, text, 4..25, DEFAULT_TIMEZONE).unwrap();
        assert_eq!(f.string("title").as_deref(), Some("a"));
        assert!(f.date("date").is_none());
        let d = &f.errors.0[0];
        assert_eq!((d.line, d.col), (3, 8));
        assert!(d.message.to_string().contains("date"));
    }

    #[test]
    fn quoted_dates_are_accepted_and_bad_ones_refused() {
        let text = "date = \"2020-12-31\"\nupdated = \"31/12/2020\"\n";
        let mut f = Fields::parse(Path::new("a.md"), text, 0..text.len(), DEFAULT_TIMEZONE).unwrap();
        assert!(f.date("date").is_some());
        assert!(f.date("updated").is_none());
        assert_eq!(f.errors.0[0].line, 2);
    }

    #[test]
    fn unknown_keys_suggest_the_near_one() {
        let text = "titel = \"a\"\n";
        let mut f = Fields::parse(Path::new("a.md"), text, 0..text.len(), DEFAULT_TIMEZONE).unwrap();
        f.deny_remaining(&["title", "date"]);
        assert!(f.errors.0[0].hint.as_ref().unwrap().to_string().contains("`title`"));
    }
}
