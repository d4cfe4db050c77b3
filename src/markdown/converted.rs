//! What converting one Markdown text found, with offsets into that text.

use super::{links, safety};

/// What one Markdown text became, before positions are mapped to its file.
#[derive(Default)]
pub(super) struct Converted {
    pub html: String,
    pub summary_html: Option<String>,
    pub summary_text: Option<String>,
    pub toc: Vec<crate::content::Heading>,
    pub word_count: usize,
    pub problems: Vec<links::Found>,
    /// (offset, message, hint): missing or unreadable photos, shortcode problems.
    pub problems_at: Vec<(usize, crate::messages::Message, crate::messages::Message)>,
    pub pictures: Vec<usize>,
    pub safety: safety::Findings,
    /// Offsets of `# h1` headings, shown as `h2` (the page title is the h1).
    pub demoted_h1: Vec<usize>,
    /// Names of the shortcodes the text calls.
    pub shortcodes: Vec<String>,
}

impl Converted {
    /// Maps every offset (of findings, not of HTML) through `f`.
    pub fn map_offsets(&mut self, f: impl Fn(usize) -> usize) {
        for p in &mut self.problems {
            p.offset = f(p.offset);
        }
        for p in &mut self.problems_at {
            p.0 = f(p.0);
        }
        for d in &mut self.safety.dropped {
            d.offset = f(d.offset);
        }
        self.safety.unsafe_html_at = self.safety.unsafe_html_at.map(&f);
        for o in &mut self.demoted_h1 {
            *o = f(*o);
        }
    }

    /// A text that starts `by` bytes into its enclosing text.
    pub fn shift(&mut self, by: usize) {
        self.map_offsets(|o| o + by);
    }

    /// Adds what a shortcode's body found (its HTML is in the shortcode's).
    pub fn absorb(&mut self, other: Converted) {
        self.word_count += other.word_count;
        self.problems.extend(other.problems);
        self.problems_at.extend(other.problems_at);
        self.pictures.extend(other.pictures);
        self.safety.dropped.extend(other.safety.dropped);
        self.safety.unsafe_html_at = self.safety.unsafe_html_at.or(other.safety.unsafe_html_at);
        self.demoted_h1.extend(other.demoted_h1);
        self.shortcodes.extend(other.shortcodes);
    }
}
