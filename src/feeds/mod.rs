//! Writers of files for other systems: Atom, RSS and JSON news feeds, CAP
//! 1.2 alerts with their Atom index, the sitemap and `_redirects`. Which
//! of them a build writes, and where, is the table of `outputs`.
//!
//! XML is written with quick-xml (`xml.rs`), which escapes every text and
//! attribute. Dates are shown in the site's time zone; every URL is absolute.

pub mod atom;
pub mod cap;
pub mod json;
pub mod rss;
pub mod sitemap;
pub mod xml;

use chrono::{DateTime, FixedOffset};

use crate::content::{Page, Site};

/// `_redirects` for static hosts (Netlify, Cloudflare Pages), from the
/// entries' `aliases`.
pub fn redirects(site: &Site) -> Vec<u8> {
    let mut lines =
        String::from("# Redirects from old URLs (front matter `aliases`), for static hosts that read this file.\n");
    for page in &site.pages {
        for alias in page.meta.aliases.iter().filter(|a| crate::resolve::alias_is_safe(a)) {
            lines.push_str(&format!("{} {} 301\n", crate::resolve::alias_path(alias), page.path));
        }
    }
    lines.into_bytes()
}

/// Which entries a feed carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FeedScope {
    /// The news of the whole site.
    Site,
    /// A section whose `_index.md` has `feed = true`.
    Section(usize),
    /// A term of a taxonomy listed in `[feeds] taxonomies`.
    Term(usize, usize),
}

/// Every feed the site has.
pub fn scopes(site: &Site) -> Vec<FeedScope> {
    let mut scopes = vec![FeedScope::Site];
    scopes.extend(
        site.sections
            .iter()
            .enumerate()
            .filter(|(_, s)| s.meta.feed)
            .map(|(i, _)| FeedScope::Section(i)),
    );
    for (t, tax) in site.taxonomies.iter().enumerate() {
        if site.config.feeds.taxonomies.contains(&tax.name) {
            scopes.extend((0..tax.terms.len()).map(|k| FeedScope::Term(t, k)));
        }
    }
    scopes
}

/// URL path of the list page a feed belongs to.
pub fn list_path(site: &Site, scope: FeedScope) -> &str {
    match scope {
        FeedScope::Site => "/",
        FeedScope::Section(i) => &site.sections[i].path,
        FeedScope::Term(t, k) => &site.taxonomies[t].terms[k].path,
    }
}

/// Title of a feed: the site's, or "list · site".
pub fn title(site: &Site, scope: FeedScope) -> String {
    match scope {
        FeedScope::Site => site.config.title.clone(),
        FeedScope::Section(i) => format!("{} · {}", site.sections[i].title(&site.config), site.config.title),
        FeedScope::Term(t, k) => format!("{} · {}", site.taxonomies[t].terms[k].name, site.config.title),
    }
}

/// News entries in the site's language (see `kinds::is_news`).
fn is_news(site: &Site, page: &Page) -> bool {
    page.lang.is_none() && crate::kinds::is_news(&site.config, page)
}

/// The newest entries of a feed, at most `[feeds] limit`.
pub fn entries(site: &Site, scope: FeedScope) -> Vec<usize> {
    let mut ids: Vec<usize> = match scope {
        FeedScope::Site => (0..site.pages.len())
            .filter(|&i| is_news(site, &site.pages[i]))
            .collect(),
        FeedScope::Section(s) => site.sections[s]
            .pages
            .iter()
            .copied()
            .filter(|&i| site.pages[i].meta.date.is_some())
            .collect(),
        FeedScope::Term(t, k) => site.taxonomies[t].terms[k]
            .pages
            .iter()
            .copied()
            .filter(|&i| site.pages[i].meta.date.is_some())
            .collect(),
    };
    // The newest `limit` only: select them, then sort those.
    let by_date = |a: &usize, b: &usize| crate::resolve::newest_first(&site.pages[*a], &site.pages[*b]);
    let limit = site.config.feeds.limit;
    if ids.len() > limit {
        ids.select_nth_unstable_by(limit, by_date);
        ids.truncate(limit);
    }
    ids.sort_by(by_date);
    ids
}

/// What both feed formats start from: the list's URL, the entries, and
/// when the newest of them changed (the build's clock for an empty feed).
pub struct FeedBasics {
    pub list_url: String,
    pub ids: Vec<usize>,
    pub newest: DateTime<FixedOffset>,
}

pub fn basics(site: &Site, scope: FeedScope) -> FeedBasics {
    let ids = entries(site, scope);
    let newest = ids
        .iter()
        .filter_map(|&i| site.pages[i].updated())
        .max()
        .unwrap_or(site.now);
    FeedBasics {
        list_url: format!("{}{}", site.config.base_url, list_path(site, scope)),
        ids,
        newest,
    }
}

/// An instant in the site's time zone.
pub fn local(site: &Site, at: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    at.with_timezone(&site.config.timezone).fixed_offset()
}

/// The HTML a feed carries for an entry, with every link made absolute.
pub fn entry_html(site: &Site, i: usize) -> String {
    let page = &site.pages[i];
    let html = if site.config.feeds.full_content {
        page.html(site).into_owned()
    } else {
        crate::view::summary_html(site, page).unwrap_or_else(|| page.html(site).into_owned())
    };
    absolutize(&html, &site.config.base_url, &page.permalink)
}

/// Makes `href` and `src` URLs absolute: `/x` against the site, `x` and
/// `#x` against the page. Feed readers show entries away from the site.
pub fn absolutize(html: &str, base_url: &str, page_url: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(pos) = find_url_attribute(rest) {
        let (before, after) = rest.split_at(pos);
        out.push_str(before);
        let quote_end = after.find('"').map_or(after.len(), |q| q + 1);
        out.push_str(&after[..quote_end]);
        let value_and_more = &after[quote_end..];
        let value_end = value_and_more.find('"').unwrap_or(value_and_more.len());
        let value = &value_and_more[..value_end];
        let is_absolute = value.contains("://")
            || value.starts_with("//")
            || value.starts_with("mailto:")
            || value.starts_with("tel:")
            || value.starts_with("data:")
            || value.starts_with("sms:");
        if is_absolute || value.is_empty() {
            out.push_str(value);
        } else if let Some(path) = value.strip_prefix('/') {
            out.push_str(base_url);
            out.push('/');
            out.push_str(path);
        } else {
            out.push_str(page_url);
            out.push_str(value);
        }
        rest = &value_and_more[value_end..];
    }
    out.push_str(rest);
    out
}

fn find_url_attribute(html: &str) -> Option<usize> {
    let href = html.find(" href=\"");
    let src = html.find(" src=\"");
    match (href, src) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_become_absolute() {
        let html = r##"<a href="/tin-tuc/">a</a> <img src="anh.jpg" alt=""> <a href="#muc">b</a> <a href="https://x.vn/">c</a> <a href="tel:113">d</a>"##;
        let out = absolutize(html, "https://e.vn", "https://e.vn/tin-tuc/bai/");
        assert_eq!(
            out,
            r##"<a href="https://e.vn/tin-tuc/">a</a> <img src="https://e.vn/tin-tuc/bai/anh.jpg" alt=""> <a href="https://e.vn/tin-tuc/bai/#muc">b</a> <a href="https://x.vn/">c</a> <a href="tel:113">d</a>"##
        );
    }
}
