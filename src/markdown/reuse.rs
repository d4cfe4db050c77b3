//! Converted bodies taken over from the previous build (for `keng serve`
//! after a new, deleted or renamed entry, or a new site title): an entry
//! converts to the same HTML when its text and address are the same,
//! nothing in it depends on other entries, and the settings it is
//! converted with are the same (shortcode templates see every setting).

use std::sync::Arc;

use crate::content::{Page, Rendered, Site};
use crate::load::ConfigChange;

/// The converted body of `page` (at `index` of its site) in `previous`,
/// when it still holds. The caller makes sure that no shortcode template
/// changed.
pub fn reused(previous: &Site, index: usize, page: &Page, config_change: ConfigChange) -> Option<Arc<Rendered>> {
    let old = same_file(previous, index, &page.source.rel)?;
    let old_content = old.content.get()?;
    let settings_same = match config_change {
        ConfigChange::None => true,
        ConfigChange::Presentation => old_content.shortcodes.is_empty(),
        ConfigChange::Content => false,
    };
    // The same file unchanged shares its text with the previous graph.
    let same_text = Arc::ptr_eq(&old.source.text, &page.source.text) || old.source.text == page.source.text;
    let same = same_text && old.path == page.path && old.kind == page.kind && old.lang == page.lang;
    if !(settings_same && same) {
        return None;
    }
    let depends_on_others = old_content.names_entries
        || !old_content.pictures.is_empty()
        || old_content
            .shortcodes
            .iter()
            .any(|n| crate::shortcodes::builtin::SHOWS_OTHER_ENTRIES.contains(&n.as_str()));
    (!depends_on_others).then(|| Arc::clone(old_content))
}

/// The entry of `previous` read from the file `rel`: mostly at the same
/// index, or one off after an entry was added or removed before it.
fn same_file<'a>(previous: &'a Site, index: usize, rel: &str) -> Option<&'a Page> {
    let near = [Some(index), index.checked_add(1), index.checked_sub(1)];
    near.into_iter()
        .flatten()
        .filter_map(|i| previous.pages.get(i))
        .find(|p| p.source.rel == rel)
        .or_else(|| previous.pages.get(*previous.page_by_rel.get(rel)?))
        .map(|p| &**p)
}
