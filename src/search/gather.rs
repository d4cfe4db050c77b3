//! Gathering the index: each entry's words are scored once, while its
//! body's HTML is at hand, and each word keeps only its best postings;
//! then the index files are written.

use std::collections::BTreeMap;
use std::sync::{Mutex, OnceLock};

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use super::fold::unpack;
use super::{
    DOCS_PER_SHARD, DocRecord, EXCERPT_CHARS, INDEX_DIR, MAX_POSTINGS, Meta, Scored, doc_text, excerpt, searchable,
    shard_key, term_scores,
};
use crate::content::Site;

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

struct Found {
    /// Postings of the words [`super::fold::pack`] packs, then of longer ones.
    packed: FxHashMap<u64, Vec<(u32, u32)>>,
    long: FxHashMap<String, Vec<(u32, u32)>>,
    /// Result snippet of each document, once analysed.
    excerpts: Vec<Option<String>>,
}

impl Found {
    fn empty(docs: usize) -> Found {
        Found {
            packed: FxHashMap::default(),
            long: FxHashMap::default(),
            excerpts: vec![None; docs],
        }
    }
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
            Gathering {
                found: Mutex::new(Found::empty(ids.len())),
                ids,
                doc_of,
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
        // What was gathered is handed over; asked again, it is gathered again.
        let found = std::mem::replace(
            &mut *gathering.found.lock().unwrap_or_else(|e| e.into_inner()),
            Found::empty(gathering.ids.len()),
        );
        index_files(site, &gathering.ids, found)
    }
}

impl Gathering {
    fn insert(&self, doc: u32, excerpt: String, scores: &Scored) {
        let mut found = self.found.lock().unwrap_or_else(|e| e.into_inner());
        found.excerpts[doc as usize] = Some(excerpt);
        for &(word, score) in &scores.packed {
            add_posting(found.packed.entry(word).or_default(), doc, score);
        }
        for (word, score) in &scores.long {
            match found.long.get_mut(word) {
                Some(list) => add_posting(list, doc, *score),
                None => {
                    found.long.insert(word.clone(), vec![(doc, *score)]);
                }
            }
        }
    }
}

fn add_posting(list: &mut Vec<(u32, u32)>, doc: u32, score: u32) {
    list.push((doc, score));
    // Only the best are kept in the end: cutting early keeps the same ones
    // (the order is total) and bounds memory.
    if list.len() >= 2 * MAX_POSTINGS {
        drop_worst(list);
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
    let packed = found.packed.into_iter().map(|(w, list)| (unpack(w), list));
    for (word, mut list) in packed.chain(found.long) {
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
pub(super) fn keep_best(list: &mut Vec<(u32, u32)>) {
    list.sort_unstable_by(better);
    list.truncate(MAX_POSTINGS);
}

/// Keeps the best `MAX_POSTINGS` in no particular order: cheaper than
/// sorting, while a word's postings are still being gathered.
pub(super) fn drop_worst(list: &mut Vec<(u32, u32)>) {
    if list.len() > MAX_POSTINGS {
        list.select_nth_unstable_by(MAX_POSTINGS - 1, better);
        list.truncate(MAX_POSTINGS);
    }
}
