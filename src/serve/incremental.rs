//! One edited entry, without a full build: the site graph with the new
//! version of the entry, and the jobs of the render plan that show what
//! changed (`plan::dependents`). `keng serve` renders those at once and
//! lets a full build catch up in the background.

use std::sync::Arc;

use crate::content::{Page, Site, SortBy};
use crate::diagnostic::Diagnostics;
use crate::plan::Job;

/// What an edit of one entry needs.
pub enum Update {
    /// A full build: the entry moved, appeared or vanished, changed its
    /// kind or headings, or is shown on every page.
    FullBuild,
    /// The new site graph, and the jobs to render for it.
    Jobs { site: Box<Site>, jobs: Vec<Job> },
    /// The entry has errors; the last good pages stay.
    Failed(Diagnostics),
}

/// Applies `page`, the new version of entry `i` of `site` as just loaded
/// from its file (no URL yet, no rendered body).
pub fn update(
    site: &Site,
    i: usize,
    mut page: Page,
    include_drafts: bool,
    library: &dyn crate::shortcodes::Library,
) -> Update {
    let old = &site.pages[i];
    let listing_same = same_listing(old, &page);
    // Where it lives, whether it is published, and entries in force (shown
    // on every page) need a full build.
    let moved = page.meta.draft != old.meta.draft
        || page.meta.slug != old.meta.slug
        || page.meta.aliases != old.meta.aliases
        || page.kind != old.kind
        || page.lang != old.lang;
    let site_wide = crate::kinds::of_page(&site.config, old).is_some_and(|k| k.in_force(old, &site.now).is_some());
    if page.meta.draft && !include_drafts || moved || (site_wide && !listing_same) {
        return Update::FullBuild;
    }
    page.slug = old.slug.clone();
    page.path = old.path.clone();
    page.permalink = old.permalink.clone();
    page.section = old.section;
    page.terms = old.terms.clone();
    page.translations = old.translations.clone();
    page.assets = old.assets.clone();
    // Shortcodes show other entries (a guide's card, hotlines, alerts):
    // pages that call them change with a kind entry.
    let shown_elsewhere = |p: &Arc<crate::content::Page>| {
        p.content(site)
            .shortcodes
            .iter()
            .any(|n| crate::shortcodes::builtin::SHOWS_OTHER_ENTRIES.contains(&n.as_str()))
    };
    if old.kind.is_some() && site.pages.iter().any(shown_elsewhere) {
        return Update::FullBuild;
    }
    let rendered = match crate::markdown::render_entry(site, &page, library) {
        Ok(r) => r,
        Err(e) => return Update::Failed(e),
    };
    // Other pages link to its headings.
    let old_content = old.content(site);
    if rendered.toc != old_content.toc {
        return Update::FullBuild;
    }
    let listing_changed = !listing_same || rendered.summary_html != old_content.summary_html;
    page.content = crate::content::Body::new(rendered.into());
    let mut updated = site.clone();
    if page.meta.taxonomies != old.meta.taxonomies {
        match retag(&mut updated, i, &page) {
            Some(terms) => page.terms = terms,
            None => return Update::FullBuild,
        }
    }
    let section = page.section;
    let terms: Vec<(usize, usize)> = old.terms.iter().chain(&page.terms).copied().collect();
    updated.pages[i] = Arc::new(page);
    if listing_changed {
        resort(&mut updated, section, &terms);
    }
    let jobs = crate::plan::dependents(site, &updated, i, listing_changed);
    Update::Jobs {
        site: Box::new(updated),
        jobs,
    }
}

/// The jobs that write the versions of the photo at `source` again, when
/// it was edited and is still a photo of the same size (the pages that
/// show it stay as they are); `None` when a full build is needed.
pub fn photo_jobs(site: &Site, source: &std::path::Path) -> Option<Vec<Job>> {
    let format = crate::outputs::FORMATS
        .iter()
        .position(|f| matches!(f, crate::outputs::Format::Files(f) if f.name == crate::pictures::OUTPUT_NAME))?;
    let shown: Vec<usize> = (0..site.pictures.len())
        .filter(|&i| site.pictures[i].source == source)
        .collect();
    let first = &site.pictures[*shown.first()?];
    let now = crate::pictures::measure(
        source.to_path_buf(),
        first.url.clone(),
        site.config.images.max_megapixels,
    );
    if now.problem.is_some() || (now.width, now.height, now.fallback) != (first.width, first.height, first.fallback) {
        return None;
    }
    Some(
        shown
            .into_iter()
            .map(|i| Job::Output {
                format,
                target: crate::outputs::Target::Picture(i),
            })
            .collect(),
    )
}

/// Sorts again the lists an edited entry is in: its section and its terms.
fn resort(site: &mut Site, section: usize, terms: &[(usize, usize)]) {
    let sort = site.sections[section].meta.sort_by;
    let mut ids = std::mem::take(&mut site.sections[section].pages);
    crate::resolve::sort_pages(&mut ids, &site.pages, sort);
    site.sections[section].pages = ids;
    for &(t, k) in terms {
        let mut ids = std::mem::take(&mut site.taxonomies[t].terms[k].pages);
        crate::resolve::sort_pages(&mut ids, &site.pages, SortBy::Date);
        site.taxonomies[t].terms[k].pages = ids;
    }
}

/// Moves entry `i` from its old terms to those of `page`, when all of them
/// already exist and none is left empty (otherwise term numbers would
/// shift and a full build is simpler). Returns the entry's new terms.
fn retag(site: &mut Site, i: usize, page: &Page) -> Option<Vec<(usize, usize)>> {
    let mut new_terms = Vec::new();
    for (t, tax) in site.taxonomies.iter().enumerate() {
        for name in page.meta.taxonomies.get(&tax.name).into_iter().flatten() {
            let slug = crate::slugs::slugify(name);
            let k = tax.terms.binary_search_by(|term| term.slug.cmp(&slug)).ok()?;
            if !new_terms.contains(&(t, k)) {
                new_terms.push((t, k));
            }
        }
    }
    let old_terms = site.pages[i].terms.clone();
    for &(t, k) in &old_terms {
        let term = &mut site.taxonomies[t].terms[k];
        term.pages.retain(|&p| p != i);
        if term.pages.is_empty() && !new_terms.contains(&(t, k)) {
            return None;
        }
    }
    for &(t, k) in &new_terms {
        site.taxonomies[t].terms[k].pages.push(i);
    }
    Some(new_terms)
}

/// Whether two versions of an entry look the same in every list, feed
/// summary, taxonomy and derived page: only its own page needs rendering.
fn same_listing(old: &Page, new: &Page) -> bool {
    let (a, b) = (&old.meta, &new.meta);
    a.title == b.title
        && a.date == b.date
        && a.updated == b.updated
        && a.draft == b.draft
        && a.summary == b.summary
        && a.slug == b.slug
        && a.template == b.template
        && a.weight == b.weight
        && a.aliases == b.aliases
        && a.taxonomies == b.taxonomies
        && a.extra == b.extra
        && old.kind == new.kind
        && old.data == new.data
        && old.lang == new.lang
}
