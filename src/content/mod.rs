//! The site graph: sections, pages and taxonomies as plain data.
//!
//! `load` fills in what the files say, `resolve` adds URLs and the links
//! between them, `markdown` adds the rendered body (or, in `keng build`, a
//! way to convert it when a page needs it: see `body`). Pages and sections refer
//! to each other by index into [`Site::pages`] and [`Site::sections`], so a
//! later stage (or `keng serve`) can find what a change touches without
//! walking the whole tree.

use std::collections::BTreeMap;
use std::path::PathBuf;

mod body;

pub use body::{Body, Heading, LateBodies, Rendered};

use crate::config::Config;
use crate::date::Date;
use crate::diagnostic::line_col;

/// A file of `content/` as read from disk.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path to show in messages (the site root joined with `content/...`).
    pub path: PathBuf,
    /// Path inside `content/`, with `/` separators: `tin-tuc/bai.md`.
    pub rel: String,
    /// The file's text; only its front matter when `body_on_disk` is set.
    pub text: std::sync::Arc<String>,
    /// Byte offset where the Markdown body starts (after the front matter).
    pub body_start: usize,
    /// Set when the body was left on disk to bound memory (`keng build`);
    /// [`SourceFile::with_body`] reads it again for the Markdown stage.
    pub body_on_disk: bool,
}

impl SourceFile {
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// Whether the file names another entry (`@/`, in a link or a field):
    /// then its HTML depends on that entry's address.
    pub fn names_entries(&self) -> bool {
        memchr::memmem::find(self.text.as_bytes(), b"@/").is_some()
    }

    /// Leaves the body on disk: keeps the front matter only.
    pub fn drop_body(&mut self) {
        if self.body_start >= self.text.len() {
            return;
        }
        self.body_on_disk = true;
        match std::sync::Arc::get_mut(&mut self.text) {
            Some(owned) => {
                owned.truncate(self.body_start);
                owned.shrink_to_fit();
            }
            None => self.text = std::sync::Arc::new(self.text[..self.body_start].to_string()),
        }
    }

    /// The whole file: itself, or with the body read again from disk when
    /// it was left there. The file must still start with the front matter
    /// that was read (then front matter and body are one version of it);
    /// else an editor saved during the build, which is an error.
    pub fn with_body(&self) -> Result<std::borrow::Cow<'_, SourceFile>, crate::diagnostic::Diagnostic> {
        use crate::diagnostic::Diagnostic;
        if !self.body_on_disk {
            return Ok(std::borrow::Cow::Borrowed(self));
        }
        let changed = || {
            Diagnostic::new(&self.path, crate::messages::msg!("load-changed-during-build"))
                .hint(crate::messages::msg!("load-changed-during-build-hint"))
        };
        let bytes = std::fs::read(&self.path).map_err(|e| Diagnostic::io(&self.path, &e))?;
        // It was UTF-8 when it was loaded.
        let text = decode_text(bytes).map_err(|_| changed())?;
        if !text.starts_with(self.text.as_str()) {
            return Err(changed());
        }
        Ok(std::borrow::Cow::Owned(SourceFile {
            path: self.path.clone(),
            rel: self.rel.clone(),
            text: std::sync::Arc::new(text),
            body_start: self.body_start,
            body_on_disk: false,
        }))
    }

    /// (line, column) of `key = ...` in the file, or of its first line.
    pub fn key_position(&self, key: &str) -> (usize, usize) {
        let mut offset = 0;
        for line in self.text.split_inclusive('\n') {
            let trimmed = line.trim_start();
            if let Some(rest) = trimmed.strip_prefix(key) {
                if rest.trim_start().starts_with('=') {
                    return line_col(&self.text, offset + (line.len() - trimmed.len()));
                }
            }
            offset += line.len();
        }
        (1, 1)
    }
}

/// The typed fields of an entry of a kind, for what keng derives from
/// them; each kind module defines its own type (see `kinds`).
pub type TypedEntry = std::sync::Arc<dyn std::any::Any + Send + Sync>;

/// Front matter of an entry.
#[derive(Debug, Clone, Default)]
pub struct PageMeta {
    pub title: Option<String>,
    pub date: Option<Date>,
    pub updated: Option<Date>,
    pub draft: bool,
    /// Plain-text summary written by the editor.
    pub summary: Option<String>,
    pub slug: Option<String>,
    pub template: Option<String>,
    pub weight: Option<i64>,
    pub aliases: Vec<String>,
    /// Terms by taxonomy name, for the taxonomies of `site.toml`.
    pub taxonomies: BTreeMap<String, Vec<String>>,
    pub extra: serde_json::Value,
}

