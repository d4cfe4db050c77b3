//! Stage 2, resolve: turn loaded files into the site graph.
//!
//! Gives every section and entry its slug and URL, attaches entries to their
//! sections in display order, builds the taxonomies, and refuses two things
//! that would be written to the same URL.

mod taxonomies;

use std::collections::BTreeMap;

use crate::config::Config;
use crate::content::{Page, Section, SectionMeta, Site, SortBy};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{Loaded, new_section};
use crate::slugs::{slugify, slugify_dir};

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
    add_translated_sections(&mut sections, &pages);
    sections.sort_by(|a, b| (&a.lang, &a.dir).cmp(&(&b.lang, &b.dir)));
    pages.sort_by(|a, b| a.source.rel.cmp(&b.source.rel));
    let section_by_key: BTreeMap<(Option<String>, String), usize> = sections
        .iter()
        .enumerate()
        .map(|(i, s)| ((s.lang.clone(), s.dir.clone()), i))
        .collect();
    let home = section_by_key[&(None, String::new())];

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
            !crate::kinds::governing(&config, section.meta.kind.as_deref()).is_some_and(|k| k.is_news());
        let default_per_page = if lists_everything { 0 } else { config.paginate_by };
        section.paginate_by = section.meta.paginate_by.unwrap_or(default_per_page);
        if !section.dir.is_empty() {
            section.parent = Some(nearest_section(
                &section_by_key,
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

    for (i, page) in pages.iter_mut().enumerate() {
        let wanted = page.meta.slug.as_deref().unwrap_or(&page.stem);
        page.slug = slugify(wanted);
        if page.slug.is_empty() {
            errors.push(
                Diagnostic::new(
                    &page.source.path,
                    format!("cannot make a URL from \"{wanted}\": it has no letters or digits"),
                )
                .at(1, 1)
                .hint("rename the file or set slug = \"ten-bai\" in the front matter"),
            );
        }
        page.path = format!(
            "{}{}",
            lang_prefix(page.lang.as_deref()),
            url_path(&slugify_dir(&page.dir), &page.slug)
        );
        page.permalink = format!("{}{}", config.base_url, page.path);
        page.section = nearest_section(&section_by_key, page.lang.as_deref(), &page.dir);
        sections[page.section].pages.push(i);
    }

    for section in &mut sections {
        sort_pages(&mut section.pages, &pages, section.meta.sort_by);
    }
    // Sub-sections in weight order, then by folder.
    let order: Vec<(Option<i64>, String)> = sections.iter().map(|s| (s.meta.weight, s.dir.clone())).collect();
    for section in &mut sections {
        section.subsections.sort_by(|&a, &b| {
            weight_key(order[a].0)
                .cmp(&weight_key(order[b].0))
                .then(order[a].1.cmp(&order[b].1))
        });
    }

    // Loose files keep their name under the section's (slugged) folder.
    for asset in &mut assets {
        let (dir, name) = asset.rel.rsplit_once('/').unwrap_or(("", &asset.rel));
        let dir = slugify_dir(dir);
        asset.rel = if dir.is_empty() {
            name.to_string()
        } else {
            format!("{dir}/{name}")
        };
    }

    link_translations(&mut sections, &mut pages);
    let taxonomies = taxonomies::build(&config, &mut pages);
    check_url_conflicts(&sections, &pages, &taxonomies, &mut errors);

    let page_by_rel: BTreeMap<String, usize> = pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.source.rel.clone(), i))
        .collect();
    for s in sections.iter_mut() {
        s.key = match (&s.source, &s.lang) {
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
        };
    }
    let section_by_rel = sections.iter().enumerate().map(|(i, s)| (s.key.clone(), i)).collect();
    crate::kinds::check_site(&config, &pages, &page_by_rel, &mut errors);
    errors.into_result(Site {
        config,
        sections,
        pages: pages.into_iter().map(std::sync::Arc::new).collect(),
        taxonomies,
        assets,
        page_by_rel,
        section_by_rel,
        home,
        now,
    })
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

fn parent_of(dir: &str) -> &str {
    dir.rsplit_once('/').map_or("", |(p, _)| p)
}

/// The section of folder `dir` in language `lang`, or of its closest
/// ancestor that has one (every language has a home section).
fn nearest_section(by_key: &BTreeMap<(Option<String>, String), usize>, lang: Option<&str>, mut dir: &str) -> usize {
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

/// Gives each translation language the sections its entries need: the
/// folders of its entries and every folder above them up to its home. A
/// folder without `_index.LANG.md` gets a copy of the site-language section
/// (same title, kind and settings) in that language.
fn add_translated_sections(sections: &mut Vec<Section>, pages: &[Page]) {
    let mut wanted: Vec<(String, String)> = Vec::new();
    let mut want = |lang: &str, mut dir: &str| loop {
        let key = (lang.to_string(), dir.to_string());
        if !wanted.contains(&key) {
            wanted.push(key);
        }
        if dir.is_empty() {
            break;
        }
        dir = parent_of(dir);
    };
    for p in pages {
        if let Some(lang) = &p.lang {
            want(lang, &p.dir);
        }
    }
    for s in sections.iter() {
        if let Some(lang) = &s.lang {
            want(lang, &s.dir);
        }
    }
    for (lang, dir) in wanted {
        if sections
            .iter()
            .any(|s| s.lang.as_deref() == Some(lang.as_str()) && s.dir == dir)
        {
            continue;
        }
        // Only folders that are sections in the site's language become sections.
        let Some(original) = sections.iter().find(|s| s.lang.is_none() && s.dir == dir) else {
            continue;
        };
        let mut copy = new_section(None, original.meta.clone(), dir.clone());
        copy.lang = Some(lang.clone());
        sections.push(copy);
    }
    // A translated `_index.LANG.md` that names no kind has its original's.
    let kinds: Vec<(String, Option<String>)> = sections
        .iter()
        .filter(|s| s.lang.is_none())
        .map(|s| (s.dir.clone(), s.meta.kind.clone()))
        .collect();
    for s in sections
        .iter_mut()
        .filter(|s| s.lang.is_some() && s.meta.kind.is_none())
    {
        s.meta.kind = kinds.iter().find(|(d, _)| *d == s.dir).and_then(|(_, k)| k.clone());
    }
    // Every language with content has a home.
    let langs: Vec<String> = sections.iter().filter_map(|s| s.lang.clone()).collect();
    for lang in langs {
        if !sections
            .iter()
            .any(|s| s.lang.as_deref() == Some(lang.as_str()) && s.dir.is_empty())
        {
            let mut home = new_section(None, SectionMeta::default(), String::new());
            home.lang = Some(lang);
            sections.push(home);
        }
    }
}

/// Links each page and section to its versions in the other languages.
fn link_translations(sections: &mut [Section], pages: &mut [Page]) {
    let mut groups: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        groups.entry((p.dir.clone(), p.stem.clone())).or_default().push(i);
    }
    for ids in groups.values().filter(|ids| ids.len() > 1) {
        for &i in ids {
            pages[i].translations = ids.iter().copied().filter(|&j| j != i).collect();
        }
    }
    let mut by_dir: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, s) in sections.iter().enumerate() {
        by_dir.entry(s.dir.clone()).or_default().push(i);
    }
    for ids in by_dir.values().filter(|ids| ids.len() > 1) {
        for &i in ids {
            sections[i].translations = ids.iter().copied().filter(|&j| j != i).collect();
        }
    }
}

