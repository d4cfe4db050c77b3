//! Entry kinds: community-safety models, warning signs, camera networks,
//! anti-fraud guides, alerts and news articles, plus a site's own kinds.
//!
//! A section chooses the kind of its entries (`kind = "model"` in
//! `_index.md`); an entry may name its own. Each built-in kind is one
//! module here that holds all it does: its schema, its typed entry, the
//! totals and groups of its sections, the pages it adds, its schema.org
//! entity, its warnings and its checks across entries, behind the [`Kind`]
//! trait. The rest of keng asks a kind through [`get`] (or [`of_page`],
//! [`of_section`]) and never matches on kind names. A site's own kinds
//! (`[kinds.NAME]` in site.toml) answer through the same trait with the
//! defaults: fields, and nothing derived.
//!
//! To add a kind: write its module (a schema function and a type that
//! implements [`Kind`]), add one line to [`BUILTIN`], and add its templates
//! (`NAME.html`, `NAME_section.html`) to the theme.

pub mod alert;
pub mod article;
pub mod camera;
pub mod groups;
pub mod guide;
pub mod model;
pub mod sign;

use crate::messages::msg;
use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::{DateTime, FixedOffset};
use serde_json::{Map, Value as Json};

use crate::config::Config;
use crate::content::{Page, Site, TypedEntry};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::schema::KindSchema;
pub use groups::Group;

/// What a kind does beyond checking its fields. Every method has a
/// default that does nothing, which is what a site's own kind gets.
pub trait Kind: Sync {
    /// The typed entry keng computes with, read from fields that passed
    /// the schema; dates without an offset are in time zone `tz`.
    fn read_entry(&self, _values: &Map<String, Json>, _tz: chrono_tz::Tz) -> Result<Option<TypedEntry>, String> {
        Ok(None)
    }

    /// News: dated entries in the site's feed, listed page by page, that
    /// should have a summary. Entries of other kinds are listed all at once
    /// on their section's page, which totals and groups them.
    fn is_news(&self) -> bool {
        false
    }

    /// Written as Markdown with front matter (`keng new` makes a `.md`
    /// file); other kinds are TOML data files.
    fn is_markdown(&self) -> bool {
        false
    }

    /// For entries that can be in force (alerts): whether it is at `now`.
    /// Entries in force are shown on every page of the site.
    fn in_force(&self, _page: &Page, _now: &DateTime<FixedOffset>) -> Option<bool> {
        None
    }

    /// A date in the future is expected (an alert announced ahead of time).
    fn dated_ahead(&self) -> bool {
        false
    }

    /// Totals and groups of a section of this kind, for its templates.
    fn overview(&self, _site: &Site, _section: usize) -> Option<Overview> {
        None
    }

    /// Groups of a section that each get a page of their own, rendered
    /// with [`Kind::group_template`] at `SECTION/loai/SLUG/`.
    fn group_pages(&self, _site: &Site, _section: usize) -> Vec<Group> {
        Vec::new()
    }

    fn group_template(&self) -> &'static str {
        "group.html"
    }

    /// The schema.org entity of an entry's page; `None` for a plain `WebPage`.
    fn main_entity(&self, _site: &Site, _page: usize, _at: &EntityContext) -> Option<Json> {
        None
    }

    /// Warnings about one entry of this kind (beyond those every entry gets).
    fn lint(&self, _site: &Site, _page: &Page, _out: &mut Vec<Diagnostic>) {}

    /// Checks across entries once the site is resolved (links between entries).
    fn check_site(&self, _pages: &[Page], _page_by_rel: &BTreeMap<String, usize>, _errors: &mut Diagnostics) {}
}

/// What the JSON-LD of a page needs to know besides the entry.
pub struct EntityContext<'a> {
    pub url: &'a str,
    pub language: &'a str,
    /// `@id` of the publishing office's node.
    pub publisher_id: &'a str,
}

