//! Stage 3c, render: turn the site graph into HTML files.
//!
//! The work is split into [`Job`]s, one per output page, planned up front
//! and rendered in parallel. A job knows exactly which part of the graph it
//! shows, so `keng serve` can re-run only the jobs a change touches.

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};

use crate::content::Site;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::emit::{Output, output_path};
use crate::feeds::{self, FeedScope};
use crate::resolve::alias_path;
use crate::templates::Templates;
use crate::view::{PageView, Paginator, SectionView, ancestors};

/// One page of output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Job {
    Page(usize),
    /// Page `pager` (1-based) of a section's list.
    Section {
        section: usize,
        pager: usize,
    },
    TaxonomyList(usize),
    Term {
        taxonomy: usize,
        term: usize,
        pager: usize,
    },
    /// The page of a warning-sign category: group `group` of a sign section.
    Group {
        section: usize,
        group: usize,
    },
    /// Redirect from the page's `aliases[index]`.
    Alias {
        page: usize,
        index: usize,
    },
    NotFound,
    /// Atom and RSS feeds of the site, a section or a term.
    Feed(FeedScope),
    /// The CAP 1.2 file of an alert entry.
    Cap(usize),
    /// The Atom index of an alert section's alerts in force.
    CapIndex(usize),
    /// The search page and its index.
    Search,
    Sitemap,
    Robots,
    /// `_redirects` for static hosts, from the aliases.
    Redirects,
}

/// Every job of a full build.
pub fn plan(site: &Site) -> Vec<Job> {
    let mut jobs: Vec<Job> = (0..site.pages.len()).map(Job::Page).collect();
    for (i, section) in site.sections.iter().enumerate() {
        for pager in 1..=pager_count(section.pages.len(), section.paginate_by) {
            jobs.push(Job::Section { section: i, pager });
        }
    }
    for (i, section) in site.sections.iter().enumerate() {
        if section.meta.kind.as_deref() == Some("sign") {
            let groups = crate::derive::signs_by_category(site, &section.pages).len();
            jobs.extend((0..groups).map(|group| Job::Group { section: i, group }));
        }
    }
    for (t, tax) in site.taxonomies.iter().enumerate() {
        jobs.push(Job::TaxonomyList(t));
        for (k, term) in tax.terms.iter().enumerate() {
            for pager in 1..=pager_count(term.pages.len(), site.config.paginate_by) {
                jobs.push(Job::Term {
                    taxonomy: t,
                    term: k,
                    pager,
                });
            }
        }
    }
    for (i, page) in site.pages.iter().enumerate() {
        jobs.extend((0..page.meta.aliases.len()).map(|index| Job::Alias { page: i, index }));
    }
    jobs.push(Job::NotFound);
    if site.config.feeds.atom || site.config.feeds.rss {
        jobs.extend(feeds::scopes(site).into_iter().map(Job::Feed));
    }
    for (i, page) in site.pages.iter().enumerate() {
        if matches!(page.entry, Some(crate::kinds::Entry::Alert(_))) {
            jobs.push(Job::Cap(i));
        }
    }
    for (i, section) in site.sections.iter().enumerate() {
        if section.meta.kind.as_deref() == Some("alert") {
            jobs.push(Job::CapIndex(i));
        }
    }
    jobs.push(Job::Search);
    jobs.push(Job::Sitemap);
    jobs.push(Job::Robots);
    if site.pages.iter().any(|p| !p.meta.aliases.is_empty()) {
        jobs.push(Job::Redirects);
    }
    jobs
}

/// The entries list page `pager` shows.
fn shown(ids: &[usize], per_page: usize, pager: usize) -> &[usize] {
    if per_page == 0 {
        return ids;
    }
    let start = ((pager - 1) * per_page).min(ids.len());
    &ids[start..(start + per_page).min(ids.len())]
}

/// `<link rel="alternate">` values of a feed.
#[derive(Serialize)]
pub struct FeedLink {
    pub title: String,
    pub href: String,
    pub media_type: &'static str,
}

pub fn feed_links(site: &Site, scope: FeedScope) -> Vec<FeedLink> {
    let list = format!("{}{}", site.config.base_url, feeds::list_path(site, scope));
    let title = feeds::title(site, scope);
    let mut links = Vec::new();
    if site.config.feeds.atom {
        links.push(FeedLink {
            title: format!("{title} (Atom)"),
            href: format!("{list}{}", feeds::atom::FILE),
            media_type: "application/atom+xml",
        });
    }
    if site.config.feeds.rss {
        links.push(FeedLink {
            title: format!("{title} (RSS)"),
            href: format!("{list}{}", feeds::rss::FILE),
            media_type: "application/rss+xml",
        });
    }
    links
}

