//! keng: a static site generator for public community-safety information.
//!
//! A build runs four stages, each in its own module, in this order:
//!
//! 1. [`load`]: walk `content/`, split front matter, parse TOML, validate;
//! 2. [`resolve`]: slugs, URLs, sections, taxonomies, conflicts;
//! 3. render: [`markdown`] bodies, then [`templates`] through [`render`] jobs;
//! 4. [`emit`]: write into a staging folder and swap it in.
//!
//! [`build`] is that sequence, top to bottom.

pub mod chart;
pub mod check;
pub mod config;
pub mod content;
pub mod date;
pub mod deploy;
pub mod diagnostic;
pub mod emit;
pub mod feeds;
pub mod fields;
pub mod headers;
pub mod images;
pub mod kinds;
pub mod lint;
pub mod load;
pub mod markdown;
pub mod messages;
pub mod outputs;
pub mod pictures;
pub mod plan;
pub mod progress;
pub mod render;
pub mod report;
pub mod resolve;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod seo;
pub mod serve;
pub mod shortcodes;
pub mod slugs;
pub mod templates;
pub mod text;
pub mod theme;
pub mod urls;
pub mod value;
pub mod view;
pub mod walk;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, FixedOffset};

use config::Config;
use content::Site;
use diagnostic::{Diagnostic, Diagnostics};
use emit::{MemoryOutput, Output, StagedDir};
pub use progress::Progress;

/// What to build and how.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site folder, holding `site.toml` and `content/`.
    pub root: PathBuf,
    /// Where to write; `ROOT/public` when `None`.
    pub output: Option<PathBuf>,
    /// Replaces `base_url` of site.toml.
    pub base_url: Option<String>,
    pub include_drafts: bool,
    /// The clock for anything that depends on the date; the real time when `None`.
    pub now: Option<DateTime<FixedOffset>>,
    /// Told (done, total) as output pages are rendered.
    pub progress: Option<Progress>,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            output: None,
            base_url: None,
            include_drafts: false,
            now: None,
            progress: None,
        }
    }

    pub fn output_dir(&self) -> PathBuf {
        self.output.clone().unwrap_or_else(|| self.root.join("public"))
    }
}

