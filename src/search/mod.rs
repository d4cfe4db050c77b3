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

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::content::{Page, Site};
use crate::schema::FieldType;
use fold::{fold, words};

/// Output folder of the index, under the search page.
pub const INDEX_DIR: &str = "tim-kiem/index";
/// URL path of the search page.
pub const PAGE_PATH: &str = "/tim-kiem/";
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
        let text_end = rest.find('<').unwrap_or(rest.len());
        push_decoded(&mut out, &rest[..text_end]);
        rest = &rest[text_end..];
        if rest.is_empty() {
            break;
        }
        let tag_end = rest.find('>').map_or(rest.len(), |i| i + 1);
        out.push(' ');
        rest = &rest[tag_end..];
    }
    out
}

fn push_decoded(out: &mut String, text: &str) {
    if !text.contains('&') {
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

/// The first `max` characters of some text, white space made single spaces.
fn excerpt(parts: &[&str], max: usize) -> String {
    let mut out = String::new();
    let mut count = 0;
    for word in parts.iter().flat_map(|p| p.split_whitespace()) {
        if count >= max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            count += 1;
        }
        out.push_str(word);
        count += word.chars().count();
    }
    out.chars().take(max).collect()
}

/// The fields of one entry, as text.
struct DocText {
    title: String,
    headings: String,
    summary: String,
    body: String,
}

fn doc_text(site: &Site, page: &Page) -> DocText {
    let mut body = html_text(&page.content.html);
    for html in page.content.fields.values() {
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
        headings: page
            .content
            .toc
            .iter()
            .map(|h| h.title.as_str())
            .collect::<Vec<_>>()
            .join(" "),
        summary: page
            .meta
            .summary
            .clone()
            .unwrap_or_else(|| page.content.summary_html.as_deref().map(html_text).unwrap_or_default()),
        body,
    }
}

/// The folded words of a document with their scores: one buffer holding
/// the folded text and the byte range of each distinct word in it, so no
/// word is allocated on its own.
pub struct Scored {
    folded: String,
    words: Vec<(std::ops::Range<usize>, u32)>,
}

impl Scored {
    fn iter(&self) -> impl Iterator<Item = (&str, u32)> {
        self.words.iter().map(|(r, s)| (&self.folded[r.clone()], *s))
    }
}

/// Score of every folded word of a document.
fn term_scores(text: &DocText) -> Scored {
    const WEIGHTS: [u32; 4] = [WEIGHT_TITLE, WEIGHT_HEADING, WEIGHT_SUMMARY, WEIGHT_BODY];
    let mut folded = String::new();
    let mut bounds = [0usize; 5];
    for (n, field) in [&text.title, &text.headings, &text.summary, &text.body]
        .into_iter()
        .enumerate()
    {
        folded.push_str(&fold(field));
        folded.push(' ');
        bounds[n + 1] = folded.len();
    }
    // Occurrences of each word in each field.
    let mut counts: FxHashMap<&str, [u32; 4]> = FxHashMap::default();
    for field in 0..4 {
        for w in words(&folded[bounds[field]..bounds[field + 1]]) {
            counts.entry(w).or_insert([0; 4])[field] += 1;
        }
    }
    let base = folded.as_ptr() as usize;
    let words = counts
        .into_iter()
        .map(|(w, tf)| {
            // Repetition counts, but only a little.
            let score = (0..4).map(|f| WEIGHTS[f] * tf[f].min(3)).sum();
            let start = w.as_ptr() as usize - base;
            (start..start + w.len(), score)
        })
        .collect();
    Scored { folded, words }
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

/// Documents analysed at a time: bounds memory on large sites.
const CHUNK: usize = 512;

/// The index files: `(output path, bytes)`.
pub fn build_index(site: &Site) -> Vec<(String, Vec<u8>)> {
    let ids = searchable(site);
    let mut postings: FxHashMap<String, Vec<(u32, u32)>> = FxHashMap::default();
    let mut excerpts: Vec<String> = Vec::with_capacity(ids.len());
    for (chunk_no, chunk) in ids.chunks(CHUNK).enumerate() {
        let analysed: Vec<(String, Scored)> = chunk
            .par_iter()
            .map(|&i| {
                let text = doc_text(site, &site.pages[i]);
                let scores = term_scores(&text);
                (excerpt(&[&text.summary, &text.body], EXCERPT_CHARS), scores)
            })
            .collect();
        for (n, (excerpt, scores)) in analysed.into_iter().enumerate() {
            let doc = (chunk_no * CHUNK + n) as u32;
            excerpts.push(excerpt);
            for (word, score) in scores.iter() {
                match postings.get_mut(word) {
                    Some(list) => {
                        list.push((doc, score));
                        // Only the best are kept in the end: cutting early
                        // keeps the same ones and bounds memory.
                        if list.len() >= 2 * MAX_POSTINGS {
                            keep_best(list);
                        }
                    }
                    None => {
                        postings.insert(word.to_string(), vec![(doc, score)]);
                    }
                }
            }
        }
    }

    let mut shards: BTreeMap<String, BTreeMap<String, Vec<(u32, u32)>>> = BTreeMap::new();
    for (word, mut list) in postings {
        keep_best(&mut list);
        shards.entry(shard_key(&word)).or_default().insert(word, list);
    }

    let mut files = Vec::new();
    let meta = Meta {
        version: 1,
        docs: ids.len(),
        docs_per_shard: DOCS_PER_SHARD,
        shards: shards.keys().cloned().collect(),
    };
    files.push((
        format!("{INDEX_DIR}/meta.json"),
        serde_json::to_vec(&meta).unwrap_or_default(),
    ));
    for (key, terms) in &shards {
        files.push((
            format!("{INDEX_DIR}/t-{key}.json"),
            serde_json::to_vec(terms).unwrap_or_default(),
        ));
    }
    for (n, chunk) in ids.chunks(DOCS_PER_SHARD).enumerate() {
        let records: Vec<DocRecord> = chunk
            .iter()
            .zip(excerpts[n * DOCS_PER_SHARD..].iter_mut())
            .map(|(&i, excerpt)| {
                let page = &site.pages[i];
                let section = site.sections[page.section].title(&site.config);
                let date = page.meta.date.as_ref().map_or("", |d| d.text.as_str());
                DocRecord(page.title(), &page.permalink, section, date, std::mem::take(excerpt))
            })
            .collect();
        files.push((
            format!("{INDEX_DIR}/d-{n}.json"),
            serde_json::to_vec(&records).unwrap_or_default(),
        ));
    }
    files
}

/// Sorts postings best first (among equals the newer document, with the
/// lower number) and keeps the first `MAX_POSTINGS`.
fn keep_best(list: &mut Vec<(u32, u32)>) {
    list.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    list.truncate(MAX_POSTINGS);
}

#[cfg(test)]
mod tests;
