//! Stage 1, load: walk `content/`, read every file and parse its front matter.
//!
//! Produces sections, entries and assets with their metadata but no URLs
//! (that is `resolve`'s job). Files are read and parsed in parallel; every
//! problem of every file is collected before the stage gives up.

pub mod front_matter;

use crate::messages::msg;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::config::Config;
use crate::content::{Asset, Page, Section};
use crate::diagnostic::{Diagnostic, Diagnostics};

mod cache;
mod entry;
mod listing;
mod paths;

pub use cache::{ConfigChange, LoadCache};

pub use entry::new_section;
use entry::{FileKind, Parsed, parse_file};
pub use paths::{BUNDLE_FILE, SECTION_FILE, split_language};
use paths::{file_name, parent_dir};

/// What `content/` holds, before URLs are assigned.
#[derive(Debug, Default)]
pub struct Loaded {
    pub sections: Vec<Section>,
    pub pages: Vec<Page>,
    pub assets: Vec<Asset>,
}

/// Where to read from and what to keep.
pub struct LoadOptions<'a> {
    pub root: &'a Path,
    pub include_drafts: bool,
    /// Files parsed by an earlier load, reused when unchanged.
    pub cache: Option<&'a LoadCache>,
    /// Keep every entry's Markdown body in memory. Without it an entry
    /// keeps its front matter and the Markdown stage reads the body again
    /// ([`crate::content::SourceFile::with_body`]): a build of 50,000
    /// articles would otherwise hold 391 MB of text at once.
    pub keep_bodies: bool,
}

/// Reads every section, entry and asset of `ROOT/content`.
pub fn load(config: &Config, opts: &LoadOptions) -> Result<Loaded, Diagnostics> {
    let content_dir = opts.root.join("content");
    if !content_dir.is_dir() {
        return Err(Diagnostic::new(&content_dir, msg!("load-no-content"))
            .hint(msg!("load-no-content-hint"))
            .into());
    }
    let mut errors = Diagnostics::default();
    let walk = crate::walk::Walk {
        site_root: opts.root,
        allow_outside_links: config.allow_outside_links,
        skip_hidden_folders: true,
    };
    let (files, changed) = match opts.cache {
        Some(cache) => cache.list(&content_dir, &walk, &mut errors),
        None => (std::sync::Arc::new(walk.files(&content_dir, &mut errors)), None),
    };
    let mut loaded = Loaded::default();
    let to_parse = sort_files(&files, &config.languages, &mut loaded.assets);

    // Sections first: their `kind` decides how the entries below them are read.
    let (section_files, entry_files): (Vec<_>, Vec<_>) = to_parse
        .into_iter()
        .partition(|(_, _, kind)| matches!(kind, FileKind::Section));
    let parse = |path: &Path, rel: &str, kind: FileKind, inherited: Option<&str>| {
        let parsed = match opts.cache {
            Some(cache) => {
                let known_unchanged = changed.as_ref().is_some_and(|c| !c.contains(rel));
                cache.parse(config, path, rel, kind, inherited, known_unchanged)
            }
            None => parse_file(config, path.to_path_buf(), rel.to_string(), kind, inherited),
        };
        match parsed {
            Ok(Parsed::Page(mut page)) if !opts.keep_bodies => {
                page.source.drop_body();
                Ok(Parsed::Page(page))
            }
            other => other,
        }
    };
    let sections: Vec<Result<Parsed, Diagnostics>> = section_files
        .into_par_iter()
        .map(|(path, rel, kind)| parse(path, rel, kind, None))
        .collect();
    for result in sections {
        match result {
            Ok(Parsed::Section(s)) => loaded.sections.push(*s),
            Ok(Parsed::Page(_)) => {}
            Err(e) => errors.extend(e),
        }
    }
    let section_kinds: BTreeMap<&str, &str> = loaded
        .sections
        .iter()
        .filter_map(|s| Some((s.dir.as_str(), s.meta.kind.as_deref()?)))
        .collect();
    let entries: Vec<Result<Parsed, Diagnostics>> = entry_files
        .into_par_iter()
        .map(|(path, rel, kind)| {
            let inherited = inherited_kind(&section_kinds, rel);
            parse(path, rel, kind, inherited)
        })
        .collect();
    // Room made once: growing a list of 10,000 entries copied it, into
    // fresh memory, a dozen times.
    loaded.pages.reserve(entries.len());
    for result in entries {
        match result {
            Ok(Parsed::Page(p)) if p.meta.draft && !opts.include_drafts => {}
            Ok(Parsed::Page(p)) => loaded.pages.push(*p),
            Ok(Parsed::Section(_)) => {}
            Err(e) => errors.extend(e),
        }
    }
    attach_bundle_assets(&mut loaded, &config.languages);
    if let Some(cache) = opts.cache {
        let sections = loaded
            .sections
            .iter()
            .filter_map(|s| Some(s.source.as_ref()?.rel.as_str()));
        cache.keep_only(sections.chain(loaded.pages.iter().map(|p| p.source.rel.as_str())));
    }
    errors.into_result(loaded)
}

