//! Files for other systems, one row of [`FORMATS`] each: news feeds (Atom,
//! RSS, JSON Feed), CAP alerts and their index, the sitemap, robots.txt
//! and `_redirects`.
//!
//! The table drives both the render plan (`plan` makes one job per format
//! and target) and the `<link rel="alternate">` list of every page
//! ([`feed_links`]). Adding a format is one row here and its writer.

use std::borrow::Cow;

use serde::Serialize;

use crate::config::FeedsConfig;
use crate::content::Site;
use crate::diagnostic::Diagnostic;
use crate::emit::output_path;
use crate::feeds::{self, FeedScope};
use crate::templates::Templates;

/// An HTML page of the site and when its content last changed.
pub type HtmlPage = (String, Option<chrono::DateTime<chrono::FixedOffset>>);

/// What a job of the render plan shows of the site's entries: how `keng
/// serve` finds the jobs an edit touches (see `plan::dependents`).
#[derive(Debug, PartialEq, Eq)]
pub enum Shows<'a> {
    /// These entries, in this order: their titles, dates and summaries.
    Listed(Cow<'a, [usize]>),
    /// One entry whole (its page, its CAP file).
    Entry(usize),
    /// These entries whole (feeds with full content).
    Whole(Cow<'a, [usize]>),
    /// Something of every entry (the home page, the sitemap).
    Everything,
    /// No entry (the 404 page, redirects).
    Nothing,
}

/// What one job of a format writes files for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// The whole site.
    Site,
    /// A list that has feeds: the site's news, a section, a term.
    List(FeedScope),
    /// One entry (the CAP file of an alert).
    Entry(usize),
    /// One section (the CAP index of an alert section).
    Section(usize),
    /// One photo of `content/` (indexes into `Site::pictures`).
    Picture(usize),
}

/// A news feed format: a file beside every list that has feeds, linked
/// from that list's pages.
pub struct FeedFormat {
    pub file: &'static str,
    pub media_type: &'static str,
    /// How the `<link>` title names it: "Tin tức (Atom)".
    pub label: &'static str,
    pub enabled: fn(&FeedsConfig) -> bool,
    pub write: fn(&Site, FeedScope) -> Vec<u8>,
}

/// What writers of other files get.
pub struct WriteContext<'a> {
    pub site: &'a Site,
    pub templates: &'a Templates,
    /// Every HTML page of the build (computed only when asked).
    pub html_pages: &'a dyn Fn() -> Vec<HtmlPage>,
    /// Processed photos kept between builds.
    pub cache: &'a crate::images::cache::Cache,
}

/// Files written as (output path, bytes).
pub type Files = Vec<(String, Vec<u8>)>;

/// Any other file format.
pub struct FileFormat {
    pub name: &'static str,
    pub targets: fn(&Site) -> Vec<Target>,
    pub write: fn(&WriteContext, Target) -> Result<Files, Diagnostic>,
    /// What its files show of the entries.
    pub shows: for<'a> fn(&'a Site, Target) -> Shows<'a>,
    /// A static file of the site's own that replaces the generated one.
    pub replaced_by: Option<&'static str>,
}

pub enum Format {
    Feed(FeedFormat),
    Files(FileFormat),
}

