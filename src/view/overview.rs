//! What templates see of the totals and groups a kind derives from a
//! section's entries (see `kinds::Kind::overview`).

use serde::Serialize;

use super::page::PageView;
use crate::content::Site;

/// Entries of a group, for templates.
#[derive(Serialize)]
pub struct GroupView<'a> {
    pub label: String,
    pub slug: String,
    pub total: i64,
    pub count: usize,
    /// The group's own page, where it has one (warning-sign categories).
    pub permalink: Option<String>,
    pub pages: Vec<PageView<'a>>,
}

impl<'a> GroupView<'a> {
    pub fn new(site: &'a Site, group: crate::kinds::Group, permalink: Option<String>) -> Self {
        GroupView {
            count: group.pages.len(),
            pages: group.pages.iter().map(|&p| PageView::summary(site, p)).collect(),
            label: group.label,
            slug: group.slug,
            total: group.total,
            permalink,
        }
    }
}

/// What keng derives from a kind section's entries.
#[derive(Serialize, Default)]
pub struct Overview<'a> {
    /// Sum of the entries' counts (cameras, signs).
    pub total: Option<i64>,
    /// Sum of camera-covered roads.
    pub roads: Option<i64>,
    /// By sign category, camera funder or guide channel.
    pub groups: Vec<GroupView<'a>>,
    /// Warning signs by commune, where entries give one.
    pub communes: Vec<GroupView<'a>>,
    /// Hotlines the guides name.
    pub hotlines: Vec<String>,
    /// Alerts in force, then the others.
    pub current: Vec<PageView<'a>>,
    pub past: Vec<PageView<'a>>,
}

/// URL of the page of a group of a section (a warning-sign category).
pub fn group_path(section_path: &str, slug: &str) -> String {
    format!("{section_path}loai/{slug}/")
}

impl<'a> Overview<'a> {
    /// What the section's kind derives from its entries, for templates.
    pub fn new(site: &'a Site, i: usize) -> Option<Self> {
        let section = &site.sections[i];
        let data = crate::kinds::of_section(site, i)?.overview(site, i)?;
        let summaries = |ids: Vec<usize>| ids.into_iter().map(|p| PageView::summary(site, p)).collect();
        let groups = |gs: Vec<crate::kinds::Group>, own_page: bool| -> Vec<GroupView<'a>> {
            gs.into_iter()
                .map(|g| {
                    let link =
                        own_page.then(|| format!("{}{}", site.config.base_url, group_path(&section.path, &g.slug)));
                    GroupView::new(site, g, link)
                })
                .collect()
        };
        Some(Overview {
            total: data.total,
            roads: data.roads,
            groups: groups(data.groups, data.groups_have_pages),
            communes: groups(data.communes, false),
            hotlines: data.hotlines,
            current: summaries(data.current),
            past: summaries(data.past),
        })
    }
}
