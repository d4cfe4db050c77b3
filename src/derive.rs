//! Pages and figures derived from entries of a kind: totals and groups for
//! camera networks and warning signs, guides by channel, current and past
//! alerts. Computed from the resolved site and the build's clock.

use chrono::{DateTime, FixedOffset};

use crate::content::Site;
use crate::kinds::Entry;
use crate::kinds::schema::CHANNELS;
use crate::slugs::slugify;

/// Entries that share a value (a sign category, a funder, a channel).
#[derive(Debug, Clone)]
pub struct Group {
    pub label: String,
    pub slug: String,
    /// Sum of the entries' `count` (or the number of entries when they have none).
    pub total: i64,
    pub pages: Vec<usize>,
}

/// Groups `pages` by the labels `key` gives each entry, summing `count`.
/// Groups come in the order their first entry appears.
fn group_by(
    site: &Site,
    pages: &[usize],
    key: impl Fn(&Entry) -> Vec<String>,
    count: impl Fn(&Entry) -> Option<i64>,
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for &p in pages {
        let Some(entry) = &site.pages[p].entry else { continue };
        for label in key(entry) {
            let slug = slugify(&label);
            let n = count(entry).unwrap_or(1);
            match groups.iter_mut().find(|g| g.slug == slug) {
                Some(g) => {
                    g.total = g.total.saturating_add(n);
                    g.pages.push(p);
                }
                None => groups.push(Group {
                    label,
                    slug,
                    total: n,
                    pages: vec![p],
                }),
            }
        }
    }
    groups
}

/// Warning signs of a section by category (each category gets its own page).
pub fn signs_by_category(site: &Site, pages: &[usize]) -> Vec<Group> {
    group_by(
        site,
        pages,
        |e| match e {
            Entry::Sign(s) => vec![s.category.clone()],
            _ => vec![],
        },
        sign_count,
    )
}

pub fn signs_by_commune(site: &Site, pages: &[usize]) -> Vec<Group> {
    group_by(
        site,
        pages,
        |e| match e {
            Entry::Sign(s) => s.commune.clone().into_iter().collect(),
            _ => vec![],
        },
        sign_count,
    )
}

fn sign_count(e: &Entry) -> Option<i64> {
    match e {
        Entry::Sign(s) => s.count,
        _ => None,
    }
}

pub fn cameras_by_funding(site: &Site, pages: &[usize]) -> Vec<Group> {
    group_by(
        site,
        pages,
        |e| match e {
            Entry::Camera(c) => vec![c.funded_by.clone()],
            _ => vec![],
        },
        |e| match e {
            Entry::Camera(c) => Some(c.count),
            _ => None,
        },
    )
}

/// Sum of `roads` over camera entries.
pub fn camera_roads(site: &Site, pages: &[usize]) -> i64 {
    pages
        .iter()
        .filter_map(|&p| match &site.pages[p].entry {
            Some(Entry::Camera(c)) => c.roads,
            _ => None,
        })
        .fold(0, i64::saturating_add)
}

/// Guides by channel, in the fixed channel order (phone, sms, social, web, in person).
pub fn guides_by_channel(site: &Site, pages: &[usize]) -> Vec<Group> {
    let mut groups = group_by(
        site,
        pages,
        |e| match e {
            Entry::Guide(g) => g.channels.clone(),
            _ => vec![],
        },
        |_| None,
    );
    groups.sort_by_key(|g| CHANNELS.iter().position(|c| *c == g.label).unwrap_or(usize::MAX));
    groups
}

/// Hotlines named by the guides, each once, in order of appearance.
pub fn guide_hotlines(site: &Site, pages: &[usize]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for &p in pages {
        if let Some(Entry::Guide(g)) = &site.pages[p].entry {
            for h in &g.hotlines {
                if !out.contains(h) {
                    out.push(h.clone());
                }
            }
        }
    }
    out
}

/// Alerts in force at `now` (effective ≤ now < expires), and the others.
pub fn alerts_split(site: &Site, pages: &[usize], now: &DateTime<FixedOffset>) -> (Vec<usize>, Vec<usize>) {
    pages
        .iter()
        .filter(|&&p| matches!(site.pages[p].entry, Some(Entry::Alert(_))))
        .partition(|&&p| match &site.pages[p].entry {
            Some(Entry::Alert(a)) => a.is_current(now),
            _ => false,
        })
}

/// Every alert of the site in force at `now`, most severe first.
pub fn current_alerts(site: &Site, now: &DateTime<FixedOffset>) -> Vec<usize> {
    let all: Vec<usize> = (0..site.pages.len()).collect();
    let (mut current, _) = alerts_split(site, &all, now);
    let rank = |p: usize| match &site.pages[p].entry {
        Some(Entry::Alert(a)) => crate::kinds::schema::SEVERITIES
            .iter()
            .position(|s| *s == a.severity)
            .unwrap_or(9),
        _ => 9,
    };
    current.sort_by_key(|&p| {
        (
            rank(p),
            std::cmp::Reverse(site.pages[p].meta.date.as_ref().map(|d| d.instant)),
        )
    });
    current
}

/// Entries of a kind anywhere on the site, grouped by a field's text value,
/// summing their `count` field (or counting entries): for statistics.
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
        let slug = slugify(label);
        match groups.iter_mut().find(|g| g.slug == slug) {
            Some(g) => {
                g.total = g.total.saturating_add(n);
                g.pages.push(p);
            }
            None => groups.push(Group {
                label: label.to_string(),
                slug,
                total: n,
                pages: vec![p],
            }),
        }
    }
    groups.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.slug.cmp(&b.slug)));
    groups
}
