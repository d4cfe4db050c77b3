//! Errors that point at a place in a user's file.
//!
//! Every stage of the pipeline reports problems as [`Diagnostic`]s and keeps
//! going where it can, so that one build shows all of them at once. Lines and
//! columns are 1-based and counted from the top of the file (front matter
//! included), the way an editor shows them.

use std::fmt;
use std::path::{Path, PathBuf};

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
    pub message: String,
    /// What the user can do about it.
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn new(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            line: 0,
            col: 0,
            message: message.into(),
            hint: None,
        }
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

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// For an I/O failure on `path`.
    pub fn io(path: &Path, err: &std::io::Error) -> Self {
        Diagnostic::new(path, format!("cannot read or write this file: {err}"))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.col > 0 {
                write!(f, ":{}", self.col)?;
            }
        }
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, ": {label}: {}", self.message)?;
        if let Some(hint) = &self.hint {
            write!(f, "\n  hint: {hint}")?;
        }
        Ok(())
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
pub fn toml_error(path: &Path, text: &str, err: &toml::de::Error) -> Diagnostic {
    let message = err.message().trim_end().to_string();
    let mut d = Diagnostic::new(path, message.clone());
    if let Some(span) = err.span() {
        d = d.at_offset(text, span.start);
    }
    let hint = if message.starts_with("unknown field") {
        "check the spelling; the README lists every key (custom values go under [extra])"
    } else if message.starts_with("invalid type") {
        "the value has the wrong type: strings need \"quotes\", lists [brackets], numbers none"
    } else {
        "this is not valid TOML; see https://toml.io for the syntax"
    };
    d.hint(hint)
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
        let d = Diagnostic::new("content/a.md", "bad").at(3, 7).hint("fix it");
        assert_eq!(d.to_string(), "content/a.md:3:7: error: bad\n  hint: fix it");
    }
}
