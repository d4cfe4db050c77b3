//! Problems of one site.toml, collected with their places.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::messages::msg;

/// Collects the problems of one site.toml, each at its place.
pub(super) struct Problems<'a> {
    path: &'a Path,
    pub(super) text: &'a str,
    pub(super) errors: Diagnostics,
}

impl<'a> Problems<'a> {
    pub(super) fn new(path: &'a Path, text: &'a str) -> Self {
        Problems {
            path,
            text,
            errors: Diagnostics::default(),
        }
    }

    /// A problem at the value `span` covers, with what to do about it.
    pub(super) fn error(&mut self, span: std::ops::Range<usize>, message: Message, hint: Message) {
        self.errors.push(
            Diagnostic::new(self.path, message)
                .at_offset(self.text, span.start)
                .hint(hint),
        );
    }

    /// A required key that is missing, with the line to add.
    pub(super) fn missing(&mut self, key: &str, example: &str) {
        self.errors.push(
            Diagnostic::new(self.path, msg!("config-missing-key", key = key))
                .at(1, 1)
                .hint(msg!("config-missing-key-hint", key = key, example = example)),
        );
    }
}
