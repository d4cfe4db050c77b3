//! Site search without a server: `keng build` writes a small sharded index
//! under `/tim-kiem/index/`, and the theme's `/tim-kiem/` page queries it in
//! the browser with a few KiB of JavaScript (`static/search.js`).
//!
//! - Text is folded (`fold`) the same way at build time and in the browser,
//!   so "lua dao" finds "lừa đảo" and "duong day nong" "đường dây nóng".
//! - Each word's postings are scored by where it occurs (title 10, headings
//!   5, summary 3, body 1) and cut to the best `MAX_POSTINGS`; documents are
//!   numbered newest first, so a lower number breaks ties.
//! - Postings are sharded by the first two letters of the word and document
//!   details by blocks of `DOCS_PER_SHARD`, so a query downloads only the
//!   shards of its words and of the results it shows.

pub mod fold;
mod gather;

pub use gather::{Collector, build_index};
#[cfg(test)]
use gather::{drop_worst, keep_best};

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::content::{Page, Site};
use crate::schema::FieldType;
#[cfg(test)]
use fold::unpack;
use fold::{Word, fold_words};

/// Output folder of the index, under the search page.
pub const INDEX_DIR: &str = "tim-kiem/index";
/// URL path of the search page.
pub const PAGE_PATH: &str = crate::urls::SEARCH_PAGE;
pub const DOCS_PER_SHARD: usize = 50;
pub const MAX_POSTINGS: usize = 300;
/// Characters of text kept per document for result snippets.
const EXCERPT_CHARS: usize = 400;

const WEIGHT_TITLE: u32 = 10;
const WEIGHT_HEADING: u32 = 5;
const WEIGHT_SUMMARY: u32 = 3;
const WEIGHT_BODY: u32 = 1;

/// What results show of a document: `[title, url, section, date, excerpt]`.
#[derive(Serialize)]
struct DocRecord<'a>(&'a str, &'a str, &'a str, &'a str, String);

#[derive(Serialize)]
struct Meta {
    version: u32,
    docs: usize,
    docs_per_shard: usize,
    /// Two-letter keys of the term shards that exist.
    shards: Vec<String>,
}

/// Entries that go into the index: not drafts, not in a section that opted out.
fn searchable(site: &Site) -> Vec<usize> {
    let mut ids: Vec<usize> = (0..site.pages.len())
        .filter(|&i| {
            let p = &site.pages[i];
            // The index is in the site's language; translations are not mixed in.
            !p.meta.draft && p.lang.is_none() && section_in_search(site, p.section)
        })
        .collect();
    crate::resolve::sort_pages(&mut ids, &site.pages, crate::content::SortBy::Date);
    ids
}

/// A section is searched unless it or a section above it says `in_search = false`.
fn section_in_search(site: &Site, mut section: usize) -> bool {
    loop {
        let s = &site.sections[section];
        if s.meta.hidden_from_search {
            return false;
        }
        match s.parent {
            Some(p) => section = p,
            None => return true,
        }
    }
}

/// Text of an HTML fragment: tags become spaces, the entities
/// pulldown-cmark writes are decoded. White space is left as it is.
pub fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while !rest.is_empty() {
        let text_end = memchr::memchr(b'<', rest.as_bytes()).unwrap_or(rest.len());
        push_decoded(&mut out, &rest[..text_end]);
        rest = &rest[text_end..];
        if rest.is_empty() {
            break;
        }
        let tag_end = memchr::memchr(b'>', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
        out.push(' ');
        rest = &rest[tag_end..];
    }
    out
}

