//! What templates see of an entry, in a list or on its own page.

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
    /// The entry's `image` as a `<picture>` with its versions, on its own page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image_html: Option<String>,
}

/// A term an entry is filed under. Every list shows each entry's terms,
/// so a term is made into a template value once per thread and shared
/// (tera passes a `Value` through by reference count): making the same
/// three-key map again for every entry of every list was 4% of a build.
pub struct TermRef<'a> {
    pub name: &'a str,
    pub slug: &'a str,
    pub permalink: &'a str,
}

#[derive(Serialize)]
struct TermFields<'a> {
    name: &'a str,
    slug: &'a str,
    permalink: &'a str,
}

/// Term values made on this thread, by permalink, with the name and slug
/// they were made from: a value is reused only for the same three strings,
/// so a site that changed (in `keng serve`) never gets a stale one.
type TermValues = rustc_hash::FxHashMap<String, (String, String, tera::Value)>;

thread_local! {
    static TERM_VALUES: std::cell::RefCell<TermValues> = std::cell::RefCell::default();
}

/// More distinct terms than any site has: past it the cache starts over.
const TERM_VALUES_MAX: usize = 4096;

impl Serialize for TermRef<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let fields = TermFields {
            name: self.name,
            slug: self.slug,
            permalink: self.permalink,
        };
        let known = TERM_VALUES.with(|values| {
            let values = values.borrow();
            let (name, slug, value) = values.get(self.permalink)?;
            (name == self.name && slug == self.slug).then(|| value.clone())
        });
        let value = match known {
            Some(value) => value,
            None => {
                let Ok(value) = tera::Value::try_from_serializable(&fields) else {
                    return fields.serialize(serializer);
                };
                TERM_VALUES.with(|values| {
                    let mut values = values.borrow_mut();
                    if values.len() >= TERM_VALUES_MAX {
                        values.clear();
                    }
                    let made = (self.name.to_string(), self.slug.to_string(), value.clone());
                    values.insert(self.permalink.to_string(), made);
                });
                value
            }
        };
        value.serialize(serializer)
    }
}

impl<'a> PageView<'a> {
    /// For a list entry: everything but the body.
    pub fn summary(site: &'a Site, i: usize) -> Self {
        let page = &site.pages[i];
        let content = page.content(site);
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
            summary: summary_html(site, page),
            description: page.description(site),
            word_count: content.word_count,
            reading_time: content.word_count.div_ceil(200).max(1),
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
            html: &content.fields,
            current: crate::kinds::of_page(&site.config, page).and_then(|k| k.in_force(page, &site.now)),
            content: None,
            toc: None,
            image_html: None,
        }
    }

    /// For the entry's own page, with its body's HTML (see [`Page::html`]:
    /// asked for first, it converts the body once for both).
    ///
    /// [`Page::html`]: crate::content::Page::html
    pub fn full(site: &'a Site, i: usize, html: &'a str) -> Self {
        let page = &site.pages[i];
        PageView {
            content: Some(html),
            toc: Some(&page.content(site).toc),
            image_html: image_html(site, page),
            ..PageView::summary(site, i)
        }
    }
}

/// The entry's `image` field as a `<picture>`, when it names a photo of
/// the site; it heads the page, so it loads at once.
fn image_html(site: &Site, page: &Page) -> Option<String> {
    let data = page.data.as_ref()?;
    let image = data.get("image")?.as_str()?;
    let i = crate::pictures::find(site, &page.path, image)?;
    let alt = data.get("image_alt").and_then(|a| a.as_str()).unwrap_or("");
    Some(crate::pictures::html(site, i, alt, "", true))
}

/// HTML summary of an entry: the part before `<!-- more -->`, else its
/// front matter summary as a paragraph.
///
/// One rule everywhere (lists, feeds, search, meta description): the front
/// matter's `summary` wins, else the text before `<!-- more -->`.
pub fn summary_html(site: &Site, page: &Page) -> Option<String> {
    match &page.meta.summary {
        Some(s) => {
            let mut html = String::from("<p>");
            let _ = pulldown_cmark_escape::escape_html_body_text(&mut html, s);
            html.push_str("</p>");
            Some(html)
        }
        None => page.content(site).summary_html.clone(),
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

#[cfg(test)]
mod tests {
    use super::TermRef;

    fn value(name: &str, slug: &str) -> String {
        let term = TermRef {
            name,
            slug,
            permalink: "https://example.org/tags/lua-dao/",
        };
        tera::Value::from_serializable(&vec![term]).to_string()
    }

    #[test]
    fn a_term_value_is_reused_only_for_the_same_term() {
        let first = value("lừa đảo", "lua-dao");
        assert!(first.contains("lừa đảo"), "{first}");
        assert_eq!(value("lừa đảo", "lua-dao"), first);
        // The same address with another name (an editor changed its case
        // in `keng serve`) or slug makes a new value.
        assert!(value("Lừa đảo", "lua-dao").contains("Lừa đảo"));
        assert!(value("lừa đảo", "lua_dao").contains("lua_dao"));
        let json = serde_json::to_string(&TermRef {
            name: "a",
            slug: "b",
            permalink: "c",
        })
        .unwrap();
        assert_eq!(json, r#"{"name":"a","slug":"b","permalink":"c"}"#);
    }
}