/// Totals and groups derived from the entries of a kind section. Entries
/// are indexes into `Site::pages`; `view` turns them into what templates see.
#[derive(Debug, Default)]
pub struct Overview {
    pub total: Option<i64>,
    pub roads: Option<i64>,
    pub groups: Vec<Group>,
    /// Each group of `groups` has its own page (see [`Kind::group_pages`]).
    pub groups_have_pages: bool,
    pub communes: Vec<Group>,
    pub hotlines: Vec<String>,
    /// Entries in force, then the others.
    pub current: Vec<usize>,
    pub past: Vec<usize>,
}

/// A built-in kind: the function that declares its schema, and its behaviour.
type Builtin = (fn() -> KindSchema, &'static dyn Kind);

/// The built-in kinds, each with its schema: registering a kind is one line.
const BUILTIN: &[Builtin] = &[
    (article::schema, &article::ArticleKind),
    (model::schema, &model::ModelKind),
    (sign::schema, &sign::SignKind),
    (camera::schema, &camera::CameraKind),
    (guide::schema, &guide::GuideKind),
    (alert::schema, &alert::AlertKind),
];

/// A site's own kind: fields only.
struct SiteKind;
impl Kind for SiteKind {}

/// A kind as keng uses it: its schema and its behaviour.
#[derive(Clone, Copy)]
pub struct KindRef<'a> {
    pub schema: &'a KindSchema,
    behaviour: &'static dyn Kind,
}

impl std::ops::Deref for KindRef<'_> {
    type Target = dyn Kind;
    fn deref(&self) -> &Self::Target {
        self.behaviour
    }
}

fn builtin() -> &'static [(KindSchema, &'static dyn Kind)] {
    static KINDS: OnceLock<Vec<(KindSchema, &'static dyn Kind)>> = OnceLock::new();
    KINDS.get_or_init(|| BUILTIN.iter().map(|(schema, kind)| (schema(), *kind)).collect())
}

/// The schema of a built-in kind.
pub fn builtin_schema(name: &str) -> Option<&'static KindSchema> {
    builtin().iter().map(|(s, _)| s).find(|s| s.name == name)
}

/// The kind called `name`: a built-in one, or one of site.toml.
pub fn get<'a>(config: &'a Config, name: &str) -> Option<KindRef<'a>> {
    if let Some((schema, behaviour)) = builtin().iter().find(|(s, _)| s.name == name) {
        return Some(KindRef {
            schema,
            behaviour: *behaviour,
        });
    }
    config.site_kinds.get(name).map(|k| KindRef {
        schema: &k.schema,
        behaviour: &SiteKind,
    })
}

/// The kind that governs an entry or a section of kind `name`: entries
/// without a kind are news articles.
pub fn governing<'a>(config: &'a Config, name: Option<&str>) -> Option<KindRef<'a>> {
    get(config, name.unwrap_or(article::NAME))
}

/// The kind of an entry, if it has one.
pub fn of_page<'a>(config: &'a Config, page: &Page) -> Option<KindRef<'a>> {
    get(config, page.kind.as_deref()?)
}

/// The kind of a section's entries, if it names one.
pub fn of_section<'a>(site: &'a Site, section: usize) -> Option<KindRef<'a>> {
    get(&site.config, site.sections[section].meta.kind.as_deref()?)
}

/// Whether an entry is news (see [`Kind::is_news`]): dated, of no kind or a news kind.
pub fn is_news(config: &Config, page: &Page) -> bool {
    page.meta.date.is_some() && governing(config, page.kind.as_deref()).is_some_and(|k| k.is_news())
}

/// Every kind name a site knows, built-in ones first.
pub fn names(config: &Config) -> Vec<String> {
    builtin()
        .iter()
        .map(|(s, _)| s.name.clone())
        .chain(config.site_kinds.keys().cloned())
        .collect()
}

/// The message and hint for a kind name the site does not know.
pub fn unknown(config: &Config, found: &str) -> (crate::messages::Message, crate::messages::Message) {
    (
        msg!("kind-unknown", found = found),
        msg!("kind-unknown-hint", kinds = names(config).join(", ")),
    )
}