/// What a successful build did.
#[derive(Debug, Default)]
pub struct BuildSummary {
    pub pages: usize,
    pub sections: usize,
    pub files_written: usize,
    pub files_unchanged: usize,
    /// Files of the previous output that the build no longer produces.
    pub files_removed: usize,
    /// Entries by kind (`""` for entries without one).
    pub kinds: BTreeMap<String, usize>,
    /// Content that built but deserves a look (see `lint`).
    pub warnings: Vec<Diagnostic>,
    /// Wall time of each stage, in order.
    pub timings: Vec<(&'static str, Duration)>,
    /// Photos of content, and how many versions had to be made (not in the cache).
    pub photos: usize,
    pub photo_versions_made: usize,
}

/// What the photo cache did in a build.
#[derive(Debug, Default, Clone, Copy)]
pub struct PhotoStats {
    pub photos: usize,
    /// Versions made because the cache did not have them.
    pub made: usize,
    /// Cached versions no longer used, removed.
    pub pruned: usize,
}

/// Builds the site into its output folder. On any error the previous output
/// is left exactly as it was and every problem found is returned.
pub fn build(opts: &BuildOptions) -> Result<BuildSummary, Diagnostics> {
    let mut timings = Vec::new();
    let (site, problems) = load_stages(opts, &mut timings, Reuse::default(), false)?;
    let output = opts.output_dir();
    emit::check_output_location(&opts.root, &output)?;
    let staged = StagedDir::create(&output)?;
    let record = emit::BuildRecord {
        base_url: site.config.base_url.clone(),
        drafts: opts.include_drafts,
    };
    staged
        .write(emit::MARKER, record.marker_text().as_bytes())
        .map_err(|e| Diagnostic::io(&output, &e))?;
    let (pages, sections) = (site.pages.len(), site.sections.len());
    let kinds = entries_by_kind(&site);
    let photos = render_checked(&site, opts, &staged, &mut timings, problems)?;
    let t = Instant::now();
    let mut warnings = lint::content_warnings(&site);
    timings.push(("warnings", t.elapsed()));
    let t = Instant::now();
    let stats = staged.commit()?;
    timings.push(("commit", t.elapsed()));
    warnings.extend(stats.left_behind);
    // Freeing a large graph takes a while (80 ms at 50,000 articles):
    // the summary need not wait for it.
    std::thread::spawn(move || drop(site));
    Ok(BuildSummary {
        pages,
        sections,
        files_written: stats.written,
        files_unchanged: stats.unchanged,
        files_removed: stats.removed,
        kinds,
        warnings,
        timings,
        photos: photos.photos,
        photo_versions_made: photos.made,
    })
}

/// The problems of entry bodies converted late (see `content::LateBodies`),
/// once every page is rendered: those of their text, `#anchor`s that name
/// no heading, photos that cannot be read and that no text shows. (When
/// the Markdown stage converted every body, it found them.)
fn late_problems(site: &Site) -> Diagnostics {
    let Some(late) = &site.late_bodies else {
        return Diagnostics::default();
    };
    let mut problems = late.problems(site);
    problems.extend(pictures::unused_problems(site));
    problems
}

/// Output files by path, as a memory build returns them.
pub type MemoryFiles = BTreeMap<String, Vec<u8>>;

/// Builds the site in memory: output path → bytes. Nothing is written to disk.
pub fn build_to_memory(opts: &BuildOptions) -> Result<BTreeMap<String, Vec<u8>>, Diagnostics> {
    build_site_in_memory(opts).map(|(_, files)| files)
}

/// As [`build_to_memory`], also returning the site graph it rendered.
pub fn build_site_in_memory(opts: &BuildOptions) -> Result<(Arc<Site>, MemoryFiles), Diagnostics> {
    build_site_in_memory_reusing(opts, Reuse::default())
}

/// As [`build_site_in_memory`], taking over what `reuse` offers.
pub fn build_site_in_memory_reusing(
    opts: &BuildOptions,
    reuse: Reuse,
) -> Result<(Arc<Site>, MemoryFiles), Diagnostics> {
    let mut timings = Vec::new();
    let (site, errors) = load_site_reusing(opts, &mut timings, reuse)?;
    let site = errors.into_result(site)?;
    let out = MemoryOutput::default();
    render_into(&site, opts, &out, &mut timings)?;
    Ok((site, out.into_files()))
}

/// Stages 1–3a: config, load, resolve, Markdown. To bound memory, entries
/// keep only their front matter in `source.text`, and their bodies are
/// converted when pages need them (see `content::LateBodies`): the errors
/// of entry bodies are not known yet.
pub fn load_site(opts: &BuildOptions, timings: &mut Vec<(&'static str, Duration)>) -> Result<Arc<Site>, Diagnostics> {
    let (site, markdown_errors) = load_stages(opts, timings, Reuse::default(), false)?;
    markdown_errors.into_result(site)
}

/// As [`load_site`], but errors of the Markdown stage (a broken `@/` link)
/// come back beside the site instead of in place of it, so that `keng
/// check` can go on and report everything else too.
pub fn load_site_keep_going(
    opts: &BuildOptions,
    timings: &mut Vec<(&'static str, Duration)>,
) -> Result<(Arc<Site>, Diagnostics), Diagnostics> {
    load_site_reusing(opts, timings, Reuse::default())
}

/// What a load may take over from the one before it (for `keng serve`).
#[derive(Clone, Copy, Default)]
pub struct Reuse<'a> {
    /// Files parsed before, reused when unchanged.
    pub files: Option<&'a load::LoadCache>,
    /// The site built before: an entry whose text and address are the same
    /// keeps its converted body when nothing in it depends on other entries
    /// or on settings that changed (see `markdown::reuse`). Only valid when
    /// no shortcode template changed; needs `files`, which tells how the
    /// config changed.
    pub previous: Option<&'a Site>,
}

/// As [`load_site_keep_going`], taking over what `reuse` offers.
pub fn load_site_reusing(
    opts: &BuildOptions,
    timings: &mut Vec<(&'static str, Duration)>,
    reuse: Reuse,
) -> Result<(Arc<Site>, Diagnostics), Diagnostics> {
    load_stages(opts, timings, reuse, true)
}

/// Stages 1–3a; `keep_bodies` as in [`load::LoadOptions`].
fn load_stages(
    opts: &BuildOptions,
    timings: &mut Vec<(&'static str, Duration)>,
    reuse: Reuse,
    keep_bodies: bool,
) -> Result<(Arc<Site>, Diagnostics), Diagnostics> {
    let t = Instant::now();
    let mut config = Config::load(&opts.root)?;
    kinds::check_site_kinds(&config, &opts.root.join(config::CONFIG_FILE))?;
    if let Some(url) = &opts.base_url {
        let text = format!("title = \"x\"\nbase_url = {}\n", toml::Value::String(url.clone()));
        let checked = Config::parse(Path::new("--base-url"), &text)?;
        config.base_url = checked.base_url;
    }
    let config_change = reuse
        .files
        .map_or(load::ConfigChange::Content, |cache| cache.begin(&config));
    let previous = reuse.previous.filter(|_| config_change != load::ConfigChange::Content);
    let loaded = load::load(
        &config,
        &load::LoadOptions {
            root: &opts.root,
            include_drafts: opts.include_drafts,
            cache: reuse.files,
            keep_bodies,
        },
    )?;
    timings.push(("load", t.elapsed()));

    let t = Instant::now();
    let now = opts.now.unwrap_or_else(|| chrono::Local::now().fixed_offset());
    let mut site = resolve::resolve(config, loaded, now)?;
    timings.push(("resolve", t.elapsed()));

    let t = Instant::now();
    let picture_errors = pictures::scan(&mut site);
    timings.push(("pictures", t.elapsed()));

    let t = Instant::now();
    let library = templates::ShortcodeTemplates::load(&opts.root, &site.config)?;
    let mut markdown_errors = if keep_bodies {
        let mut errors = markdown::render_site(&mut site, &library, previous, config_change)
            .err()
            .unwrap_or_default();
        errors.extend(pictures::unused_problems(&site));
        errors
    } else {
        markdown::render_sections_only(&mut site, Arc::new(library))
    };
    markdown_errors.extend(picture_errors);
    timings.push(("markdown", t.elapsed()));
    Ok((Arc::new(site), markdown_errors))
}

/// Stages 3b–4: templates, pages, static files, into `out`.
pub fn render_into(
    site: &Arc<Site>,
    opts: &BuildOptions,
    out: &dyn Output,
    timings: &mut Vec<(&'static str, Duration)>,
) -> Result<PhotoStats, Diagnostics> {
    render_checked(site, opts, out, timings, Diagnostics::default())
}

/// As [`render_into`], where `earlier` are the problems found before
/// rendering. They stop the build as the problems of bodies converted late
/// do, and are reported with them: then nothing is rendered, but every
/// body is converted to find its own.
fn render_checked(
    site: &Arc<Site>,
    opts: &BuildOptions,
    out: &dyn Output,
    timings: &mut Vec<(&'static str, Duration)>,
    earlier: Diagnostics,
) -> Result<PhotoStats, Diagnostics> {
    if !earlier.is_empty() {
        let mut problems = earlier;
        problems.extend(late_problems(site));
        return Err(problems);
    }
    let t = Instant::now();
    let prepared = render::Prepared::new(site, &opts.root)?;
    timings.push(("templates", t.elapsed()));

    let t = Instant::now();
    let plan = prepared.plan(site);
    let mut errors = prepared.write_static(site, out);
    timings.push(("static", t.elapsed()));

    let t = Instant::now();
    if let Err(e) = prepared.renderer(site, opts.progress.as_ref()).render_all(&plan, out) {
        errors.extend(e);
    }
    timings.push(("render", t.elapsed()));
    // Bodies converted as their pages were rendered: their errors stop the
    // build in place of those of rendering, as they would have before it.
    let t = Instant::now();
    let late = late_problems(site);
    timings.push(("checks", t.elapsed()));
    if !late.is_empty() {
        return Err(late);
    }
    // Every photo was asked for: what was not is no longer needed.
    let pruned = if errors.is_empty() { prepared.cache.prune() } else { 0 };
    errors.into_result(PhotoStats {
        photos: site.pictures.len(),
        made: prepared.cache.processed(),
        pruned,
    })
}

/// Renders only `jobs` of an already built site into `out` (for `keng
/// serve`, after one entry changed). Static files are not copied again.
pub fn render_jobs(
    site: &Arc<Site>,
    opts: &BuildOptions,
    jobs: &[render::Job],
    out: &dyn Output,
) -> Result<(), Diagnostics> {
    render::Prepared::new(site, &opts.root)?
        .renderer(site, None)
        .render_all(jobs, out)
}

/// Number of entries of each kind (`""` for entries without a kind).
pub fn entries_by_kind(site: &Site) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for page in &site.pages {
        *counts.entry(page.kind.clone().unwrap_or_default()).or_insert(0) += 1;
    }
    counts
}