fn push_decoded(out: &mut String, text: &str) {
    if memchr::memchr(b'&', text.as_bytes()).is_none() {
        out.push_str(text);
        return;
    }
    const ENTITIES: [(&str, char); 6] = [
        ("&amp;", '&'),
        ("&lt;", '<'),
        ("&gt;", '>'),
        ("&quot;", '"'),
        ("&#x27;", '\''),
        ("&#39;", '\''),
    ];
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match ENTITIES.iter().find(|(e, _)| rest.starts_with(e)) {
            Some((e, c)) => {
                out.push(*c);
                rest = &rest[e.len()..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// The first `max` characters of some text, white space made single spaces
/// (the parts are joined by one). Character by character: splitting the
/// whole text into words first was 3% of a build.
fn excerpt(parts: &[&str], max: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    let mut space = false;
    for c in parts.iter().flat_map(|p| p.chars().chain([' '])) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            if count >= max {
                break;
            }
            out.push(' ');
            count += 1;
            space = false;
        }
        if count >= max {
            break;
        }
        out.push(c);
        count += 1;
    }
    out
}

/// The fields of one entry, as text.
struct DocText {
    title: String,
    headings: String,
    summary: String,
    body: String,
}

fn doc_text(site: &Site, page: &Page, html: &str) -> DocText {
    let content = page.content(site);
    let mut body = html_text(html);
    for html in content.fields.values() {
        body.push(' ');
        body.push_str(&html_text(html));
    }
    // Prose fields of the data: text and lists of text, not enumerations,
    // dates or the Markdown fields already added above as HTML.
    let schema = crate::kinds::of_page(&site.config, page).map(|k| k.schema);
    let prose = |key: &str| match &schema {
        Some(schema) => {
            schema
                .field(key)
                .is_some_and(|f| matches!(f.ty, FieldType::Text | FieldType::TextList))
                && key != schema.title_field
        }
        None => key != "title" && key != "name",
    };
    if let Some(data) = page.data.as_ref().and_then(|d| d.as_object()) {
        for (_, value) in data.iter().filter(|(k, _)| prose(k)) {
            let texts: Vec<&str> = match value {
                serde_json::Value::String(s) => vec![s.as_str()],
                serde_json::Value::Array(items) => items.iter().filter_map(|i| i.as_str()).collect(),
                _ => Vec::new(),
            };
            for t in texts {
                body.push(' ');
                body.push_str(t);
            }
        }
    }
    DocText {
        title: page.title().to_string(),
        headings: content
            .toc
            .iter()
            .map(|h| h.title.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        summary: page
            .meta
            .summary
            .clone()
            .unwrap_or_else(|| content.summary_html.as_deref().map(html_text).unwrap_or_default()),
        body,
    }
}

/// The folded words of a document with their scores: the words
/// [`fold::pack`] packs, then longer ones.
pub struct Scored {
    packed: Vec<(u64, u32)>,
    long: Vec<(String, u32)>,
}

impl Scored {
    /// Every word with its score, unpacked.
    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = (String, u32)> + '_ {
        let packed = self.packed.iter().map(|&(w, s)| (unpack(w), s));
        packed.chain(self.long.iter().cloned())
    }
}

/// Score of every folded word of a document.
fn term_scores(text: &DocText) -> Scored {
    const WEIGHTS: [u32; 4] = [WEIGHT_TITLE, WEIGHT_HEADING, WEIGHT_SUMMARY, WEIGHT_BODY];
    // Occurrences of each word in each field.
    // About one distinct word in 16 bytes of text: room made once.
    let size = text.title.len() + text.headings.len() + text.summary.len() + text.body.len();
    let mut packed: FxHashMap<u64, [u32; 4]> = FxHashMap::with_capacity_and_hasher(size / 16, Default::default());
    let mut long: FxHashMap<String, [u32; 4]> = FxHashMap::default();
    for (field, text) in [&text.title, &text.headings, &text.summary, &text.body]
        .into_iter()
        .enumerate()
    {
        fold_words(text, |w| {
            let tf = match w {
                Word::Packed(key) => packed.entry(key).or_insert([0; 4]),
                Word::Long(w) => match long.get_mut(w) {
                    Some(tf) => tf,
                    None => long.entry(w.to_string()).or_insert([0; 4]),
                },
            };
            tf[field] += 1;
        });
    }
    // Repetition counts, but only a little.
    let score = |tf: [u32; 4]| (0..4).map(|f| WEIGHTS[f] * tf[f].min(3)).sum();
    Scored {
        packed: packed.into_iter().map(|(w, tf)| (w, score(tf))).collect(),
        long: long.into_iter().map(|(w, tf)| (w, score(tf))).collect(),
    }
}

/// Two-letter shard key of a folded word; other characters share `_`.
pub fn shard_key(word: &str) -> String {
    let key: String = word.chars().take(2).collect();
    if key.chars().all(|c| c.is_ascii_alphanumeric()) {
        key
    } else {
        "_".to_string()
    }
}

#[cfg(test)]
mod tests;
