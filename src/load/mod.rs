//! Stage 1, load: walk `content/`, read every file and parse its front matter.
//!
//! Produces sections, entries and assets with their metadata but no URLs
//! (that is `resolve`'s job). Files are read and parsed in parallel; every
//! problem of every file is collected before the stage gives up.

pub mod fields;
pub mod front_matter;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::config::Config;
use crate::content::{Asset, Page, PageMeta, Rendered, Section, SectionMeta, SortBy, SourceFile};
use crate::diagnostic::{Diagnostic, Diagnostics};
use fields::Fields;
use front_matter::SplitError;

pub const SECTION_FILE: &str = "_index.md";
pub const BUNDLE_FILE: &str = "index.md";

/// Front matter keys of an entry (besides the taxonomy names).
const PAGE_KEYS: &[&str] = &[
    "title", "date", "updated", "draft", "summary", "slug", "template", "weight", "aliases", "extra",
];
const SECTION_KEYS: &[&str] = &[
    "title",
    "summary",
    "sort_by",
    "paginate_by",
    "template",
    "page_template",
    "weight",
    "extra",
];

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
}

/// Reads every section, entry and asset of `ROOT/content`.
pub fn load(config: &Config, opts: &LoadOptions) -> Result<Loaded, Diagnostics> {
    let content_dir = opts.root.join("content");
    if !content_dir.is_dir() {
        return Err(Diagnostic::new(&content_dir, "no content/ folder in the site")
            .hint("create content/ with an _index.md for the home page, or start from `keng init DIR`")
            .into());
    }
    let mut errors = Diagnostics::default();
    let files = walk(&content_dir, &mut errors);
    let bundle_dirs: BTreeSet<String> = files
        .iter()
        .filter(|f| file_name(&f.1) == BUNDLE_FILE)
        .map(|f| parent_dir(&f.1).to_string())
        // content/ itself is the home section, never a bundle.
        .filter(|dir| !dir.is_empty())
        .collect();

    let mut loaded = Loaded::default();
    let mut to_parse = Vec::new();
    for (path, rel) in files {
        let name = file_name(&rel);
        let bundle = bundle_of(&rel, &bundle_dirs);
        if name == SECTION_FILE {
            to_parse.push((path, rel, FileKind::Section));
        } else if let Some(bundle) = bundle.filter(|b| rel != format!("{b}/{BUNDLE_FILE}")) {
            // A file inside a page bundle: copied next to that page.
            let bundle = bundle.to_string();
            let inner = rel[bundle.len() + 1..].to_string();
            loaded.assets.push(Asset {
                source: path,
                rel: format!("{bundle}\u{0}{inner}"),
            });
        } else if name.ends_with(".md") {
            to_parse.push((path, rel, FileKind::Markdown));
        } else if name.ends_with(".toml") {
            to_parse.push((path, rel, FileKind::Data));
        } else {
            loaded.assets.push(Asset { source: path, rel });
        }
    }

    let parsed: Vec<Result<Parsed, Diagnostics>> = to_parse
        .into_par_iter()
        .map(|(path, rel, kind)| parse_file(config, path, rel, kind))
        .collect();
    for result in parsed {
        match result {
            Ok(Parsed::Section(s)) => loaded.sections.push(*s),
            Ok(Parsed::Page(p)) if p.meta.draft && !opts.include_drafts => {}
            Ok(Parsed::Page(p)) => loaded.pages.push(*p),
            Err(e) => errors.extend(e),
        }
    }
    attach_bundle_assets(&mut loaded);
    errors.into_result(loaded)
}

/// Lists the files of `content/` in a stable order, skipping hidden and
/// editor files, as (path on disk, `/`-separated path inside content/).
fn walk(content_dir: &Path, errors: &mut Diagnostics) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    let walker = WalkDir::new(content_dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_ignored(&e.file_name().to_string_lossy()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = e.path().strip_prefix(content_dir).unwrap_or(e.path());
                let rel = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                files.push((e.path().to_path_buf(), rel));
            }
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(content_dir).to_path_buf();
                let message = if err.loop_ancestor().is_some() {
                    "this symbolic link points back to one of its own parent folders (a loop)".to_string()
                } else {
                    format!("cannot read this path: {err}")
                };
                errors.push(Diagnostic::new(path, message).hint("remove the link or point it somewhere else"));
            }
        }
    }
    files
}