fn weight_key(w: Option<i64>) -> (bool, i64) {
    (w.is_none(), w.unwrap_or(0))
}

/// Orders a section's entries; ties fall back to the source path, so the
/// order never depends on the file system.
pub fn sort_pages<P: std::borrow::Borrow<Page>>(ids: &mut [usize], pages: &[P], sort_by: SortBy) {
    let page = |i: usize| -> &Page { pages[i].borrow() };
    match sort_by {
        SortBy::Date => ids.sort_by(|&a, &b| {
            let (pa, pb) = (page(a), page(b));
            let da = pa.meta.date.as_ref().map(|d| d.instant);
            let db = pb.meta.date.as_ref().map(|d| d.instant);
            // Newest first, undated last.
            db.cmp(&da).then_with(|| pa.source.rel.cmp(&pb.source.rel))
        }),
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

/// Every URL must come from one file only.
fn check_url_conflicts(
    sections: &[Section],
    pages: &[Page],
    taxonomies: &[crate::content::Taxonomy],
    errors: &mut Diagnostics,
) {
    let mut owners: BTreeMap<String, String> = BTreeMap::new();
    let mut claim = |url: String, owner: String, errors: &mut Diagnostics, path: &std::path::Path| {
        if let Some(first) = owners.get(&url) {
            errors.push(
                Diagnostic::new(
                    path,
                    format!("the URL {url} is produced both by {first} and by {owner}"),
                )
                .hint("give one of them another file name, or set a different slug = \"...\" in its front matter"),
            );
        } else {
            owners.insert(url, owner);
        }
    };
    for s in sections {
        let label = s.file_label();
        claim(s.path.clone(), label.clone(), errors, std::path::Path::new(&label));
    }
    for t in taxonomies {
        claim(
            t.path.clone(),
            format!("taxonomy `{}` of site.toml", t.name),
            errors,
            std::path::Path::new("site.toml"),
        );
    }
    for p in pages {
        let label = p.source.path.display().to_string();
        claim(p.path.clone(), label.clone(), errors, &p.source.path);
        for alias in &p.meta.aliases {
            if !alias_is_safe(alias) {
                let (line, col) = p.source.key_position("aliases");
                errors.push(
                    Diagnostic::new(&p.source.path, format!("alias {alias:?} is not a new path inside the site"))
                        .at(line, col)
                        .hint("write the old address as a path from the site root, e.g. aliases = [\"/tin-tuc/bai-cu/\"]; no spaces, .., hidden names, backslashes, addresses of other sites or files keng writes itself (_redirects, sitemap.xml, …)"),
                );
                continue;
            }
            claim(alias_path(alias), format!("{label} (alias)"), errors, &p.source.path);
        }
    }
}

/// Files keng writes at the root of the output, which an alias folder must
/// not replace.
const GENERATED_ROOT_FILES: &[&str] = &[
    "_redirects",
    "robots.txt",
    "sitemap.xml",
    "atom.xml",
    "rss.xml",
    "feed.json",
    "404.html",
    "index.html",
    "search.js",
    "style.css",
];

/// An alias may only name a new place inside the output folder: no way
/// out, no spaces or line breaks (they would break `_redirects` lines), no
/// hidden names, nothing keng generates itself.
pub fn alias_is_safe(alias: &str) -> bool {
    let path = alias.trim_matches('/');
    let parts: Vec<&str> = path.split('/').collect();
    !path.is_empty()
        && !alias.chars().any(|c| c.is_whitespace() || c.is_control())
        && !alias.contains(['\\', ':', '?', '#'])
        && parts.iter().all(|part| !part.is_empty() && !part.starts_with('.'))
        && !GENERATED_ROOT_FILES.contains(&parts[0])
}

/// Normalises an alias from front matter to a URL path: `/cu/bai/` or `/cu.html`.
pub fn alias_path(alias: &str) -> String {
    let trimmed = alias.trim().trim_start_matches('/');
    if trimmed.ends_with(".html") || trimmed.ends_with('/') || trimmed.is_empty() {
        format!("/{trimmed}")
    } else {
        format!("/{trimmed}/")
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

    #[test]
    fn unsafe_aliases_are_refused() {
        for bad in [
            "/cu bai/",
            "/cu\tbai/",
            "/cu\r\n/ 301",
            "/_redirects",
            "/.keng-output",
            "/sitemap.xml/x",
            "/a/.an/",
            "../../etc/x",
            "/a/../../b",
            "C:\\x",
            "https://x.vn/a",
            "/",
            "",
        ] {
            assert!(!alias_is_safe(bad), "{bad}");
        }
        assert!(alias_is_safe("/tin-tuc/bai-cu/"));
        assert!(alias_is_safe("cu.html"));
    }

    #[test]
    fn alias_paths() {
        assert_eq!(alias_path("cu/bai"), "/cu/bai/");
        assert_eq!(alias_path("/cu/bai.html"), "/cu/bai.html");
    }
}