/// Sorts the files of `content/`: sections, Markdown entries and data
/// files to parse (returned), the rest to copy (into `assets`; a file of
/// a page bundle as `BUNDLE\0INNER`, until its page is known).
fn sort_files<'a>(
    files: &'a [(PathBuf, String)],
    languages: &[String],
    assets: &mut Vec<Asset>,
) -> Vec<(&'a Path, &'a str, FileKind)> {
    let bundle_dirs: BTreeSet<String> = files
        .iter()
        .filter(|f| file_name(&f.1) == BUNDLE_FILE)
        .map(|f| parent_dir(&f.1).to_string())
        // content/ itself is the home section, never a bundle.
        .filter(|dir| !dir.is_empty())
        .collect();
    let mut to_parse = Vec::new();
    for (path, rel) in files {
        let (path, rel) = (path.as_path(), rel.as_str());
        let name = file_name(rel);
        let (base_name, _) = split_language(name, languages);
        let bundle = bundle_of(rel, &bundle_dirs);
        // `dir/index.md` is the bundle's own entry, not a file inside it.
        let in_place = name == BUNDLE_FILE && !parent_dir(rel).is_empty();
        if base_name == SECTION_FILE {
            to_parse.push((path, rel, FileKind::Section));
        } else if let Some(bundle) = bundle.filter(|b| !(in_place || base_name == BUNDLE_FILE && *b == parent_dir(rel)))
        {
            // A file inside a page bundle: copied next to that page.
            let inner = &rel[bundle.len() + 1..];
            assets.push(Asset {
                source: path.to_path_buf(),
                rel: format!("{bundle}\u{0}{inner}"),
            });
        } else if name.ends_with(".md") {
            to_parse.push((path, rel, FileKind::Markdown));
        } else if name.ends_with(".toml") {
            to_parse.push((path, rel, FileKind::Data));
        } else {
            assets.push(Asset {
                source: path.to_path_buf(),
                rel: rel.to_string(),
            });
        }
    }
    to_parse
}

/// Reads one entry again (for `keng serve`): `rel` is its path inside
/// `content/`, `inherited_kind` the kind of its section.
pub fn load_entry(config: &Config, root: &Path, rel: &str, inherited_kind: Option<&str>) -> Result<Page, Diagnostics> {
    let path = root.join("content").join(rel);
    let kind = if rel.ends_with(".toml") {
        FileKind::Data
    } else {
        FileKind::Markdown
    };
    match parse_file(config, path.clone(), rel.to_string(), kind, inherited_kind)? {
        Parsed::Page(page) => Ok(*page),
        Parsed::Section(_) => Err(Diagnostic::new(path, msg!("load-section-not-entry")).into()),
    }
}

/// The kind of the nearest section above the entry at `rel`.
fn inherited_kind<'a>(section_kinds: &BTreeMap<&str, &'a str>, rel: &str) -> Option<&'a str> {
    let mut dir = parent_dir(rel);
    if file_name(rel) == BUNDLE_FILE {
        dir = parent_dir(dir);
    }
    loop {
        if let Some(kind) = section_kinds.get(dir) {
            return Some(kind);
        }
        if dir.is_empty() {
            return None;
        }
        dir = parent_dir(dir);
    }
}

/// The innermost page-bundle folder that holds `rel`, if any.
fn bundle_of<'a>(rel: &str, bundles: &'a BTreeSet<String>) -> Option<&'a str> {
    let mut dir = parent_dir(rel);
    loop {
        if let Some(b) = bundles.get(dir) {
            return Some(b);
        }
        if dir.is_empty() {
            return None;
        }
        dir = parent_dir(dir);
    }
}

/// Moves the files found inside page bundles onto their pages (and onto
/// the bundle's translations, `index.en.md`, which show the same files).
fn attach_bundle_assets(loaded: &mut Loaded, languages: &[String]) {
    let assets = std::mem::take(&mut loaded.assets);
    for asset in assets {
        match asset.rel.split_once('\u{0}') {
            Some((bundle, inner)) => {
                // A bundle whose index.md is a skipped draft takes its files with it.
                for page in loaded.pages.iter_mut().filter(|p| {
                    parent_dir(&p.source.rel) == bundle
                        && split_language(file_name(&p.source.rel), languages).0 == BUNDLE_FILE
                }) {
                    page.assets.push(Asset {
                        source: asset.source.clone(),
                        rel: inner.to_string(),
                    });
                }
            }
            None => loaded.assets.push(asset),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundle_is_the_innermost_folder_with_index_md() {
        let bundles: BTreeSet<String> = ["tin-tuc/bai".to_string()].into();
        assert_eq!(bundle_of("tin-tuc/bai/anh.jpg", &bundles), Some("tin-tuc/bai"));
        assert_eq!(bundle_of("tin-tuc/bai/hinh/anh.jpg", &bundles), Some("tin-tuc/bai"));
        assert_eq!(bundle_of("tin-tuc/khac.md", &bundles), None);
    }
}