/// Every output format keng writes.
pub const FORMATS: &[Format] = &[
    Format::Feed(FeedFormat {
        file: feeds::atom::FILE,
        media_type: "application/atom+xml",
        label: "Atom",
        enabled: |c| c.atom,
        write: feeds::atom::write,
    }),
    Format::Feed(FeedFormat {
        file: feeds::rss::FILE,
        media_type: "application/rss+xml",
        label: "RSS",
        enabled: |c| c.rss,
        write: feeds::rss::write,
    }),
    Format::Feed(FeedFormat {
        file: feeds::json::FILE,
        media_type: "application/feed+json",
        label: "JSON Feed",
        enabled: |c| c.json,
        write: feeds::json::write,
    }),
    Format::Files(FileFormat {
        name: "CAP alert",
        targets: |site| feeds::cap::alerts(site).into_iter().map(Target::Entry).collect(),
        write: |ctx, target| match target {
            Target::Entry(i) => Ok(feeds::cap::write(ctx.site, i)
                .map(|xml| (output_path(&feeds::cap::path(ctx.site, i)), xml))
                .into_iter()
                .collect()),
            _ => Ok(Vec::new()),
        },
        shows: |_, target| match target {
            Target::Entry(i) => Shows::Entry(i),
            _ => Shows::Nothing,
        },
        replaced_by: None,
    }),
    Format::Files(FileFormat {
        name: "CAP index",
        targets: |site| {
            feeds::cap::alert_sections(site)
                .into_iter()
                .map(Target::Section)
                .collect()
        },
        write: |ctx, target| match target {
            Target::Section(s) => Ok(vec![(
                output_path(&feeds::cap::index_path(ctx.site, s)),
                feeds::cap::write_index(ctx.site, s),
            )]),
            _ => Ok(Vec::new()),
        },
        shows: |site, target| match target {
            Target::Section(s) => Shows::Listed(Cow::Borrowed(&site.sections[s].pages)),
            _ => Shows::Nothing,
        },
        replaced_by: None,
    }),
    Format::Files(FileFormat {
        name: crate::pictures::OUTPUT_NAME,
        targets: |site| {
            (0..site.pictures.len())
                .filter(|&i| site.pictures[i].problem.is_none())
                .map(Target::Picture)
                .collect()
        },
        write: |ctx, target| match target {
            Target::Picture(i) => crate::pictures::write_versions(ctx.site, i, ctx.cache),
            _ => Ok(Vec::new()),
        },
        shows: |_, _| Shows::Nothing,
        replaced_by: None,
    }),
    Format::Files(FileFormat {
        name: "sitemap",
        targets: |_| vec![Target::Site],
        write: |ctx, _| Ok(feeds::sitemap::write(ctx.site, &(ctx.html_pages)())),
        shows: |_, _| Shows::Everything,
        replaced_by: None,
    }),
    Format::Files(FileFormat {
        name: "robots.txt",
        targets: |_| vec![Target::Site],
        write: |ctx, _| {
            let mut text = Vec::new();
            ctx.templates
                .tera
                .render_to("robots.txt", &tera::Context::new(), &mut text)
                .map_err(|e| ctx.templates.error(&e, Some("robots.txt")))?;
            Ok(vec![("robots.txt".to_string(), text)])
        },
        shows: |_, _| Shows::Nothing,
        replaced_by: Some("robots.txt"),
    }),
    Format::Files(FileFormat {
        name: "_redirects",
        targets: |site| {
            let any = site.pages.iter().any(|p| !p.meta.aliases.is_empty());
            if any { vec![Target::Site] } else { Vec::new() }
        },
        write: |ctx, _| Ok(vec![("_redirects".to_string(), feeds::redirects(ctx.site))]),
        shows: |_, _| Shows::Nothing,
        replaced_by: Some("_redirects"),
    }),
];

impl Format {
    /// What the format writes files for on this site.
    pub fn targets(&self, site: &Site) -> Vec<Target> {
        match self {
            Format::Feed(f) if (f.enabled)(&site.config.feeds) => {
                feeds::scopes(site).into_iter().map(Target::List).collect()
            }
            Format::Feed(_) => Vec::new(),
            Format::Files(f) => (f.targets)(site),
        }
    }

    /// The files of one target.
    pub fn write(&self, ctx: &WriteContext, target: Target) -> Result<Files, Diagnostic> {
        match (self, target) {
            (Format::Feed(f), Target::List(scope)) => {
                let dir = output_path(feeds::list_path(ctx.site, scope))
                    .trim_end_matches("index.html")
                    .to_string();
                Ok(vec![(format!("{dir}{}", f.file), (f.write)(ctx.site, scope))])
            }
            (Format::Feed(_), _) => Ok(Vec::new()),
            (Format::Files(f), target) => (f.write)(ctx, target),
        }
    }

    /// What the files of `target` show of the entries.
    pub fn shows<'a>(&self, site: &'a Site, target: Target) -> Shows<'a> {
        match (self, target) {
            (Format::Feed(_), Target::List(scope)) if site.config.feeds.full_content => {
                Shows::Whole(Cow::Owned(feeds::entries(site, scope)))
            }
            (Format::Feed(_), Target::List(scope)) => Shows::Listed(Cow::Owned(feeds::entries(site, scope))),
            (Format::Feed(_), _) => Shows::Nothing,
            (Format::Files(f), target) => (f.shows)(site, target),
        }
    }

    /// The site's own static file that replaces this format's, if any.
    pub fn replaced_by(&self) -> Option<&'static str> {
        match self {
            Format::Feed(_) => None,
            Format::Files(f) => f.replaced_by,
        }
    }
}

/// `<link rel="alternate">` values of a feed.
#[derive(Serialize)]
pub struct FeedLink {
    pub title: String,
    pub href: String,
    pub media_type: &'static str,
}

/// The feeds of a list, one link per enabled feed format.
pub fn feed_links(site: &Site, scope: FeedScope) -> Vec<FeedLink> {
    let list = format!("{}{}", site.config.base_url, feeds::list_path(site, scope));
    let title = feeds::title(site, scope);
    FORMATS
        .iter()
        .filter_map(|format| match format {
            Format::Feed(f) if (f.enabled)(&site.config.feeds) => Some(FeedLink {
                title: format!("{title} ({})", f.label),
                href: format!("{list}{}", f.file),
                media_type: f.media_type,
            }),
            _ => None,
        })
        .collect()
}
