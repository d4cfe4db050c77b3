//! A failed build's findings for the preview: the console prints them in
//! the run's language, the in-page overlay in the page's.

use crate::diagnostic::Diagnostics;
use crate::messages::{Lang, msg};

/// A failed build's findings, put into words in both languages: the
/// console speaks the run's language, the overlay the page's.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Failure {
    pub vi: Vec<String>,
    pub en: Vec<String>,
    /// The overlay's heading in each language.
    pub heading: [String; 2],
}

impl Failure {
    pub(super) fn of(errors: &Diagnostics) -> Failure {
        let lines = |lang| errors.iter().map(|d| d.text_in(lang)).collect();
        let heading = |lang| msg!("serve-overlay-heading").text_in(lang);
        Failure {
            vi: lines(Lang::Vi),
            en: lines(Lang::En),
            heading: [heading(Lang::Vi), heading(Lang::En)],
        }
    }

    /// The findings in the run's language, one per line.
    pub fn text(&self) -> String {
        match crate::messages::language() {
            Lang::Vi => self.vi.join("\n"),
            Lang::En => self.en.join("\n"),
        }
    }
}
