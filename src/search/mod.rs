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
use std::sync::{Mutex, OnceLock};

use rustc_hash::FxHashMap;

use rayon::prelude::*;
use serde::Serialize;

use crate::content::{Page, Site};
use crate::schema::FieldType;
use fold::{fold_into, words};

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
        fold_into(field, &mut folded);
        folded.push(' ');
        bounds[n + 1] = folded.len();
    }
    // Occurrences of each word in each field.
    // About one distinct word in 16 bytes of text: room made once.
    let mut counts: FxHashMap<&str, [u32; 4]> =
        FxHashMap::with_capacity_and_hasher(folded.len() / 16, Default::default());
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

/// The index as it is gathered: each entry is analysed once, when its
/// body's HTML is at hand, and only each word's best postings are kept.
pub struct Collector {
    gathering: OnceLock<Gathering>,
}

struct Gathering {
    /// Entries in the index, in document order (newest first).
    ids: Vec<usize>,
    /// Document number of each entry; `None` for one not searched.
    doc_of: Vec<Option<u32>>,
    found: Mutex<Found>,
}

#[derive(Default)]
struct Found {
    postings: FxHashMap<String, Vec<(u32, u32)>>,
    /// Result snippet of each document, once analysed.
    excerpts: Vec<Option<String>>,
}

impl Default for Collector {
    fn default() -> Self {
        Collector::new()
    }
}

impl Collector {
    pub fn new() -> Collector {
        Collector {
            gathering: OnceLock::new(),
        }
    }

    fn gathering(&self, site: &Site) -> &Gathering {
        self.gathering.get_or_init(|| {
            let ids = searchable(site);
            let mut doc_of = vec![None; site.pages.len()];
            for (doc, &i) in ids.iter().enumerate() {
                doc_of[i] = Some(doc as u32);
            }
            let found = Found {
                postings: FxHashMap::default(),
                excerpts: vec![None; ids.len()],
            };
            Gathering {
                ids,
                doc_of,
                found: Mutex::new(found),
            }
        })
    }

    /// Adds entry `i`, whose body is `html`, while a build that converts
    /// bodies late has it at hand. (Otherwise the bodies are kept, and
    /// [`Collector::files`] reads them.)
    pub fn add(&self, site: &Site, i: usize, html: &str) {
        if site.late_bodies.is_none() {
            return;
        }
        let gathering = self.gathering(site);
        if let Some(doc) = gathering.doc_of[i] {
            let (excerpt, scores) = analyse(site, i, html);
            gathering.insert(doc, excerpt, &scores);
        }
    }

    /// The index files, `(output path, bytes)`, after adding every
    /// searchable entry not added yet.
    pub fn files(&self, site: &Site) -> Vec<(String, Vec<u8>)> {
        let gathering = self.gathering(site);
        let missing: Vec<usize> = {
            let found = gathering.found.lock().unwrap_or_else(|e| e.into_inner());
            (0..gathering.ids.len())
                .filter(|&doc| found.excerpts[doc].is_none())
                .collect()
        };
        missing.par_iter().for_each(|&doc| {
            let i = gathering.ids[doc];
            let (excerpt, scores) = analyse(site, i, &site.pages[i].html(site));
            gathering.insert(doc as u32, excerpt, &scores);
        });
        let found = std::mem::take(&mut *gathering.found.lock().unwrap_or_else(|e| e.into_inner()));
        index_files(site, &gathering.ids, found)
    }
}

impl Gathering {
    fn insert(&self, doc: u32, excerpt: String, scores: &Scored) {
        let mut found = self.found.lock().unwrap_or_else(|e| e.into_inner());
        found.excerpts[doc as usize] = Some(excerpt);
        for (word, score) in scores.iter() {
            match found.postings.get_mut(word) {
                Some(list) => {
                    list.push((doc, score));
                    // Only the best are kept in the end: cutting early keeps
                    // the same ones (the order is total) and bounds memory.
                    if list.len() >= 2 * MAX_POSTINGS {
                        drop_worst(list);
                    }
                }
                None => {
                    found.postings.insert(word.to_string(), vec![(doc, score)]);
                }
            }
        }
    }
}

/// An entry's result snippet and the scores of its words.
fn analyse(site: &Site, i: usize, html: &str) -> (String, Scored) {
    let text = doc_text(site, &site.pages[i], html);
    let scores = term_scores(&text);
    (excerpt(&[&text.summary, &text.body], EXCERPT_CHARS), scores)
}

/// The index files of every entry (for a site whose bodies are kept).
pub fn build_index(site: &Site) -> Vec<(String, Vec<u8>)> {
    Collector::new().files(site)
}

fn index_files(site: &Site, ids: &[usize], found: Found) -> Vec<(String, Vec<u8>)> {
    let mut shards: BTreeMap<String, BTreeMap<String, Vec<(u32, u32)>>> = BTreeMap::new();
    for (word, mut list) in found.postings {
        keep_best(&mut list);
        shards.entry(shard_key(&word)).or_default().insert(word, list);
    }
    let mut excerpts = found.excerpts;

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
                DocRecord(
                    page.title(),
                    &page.permalink,
                    section,
                    date,
                    excerpt.take().unwrap_or_default(),
                )
            })
            .collect();
        files.push((
            format!("{INDEX_DIR}/d-{n}.json"),
            serde_json::to_vec(&records).unwrap_or_default(),
        ));
    }
    files
}

/// Best first: the higher score, among equals the newer document (with
/// the lower number). A total order, so the best are the same whatever
/// order the documents were added in.
fn better(a: &(u32, u32), b: &(u32, u32)) -> std::cmp::Ordering {
    b.1.cmp(&a.1).then(a.0.cmp(&b.0))
}

/// Sorts postings best first and keeps the first `MAX_POSTINGS`.
fn keep_best(list: &mut Vec<(u32, u32)>) {
    list.sort_unstable_by(better);
    list.truncate(MAX_POSTINGS);
}

/// Keeps the best `MAX_POSTINGS` in no particular order: cheaper than
/// sorting, while a word's postings are still being gathered.
fn drop_worst(list: &mut Vec<(u32, u32)>) {
    if list.len() > MAX_POSTINGS {
        list.select_nth_unstable_by(MAX_POSTINGS - 1, better);
        list.truncate(MAX_POSTINGS);
    }
}

#[cfg(test)]
mod tests;