/// How a section orders its entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Newest first; undated entries last, by title.
    #[default]
    Date,
    /// Lightest first; entries without weight last.
    Weight,
    /// Alphabetical, ignoring diacritics first.
    Title,
}

/// Front matter of a section's `_index.md`.
#[derive(Debug, Clone, Default)]
pub struct SectionMeta {
    pub title: Option<String>,
    pub summary: Option<String>,
    pub sort_by: SortBy,
    /// Overrides `paginate_by` of site.toml; 0 turns pagination off.
    pub paginate_by: Option<usize>,
    pub template: Option<String>,
    /// Template for the section's entries.
    pub page_template: Option<String>,
    pub weight: Option<i64>,
    pub extra: serde_json::Value,
    /// The kind of the entries below this section.
    pub kind: Option<String>,
    /// The section has its own Atom and RSS feeds.
    pub feed: bool,
    /// `in_search = false`: its entries (and those of the sections below)
    /// stay out of the site search.
    pub hidden_from_search: bool,
}

/// A file copied into the output unchanged.
#[derive(Debug, Clone)]
pub struct Asset {
    pub source: PathBuf,
    /// Output path relative to the output folder.
    pub rel: String,
}

/// A photo of `content/` (in a page bundle, or a loose file), published
/// only as resized versions without metadata (see `pictures`).
#[derive(Debug, Clone)]
pub struct Picture {
    pub source: PathBuf,
    /// URL path of the original, as content links to it: `/tin-tuc/bai/anh.jpg`.
    pub url: String,
    /// Size the right way up (EXIF orientation applied).
    pub width: u32,
    pub height: u32,
    /// WebP is offered first; this is for browsers without it.
    pub fallback: crate::images::Format,
    /// Why it cannot be used, when its header says so already.
    pub problem: Option<crate::messages::Message>,
    /// An entry's `image`: it also gets a card for link previews.
    pub social: bool,
    /// The entry whose page bundle holds it (its `content/`-relative file).
    pub bundle: Option<String>,
}

/// A file's bytes as text. Content is mostly Vietnamese, a third of its
/// bytes outside ASCII, where `simdutf8` checks them several times faster
/// than the standard library; the slower check only runs to tell where a
/// file is not UTF-8.
pub fn decode_text(bytes: Vec<u8>) -> Result<String, std::string::FromUtf8Error> {
    match simdutf8::basic::from_utf8(&bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => String::from_utf8(bytes),
    }
}

/// What an entry's file says: read by `load`, never changed after.
/// Shared by the pages made from it, so that `keng serve` takes an
/// unchanged file from its cache without copying it.
#[derive(Debug, Clone)]
pub struct EntryFile {
    pub source: SourceFile,
    /// Language of a translation (`bai.en.md`); `None` for the site's language.
    pub lang: Option<String>,
    pub meta: PageMeta,
    /// The fields of a data file or of an entry of a kind.
    pub data: Option<serde_json::Value>,
    /// The entry's kind (its own `kind`, or its section's).
    pub kind: Option<String>,
    /// The typed entry, for the pages derived from a kind (see [`Page::typed`]).
    pub typed: Option<TypedEntry>,
    /// Folder of `content/` whose URL the page sits under.
    pub dir: String,
    /// File stem, or the folder name for a page bundle.
    pub stem: String,
}

/// An entry: its file's fields (through `Deref`, so `page.meta` reads
/// them; writing one copies the file's part first if it is shared) and
/// where it sits in the site.
#[derive(Debug, Clone)]
pub struct Page {
    pub file: std::sync::Arc<EntryFile>,
    /// The other language versions of this entry (indexes into `Site::pages`).
    pub translations: Vec<usize>,
    /// Files of a page bundle, copied next to the page.
    pub assets: Vec<Asset>,
    // Filled in by `resolve`.
    pub slug: String,
    /// URL path from the site root: `/tin-tuc/ten-bai/`.
    pub path: String,
    pub permalink: String,
    pub section: usize,
    /// (taxonomy, term) indexes into [`Site::taxonomies`], in front matter order.
    pub terms: Vec<(usize, usize)>,
    /// Filled in by `markdown`, or on first use when bodies are converted
    /// late (see [`LateBodies`]): read it with [`Page::content`].
    pub content: Body,
}

