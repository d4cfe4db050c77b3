//! An entry's or section's converted body ([`Rendered`]), and how a build
//! that does not keep bodies converts them when pages need them
//! ([`LateBodies`], [`Page::content`], [`Page::html`]).

use std::collections::BTreeMap;
use std::sync::{Arc, OnceLock};

use serde::Serialize;

use super::{Page, Site};

/// What the Markdown stage made of a body.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub html: String,
    /// HTML up to `<!-- more -->`, when the body has that marker.
    pub summary_html: Option<String>,
    /// The same part as plain text (meta descriptions).
    pub summary_text: Option<String>,
    pub toc: Vec<Heading>,
    pub word_count: usize,
    /// Markdown fields of a kind entry, rendered: field name → HTML.
    pub fields: BTreeMap<String, String>,
    /// Pictures the text shows (indexes into `Site::pictures`).
    pub pictures: Vec<usize>,
    /// Names of the shortcodes the text calls (a theme loads a video's
    /// script only where one is).
    pub shortcodes: Vec<String>,
    /// [`super::SourceFile::names_entries`], kept so that `keng serve` need not
    /// scan every text again to know which bodies it may take over.
    pub names_entries: bool,
    /// What rendering changed and the editor should know (see `markdown::safety`).
    pub warnings: Vec<crate::diagnostic::Diagnostic>,
}

/// A heading of a page, for its table of contents and anchor checks.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub title: String,
}

/// An entry's converted body: set by the Markdown stage, or by its first
/// reader in a build that converts bodies late.
#[derive(Debug, Clone, Default)]
pub struct Body(OnceLock<Arc<Rendered>>);

impl Body {
    pub fn new(rendered: Arc<Rendered>) -> Body {
        Body(OnceLock::from(rendered))
    }

    /// The converted body, if it was converted already.
    pub fn get(&self) -> Option<&Arc<Rendered>> {
        self.0.get()
    }
}

/// Converts entry bodies when a page first needs them, so that `keng
/// build` holds each body's HTML only while the entry's own page is
/// rendered (see `markdown::late`). What every page needs (summary, word
/// count, headings, fields) is kept; the HTML is not.
pub trait LateBodies: Send + Sync + std::fmt::Debug {
    /// The entry's body and fields converted, with their HTML. Problems
    /// found are kept for [`LateBodies::problems`].
    fn convert(&self, site: &Site, page: &Page) -> Rendered;
    /// Every problem found by the conversions, and the `#anchor`s that name
    /// no heading; converts the entries no page has asked for yet.
    fn problems(&self, site: &Site) -> crate::diagnostic::Diagnostics;
}

/// What an entry without a converted body shows: nothing.
static NO_CONTENT: Rendered = Rendered {
    html: String::new(),
    summary_html: None,
    summary_text: None,
    toc: Vec::new(),
    word_count: 0,
    fields: BTreeMap::new(),
    pictures: Vec::new(),
    shortcodes: Vec::new(),
    names_entries: false,
    warnings: Vec::new(),
};

impl Page {
    /// What the Markdown stage made of the body. When bodies are converted
    /// late, this converts it on first use and keeps all but the HTML.
    pub fn content<'a>(&'a self, site: &Site) -> &'a Rendered {
        if let Some(rendered) = self.content.get() {
            return rendered;
        }
        match &site.late_bodies {
            Some(late) => {
                let mut rendered = late.convert(site, self);
                rendered.html = String::new();
                self.content.0.get_or_init(|| Arc::new(rendered))
            }
            None => &NO_CONTENT,
        }
    }

    /// The body's HTML: borrowed when the Markdown stage kept it, else
    /// converted now (keeping the rest, if no page asked for it before).
    pub fn html<'a>(&'a self, site: &Site) -> std::borrow::Cow<'a, str> {
        let Some(late) = &site.late_bodies else {
            return std::borrow::Cow::Borrowed(self.content(site).html.as_str());
        };
        let mut rendered = late.convert(site, self);
        let html = std::mem::take(&mut rendered.html);
        if self.content.get().is_none() {
            let _ = self.content.0.set(Arc::new(rendered));
        }
        std::borrow::Cow::Owned(html)
    }
}