/// Hidden files and the temporary files editors leave beside the ones they save.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
}

fn file_name(rel: &str) -> &str {
    rel.rsplit('/').next().unwrap_or(rel)
}

fn parent_dir(rel: &str) -> &str {
    rel.rsplit_once('/').map_or("", |(dir, _)| dir)
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

/// Moves the files found inside page bundles onto their pages.
fn attach_bundle_assets(loaded: &mut Loaded) {
    let assets = std::mem::take(&mut loaded.assets);
    for asset in assets {
        match asset.rel.split_once('\u{0}') {
            Some((bundle, inner)) => {
                let index = format!("{bundle}/{BUNDLE_FILE}");
                // A bundle whose index.md is a skipped draft takes its files with it.
                if let Some(page) = loaded.pages.iter_mut().find(|p| p.source.rel == index) {
                    page.assets.push(Asset {
                        source: asset.source,
                        rel: inner.to_string(),
                    });
                }
            }
            None => loaded.assets.push(asset),
        }
    }
}

#[derive(Clone, Copy)]
enum FileKind {
    Section,
    Markdown,
    Data,
}

enum Parsed {
    Section(Box<Section>),
    Page(Box<Page>),
}

fn parse_file(config: &Config, path: PathBuf, rel: String, kind: FileKind) -> Result<Parsed, Diagnostics> {
    let bytes = std::fs::read(&path).map_err(|e| Diagnostic::io(&path, &e))?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            return Err(Diagnostic::new(&path, "the file is not valid UTF-8 text")
                .at_offset(&lossy, valid)
                .hint(
                    "save it as UTF-8 (Unicode) in your editor; Vietnamese text in another encoding shows up like this",
                )
                .into());
        }
    };
    let mut source = SourceFile {
        path,
        rel,
        text,
        body_start: 0,
    };
    match kind {
        FileKind::Data => {
            source.body_start = source.text.len();
            let range = 0..source.text.len();
            let mut fields = Fields::parse(&source.path, &source.text, range)?;
            let data = page_meta_from_data(&mut fields);
            let errors = std::mem::take(&mut fields.errors);
            let (meta, data) = data;
            drop(fields);
            let page = new_page(source, meta, Some(data));
            errors.into_result(Parsed::Page(Box::new(page)))
        }
        FileKind::Markdown | FileKind::Section => {
            let split = front_matter::split(&source.text).map_err(|e| split_error(&source.path, e, kind))?;
            source.body_start = split.body_start;
            let mut fields = Fields::parse(&source.path, &source.text, split.front_matter)?;
            if let FileKind::Section = kind {
                let meta = section_meta(&mut fields);
                let errors = std::mem::take(&mut fields.errors);
                drop(fields);
                let dir = parent_dir(&source.rel).to_string();
                errors.into_result(Parsed::Section(Box::new(new_section(Some(source), meta, dir))))
            } else {
                let meta = page_meta(&mut fields, &config.taxonomies);
                let errors = std::mem::take(&mut fields.errors);
                drop(fields);
                errors.into_result(Parsed::Page(Box::new(new_page(source, meta, None))))
            }
        }
    }
}

fn split_error(path: &Path, err: SplitError, kind: FileKind) -> Diagnostics {
    let example = match kind {
        FileKind::Section => "+++\ntitle = \"Tin tức\"\n+++",
        _ => "+++\ntitle = \"Tên bài\"\ndate = 2020-12-31\n+++",
    };
    let d = match err {
        SplitError::Empty => Diagnostic::new(path, "the file is empty").at(1, 1),
        SplitError::NoOpeningFence => {
            Diagnostic::new(path, "the file does not start with front matter (a line with only +++)").at(1, 1)
        }
        SplitError::Unclosed => {
            Diagnostic::new(path, "the front matter opened by +++ on line 1 is never closed").at(1, 1)
        }
    };
    d.hint(format!(
        "start the file with front matter between two +++ lines, for example:\n{example}"
    ))
    .into()
}

