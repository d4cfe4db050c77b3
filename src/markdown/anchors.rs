//! `@/page.md#anchor` links: checked once every page has its headings.

use super::links::LinkTarget;
use crate::content::Site;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::msg;

/// A `@/page.md#anchor` link whose anchor is checked once all pages are rendered.
#[derive(Clone)]
pub(super) struct AnchorRef {
    pub target: LinkTarget,
    pub anchor: String,
    /// Where the link is, for the message.
    pub path: std::path::PathBuf,
    pub line: usize,
    pub col: usize,
}

/// Anchors that name no heading of their target page.
pub(super) fn check(site: &Site, anchors: &[AnchorRef]) -> Diagnostics {
    let mut errors = Diagnostics::default();
    for a in anchors {
        let (toc, label) = match a.target {
            LinkTarget::Page(i) => (&site.pages[i].content(site).toc, site.pages[i].source.rel.clone()),
            LinkTarget::Section(i) => (&site.sections[i].content.toc, site.sections[i].file_label()),
        };
        if toc.iter().any(|h| h.id == a.anchor) {
            continue;
        }
        let known: Vec<&str> = toc.iter().map(|h| h.id.as_str()).collect();
        let hint = if known.is_empty() {
            msg!("anchor-no-headings-hint", page = &label)
        } else {
            msg!(
                "anchor-headings-hint",
                page = &label,
                ids = format!("#{}", known.join(", #"))
            )
        };
        errors.push(
            Diagnostic::new(&a.path, msg!("anchor-missing", anchor = &a.anchor, page = &label))
                .at(a.line, a.col)
                .hint(hint),
        );
    }
    errors
}