/// URL path of list page `pager` of a list at `base`: `/tin-tuc/trang/2/`.
pub fn pager_path(site: &Site, base: &str, pager: usize) -> String {
    if pager <= 1 {
        base.to_string()
    } else {
        format!("{base}{}/{pager}/", site.config.paginate_path)
    }
}

/// The HTML page a job writes, with when its content last changed; `None`
/// for redirects, the 404 page and files that are not HTML.
pub fn html_page(site: &Site, job: Job) -> Option<(String, Option<DateTime<FixedOffset>>)> {
    let newest = |ids: &[usize]| ids.iter().filter_map(|&p| feeds::updated(&site.pages[p])).max();
    match job {
        Job::Page(i) => Some((site.pages[i].path.clone(), feeds::updated(&site.pages[i]))),
        Job::Section { section, pager } => {
            let s = &site.sections[section];
            Some((
                pager_path(site, &s.path, pager),
                newest(shown(&s.pages, s.paginate_by, pager)),
            ))
        }
        Job::Group { section, group } => {
            let s = &site.sections[section];
            let g = crate::derive::signs_by_category(site, &s.pages)
                .into_iter()
                .nth(group)?;
            Some((crate::view::group_path(&s.path, &g.slug), newest(&g.pages)))
        }
        Job::TaxonomyList(t) => {
            let all: Vec<usize> = site.taxonomies[t]
                .terms
                .iter()
                .flat_map(|term| term.pages.iter().copied())
                .collect();
            Some((site.taxonomies[t].path.clone(), newest(&all)))
        }
        Job::Term { taxonomy, term, pager } => {
            let term = &site.taxonomies[taxonomy].terms[term];
            Some((
                pager_path(site, &term.path, pager),
                newest(shown(&term.pages, site.config.paginate_by, pager)),
            ))
        }
        Job::Search => Some((crate::search::PAGE_PATH.to_string(), None)),
        _ => None,
    }
}

/// Number of list pages for `len` entries; always at least one.
pub fn pager_count(len: usize, per_page: usize) -> usize {
    if per_page == 0 {
        1
    } else {
        len.div_ceil(per_page).max(1)
    }
}

pub struct Renderer<'a> {
    pub site: &'a Site,
    pub templates: &'a Templates,
    pub progress: Option<&'a crate::Progress>,
    /// Interface strings of each translation language.
    pub strings: &'a BTreeMap<String, serde_json::Value>,
}