fn page_meta(fields: &mut Fields, taxonomies: &[String]) -> PageMeta {
    let mut meta = common_page_meta(fields);
    for name in taxonomies {
        if let Some(terms) = fields.string_list(name) {
            let terms: Vec<String> = terms
                .into_iter()
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect();
            meta.taxonomies.insert(name.clone(), terms);
        }
    }
    let mut known: Vec<&str> = PAGE_KEYS.to_vec();
    known.extend(taxonomies.iter().map(String::as_str));
    fields.deny_remaining(&known);
    meta
}

fn common_page_meta(fields: &mut Fields) -> PageMeta {
    PageMeta {
        title: fields.string("title"),
        date: fields.date("date"),
        updated: fields.date("updated"),
        draft: fields.bool("draft").unwrap_or(false),
        summary: fields.string("summary"),
        slug: fields.string("slug"),
        template: fields.string("template"),
        weight: fields.int("weight"),
        aliases: fields.string_list("aliases").unwrap_or_default(),
        taxonomies: Default::default(),
        extra: fields.table("extra"),
    }
}

/// A data entry: the keys an entry knows are read as such (a `name` stands
/// in for a missing `title`); every field stays available as `page.data`.
fn page_meta_from_data(fields: &mut Fields) -> (PageMeta, serde_json::Value) {
    let mut data = serde_json::Map::new();
    let mut meta = PageMeta {
        extra: serde_json::Value::Object(Default::default()),
        ..Default::default()
    };
    for (key, value) in fields.remaining() {
        data.insert(key, crate::value::toml_to_json(value.get_ref()));
    }
    let title = data.get("title").or_else(|| data.get("name")).and_then(|v| v.as_str());
    meta.title = title.map(str::to_string);
    meta.summary = data.get("summary").and_then(|v| v.as_str()).map(str::to_string);
    meta.draft = data.get("draft").and_then(|v| v.as_bool()).unwrap_or(false);
    meta.weight = data.get("weight").and_then(|v| v.as_i64());
    (meta, serde_json::Value::Object(data))
}

fn section_meta(fields: &mut Fields) -> SectionMeta {
    let meta = SectionMeta {
        title: fields.string("title"),
        summary: fields.string("summary"),
        sort_by: match fields.choice("sort_by", &["date", "weight", "title"]).as_deref() {
            Some("weight") => SortBy::Weight,
            Some("title") => SortBy::Title,
            _ => SortBy::Date,
        },
        paginate_by: fields.count("paginate_by"),
        template: fields.string("template"),
        page_template: fields.string("page_template"),
        weight: fields.int("weight"),
        extra: fields.table("extra"),
    };
    fields.deny_remaining(SECTION_KEYS);
    meta
}

fn new_page(source: SourceFile, meta: PageMeta, data: Option<serde_json::Value>) -> Page {
    let name = file_name(&source.rel);
    let (dir, stem) = if name == BUNDLE_FILE {
        let bundle = parent_dir(&source.rel);
        (parent_dir(bundle).to_string(), file_name(bundle).to_string())
    } else {
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        (parent_dir(&source.rel).to_string(), stem.to_string())
    };
    Page {
        source,
        meta,
        data,
        dir,
        stem,
        assets: Vec::new(),
        slug: String::new(),
        path: String::new(),
        permalink: String::new(),
        section: 0,
        terms: Vec::new(),
        content: Rendered::default(),
    }
}

pub fn new_section(source: Option<SourceFile>, meta: SectionMeta, dir: String) -> Section {
    Section {
        source,
        meta,
        dir,
        path: String::new(),
        permalink: String::new(),
        parent: None,
        pages: Vec::new(),
        subsections: Vec::new(),
        paginate_by: 0,
        content: Rendered::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_files_are_ignored() {
        for name in [".bai.md.swp", "bai.md~", "#bai.md#", ".#bai.md", "4913", ".git"] {
            assert!(is_ignored(name), "{name}");
        }
        assert!(!is_ignored("bai.md"));
    }

    #[test]
    fn bundle_is_the_innermost_folder_with_index_md() {
        let bundles: BTreeSet<String> = ["tin-tuc/bai".to_string()].into();
        assert_eq!(bundle_of("tin-tuc/bai/anh.jpg", &bundles), Some("tin-tuc/bai"));
        assert_eq!(bundle_of("tin-tuc/bai/hinh/anh.jpg", &bundles), Some("tin-tuc/bai"));
        assert_eq!(bundle_of("tin-tuc/khac.md", &bundles), None);
    }
}
