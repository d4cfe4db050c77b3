//! Stage 3c, render: turn the site graph into output files.
//!
//! The plan (`plan`) lists one [`Job`] per output page or file set; they
//! are rendered here in parallel. HTML pages are in `pages`, the files of
//! other formats come from the table of `outputs`.

mod pages;
mod prepared;

pub use prepared::{Prepared, page_file};

use crate::messages::msg;
use rayon::prelude::*;
use tera::Context;

use std::collections::BTreeMap;

use crate::content::Site;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::emit::{Output, output_path};
use crate::feeds::FeedScope;
use crate::outputs::{FORMATS, WriteContext, feed_links};
pub use crate::plan::{Job, html_page, pager_count, pager_path, plan};
use crate::templates::Templates;
use crate::view::{Listed, Paginator};

pub struct Renderer<'a> {
    pub site: &'a Site,
    pub templates: &'a Templates,
    pub progress: Option<&'a crate::progress::Progress>,
    /// Interface strings of each translation language.
    pub strings: &'a BTreeMap<String, serde_json::Value>,
    /// Processed photos kept between builds.
    pub cache: &'a crate::images::cache::Cache,
    /// The search index, fed by entry pages when bodies are converted late.
    pub search: crate::search::Collector,
    /// This render pass (see [`crate::view::Listed`]).
    pub pass: u64,
}

