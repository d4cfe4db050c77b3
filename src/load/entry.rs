//! Reading one file of `content/`: front matter or data fields, checked
//! against the entry's kind, into a section or an entry.

use crate::messages::msg;
use std::path::{Path, PathBuf};

use super::front_matter::{self, SplitError};
use super::paths::{BUNDLE_FILE, file_name, parent_dir, split_language};
use crate::config::Config;
use crate::content::{Page, PageMeta, Section, SectionMeta, SortBy, SourceFile};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::fields::Fields;
use crate::kinds;

/// Front matter keys of an entry (besides the taxonomy names).
const PAGE_KEYS: &[&str] = &[
    "title", "date", "updated", "draft", "summary", "slug", "template", "weight", "aliases", "extra", "kind",
];
const SECTION_KEYS: &[&str] = &[
    "title",
    "kind",
    "feed",
    "in_search",
    "summary",
    "sort_by",
    "paginate_by",
    "template",
    "page_template",
    "weight",
    "extra",
];

#[derive(Clone, Copy)]
pub(super) enum FileKind {
    Section,
    Markdown,
    Data,
}

#[derive(Clone)]
pub(super) enum Parsed {
    Section(Box<Section>),
    Page(Box<Page>),
}

pub(super) fn parse_file(
    config: &Config,
    path: PathBuf,
    rel: String,
    kind: FileKind,
    inherited_kind: Option<&str>,
) -> Result<Parsed, Diagnostics> {
    let bytes = std::fs::read(&path).map_err(|e| Diagnostic::io(&path, &e))?;
    let text = match crate::content::decode_text(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            return Err(Diagnostic::new(&path, msg!("load-not-utf8"))
                .at_offset(&lossy, valid)
                .hint(msg!("load-not-utf8-hint"))
                .into());
        }
    };
    let mut source = SourceFile {
        path,
        rel,
        text: std::sync::Arc::new(text),
        body_start: 0,
        body_on_disk: false,
    };
    match kind {
        FileKind::Data => {
            source.body_start = source.text.len();
            let range = 0..source.text.len();
            let mut fields = Fields::parse(&source.path, &source.text, range, config.timezone)?;
            let entry = entry_meta(&mut fields, config, inherited_kind, true);
            let errors = std::mem::take(&mut fields.errors);
            drop(fields);
            errors.into_result(Parsed::Page(Box::new(new_page(source, entry, &config.languages))))
        }
        FileKind::Markdown | FileKind::Section => {
            let split = front_matter::split(&source.text).map_err(|e| split_error(&source.path, e, kind))?;
            source.body_start = split.body_start;
            let mut fields = Fields::parse(&source.path, &source.text, split.front_matter, config.timezone)?;
            if let FileKind::Section = kind {
                let meta = section_meta(&mut fields, config);
                let errors = std::mem::take(&mut fields.errors);
                drop(fields);
                let dir = parent_dir(&source.rel).to_string();
                let lang = split_language(file_name(&source.rel), &config.languages)
                    .1
                    .map(str::to_string);
                let mut section = new_section(Some(source), meta, dir);
                section.lang = lang;
                errors.into_result(Parsed::Section(Box::new(section)))
            } else {
                let entry = entry_meta(&mut fields, config, inherited_kind, false);
                let errors = std::mem::take(&mut fields.errors);
                drop(fields);
                errors.into_result(Parsed::Page(Box::new(new_page(source, entry, &config.languages))))
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
        SplitError::Empty => Diagnostic::new(path, msg!("load-empty")).at(1, 1),
        SplitError::NoOpeningFence => Diagnostic::new(path, msg!("load-no-front-matter")).at(1, 1),
        SplitError::Unclosed => Diagnostic::new(path, msg!("load-front-matter-unclosed")).at(1, 1),
    };
    d.hint(msg!("load-front-matter-hint", example = example)).into()
}

/// What an entry's fields say.
struct EntryMeta {
    meta: PageMeta,
    kind: Option<String>,
    data: Option<serde_json::Value>,
    entry: Option<crate::content::TypedEntry>,
}

/// Reads an entry: its kind's fields first (checked against the schema),
/// then the keys every entry has. Other keys are kept as `page.data` for
/// kind entries and data files, and refused in plain Markdown entries.
fn entry_meta(fields: &mut Fields, config: &Config, inherited_kind: Option<&str>, data_file: bool) -> EntryMeta {
    // An entry that names a kind (even an unknown one) does not take its section's.
    let kind_name = own_kind(fields, config).unwrap_or_else(|| inherited_kind.map(str::to_string));
    let kind = kind_name.as_deref().and_then(|k| kinds::get(config, k));
    let kind_values = kind.map(|kind| crate::schema::validate(kind.schema, fields));

    let mut meta = common_page_meta(fields);
    for name in &config.taxonomies {
        if let Some(terms) = fields.string_list(name) {
            let terms: Vec<String> = terms
                .into_iter()
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect();
            meta.taxonomies.insert(name.clone(), terms);
        }
    }

    let (data, entry) = match (kind, kind_values) {
        (Some(kind), Some(values)) => {
            let schema = kind.schema;
            // A typo must not pass silently (`darft = true` would publish a
            // draft): a kind knows its fields, the rest belongs in [extra].
            let mut known: Vec<&str> = PAGE_KEYS.to_vec();
            known.extend(config.taxonomies.iter().map(String::as_str));
            known.extend(schema.fields.iter().map(|f| f.name.as_str()));
            fields.deny_remaining(&known);
            let text = |key: &str| values.get(key).and_then(|v| v.as_str()).map(str::to_string);
            meta.title = meta.title.take().or_else(|| text(&schema.title_field));
            meta.summary = meta.summary.take().or_else(|| text("summary"));
            if meta.date.is_none() {
                meta.date = schema
                    .date_field
                    .as_deref()
                    .and_then(text)
                    .and_then(|d| Date::parse(&d, fields.tz));
            }
            // A schema error has been reported already; only a passing entry is typed.
            let entry = if fields.errors.is_empty() {
                match kind.read_entry(&values, fields.tz) {
                    Ok(e) => e,
                    Err(e) => {
                        fields.error_at_start(
                            msg!("entry-unreadable", kind = &schema.name, detail = e.to_string()),
                            msg!("entry-unreadable-hint"),
                        );
                        None
                    }
                }
            } else {
                None
            };
            (Some(serde_json::Value::Object(values)), entry)
        }
        _ if data_file => {
            let mut data = serde_json::Map::new();
            for (key, value) in fields.remaining() {
                data.insert(key, crate::value::toml_to_json(value.get_ref()));
            }
            if meta.title.is_none() {
                meta.title = data.get("name").and_then(|v| v.as_str()).map(str::to_string);
            }
            (Some(serde_json::Value::Object(data)), None)
        }
        _ => {
            let mut known: Vec<&str> = PAGE_KEYS.to_vec();
            known.extend(config.taxonomies.iter().map(String::as_str));
            fields.deny_remaining(&known);
            (None, None)
        }
    };
    EntryMeta {
        meta,
        kind: kind_name,
        data,
        entry,
    }
}

/// The `kind = "..."` an entry or section names: `None` without the key,
/// `Some(None)` for a kind the site does not know (reported).
fn own_kind(fields: &mut Fields, config: &Config) -> Option<Option<String>> {
    let raw = fields.take_raw("kind")?;
    Some(match raw.get_ref().as_str() {
        Some(name) if kinds::get(config, name).is_some() => Some(name.to_string()),
        _ => {
            let (message, hint) = kinds::unknown(config, &raw.get_ref().to_string());
            fields.error_at(&raw, message, hint);
            None
        }
    })
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

fn section_meta(fields: &mut Fields, config: &Config) -> SectionMeta {
    let kind = own_kind(fields, config).flatten();
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
        kind,
        feed: fields.bool("feed").unwrap_or(false),
        hidden_from_search: !fields.bool("in_search").unwrap_or(true),
    };
    fields.deny_remaining(SECTION_KEYS);
    meta
}

fn new_page(source: SourceFile, entry: EntryMeta, languages: &[String]) -> Page {
    let EntryMeta {
        meta,
        kind,
        data,
        entry,
    } = entry;
    let (name, lang) = split_language(file_name(&source.rel), languages);
    let lang = lang.map(str::to_string);
    let name = name.as_str();
    let (dir, stem) = if name == BUNDLE_FILE {
        let bundle = parent_dir(&source.rel);
        (parent_dir(bundle).to_string(), file_name(bundle).to_string())
    } else {
        let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
        (parent_dir(&source.rel).to_string(), stem.to_string())
    };
    Page {
        file: std::sync::Arc::new(crate::content::EntryFile {
            source,
            lang,
            meta,
            data,
            kind,
            typed: entry,
            dir,
            stem,
        }),
        translations: Vec::new(),
        assets: Vec::new(),
        slug: String::new(),
        path: String::new(),
        permalink: String::new(),
        section: 0,
        terms: Vec::new(),
        content: Default::default(),
    }
}

pub fn new_section(source: Option<SourceFile>, meta: SectionMeta, dir: String) -> Section {
    Section {
        source,
        lang: None,
        key: String::new(),
        translations: Vec::new(),
        meta,
        dir,
        path: String::new(),
        permalink: String::new(),
        parent: None,
        pages: Vec::new(),
        subsections: Vec::new(),
        paginate_by: 0,
        content: Default::default(),
    }
}
