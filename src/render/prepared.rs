//! What rendering needs besides the site graph, made once per site graph:
//! the static files and their fingerprinted names, the compiled templates
//! with their shared values, the interface strings of each language, the
//! photo cache. A build makes one and renders every job with it; `keng
//! serve` keeps one and renders jobs when their pages are asked for.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use crate::content::Site;
use crate::diagnostic::{self, Diagnostic, Diagnostics};
use crate::emit::{Output, StaticSource};
use crate::images::cache::Cache;
use crate::messages::msg;
use crate::outputs::{self, FORMATS};
use crate::plan::Job;
use crate::templates::{self, Templates};

use super::Renderer;

pub struct Prepared {
    /// The site's and the theme's static files, by output path.
    pub static_files: BTreeMap<String, StaticSource>,
    /// Output path → fingerprinted name, for stylesheets and scripts.
    pub asset_names: BTreeMap<String, String>,
    pub templates: Templates,
    /// Interface strings of each translation language.
    pub strings: BTreeMap<String, serde_json::Value>,
    pub cache: Cache,
}

impl Prepared {
    /// Reads the static files and compiles the templates of the site at `root`.
    pub fn new(site: &Arc<Site>, root: &Path) -> Result<Prepared, Diagnostics> {
        let static_files =
            crate::emit::collect_static(root, site.config.theme.as_deref(), site.config.allow_outside_links)?;
        let asset_names = crate::emit::fingerprinted_names(&static_files);
        let mut globals = globals(site)?;
        let base_url = &site.config.base_url;
        let asset: BTreeMap<&String, String> = asset_names
            .iter()
            .map(|(rel, name)| (rel, format!("{base_url}/{name}")))
            .collect();
        globals.insert("asset", &asset);
        let templates = Templates::load(root, site, globals)?;
        let mut strings = BTreeMap::new();
        for lang in &site.config.languages {
            strings.insert(lang.clone(), templates::interface_strings(lang)?);
        }
        Ok(Prepared {
            static_files,
            asset_names,
            templates,
            strings,
            cache: Cache::new(root),
        })
    }

    /// Every job of a full build, but the generated files (robots.txt,
    /// `_redirects`) that a static file of the site replaces.
    pub fn plan(&self, site: &Site) -> Vec<Job> {
        crate::plan::plan(site)
            .into_iter()
            .filter(|job| match job {
                Job::Output { format, .. } => FORMATS[*format]
                    .replaced_by()
                    .is_none_or(|file| !self.static_files.contains_key(file)),
                _ => true,
            })
            .collect()
    }

    /// Writes what is copied, not rendered: static files (under their
    /// fingerprinted names too), `_headers` unless the site has its own,
    /// and the files of `content/` that are no entry. Static files go first:
    /// a page rendered at the same path replaces one.
    pub fn write_static(&self, site: &Site, out: &dyn Output) -> Diagnostics {
        let mut errors = Diagnostics::default();
        for (rel, source) in &self.static_files {
            let result = source.read().and_then(|bytes| {
                crate::emit::published_paths(rel, source, &self.asset_names)
                    .into_iter()
                    .try_for_each(|path| out.write(path, &bytes))
            });
            if let Err(e) = result {
                errors.push(Diagnostic::new(
                    rel,
                    msg!("static-copy-failed", reason = diagnostic::io_reason(&e)),
                ));
            }
        }
        if !self.static_files.contains_key("_headers") {
            let names = self.asset_names.values().map(String::as_str);
            let text = crate::headers::headers_file(&site.config.deploy.headers, names);
            if let Err(e) = out.write("_headers", text.as_bytes()) {
                errors.push(Diagnostic::new(
                    "_headers",
                    msg!("headers-write-failed", reason = diagnostic::io_reason(&e)),
                ));
            }
        }
        for asset in &site.assets {
            let result = std::fs::read(&asset.source).and_then(|bytes| out.write(&asset.rel, &bytes));
            if let Err(e) = result {
                errors.push(Diagnostic::io(&asset.source, &e));
            }
        }
        errors
    }

    /// A renderer of `site`'s jobs with these templates.
    pub fn renderer<'a>(&'a self, site: &'a Site, progress: Option<&'a crate::progress::Progress>) -> Renderer<'a> {
        Renderer {
            site,
            templates: &self.templates,
            progress,
            strings: &self.strings,
            cache: &self.cache,
            search: crate::search::Collector::new(),
            pass: crate::view::new_pass(),
        }
    }
}

/// Values shared by every template: `site`, `i18n`, `lang`, `now`,
/// `current_alerts`, `site_feeds`.
fn globals(site: &Site) -> Result<tera::Context, Diagnostics> {
    let mut ctx = tera::Context::new();
    ctx.insert("site", &crate::view::SiteView::new(site));
    ctx.insert("lang", &site.config.language);
    ctx.insert("i18n", &templates::interface_strings(&site.config.language)?);
    ctx.insert("now", &site.now.to_rfc3339());
    let alerts: Vec<crate::view::PageView> = crate::kinds::alert::current_alerts(site)
        .into_iter()
        .map(|p| crate::view::PageView::summary(site, p))
        .collect();
    ctx.insert("current_alerts", &alerts);
    ctx.insert("site_feeds", &outputs::feed_links(site, crate::feeds::FeedScope::Site));
    Ok(ctx)
}

/// The output file that shows `job`'s page, when it is one an editor can
/// open: an entry, a list, a group or term page, a redirect, the 404 and
/// search pages. (Feeds and other files are known only once written.)
pub fn page_file(site: &Site, job: Job) -> Option<String> {
    match job {
        Job::Alias { page, index } => Some(crate::emit::output_path(&crate::resolve::alias_path(
            &site.pages[page].meta.aliases[index],
        ))),
        Job::NotFound => Some("404.html".to_string()),
        Job::Output { .. } => None,
        _ => crate::plan::html_page(site, job).map(|(path, _)| crate::emit::output_path(&path)),
    }
}
