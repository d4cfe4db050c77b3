//! What templates see: borrowing views of the site graph.
//!
//! Views hold references, not copies; Tera serialises one per render, so a
//! list page serialises the ten entries it shows, never the whole site.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::{Heading, Page, Site};
use crate::date::Date;

/// An entry. `content` and `toc` are left out in lists.
#[derive(Serialize)]
pub struct PageView<'a> {
    pub title: &'a str,
    pub slug: &'a str,
    pub path: &'a str,
    pub permalink: &'a str,
    /// `content/`-relative source file, as `get_page` takes it.
    pub source: &'a str,
    pub date: Option<&'a Date>,
    pub updated: Option<&'a Date>,
    pub draft: bool,
    pub weight: Option<i64>,
    /// HTML: the part before `<!-- more -->`, else the front matter summary.
    pub summary: Option<String>,
    /// Plain text for `<meta name="description">`: the same summary as
    /// `summary`, without markup.
    pub description: Option<&'a str>,
    pub word_count: usize,
    /// Minutes, at 200 words a minute, at least 1.
    pub reading_time: usize,
    pub taxonomies: BTreeMap<&'a str, Vec<TermRef<'a>>>,
    pub extra: &'a serde_json::Value,
    /// All fields of a `*.toml` data entry.
    pub data: Option<&'a serde_json::Value>,
    /// URLs of the page bundle's files.
    pub assets: Vec<String>,
    /// The entry's kind, if any.
    pub kind: Option<&'a str>,
    /// Language of a translation; `None` for the site's language.
    pub lang: Option<&'a str>,
    /// Markdown fields of a kind entry, rendered to HTML.
    pub html: &'a BTreeMap<String, String>,
    /// For alerts: in force at the build's clock.
    pub current: Option<bool>,
    pub section: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub toc: Option<&'a [Heading]>,
}

#[derive(Serialize)]
pub struct TermRef<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub permalink: &'a str,
}

impl<'a> PageView<'a> {
    /// For a list entry: everything but the body.
    pub fn summary(site: &'a Site, i: usize) -> Self {
        let page = &site.pages[i];
        PageView {
            title: page.title(),
            slug: &page.slug,
            path: &page.path,
            permalink: &page.permalink,
            source: &page.source.rel,
            date: page.meta.date.as_ref(),
            updated: page.meta.updated.as_ref(),
            draft: page.meta.draft,
            weight: page.meta.weight,
            summary: summary_html(page),
            description: page.description(),
            word_count: page.content.word_count,
            reading_time: page.content.word_count.div_ceil(200).max(1),
            taxonomies: terms_of(site, i),
            extra: &page.meta.extra,
            data: page.data.as_ref(),
            assets: page
                .assets
                .iter()
                .map(|a| format!("{}{}", page.permalink, a.rel))
                .collect(),
            section: &site.sections[page.section].path,
            kind: page.kind.as_deref(),
            lang: page.lang.as_deref(),
            html: &page.content.fields,
            current: crate::kinds::of_page(&site.config, page).and_then(|k| k.in_force(page, &site.now)),
            content: None,
            toc: None,
        }
    }

    /// For the entry's own page.
    pub fn full(site: &'a Site, i: usize) -> Self {
        let page = &site.pages[i];
        PageView {
            content: Some(&page.content.html),
            toc: Some(&page.content.toc),
            ..PageView::summary(site, i)
        }
    }
}

/// HTML summary of an entry: the part before `<!-- more -->`, else its
/// front matter summary as a paragraph.
///
/// One rule everywhere (lists, feeds, search, meta description): the front
/// matter's `summary` wins, else the text before `<!-- more -->`.
pub fn summary_html(page: &Page) -> Option<String> {
    match &page.meta.summary {
        Some(s) => {
            let mut html = String::from("<p>");
            let _ = pulldown_cmark_escape::escape_html_body_text(&mut html, s);
            html.push_str("</p>");
            Some(html)
        }
        None => page.content.summary_html.clone(),
    }
}

fn terms_of(site: &Site, i: usize) -> BTreeMap<&str, Vec<TermRef<'_>>> {
    let mut out: BTreeMap<&str, Vec<TermRef>> = site
        .taxonomies
        .iter()
        .filter(|t| site.pages[i].meta.taxonomies.contains_key(&t.name))
        .map(|t| (t.name.as_str(), Vec::new()))
        .collect();
    for &(t, k) in &site.pages[i].terms {
        let (tax, term) = (&site.taxonomies[t], &site.taxonomies[t].terms[k]);
        out.entry(tax.name.as_str()).or_default().push(TermRef {
            name: &term.name,
            slug: &term.slug,
            permalink: &term.permalink,
        });
    }
    out
}

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
    pub pages: Vec<PageView<'a>>,
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
