//! Stage 2, resolve: turn loaded files into the site graph.
//!
//! Gives every section and entry its slug and URL, attaches entries to their
//! sections in display order, builds the taxonomies, and refuses two things
//! that would be written to the same URL.

mod aliases;
mod taxonomies;
mod translations;

pub use aliases::{alias_is_safe, alias_path};

use crate::messages::msg;
use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use crate::config::Config;
use crate::content::{Page, Section, SectionMeta, Site, SortBy};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{Loaded, new_section};
use crate::slugs::{slugify, slugify_dir};

/// Section folders by (language, folder).
type SectionKeys = BTreeMap<(Option<String>, String), usize>;

pub fn resolve(
    config: Config,
    loaded: Loaded,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Site, Diagnostics> {
    let Loaded {
        mut sections,
        mut pages,
        mut assets,
    } = loaded;
    let mut errors = Diagnostics::default();

    if !sections.iter().any(|s| s.dir.is_empty() && s.lang.is_none()) {
        sections.push(new_section(None, SectionMeta::default(), String::new()));
    }
    translations::add_sections(&mut sections, &pages);
    sections.sort_by(|a, b| (&a.lang, &a.dir).cmp(&(&b.lang, &b.dir)));
    // Source paths are unique, so an unstable sort gives the one order,
    // without a scratch copy of every entry.
    pages.sort_unstable_by(|a, b| a.source.rel.cmp(&b.source.rel));
    let section_by_key: SectionKeys = sections
        .iter()
        .enumerate()
        .map(|(i, s)| ((s.lang.clone(), s.dir.clone()), i))
        .collect();
    let home = section_by_key[&(None, String::new())];

    place_sections(&config, &mut sections, &section_by_key);
    place_pages(&config, &mut sections, &mut pages, &section_by_key, &mut errors);
    let ranks = date_ranks(&pages);
    order_lists(&mut sections, &pages, &ranks);
    place_assets(&mut assets);

    translations::link(&mut sections, &mut pages);
    let taxonomies = taxonomies::build(&config, &mut pages, &ranks);
    aliases::check_url_conflicts(&sections, &pages, &taxonomies, &mut errors);

    let page_by_rel: BTreeMap<String, usize> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.source.rel.clone(), i))
        .collect();
    for s in sections.iter_mut() {
        s.key = section_key(s);
    }
    let section_by_rel = sections.iter().enumerate().map(|(i, s)| (s.key.clone(), i)).collect();
    crate::kinds::check_site(&config, &pages, &page_by_rel, &mut errors);
    errors.into_result(Site {
        config,
        sections,
        pages: pages.into_iter().map(std::sync::Arc::new).collect(),
        taxonomies,
        assets,
        pictures: Vec::new(),
        picture_by_url: BTreeMap::new(),
        page_by_rel,
        section_by_rel,
        home,
        now,
        late_bodies: None,
    })
}

/// URLs of sections, their parents, and how many entries a list page shows.
fn place_sections(config: &Config, sections: &mut [Section], section_by_key: &SectionKeys) {
    for section in sections.iter_mut() {
        section.path = format!(
            "{}{}",
            lang_prefix(section.lang.as_deref()),
            url_path(&slugify_dir(&section.dir), "")
        );
        section.permalink = format!("{}{}", config.base_url, section.path);
        // Lists of a kind (other than news) show all their entries by default:
        // their pages group and total them.
        let lists_everything =
            !crate::kinds::governing(config, section.meta.kind.as_deref()).is_some_and(|k| k.is_news());
        let default_per_page = if lists_everything { 0 } else { config.paginate_by };
        section.paginate_by = section.meta.paginate_by.unwrap_or(default_per_page);
        if !section.dir.is_empty() {
            section.parent = Some(nearest_section(
                section_by_key,
                section.lang.as_deref(),
                parent_of(&section.dir),
            ));
        }
    }
    for i in 0..sections.len() {
        if let Some(parent) = sections[i].parent {
            sections[parent].subsections.push(i);
        }
    }
}

/// Slugs and URLs of entries, and the section each belongs to.
fn place_pages(
    config: &Config,
    sections: &mut [Section],
    pages: &mut [Page],
    section_by_key: &SectionKeys,
    errors: &mut Diagnostics,
) {
    let files: Vec<std::sync::Arc<crate::content::EntryFile>> =
        pages.iter().map(|p| std::sync::Arc::clone(&p.file)).collect();
    // Entries share few folders: each one's URL and section is found once.
    let mut folders: HashMap<(Option<&str>, &str), (String, usize)> = HashMap::default();
    for (i, (page, file)) in pages.iter_mut().zip(&files).enumerate() {
        let wanted = file.meta.slug.as_deref().unwrap_or(&file.stem);
        page.slug = slugify(wanted);
        if page.slug.is_empty() {
            errors.push(
                Diagnostic::new(&file.source.path, msg!("resolve-no-slug", wanted = wanted))
                    .at(1, 1)
                    .hint(msg!("resolve-no-slug-hint")),
            );
        }
        let (lang, dir) = (file.lang.as_deref(), file.dir.as_str());
        let (folder_path, section) = folders.entry((lang, dir)).or_insert_with(|| {
            let path = format!("{}{}", lang_prefix(lang), url_path(&slugify_dir(dir), ""));
            (path, nearest_section(section_by_key, lang, dir))
        });
        page.path = if page.slug.is_empty() {
            folder_path.clone()
        } else {
            format!("{folder_path}{}/", page.slug)
        };
        page.permalink = format!("{}{}", config.base_url, page.path);
        page.section = *section;
        sections[page.section].pages.push(i);
    }
}