impl Renderer<'_> {
    /// Renders `jobs` in parallel into `out`. Template errors that many pages
    /// share are reported once, with the number of pages they hit.
    pub fn render_all(&self, jobs: &[Job], out: &dyn Output) -> Result<(), Diagnostics> {
        let done = std::sync::atomic::AtomicUsize::new(0);
        let failures: Vec<Diagnostic> = jobs
            .par_iter()
            .filter_map(|job| {
                let result = self.render(*job, out).err();
                if let Some(progress) = self.progress {
                    (progress.0)(done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1, jobs.len());
                }
                result
            })
            .collect();
        let mut errors = Diagnostics::default();
        let mut grouped: Vec<(Diagnostic, usize)> = Vec::new();
        for d in failures {
            let key = |x: &Diagnostic| {
                (
                    x.path.clone(),
                    x.line,
                    x.col,
                    x.message.split(" (while rendering").next().map(str::to_string),
                )
            };
            match grouped.iter_mut().find(|(g, _)| key(g) == key(&d)) {
                Some((_, n)) => *n += 1,
                None => grouped.push((d, 0)),
            }
        }
        for (mut d, others) in grouped {
            if others > 0 {
                d.message.push_str(&format!(" and {others} other page(s)"));
            }
            errors.push(d);
        }
        errors.into_result(())
    }

    pub fn render(&self, job: Job, out: &dyn Output) -> Result<(), Diagnostic> {
        let site = self.site;
        match job {
            Job::Page(i) => {
                let page = &site.pages[i];
                let section = &site.sections[page.section];
                let kind_template = page
                    .kind
                    .as_ref()
                    .map(|k| format!("{k}.html"))
                    .filter(|t| self.templates.contains(t));
                let template = page
                    .meta
                    .template
                    .as_deref()
                    .or(section.meta.page_template.as_deref())
                    .or(kind_template.as_deref())
                    .unwrap_or("page.html");
                let mut ctx = self.context(job, &page.path);
                ctx.insert("page", &PageView::full(site, i));
                ctx.insert("ancestors", &ancestors(site, Some(page.section)));
                let label = page.source.path.display().to_string();
                self.check_template(template, &page.source.path)?;
                self.write_html(template, &ctx, &page.path, &label, out)?;
                for asset in &page.assets {
                    let bytes = std::fs::read(&asset.source).map_err(|e| Diagnostic::io(&asset.source, &e))?;
                    write(
                        out,
                        &format!(
                            "{}{}",
                            output_path(&page.path).trim_end_matches("index.html"),
                            asset.rel
                        ),
                        &bytes,
                    )?;
                }
                Ok(())
            }
            Job::Section { section: i, pager } => {
                let section = &site.sections[i];
                let base = &section.path;
                let paginated = section.paginate_by > 0;
                let view = SectionView::new(site, i, if paginated { None } else { Some(&section.pages) });
                let path = pager_path(self.site, base, pager);
                let mut ctx = self.context(job, &path);
                ctx.insert("section", &view);
                ctx.insert("ancestors", &ancestors(site, section.parent));
                if paginated {
                    ctx.insert(
                        "paginator",
                        &self.paginator(&section.pages, section.paginate_by, pager, base),
                    );
                }
                let kind_template = section
                    .meta
                    .kind
                    .as_ref()
                    .map(|k| format!("{k}_section.html"))
                    .filter(|t| self.templates.contains(t));
                let default = if i == site.home {
                    "index.html"
                } else {
                    kind_template.as_deref().unwrap_or("section.html")
                };
                let template = section.meta.template.as_deref().unwrap_or(default);
                let label = section.file_label();
                self.check_template(template, std::path::Path::new(&label))?;
                self.write_html(template, &ctx, &path, &label, out)?;
                if paginated && pager == 1 && !section.pages.is_empty() {
                    self.write_redirect(
                        &format!("{base}{}/1/", site.config.paginate_path),
                        &section.permalink,
                        out,
                    )?;
                }
                Ok(())
            }
            Job::TaxonomyList(t) => {
                let tax = &site.taxonomies[t];
                let mut ctx = self.context(job, &tax.path);
                ctx.insert("taxonomy", &TaxonomyView::new(site, t, true));
                self.write_html(
                    "taxonomy_list.html",
                    &ctx,
                    &tax.path,
                    &format!("taxonomy `{}`", tax.name),
                    out,
                )
            }
            Job::Term {
                taxonomy: t,
                term: k,
                pager,
            } => {
                let tax = &site.taxonomies[t];
                let term = &tax.terms[k];
                let path = pager_path(self.site, &term.path, pager);
                let mut ctx = self.context(job, &path);
                ctx.insert("taxonomy", &TaxonomyView::new(site, t, false));
                ctx.insert(
                    "term",
                    &TermView {
                        name: &term.name,
                        slug: &term.slug,
                        permalink: &term.permalink,
                        page_count: term.pages.len(),
                    },
                );
                let per_page = site.config.paginate_by;
                if per_page > 0 {
                    ctx.insert("paginator", &self.paginator(&term.pages, per_page, pager, &term.path));
                } else {
                    let pages: Vec<PageView> = term.pages.iter().map(|&p| PageView::summary(site, p)).collect();
                    ctx.insert("pages", &pages);
                }
                let label = format!("term \"{}\" of taxonomy `{}`", term.name, tax.name);
                self.write_html("taxonomy_single.html", &ctx, &path, &label, out)?;
                if per_page > 0 && pager == 1 {
                    self.write_redirect(
                        &format!("{}{}/1/", term.path, site.config.paginate_path),
                        &term.permalink,
                        out,
                    )?;
                }
                Ok(())
            }
            Job::Group { section: i, group } => {
                let section = &site.sections[i];
                let Some(g) = crate::derive::signs_by_category(site, &section.pages)
                    .into_iter()
                    .nth(group)
                else {
                    return Ok(());
                };
                let path = crate::view::group_path(&section.path, &g.slug);
                let mut ctx = self.context(job, &path);
                ctx.insert("section", &SectionView::new(site, i, None));
                ctx.insert("ancestors", &ancestors(site, Some(i)));
                let permalink = format!("{}{path}", site.config.base_url);
                ctx.insert("group", &crate::view::GroupView::new(site, g, Some(permalink)));
                self.write_html("sign_category.html", &ctx, &path, &section.file_label(), out)
            }
            Job::Alias { page, index } => {
                let p = &site.pages[page];
                self.write_redirect(&alias_path(&p.meta.aliases[index]), &p.permalink, out)
            }
            Job::NotFound => {
                let ctx = self.context(job, "/404.html");
                self.write_html("404.html", &ctx, "/404.html", "the 404 page", out)
            }
            Job::Feed(scope) => {
                let dir = output_path(feeds::list_path(site, scope))
                    .trim_end_matches("index.html")
                    .to_string();
                if site.config.feeds.atom {
                    write(
                        out,
                        &format!("{dir}{}", feeds::atom::FILE),
                        &feeds::atom::write(site, scope),
                    )?;
                }
                if site.config.feeds.rss {
                    write(
                        out,
                        &format!("{dir}{}", feeds::rss::FILE),
                        &feeds::rss::write(site, scope),
                    )?;
                }
                Ok(())
            }
            Job::Cap(i) => match feeds::cap::write(site, i) {
                Some(xml) => write(out, &output_path(&feeds::cap::path(site, i)), &xml),
                None => Ok(()),
            },
            Job::CapIndex(s) => write(
                out,
                &output_path(&feeds::cap::index_path(site, s)),
                &feeds::cap::write_index(site, s),
            ),
            Job::Search => {
                let ctx = self.context(job, crate::search::PAGE_PATH);
                self.write_html("search.html", &ctx, crate::search::PAGE_PATH, "the search page", out)?;
                for (path, bytes) in crate::search::build_index(site) {
                    write(out, &path, &bytes)?;
                }
                Ok(())
            }
            Job::Sitemap => {
                let pages: Vec<_> = plan(site).into_iter().filter_map(|j| html_page(site, j)).collect();
                for (path, bytes) in feeds::sitemap::write(site, &pages) {
                    write(out, &path, &bytes)?;
                }
                Ok(())
            }
            Job::Robots => {
                let ctx = Context::new();
                let mut text = Vec::new();
                self.templates
                    .tera
                    .render_to("robots.txt", &ctx, &mut text)
                    .map_err(|e| self.templates.error(&e, Some("robots.txt")))?;
                write(out, "robots.txt", &text)
            }
            Job::Redirects => {
                let mut lines = String::from(
                    "# Redirects from old URLs (front matter `aliases`), for static hosts that read this file.\n",
                );
                for page in &site.pages {
                    for alias in page.meta.aliases.iter().filter(|a| crate::resolve::alias_is_safe(a)) {
                        lines.push_str(&format!("{} {} 301\n", alias_path(alias), page.path));
                    }
                }
                write(out, "_redirects", lines.as_bytes())
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
        Err(Diagnostic::new(file, format!("template `{name}` does not exist"))
            .at(1, 1)
            .hint(format!(
                "put {name} in templates/, or use one of: {}",
                self.templates.names().collect::<Vec<_>>().join(", ")
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

    fn paginator(&self, ids: &[usize], per_page: usize, pager: usize, base: &str) -> Paginator<'_> {
        let count = pager_count(ids.len(), per_page);
        let url = |n: usize| format!("{}{}", self.site.config.base_url, pager_path(self.site, base, n));
        Paginator {
            current_index: pager,
            number_pagers: count,
            paginate_by: per_page,
            total_pages: ids.len(),
            pages: shown(ids, per_page, pager)
                .iter()
                .map(|&p| PageView::summary(self.site, p))
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
        Diagnostic::new(rel, format!("cannot write this output file: {e}"))
            .hint("check that the output folder is writable and the disk is not full")
    })
}

#[derive(Serialize)]
struct TermView<'a> {
    name: &'a str,
    slug: &'a str,
    permalink: &'a str,
    page_count: usize,
}

#[derive(Serialize)]
struct TaxonomyView<'a> {
    name: &'a str,
    permalink: &'a str,
    /// Present on the taxonomy's list page only.
    #[serde(skip_serializing_if = "Option::is_none")]
    terms: Option<Vec<TermView<'a>>>,
}

impl<'a> TaxonomyView<'a> {
    fn new(site: &'a Site, t: usize, with_terms: bool) -> Self {
        let tax = &site.taxonomies[t];
        TaxonomyView {
            name: &tax.name,
            permalink: &tax.permalink,
            terms: with_terms.then(|| {
                tax.terms
                    .iter()
                    .map(|term| TermView {
                        name: &term.name,
                        slug: &term.slug,
                        permalink: &term.permalink,
                        page_count: term.pages.len(),
                    })
                    .collect()
            }),
        }
    }
}