impl std::ops::Deref for Page {
    type Target = EntryFile;
    fn deref(&self) -> &EntryFile {
        &self.file
    }
}

impl std::ops::DerefMut for Page {
    fn deref_mut(&mut self) -> &mut EntryFile {
        std::sync::Arc::make_mut(&mut self.file)
    }
}

impl Page {
    /// The title, or the file name for an entry without one.
    pub fn title(&self) -> &str {
        self.meta.title.as_deref().unwrap_or(&self.stem)
    }

    /// The entry's typed fields, when they are of type `T`.
    pub fn typed<T: 'static>(&self) -> Option<&T> {
        self.typed.as_ref()?.downcast_ref()
    }

    /// When the entry last changed: `updated`, else its date.
    pub fn updated(&self) -> Option<chrono::DateTime<chrono::FixedOffset>> {
        self.meta
            .updated
            .as_ref()
            .or(self.meta.date.as_ref())
            .map(|d| d.instant)
    }

    /// The summary as plain text (meta descriptions, feeds, JSON-LD): the
    /// front matter's `summary` wins, else the text before `<!-- more -->`.
    pub fn description<'a>(&'a self, site: &'a Site) -> Option<&'a str> {
        self.meta
            .summary
            .as_deref()
            .or_else(|| self.content(site).summary_text.as_deref())
            .filter(|text| !text.is_empty())
    }
}

#[derive(Debug, Clone)]
pub struct Section {
    /// `None` for a home section made up because `content/_index.md` is
    /// missing, or for a translated section without its own `_index.LANG.md`.
    pub source: Option<SourceFile>,
    /// Language of a translated section; `None` for the site's language.
    pub lang: Option<String>,
    /// How `get_section` and `@/` links name it: `tin-tuc/_index.md`,
    /// `tin-tuc/_index.en.md` (filled in by `resolve`).
    pub key: String,
    /// The other language versions of this section.
    pub translations: Vec<usize>,
    pub meta: SectionMeta,
    /// Folder inside `content/`: `""` for the home section, `tin-tuc` below it.
    pub dir: String,
    // Filled in by `resolve`.
    pub path: String,
    pub permalink: String,
    pub parent: Option<usize>,
    /// Entries in display order.
    pub pages: Vec<usize>,
    pub subsections: Vec<usize>,
    pub paginate_by: usize,
    // Filled in by `markdown`.
    pub content: std::sync::Arc<Rendered>,
}

impl Section {
    pub fn title<'a>(&'a self, config: &'a Config) -> &'a str {
        match &self.meta.title {
            Some(t) => t,
            None if self.dir.is_empty() => &config.title,
            None => self.dir.rsplit('/').next().unwrap_or(&self.dir),
        }
    }

    /// Path to show in messages about this section.
    pub fn file_label(&self) -> String {
        match &self.source {
            Some(s) => s.path.display().to_string(),
            None => format!("content/{}", self.dir),
        }
    }
}

/// One taxonomy of `site.toml`, with its terms.
#[derive(Debug, Clone)]
pub struct Taxonomy {
    pub name: String,
    pub path: String,
    pub permalink: String,
    /// Ordered by slug.
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone)]
pub struct Term {
    /// As first written in content (after trimming).
    pub name: String,
    pub slug: String,
    pub path: String,
    pub permalink: String,
    /// Entries in date order, newest first.
    pub pages: Vec<usize>,
}

/// The whole site after `resolve`.
#[derive(Debug, Clone)]
pub struct Site {
    pub config: Config,
    pub sections: Vec<Section>,
    pub pages: Vec<std::sync::Arc<Page>>,
    pub taxonomies: Vec<Taxonomy>,
    /// Files of `content/` copied as they are.
    pub assets: Vec<Asset>,
    /// Photos of `content/`, and where content links to each.
    pub pictures: Vec<Picture>,
    pub picture_by_url: BTreeMap<String, usize>,
    /// `content/`-relative source path to entry, for `@/` links and `get_page`.
    pub page_by_rel: BTreeMap<String, usize>,
    pub section_by_rel: BTreeMap<String, usize>,
    /// Index of the home section.
    pub home: usize,
    /// The build's clock (`--now`), for what depends on the date.
    pub now: chrono::DateTime<chrono::FixedOffset>,
    /// Set when entry bodies are converted as pages need them (`keng
    /// build`); `None` when the Markdown stage converted them all.
    pub late_bodies: Option<std::sync::Arc<dyn LateBodies>>,
}

#[cfg(test)]
mod tests;