/// A site's kind may not take the name of a built-in one.
pub fn check_site_kinds(config: &Config, site_toml: &std::path::Path) -> Result<(), Diagnostics> {
    let mut errors = Diagnostics::default();
    for (name, kind) in &config.site_kinds {
        if builtin_schema(name).is_some() {
            let (line, col) = kind.declared_at;
            errors.push(
                Diagnostic::new(site_toml, msg!("kind-built-in", name = name))
                    .at(line, col)
                    .hint(msg!("kind-built-in-hint")),
            );
        }
    }
    errors.into_result(())
}

/// Every warning the kinds have about their entries.
pub fn lint(site: &Site, page: &Page, out: &mut Vec<Diagnostic>) {
    if let Some(kind) = of_page(&site.config, page) {
        kind.lint(site, page, out);
    }
}

/// Every kind's checks across entries.
pub fn check_site(config: &Config, pages: &[Page], page_by_rel: &BTreeMap<String, usize>, errors: &mut Diagnostics) {
    for name in names(config) {
        if let Some(kind) = get(config, &name) {
            kind.check_site(pages, page_by_rel, errors);
        }
    }
}

/// Reads a kind's typed entry from JSON fields with serde.
fn typed<T: serde::de::DeserializeOwned + Send + Sync + 'static>(
    values: &Map<String, Json>,
) -> Result<Option<TypedEntry>, String> {
    let entry: T = serde_json::from_value(Json::Object(values.clone())).map_err(|e| e.to_string())?;
    Ok(Some(std::sync::Arc::new(entry)))
}

/// Text of a field of an entry's data.
fn text<'a>(page: &'a Page, key: &str) -> Option<&'a str> {
    page.data.as_ref()?.get(key)?.as_str()
}

#[cfg(test)]
mod tests {
    //! The built-in schemas, checked by `schema::validate`.
    use super::*;
    use crate::fields::Fields;
    use std::path::Path;

    fn run(kind: &str, text: &str) -> (Map<String, Json>, Vec<String>) {
        let schema = builtin_schema(kind).unwrap();
        let mut fields =
            Fields::parse(Path::new("x.toml"), text, 0..text.len(), crate::date::DEFAULT_TIMEZONE).unwrap();
        let values = crate::schema::validate(schema, &mut fields);
        (
            values,
            fields
                .errors
                .iter()
                .map(|d| format!("{}:{}: {}", d.line, d.col, d.message))
                .collect(),
        )
    }

    #[test]
    fn a_valid_alert() {
        let (v, errors) = run(
            "alert",
            "headline = \"Lừa đảo\"\nseverity = \"Moderate\"\nurgency = \"Expected\"\ncertainty = \"Likely\"\neffective = 2026-11-01T08:00:00+07:00\nexpires = 2026-12-01\narea = \"Xã Hiệp An\"\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(v["expires"], "2026-12-01");
    }

    #[test]
    fn every_problem_is_reported_with_its_position() {
        let (_, errors) = run(
            "alert",
            "headline = 3\nseverity = \"Bad\"\nurgency = \"Expected\"\ncertainty = \"Likely\"\neffective = \"hôm qua\"\narea = \"X\"\n",
        );
        assert_eq!(errors.len(), 4, "{errors:?}");
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("1:1: missing required field `expires`")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("1:12: `headline` must be a string, found a whole number 3")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("2:12: `severity` must be one of \"Extreme\"")),
            "{errors:?}"
        );
        assert!(
            errors
                .iter()
                .any(|e| e.starts_with("5:13: `effective` is not a valid date")),
            "{errors:?}"
        );
    }

    #[test]
    fn figures_reports_and_channels() {
        let (v, errors) = run(
            "guide",
            "title = \"T\"\nscam = \"S\"\nchannels = [\"phone\", \"sms\"]\nhow_to_report = [{ channel = \"Gọi\", contact = \"113\" }]\n",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(v["channels"][1], "sms");
        let (_, errors) = run("guide", "title = \"T\"\nscam = \"S\"\nchannels = [\"fax\"]\n");
        assert!(errors[0].contains("\"fax\""), "{errors:?}");
        let (v, errors) = run("model", "name = \"N\"\nsummary = \"S\"\n[figures]\n\"Camera\" = 102\n");
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(v["figures"][0]["value"], 102);
    }
}
