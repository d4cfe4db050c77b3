//! Pass: nothing an editor writes may run script in a reader's browser.
//!
//! - Links and images whose URL has a scheme other than http, https, mailto
//!   or tel (`javascript:`, `data:`, `vbscript:`, …) lose the link or the
//!   image: their text (the image's alt text) stays, and the editor is told
//!   where.
//! - A text with raw HTML is cleaned after rendering with an allow-list
//!   suited to news (ammonia): `<script>`, event handlers, `<iframe>`,
//!   `<form>`, styles and unsafe URLs go; headings, tables, figures,
//!   footnotes and the like stay. Text without raw HTML needs no cleaning:
//!   pulldown-cmark escapes everything else.
//!
//! `[markdown] unsafe_html = true` in site.toml turns both off, for a site
//! whose editors are all trusted.

use std::sync::LazyLock;

use pulldown_cmark::{Event, Tag};

use super::Spanned;
use crate::urls::{ALLOWED_SCHEMES, allowed_url};

/// A link or image that was removed, and where it was.
pub struct Dropped {
    pub offset: usize,
    pub url: String,
    pub image: bool,
}

/// What the pass found in one text.
#[derive(Default)]
pub struct Findings {
    pub dropped: Vec<Dropped>,
    /// Byte offset of the first raw HTML that holds something the cleaner
    /// removes (a script, a handler, a frame), if any.
    pub unsafe_html_at: Option<usize>,
    /// The text has raw HTML, so its rendered HTML must be cleaned.
    pub has_raw_html: bool,
}

/// Removes links and images with unsafe URLs (keeping their text) and
/// notes raw HTML.
pub fn run<'a>(mut events: Vec<Spanned<'a>>, findings: &mut Findings) -> Vec<Spanned<'a>> {
    // For each open link or image, whether it was dropped (so is its end).
    let mut open: Vec<bool> = Vec::new();
    // In place: a text rarely loses anything, and its events are not moved.
    events.retain(|(event, range)| {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                let drop = !allowed_url(dest_url);
                if drop {
                    findings.dropped.push(Dropped {
                        offset: range.start,
                        url: dest_url.to_string(),
                        image: matches!(event, Event::Start(Tag::Image { .. })),
                    });
                }
                open.push(drop);
                return !drop;
            }
            Event::End(pulldown_cmark::TagEnd::Link | pulldown_cmark::TagEnd::Image) => {
                return !open.pop().unwrap_or(false);
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                findings.has_raw_html = true;
                if findings.unsafe_html_at.is_none() && looks_dangerous(html) {
                    findings.unsafe_html_at = Some(range.start);
                }
            }
            _ => {}
        }
        true
    });
    events
}

/// Raw HTML that cleaning will change in a way the editor should know about.
fn looks_dangerous(html: &str) -> bool {
    let lower = html.to_ascii_lowercase();
    [
        "<script",
        "<iframe",
        "<object",
        "<embed",
        "<form",
        "<style",
        "javascript:",
        "data:",
        "vbscript:",
    ]
    .iter()
    .any(|bad| lower.contains(bad))
        || lower
            .split(|c: char| c.is_whitespace() || c == '/')
            .any(|word| word.starts_with("on") && word.contains('='))
}

static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.add_tags([
        "figure",
        "figcaption",
        "details",
        "summary",
        "mark",
        "abbr",
        "cite",
        "time",
        "caption",
        "input",
        "section",
        "picture",
        "source",
    ])
    .add_generic_attributes(["id", "class", "title", "lang", "dir"])
    .add_tag_attributes("a", ["rel", "target"])
    .add_tag_attributes("img", ["loading", "decoding", "srcset", "sizes"])
    // A photo's versions (see `pictures`).
    .add_tag_attributes("source", ["type", "srcset", "sizes"])
    .add_tag_attributes("ol", ["start"])
    .add_tag_attributes("time", ["datetime"])
    .add_tag_attributes("input", ["type", "checked", "disabled"])
    .url_schemes(ALLOWED_SCHEMES.iter().copied().collect())
    // The link pass gives external links their `rel`; keep it as it is.
    .link_rel(None);
    b
});

/// Cleans rendered HTML with the news allow-list.
pub fn clean(html: &str) -> String {
    CLEANER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cleaner_keeps_what_markdown_makes_and_drops_script() {
        let html = "<h2 id=\"a\">A</h2><table><tr><td class=\"align-center\" style=\"color: red\">x</td></tr></table>\
            <p><a href=\"https://x.vn\" rel=\"noopener\">x</a><img src=\"a.jpg\" alt=\"b\" onerror=\"alert(1)\"></p>\
            <script>alert(1)</script><iframe src=\"https://x.vn\"></iframe><a href=\"javascript:alert(1)\">y</a>";
        let clean = clean(html);
        assert!(clean.contains("<h2 id=\"a\">A</h2>"), "{clean}");
        assert!(
            clean.contains("<td class=\"align-center\">x</td>"),
            "no style attribute: {clean}"
        );
        assert!(clean.contains("rel=\"noopener\""), "{clean}");
        assert!(clean.contains("<img src=\"a.jpg\" alt=\"b\">"), "{clean}");
        for gone in ["script", "onerror", "iframe", "javascript"] {
            assert!(!clean.contains(gone), "{gone}: {clean}");
        }
    }
}