impl Renderer<'_> {
    /// Renders `jobs` in parallel into `out`. Template errors that many pages
    /// share are reported once, with the number of pages they hit.
    ///
    /// Entry pages come first: when bodies are converted late, each entry's
    /// page converts it (see `content::LateBodies`), so lists, feeds and
    /// the search page rendered after them find every summary made. The
    /// rest is rendered in parallel too, in no fixed order: `resolve`
    /// refuses two sections, entries, taxonomies or aliases at one URL.
    pub fn render_all(&self, jobs: &[Job], out: &dyn Output) -> Result<(), Diagnostics> {
        let done = std::sync::atomic::AtomicUsize::new(0);
        let (entries, mut others): (Vec<Job>, Vec<Job>) = jobs.iter().partition(|j| matches!(j, Job::Page(_)));
        // The search index is the longest job: started first, it runs beside
        // the lists instead of alone at the end. Lists come last, newest
        // first, so that the lists showing an entry are rendered close
        // together and share its value (see `view::Listed`).
        others.sort_by_cached_key(|j| (!matches!(j, Job::Search), self.newest_shown(*j)));
        let total = jobs.len();
        let render = |jobs: &[Job]| -> Vec<Diagnostic> {
            jobs.par_iter()
                .filter_map(|job| {
                    let result = self.render(*job, out).err();
                    if let Some(progress) = self.progress {
                        (progress.0)(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, total);
                    }
                    result
                })
                .collect()
        };
        let mut failures = render(&entries);
        failures.extend(render(&others));
        let mut errors = Diagnostics::default();
        let mut grouped: Vec<(Diagnostic, usize)> = Vec::new();
        for d in failures {
            let key = |x: &Diagnostic| {
                // The same problem on other pages: the message without its page.
                let without_page: Vec<_> = x.message.args.iter().filter(|(k, _)| *k != "page").cloned().collect();
                (x.path.clone(), x.line, x.col, x.message.id, without_page)
            };
            match grouped.iter_mut().find(|(g, _)| key(g) == key(&d)) {
                Some((_, n)) => *n += 1,
                None => grouped.push((d, 0)),
            }
        }
        for (mut d, others) in grouped {
            if others > 0 {
                d.message = msg!("template-error-many-pages", problem = d.message, others = others);
            }
            errors.push(d);
        }
        errors.into_result(())
    }

    pub fn render(&self, job: Job, out: &dyn Output) -> Result<(), Diagnostic> {
        match job {
            Job::Page(i) => self.page(job, i, out),
            Job::Section { section, pager } => self.section(job, section, pager, out),
            Job::TaxonomyList(t) => self.taxonomy_list(job, t, out),
            Job::Term { taxonomy, term, pager } => self.term(job, taxonomy, term, pager, out),
            Job::Group { section, group } => self.group(job, section, group, out),
            Job::Alias { page, index } => {
                let p = &self.site.pages[page];
                self.write_redirect(&crate::resolve::alias_path(&p.meta.aliases[index]), &p.permalink, out)
            }
            Job::NotFound => {
                let ctx = self.context(job, "/404.html");
                self.write_html("404.html", &ctx, "/404.html", "the 404 page", out)
            }
            Job::Search => self.search(job, out),
            Job::Output { format, target } => {
                let site = self.site;
                let ctx = WriteContext {
                    site,
                    templates: self.templates,
                    html_pages: &|| crate::plan::html_pages(site),
                    cache: self.cache,
                };
                for (path, bytes) in FORMATS[format].write(&ctx, target)? {
                    write(out, &path, &bytes)?;
                }
                Ok(())
            }
        }
    }

    /// Values every page gets besides the global ones: where it is, its
    /// social-preview values and JSON-LD, and the feeds of the list it shows.
    fn context(&self, job: Job, path: &str) -> Context {
        let site = self.site;
        let mut ctx = Context::new();
        ctx.insert("current_path", path);
        ctx.insert("current_url", &format!("{}{path}", site.config.base_url));
        // The language of the page: its own strings, menu and home, and links
        // to its other language versions.
        let (lang, alternates) = match job {
            Job::Page(i) => (
                site.pages[i].lang.as_deref(),
                crate::view::alternates(site, Some(i), None),
            ),
            Job::Section { section, .. } => (
                site.sections[section].lang.as_deref(),
                crate::view::alternates(site, None, Some(section)),
            ),
            Job::Group { section, .. } => (site.sections[section].lang.as_deref(), Vec::new()),
            _ => (None, Vec::new()),
        };
        let home = site
            .sections
            .iter()
            .position(|s| s.dir.is_empty() && s.lang.as_deref() == lang)
            .unwrap_or(site.home);
        let menu: Vec<crate::view::SectionRef> = site.sections[home]
            .subsections
            .iter()
            .map(|&i| crate::view::SectionRef::new(site, i))
            .collect();
        ctx.insert("menu", &menu);
        ctx.insert("home_url", &site.sections[home].permalink);
        ctx.insert("alternates", &alternates);
        if let Some(lang) = lang {
            ctx.insert("lang", lang);
            if let Some(strings) = self.strings.get(lang) {
                ctx.insert("i18n", strings);
            }
        }
        // The theme loads a shortcode's script (the video player) only
        // on pages that call it.
        let shortcodes = match job {
            Job::Page(i) => Some(&site.pages[i].content(site).shortcodes),
            Job::Section { section, .. } => Some(&site.sections[section].content.shortcodes),
            _ => None,
        };
        if let Some(names) = shortcodes {
            ctx.insert("shortcodes_used", names);
        }
        ctx.insert("social", &crate::seo::social(site, job));
        ctx.insert("json_ld", &crate::seo::json_ld(site, job, path));
        let own_feed = match job {
            Job::Section { section, .. } if site.sections[section].meta.feed => Some(FeedScope::Section(section)),
            Job::Term { taxonomy, term, .. }
                if site.config.feeds.taxonomies.contains(&site.taxonomies[taxonomy].name) =>
            {
                Some(FeedScope::Term(taxonomy, term))
            }
            _ => None,
        };
        if let Some(scope) = own_feed {
            ctx.insert("list_feeds", &feed_links(site, scope));
        }
        ctx
    }

    fn check_template(&self, name: &str, file: &std::path::Path) -> Result<(), Diagnostic> {
        if self.templates.contains(name) {
            return Ok(());
        }
        Err(Diagnostic::new(file, msg!("template-missing", name = name))
            .at(1, 1)
            .hint(msg!(
                "template-missing-hint",
                name = name,
                names = self.templates.names().collect::<Vec<_>>().join(", ")
            )))
    }

    fn write_html(
        &self,
        template: &str,
        ctx: &Context,
        path: &str,
        label: &str,
        out: &dyn Output,
    ) -> Result<(), Diagnostic> {
        let mut html = Vec::with_capacity(16 * 1024);
        self.templates
            .tera
            .render_to(template, ctx, &mut html)
            .map_err(|e| self.templates.error(&e, Some(label)))?;
        write(out, &output_path(path), &html)
    }

    fn write_redirect(&self, from: &str, to: &str, out: &dyn Output) -> Result<(), Diagnostic> {
        let mut url = String::new();
        let _ = pulldown_cmark_escape::escape_html(&mut url, to);
        let html = format!(
            "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{url}</title>\n<link rel=\"canonical\" href=\"{url}\">\n<meta name=\"robots\" content=\"noindex\">\n<meta http-equiv=\"refresh\" content=\"0; url={url}\">\n</head>\n<body>\n<p><a href=\"{url}\">{url}</a></p>\n</body>\n</html>\n",
            lang = self.site.config.language
        );
        write(out, &output_path(from), html.as_bytes())
    }

    /// For a list page, the date of its first entry as a key that sorts
    /// newer first (lists of undated entries last); `None` for an empty
    /// list and for other jobs.
    fn newest_shown(&self, job: Job) -> Option<std::cmp::Reverse<Option<chrono::DateTime<chrono::FixedOffset>>>> {
        let site = self.site;
        let (ids, per_page, pager) = match job {
            Job::Section { section, pager } => {
                let s = &site.sections[section];
                (&s.pages, s.paginate_by, pager)
            }
            Job::Term { taxonomy, term, pager } => (
                &site.taxonomies[taxonomy].terms[term].pages,
                site.config.paginate_by,
                pager,
            ),
            _ => return None,
        };
        let first = crate::plan::shown(ids, per_page, pager).first()?;
        Some(std::cmp::Reverse(
            site.pages[*first].meta.date.as_ref().map(|d| d.instant),
        ))
    }

    fn paginator(&self, ids: &[usize], per_page: usize, pager: usize, base: &str) -> Paginator<'_> {
        let count = pager_count(ids.len(), per_page);
        let url = |n: usize| format!("{}{}", self.site.config.base_url, pager_path(self.site, base, n));
        Paginator {
            current_index: pager,
            number_pagers: count,
            paginate_by: per_page,
            total_pages: ids.len(),
            pages: crate::plan::shown(ids, per_page, pager)
                .iter()
                .map(|&i| Listed {
                    site: self.site,
                    i,
                    pass: self.pass,
                })
                .collect(),
            first: url(1),
            last: url(count),
            previous: (pager > 1).then(|| url(pager - 1)),
            next: (pager < count).then(|| url(pager + 1)),
        }
    }
}

fn write(out: &dyn Output, rel: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
    out.write(rel, bytes).map_err(|e| {
        Diagnostic::new(
            rel,
            msg!("output-write-failed", reason = crate::diagnostic::io_reason(&e)),
        )
        .hint(msg!("output-write-failed-hint"))
    })
}
