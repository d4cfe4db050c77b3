//! Groups of entries that share a value (a sign category, a funder, a
//! channel), with the sum of their counts: what kind sections total.

use crate::content::{Page, Site};
use crate::slugs::slugify;

/// Entries that share a value.
#[derive(Debug, Clone)]
pub struct Group {
    pub label: String,
    pub slug: String,
    /// Sum of the entries' `count` (or the number of entries when they have none).
    pub total: i64,
    pub pages: Vec<usize>,
}

/// Groups `pages` by the labels `key` gives each entry, summing `count`
/// (1 for an entry without one). Groups come in the order their first
/// entry appears; labels that slug alike share a group.
pub fn group_by(
    site: &Site,
    pages: &[usize],
    key: impl Fn(&Page) -> Vec<String>,
    count: impl Fn(&Page) -> Option<i64>,
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for &p in pages {
        let page = &site.pages[p];
        for label in key(page) {
            add(&mut groups, label, count(page).unwrap_or(1), p);
        }
    }
    groups
}

fn add(groups: &mut Vec<Group>, label: String, n: i64, page: usize) {
    let slug = slugify(&label);
    match groups.iter_mut().find(|g| g.slug == slug) {
        Some(g) => {
            g.total = g.total.saturating_add(n);
            g.pages.push(page);
        }
        None => groups.push(Group {
            label,
            slug,
            total: n,
            pages: vec![page],
        }),
    }
}

/// Sum of the groups' totals.
pub fn grand_total(groups: &[Group]) -> i64 {
    groups.iter().map(|g| g.total).fold(0, i64::saturating_add)
}

/// Entries of a kind anywhere on the site, grouped by a field's text value,
/// summing their `count` field (or counting entries), largest first: for
/// the `totals` template function.
pub fn totals_by_field(site: &Site, kind: &str, field: &str) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for (p, page) in site.pages.iter().enumerate() {
        if page.kind.as_deref() != Some(kind) {
            continue;
        }
        let Some(data) = &page.data else { continue };
        let Some(label) = data.get(field).and_then(|v| v.as_str()) else {
            continue;
        };
        let n = data.get("count").and_then(|v| v.as_i64()).unwrap_or(1);
        add(&mut groups, label.to_string(), n, p);
    }
    groups.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.slug.cmp(&b.slug)));
    groups
}
