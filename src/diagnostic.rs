//! Errors that point at a place in a user's file.
//!
//! Every stage of the pipeline reports problems as [`Diagnostic`]s and keeps
//! going where it can, so that one build shows all of them at once. Lines and
//! columns are 1-based and counted from the top of the file (front matter
//! included), the way an editor shows them.

use std::fmt;
use std::path::{Path, PathBuf};

use crate::messages::msg;
use crate::messages::{Lang, Message, codes};

/// How bad a finding is: errors fail a build or check, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column in characters; 0 when unknown.
    pub col: usize,
    pub message: Message,
    /// What the user can do about it (boxed: most results carry no
    /// finding, and a small `Err` keeps them cheap).
    pub hint: Option<Box<Message>>,
}

impl Diagnostic {
    pub fn new(path: impl Into<PathBuf>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: 0,
            col: 0,
            message,
            hint: None,
        }
    }

    /// The stable code of this kind of finding (`K0204`), for `keng explain`.
    pub fn code(&self) -> &'static str {
        codes::code_of(&self.message)
    }

    /// `path:line:col`, as much of it as is known.
    pub fn place(&self) -> String {
        let mut place = self.path.display().to_string();
        if self.line > 0 {
            place.push_str(&format!(":{}", self.line));
            if self.col > 0 {
                place.push_str(&format!(":{}", self.col));
            }
        }
        place
    }

    /// `error[K0204]` / `lỗi[K0204]`.
    pub fn label_in(&self, lang: Lang) -> String {
        let label = match self.severity {
            Severity::Error => msg!("label-error"),
            Severity::Warning => msg!("label-warning"),
        };
        format!("{}[{}]", label.text_in(lang), self.code())
    }

    /// The whole finding in `lang`: `place: label: message`, then the hint.
    pub fn text_in(&self, lang: Lang) -> String {
        let mut text = format!(
            "{}: {}: {}",
            self.place(),
            self.label_in(lang),
            self.message.text_in(lang)
        );
        if let Some(hint) = &self.hint {
            text.push_str(&format!(
                "\n  {}: {}",
                msg!("label-hint").text_in(lang),
                hint.text_in(lang)
            ));
        }
        text
    }

    /// Places the diagnostic at a byte offset of `source`, the file's whole text.
    pub fn at_offset(mut self, source: &str, offset: usize) -> Self {
        let (line, col) = line_col(source, offset);
        self.line = line;
        self.col = col;
        self
    }

    /// The same finding as a warning.
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn at(mut self, line: usize, col: usize) -> Self {
        self.line = line;
        self.col = col;
        self
    }

    pub fn hint(mut self, hint: Message) -> Self {
        self.hint = Some(Box::new(hint));
        self
    }

    /// For an I/O failure on `path`.
    pub fn io(path: &Path, err: &std::io::Error) -> Self {
        Diagnostic::new(path, msg!("io-error", reason = io_reason(err)))
    }
}

/// Why an I/O operation failed, in words an editor knows ("not found",
/// "no permission"); the system's own text for rarer failures.
pub fn io_reason(err: &std::io::Error) -> Message {
    use std::io::ErrorKind;
    match err.kind() {
        ErrorKind::NotFound => msg!("io-not-found"),
        ErrorKind::PermissionDenied => msg!("io-permission-denied"),
        ErrorKind::AlreadyExists => msg!("io-already-exists"),
        ErrorKind::StorageFull => msg!("io-storage-full"),
        ErrorKind::ReadOnlyFilesystem => msg!("io-read-only"),
        ErrorKind::IsADirectory => msg!("io-is-a-directory"),
        ErrorKind::NotADirectory => msg!("io-not-a-directory"),
        ErrorKind::InvalidData => msg!("io-invalid-data"),
        _ => msg!("io-other", detail = err.to_string()),
    }
}

/// The finding in the language chosen for this run.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text_in(crate::messages::language()))
    }
}

/// All the problems a stage found; never empty when returned as an error.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, d: Diagnostic) {
        self.0.push(d);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// `Ok(value)` when nothing was reported, the sorted diagnostics otherwise.
    pub fn into_result<T>(mut self, value: T) -> Result<T, Diagnostics> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            self.sort();
            Err(self)
        }
    }

    /// Orders by file, then position, so output is the same on every run.
    pub fn sort(&mut self) {
        self.0
            .sort_by(|a, b| (&a.path, a.line, a.col, &a.message).cmp(&(&b.path, b.line, b.col, &b.message)));
        self.0.dedup();
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{d}")?;
        }
        Ok(())
    }
}

/// 1-based (line, column) of byte `offset` in `source`; the column counts
/// characters, not bytes, so "đ" is one column.
pub fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(source.len());
    while !source.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

/// Turns a TOML syntax or type error into a diagnostic at its position.
/// The toml crate's text is English: the kinds editors meet most (an
/// unknown or missing key, a wrong type) are put in keng's own words, the
/// rest keep toml's detail inside a translated frame.
pub fn toml_error(path: &Path, text: &str, err: &toml::de::Error) -> Diagnostic {
    let detail = err.message().trim_end();
    let quoted = |s: &str| s.split('`').nth(1).unwrap_or_default().to_string();
    let (message, hint) = if let Some(rest) = detail.strip_prefix("unknown field ") {
        let message = match rest.split_once(", expected ") {
            Some((_, expected)) => msg!(
                "toml-unknown-key-expected",
                key = quoted(rest),
                expected = expected.trim_start_matches("one of ")
            ),
            None => msg!("toml-unknown-key", key = quoted(rest)),
        };
        (message, msg!("toml-unknown-key-hint"))
    } else if let Some(rest) = detail.strip_prefix("missing field ") {
        (
            msg!("toml-missing-key", key = quoted(rest)),
            msg!("toml-missing-key-hint"),
        )
    } else if let Some(rest) = detail.strip_prefix("invalid type: ") {
        (msg!("toml-wrong-type", detail = rest), msg!("toml-wrong-type-hint"))
    } else {
        (msg!("toml-syntax", detail = detail), msg!("toml-syntax-hint"))
    };
    let mut d = Diagnostic::new(path, message).hint(hint);
    if let Some(span) = err.span() {
        d = d.at_offset(text, span.start);
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_from_one() {
        let src = "ab\ncd\n";
        assert_eq!(line_col(src, 0), (1, 1));
        assert_eq!(line_col(src, 1), (1, 2));
        assert_eq!(line_col(src, 3), (2, 1));
        assert_eq!(line_col(src, 6), (3, 1));
    }

    #[test]
    fn line_col_counts_characters_not_bytes() {
        let src = "đức x";
        // "đức " is 4 characters but 7 bytes.
        assert_eq!(line_col(src, 7), (1, 5));
        // An offset inside a character snaps back to its start.
        assert_eq!(line_col(src, 1), (1, 1));
    }

    #[test]
    fn display_has_path_line_col_and_hint() {
        let d = Diagnostic::new("content/a.md", msg!("io-error", reason = msg!("io-not-found")))
            .at(3, 7)
            .hint(msg!("toml-syntax-hint"));
        let code = d.code();
        assert_eq!(
            d.text_in(Lang::En),
            format!(
                "content/a.md:3:7: error[{code}]: cannot read or write this file: not found\n  hint: {}",
                msg!("toml-syntax-hint").text_in(Lang::En)
            )
        );
        assert!(
            d.text_in(Lang::Vi)
                .starts_with(&format!("content/a.md:3:7: lỗi[{code}]: "))
        );
    }
}
