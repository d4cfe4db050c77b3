//! What templates see: borrowing views of the site graph.
//!
//! Views hold references, not copies; Tera serialises one per render, so a
//! list page serialises the ten entries it shows, never the whole site.

use serde::Serialize;

use crate::content::{Heading, Site};

mod listed;
mod overview;
mod page;

pub use listed::{Listed, new_pass};
pub use overview::{GroupView, Overview, group_path};
pub use page::{PageView, TermRef, summary_html};

/// A version of a page in one language, for `hreflang` links.
#[derive(Serialize)]
pub struct Alternate<'a> {
    pub lang: &'a str,
    pub permalink: &'a str,
}

/// (language, permalink) of one version of a page.
type Version<'a> = (Option<&'a str>, &'a str);

/// Every language version of the page a job shows (itself included), or
/// nothing when it has no translation.
pub fn alternates<'a>(site: &'a Site, page: Option<usize>, section: Option<usize>) -> Vec<Alternate<'a>> {
    let default = site.config.language.as_str();
    let (own, others): (Version<'a>, Vec<Version<'a>>) = match (page, section) {
        (Some(i), _) => {
            let p = &site.pages[i];
            (
                (p.lang.as_deref(), &p.permalink),
                p.translations
                    .iter()
                    .map(|&j| (site.pages[j].lang.as_deref(), site.pages[j].permalink.as_str()))
                    .collect(),
            )
        }
        (None, Some(i)) => {
            let s = &site.sections[i];
            (
                (s.lang.as_deref(), &s.permalink),
                s.translations
                    .iter()
                    .map(|&j| (site.sections[j].lang.as_deref(), site.sections[j].permalink.as_str()))
                    .collect(),
            )
        }
        _ => return Vec::new(),
    };
    if others.is_empty() {
        return Vec::new();
    }
    std::iter::once(own)
        .chain(others)
        .map(|(lang, permalink)| Alternate {
            lang: lang.unwrap_or(default),
            permalink,
        })
        .collect()
}

/// A link to a section, for navigation.
#[derive(Serialize)]
pub struct SectionRef<'a> {
    pub title: &'a str,
    /// `content/`-relative `_index.md`, as `get_section` takes it.
    pub source: &'a str,
    pub path: &'a str,
    pub permalink: &'a str,
}

impl<'a> SectionRef<'a> {
    pub fn new(site: &'a Site, i: usize) -> Self {
        let s = &site.sections[i];
        SectionRef {
            title: s.title(&site.config),
            source: &s.key,
            path: &s.path,
            permalink: &s.permalink,
        }
    }
}

#[derive(Serialize)]
pub struct SectionView<'a> {
    pub title: &'a str,
    pub path: &'a str,
    pub permalink: &'a str,
    pub source: String,
    pub summary: Option<&'a str>,
    pub content: &'a str,
    pub toc: &'a [Heading],
    pub extra: &'a serde_json::Value,
    /// Number of entries in the section.
    pub page_count: usize,
    /// Entries shown with the section (all, or those of `get_section(limit)`);
    /// a paginated list uses `paginator.pages` instead.
    pub pages: Vec<PageView<'a>>,
    pub subsections: Vec<SectionRef<'a>>,
    /// Ancestors from the home page down, for breadcrumbs.
    pub ancestors: Vec<SectionRef<'a>>,
    /// The kind of the section's entries.
    pub kind: Option<&'a str>,
    /// Totals and groups derived from the entries of a kind section.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overview: Option<Overview<'a>>,
}

impl<'a> SectionView<'a> {
    pub fn new(site: &'a Site, i: usize, pages: Option<&[usize]>) -> Self {
        let s = &site.sections[i];
        SectionView {
            title: s.title(&site.config),
            path: &s.path,
            permalink: &s.permalink,
            source: s.key.clone(),
            summary: s.meta.summary.as_deref(),
            content: &s.content.html,
            toc: &s.content.toc,
            extra: &s.meta.extra,
            page_count: s.pages.len(),
            pages: pages
                .unwrap_or(&[])
                .iter()
                .map(|&p| PageView::summary(site, p))
                .collect(),
            subsections: s.subsections.iter().map(|&c| SectionRef::new(site, c)).collect(),
            ancestors: ancestors(site, s.parent),
            kind: s.meta.kind.as_deref(),
            overview: Overview::new(site, i),
        }
    }
}

/// Sections from the home page down to `from` (inclusive).
pub fn ancestors(site: &Site, mut from: Option<usize>) -> Vec<SectionRef<'_>> {
    let mut chain = Vec::new();
    while let Some(i) = from {
        chain.push(SectionRef::new(site, i));
        from = site.sections[i].parent;
    }
    chain.reverse();
    chain
}

/// One page of a paginated list.
#[derive(Serialize)]
pub struct Paginator<'a> {
    /// 1-based number of this page.
    pub current_index: usize,
    pub number_pagers: usize,
    pub paginate_by: usize,
    pub total_pages: usize,
    pub pages: Vec<Listed<'a>>,
    pub first: String,
    pub last: String,
    pub previous: Option<String>,
    pub next: Option<String>,
}

/// The site-wide values every template gets.
#[derive(Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub base_url: &'a str,
    pub language: &'a str,
    pub taxonomies: Vec<SectionRef<'a>>,
    /// Top-level sections, for the main navigation.
    pub menu: Vec<SectionRef<'a>>,
    pub extra: &'a serde_json::Value,
}

impl<'a> SiteView<'a> {
    pub fn new(site: &'a Site) -> Self {
        let c = &site.config;
        SiteView {
            title: &c.title,
            description: c.description.as_deref(),
            base_url: &c.base_url,
            language: &c.language,
            taxonomies: site
                .taxonomies
                .iter()
                .map(|t| SectionRef {
                    title: &t.name,
                    source: "",
                    path: &t.path,
                    permalink: &t.permalink,
                })
                .collect(),
            menu: site.sections[site.home]
                .subsections
                .iter()
                .map(|&i| SectionRef::new(site, i))
                .collect(),
            extra: &c.extra,
        }
    }
}
