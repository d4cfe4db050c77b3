//! Translations: the sections each language needs, and the links between
//! the language versions of an entry or a section.

use std::collections::BTreeMap;

use super::parent_of;
use crate::content::{Page, Section, SectionMeta};
use crate::load::new_section;

/// Gives each translation language the sections its entries need: the
/// folders of its entries and every folder above them up to its home. A
/// folder without `_index.LANG.md` gets a copy of the site-language section
/// (same title, kind and settings) in that language.
pub(super) fn add_sections(sections: &mut Vec<Section>, pages: &[Page]) {
    let mut wanted: Vec<(String, String)> = Vec::new();
    let mut want = |lang: &str, mut dir: &str| loop {
        let key = (lang.to_string(), dir.to_string());
        if !wanted.contains(&key) {
            wanted.push(key);
        }
        if dir.is_empty() {
            break;
        }
        dir = parent_of(dir);
    };
    for p in pages {
        if let Some(lang) = &p.lang {
            want(lang, &p.dir);
        }
    }
    for s in sections.iter() {
        if let Some(lang) = &s.lang {
            want(lang, &s.dir);
        }
    }
    for (lang, dir) in wanted {
        if sections
            .iter()
            .any(|s| s.lang.as_deref() == Some(lang.as_str()) && s.dir == dir)
        {
            continue;
        }
        // Only folders that are sections in the site's language become sections.
        let Some(original) = sections.iter().find(|s| s.lang.is_none() && s.dir == dir) else {
            continue;
        };
        let mut copy = new_section(None, original.meta.clone(), dir.clone());
        copy.lang = Some(lang.clone());
        sections.push(copy);
    }
    // A translated `_index.LANG.md` that names no kind has its original's.
    let kinds: Vec<(String, Option<String>)> = sections
        .iter()
        .filter(|s| s.lang.is_none())
        .map(|s| (s.dir.clone(), s.meta.kind.clone()))
        .collect();
    for s in sections
        .iter_mut()
        .filter(|s| s.lang.is_some() && s.meta.kind.is_none())
    {
        s.meta.kind = kinds.iter().find(|(d, _)| *d == s.dir).and_then(|(_, k)| k.clone());
    }
    // Every language with content has a home.
    let langs: Vec<String> = sections.iter().filter_map(|s| s.lang.clone()).collect();
    for lang in langs {
        if !sections
            .iter()
            .any(|s| s.lang.as_deref() == Some(lang.as_str()) && s.dir.is_empty())
        {
            let mut home = new_section(None, SectionMeta::default(), String::new());
            home.lang = Some(lang);
            sections.push(home);
        }
    }
}

/// Links each page and section to its versions in the other languages.
pub(super) fn link(sections: &mut [Section], pages: &mut [Page]) {
    // Versions differ by language: a site in one language has none.
    if pages.iter().all(|p| p.lang.is_none()) && sections.iter().all(|s| s.lang.is_none()) {
        return;
    }
    // Grouped by borrowed keys (copying 10,000 keys was a fifth of resolving).
    let mut groups: rustc_hash::FxHashMap<(&str, &str), Vec<usize>> = rustc_hash::FxHashMap::default();
    for (i, p) in pages.iter().enumerate() {
        groups.entry((&p.dir, &p.stem)).or_default().push(i);
    }
    let shared: Vec<Vec<usize>> = groups.into_values().filter(|ids| ids.len() > 1).collect();
    for ids in shared {
        for &i in &ids {
            pages[i].translations = ids.iter().copied().filter(|&j| j != i).collect();
        }
    }
    let mut by_dir: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, s) in sections.iter().enumerate() {
        by_dir.entry(s.dir.clone()).or_default().push(i);
    }
    for ids in by_dir.values().filter(|ids| ids.len() > 1) {
        for &i in ids {
            sections[i].translations = ids.iter().copied().filter(|&j| j != i).collect();
        }
    }
}
