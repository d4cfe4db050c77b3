//! Converted bodies taken over from the previous build (for `keng serve`
//! after a new, deleted or renamed entry): an entry converts to the same
//! HTML when its text and address are the same and nothing in it depends
//! on other entries.

use std::sync::Arc;

use crate::content::{Page, Rendered, Site};

/// The converted body of `page` in `previous`, when it still holds.
/// The caller makes sure that site.toml and the templates are unchanged.
pub fn reused(previous: &Site, page: &Page) -> Option<Arc<Rendered>> {
    let &i = previous.page_by_rel.get(&page.source.rel)?;
    let old = &previous.pages[i];
    let depends_on_others = page.source.text.contains("@/")
        || !old.content.pictures.is_empty()
        || old
            .content
            .shortcodes
            .iter()
            .any(|n| crate::shortcodes::builtin::SHOWS_OTHER_ENTRIES.contains(&n.as_str()));
    let same =
        old.source.text == page.source.text && old.path == page.path && old.kind == page.kind && old.lang == page.lang;
    (same && !depends_on_others).then(|| Arc::clone(&old.content))
}
