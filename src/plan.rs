//! The render plan: every output of a build as a [`Job`], planned up front
//! from the site graph, and what each job shows.
//!
//! `render` renders jobs, `seo` describes the page a job writes, and `keng
//! serve` asks [`dependents`] which jobs an edited entry touches. A job
//! knows exactly which part of the graph it shows.

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::content::Site;
use crate::outputs::{FORMATS, Target};
pub use crate::outputs::{HtmlPage, Shows};

/// One output page, or one set of files of an output format.
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
    /// The page of group `group` of a kind section (a warning-sign category).
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
    /// The search page and its index.
    Search,
    /// The files of output format `FORMATS[format]` for `target`.
    Output {
        format: usize,
        target: Target,
    },
}

/// Every job of a full build.
pub fn plan(site: &Site) -> Vec<Job> {
    let mut jobs: Vec<Job> = (0..site.pages.len()).map(Job::Page).collect();
    for (i, section) in site.sections.iter().enumerate() {
        for pager in 1..=pager_count(section.pages.len(), section.paginate_by) {
            jobs.push(Job::Section { section: i, pager });
        }
    }
    for i in 0..site.sections.len() {
        jobs.extend((0..group_pages(site, i).len()).map(|group| Job::Group { section: i, group }));
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
    jobs.push(Job::Search);
    for (format, f) in FORMATS.iter().enumerate() {
        jobs.extend(f.targets(site).into_iter().map(|target| Job::Output { format, target }));
    }
    jobs
}

/// The groups of a section that have pages of their own (its kind's).
pub fn group_pages(site: &Site, section: usize) -> Vec<crate::kinds::Group> {
    crate::kinds::of_section(site, section).map_or_else(Vec::new, |k| k.group_pages(site, section))
}

/// The entries list page `pager` shows.
pub fn shown(ids: &[usize], per_page: usize, pager: usize) -> &[usize] {
    if per_page == 0 {
        return ids;
    }
    let start = ((pager - 1) * per_page).min(ids.len());
    &ids[start..(start + per_page).min(ids.len())]
}

/// Number of list pages for `len` entries; always at least one.
pub fn pager_count(len: usize, per_page: usize) -> usize {
    if per_page == 0 {
        1
    } else {
        len.div_ceil(per_page).max(1)
    }
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
pub fn html_page(site: &Site, job: Job) -> Option<HtmlPage> {
    let newest = |ids: &[usize]| ids.iter().filter_map(|&p| site.pages[p].updated()).max();
    match job {
        Job::Page(i) => Some((site.pages[i].path.clone(), site.pages[i].updated())),
        Job::Section { section, pager } => {
            let s = &site.sections[section];
            Some((
                pager_path(site, &s.path, pager),
                newest(shown(&s.pages, s.paginate_by, pager)),
            ))
        }
        Job::Group { section, group } => {
            let g = group_pages(site, section).into_iter().nth(group)?;
            Some((
                crate::view::group_path(&site.sections[section].path, &g.slug),
                newest(&g.pages),
            ))
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

/// Every HTML page of a full build (for the sitemap).
pub fn html_pages(site: &Site) -> Vec<HtmlPage> {
    plan(site).into_iter().filter_map(|j| html_page(site, j)).collect()
}

/// What `job` shows of the site's entries.
pub fn shows(site: &Site, job: Job) -> Shows<'_> {
    match job {
        Job::Page(i) => Shows::Entry(i),
        Job::Section { section, .. } if section == site.home => Shows::Everything,
        Job::Section { section, pager } => {
            let s = &site.sections[section];
            Shows::Listed(Cow::Borrowed(shown(&s.pages, s.paginate_by, pager)))
        }
        Job::Group { section, group } => Shows::Listed(Cow::Owned(
            group_pages(site, section)
                .into_iter()
                .nth(group)
                .map(|g| g.pages)
                .unwrap_or_default(),
        )),
        Job::TaxonomyList(t) => Shows::Listed(Cow::Owned(
            site.taxonomies[t]
                .terms
                .iter()
                .flat_map(|term| term.pages.iter().copied())
                .collect(),
        )),
        Job::Term { taxonomy, term, pager } => {
            let pages = &site.taxonomies[taxonomy].terms[term].pages;
            Shows::Listed(Cow::Borrowed(shown(pages, site.config.paginate_by, pager)))
        }
        Job::Output { format, target } => FORMATS[format].shows(site, target),
        // The search index is rebuilt whole by the full build that follows
        // every quick update in `keng serve`.
        Job::Alias { .. } | Job::NotFound | Job::Search => Shows::Nothing,
    }
}

/// The jobs of `after` to render again when entry `changed` of `before`
/// became the one of `after`: those that show it whole, and, when how it
/// is listed changed (`listing_changed`), those that list it or whose list
/// changed, and those that show everything.
pub fn dependents(before: &Site, after: &Site, changed: usize, listing_changed: bool) -> Vec<Job> {
    let jobs = plan(after);
    let old_jobs: BTreeSet<Job> = if listing_changed {
        plan(before).into_iter().collect()
    } else {
        BTreeSet::new()
    };
    jobs.into_iter()
        .filter(|&job| {
            let now = shows(after, job);
            let (ids, whole): (&[usize], bool) = match &now {
                Shows::Entry(i) => return *i == changed,
                Shows::Everything => return listing_changed,
                Shows::Nothing => return false,
                // A body edit changes no list.
                Shows::Listed(_) if !listing_changed => return false,
                Shows::Listed(ids) => (ids, false),
                Shows::Whole(ids) => (ids, true),
            };
            if ids.contains(&changed) && (whole || listing_changed) {
                return true;
            }
            listing_changed && (!old_jobs.contains(&job) || shows(before, job) != now)
        })
        .collect()
}