/// Entries of each section in its order, sub-sections by weight, then by folder.
fn order_lists(sections: &mut [Section], pages: &[Page], ranks: &[u32]) {
    for section in sections.iter_mut() {
        match section.meta.sort_by {
            SortBy::Date => section.pages.sort_unstable_by_key(|&i| ranks[i]),
            other => sort_pages(&mut section.pages, pages, other),
        }
    }
    let order: Vec<(Option<i64>, String)> = sections.iter().map(|s| (s.meta.weight, s.dir.clone())).collect();
    for section in sections.iter_mut() {
        section.subsections.sort_by(|&a, &b| {
            weight_key(order[a].0)
                .cmp(&weight_key(order[b].0))
                .then(order[a].1.cmp(&order[b].1))
        });
    }
}

/// Loose files keep their name under the section's (slugged) folder.
fn place_assets(assets: &mut [crate::content::Asset]) {
    for asset in assets {
        let (dir, name) = asset.rel.rsplit_once('/').unwrap_or(("", &asset.rel));
        let dir = slugify_dir(dir);
        asset.rel = if dir.is_empty() {
            name.to_string()
        } else {
            format!("{dir}/{name}")
        };
    }
}

/// How `get_section` and `@/` links name a section: its `_index.md`, or
/// the one it would have.
fn section_key(s: &Section) -> String {
    match (&s.source, &s.lang) {
        (Some(src), _) => src.rel.clone(),
        (None, lang) => {
            let folder = if s.dir.is_empty() {
                String::new()
            } else {
                format!("{}/", s.dir)
            };
            let suffix = lang.as_ref().map(|l| format!(".{l}")).unwrap_or_default();
            format!("{folder}_index{suffix}.md")
        }
    }
}

/// `/dir/slug/`, `/dir/`, or `/` for empty parts.
pub fn url_path(dir: &str, slug: &str) -> String {
    let mut path = String::from("/");
    for part in [dir, slug] {
        if !part.is_empty() {
            path.push_str(part);
            path.push('/');
        }
    }
    path
}

pub(crate) fn parent_of(dir: &str) -> &str {
    dir.rsplit_once('/').map_or("", |(p, _)| p)
}

/// The section of folder `dir` in language `lang`, or of its closest
/// ancestor that has one (every language has a home section).
fn nearest_section(by_key: &SectionKeys, lang: Option<&str>, mut dir: &str) -> usize {
    let lang = lang.map(str::to_string);
    loop {
        if let Some(&i) = by_key.get(&(lang.clone(), dir.to_string())) {
            return i;
        }
        if dir.is_empty() {
            // Unreachable: add_translated_sections gives every language a home.
            return by_key.get(&(None, String::new())).copied().unwrap_or(0);
        }
        dir = parent_of(dir);
    }
}

/// `/en` for English pages, nothing for the site's own language.
pub fn lang_prefix(lang: Option<&str>) -> String {
    lang.map(|l| format!("/{l}")).unwrap_or_default()
}

fn weight_key(w: Option<i64>) -> (bool, i64) {
    (w.is_none(), w.unwrap_or(0))
}

/// Each entry's place in the order of [`newest_first`], for sorting lists
/// by a number instead of comparing entries. `pages` must be sorted by
/// source path (as `resolve` sorts them): then the index breaks ties.
fn date_ranks(pages: &[Page]) -> Vec<u32> {
    let dates: Vec<_> = pages.iter().map(|p| p.meta.date.as_ref().map(|d| d.instant)).collect();
    let mut order: Vec<usize> = (0..pages.len()).collect();
    order.sort_unstable_by(|&a, &b| dates[b].cmp(&dates[a]).then(a.cmp(&b)));
    let mut ranks = vec![0u32; pages.len()];
    for (rank, &i) in order.iter().enumerate() {
        ranks[i] = rank as u32;
    }
    ranks
}

/// Newest first, undated last; ties by source path (a total order).
pub fn newest_first(a: &Page, b: &Page) -> std::cmp::Ordering {
    let da = a.meta.date.as_ref().map(|d| d.instant);
    let db = b.meta.date.as_ref().map(|d| d.instant);
    db.cmp(&da).then_with(|| a.source.rel.cmp(&b.source.rel))
}

/// Orders a section's entries; ties fall back to the source path, so the
/// order never depends on the file system.
pub fn sort_pages<P: std::borrow::Borrow<Page>>(ids: &mut [usize], pages: &[P], sort_by: SortBy) {
    let page = |i: usize| -> &Page { pages[i].borrow() };
    match sort_by {
        SortBy::Date => ids.sort_by(|&a, &b| newest_first(page(a), page(b))),
        SortBy::Weight => ids.sort_by(|&a, &b| {
            weight_key(page(a).meta.weight)
                .cmp(&weight_key(page(b).meta.weight))
                .then_with(|| page(a).source.rel.cmp(&page(b).source.rel))
        }),
        SortBy::Title => ids.sort_by_cached_key(|&i| {
            (
                slugify(page(i).title()),
                page(i).title().to_string(),
                page(i).source.rel.clone(),
            )
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_paths() {
        assert_eq!(url_path("", ""), "/");
        assert_eq!(url_path("tin-tuc", ""), "/tin-tuc/");
        assert_eq!(url_path("tin-tuc", "bai"), "/tin-tuc/bai/");
        assert_eq!(url_path("", "gioi-thieu"), "/gioi-thieu/");
    }
}
