//! Taxonomies (tags, categories, …): collect the terms entries use.

use std::collections::{BTreeMap, HashMap};

use crate::config::Config;
use crate::content::{Page, SortBy, Taxonomy, Term};
use crate::slugs::slugify;

use super::{sort_pages, url_path};

/// Builds every taxonomy and records on each page the terms it belongs to.
pub fn build(config: &Config, pages: &mut [Page]) -> Vec<Taxonomy> {
    // Entries share few term names: each is made a slug once (10,000
    // articles name a term 50,000 times).
    let mut slugs: HashMap<String, String> = HashMap::new();
    for page in pages.iter() {
        for name in page.meta.taxonomies.values().flatten() {
            if !slugs.contains_key(name) {
                slugs.insert(name.clone(), slugify(name));
            }
        }
    }
    let taxonomies = collect(config, pages, &slugs);
    // Each page's terms by taxonomy, then in front matter order.
    for page in pages.iter_mut().filter(|p| p.lang.is_none()) {
        let file = std::sync::Arc::clone(&page.file);
        for (t, tax) in taxonomies.iter().enumerate() {
            for name in file.meta.taxonomies.get(&tax.name).into_iter().flatten() {
                let slug = slug_of(&slugs, name);
                // Terms are sorted by slug (`collect`).
                let Ok(k) = tax.terms.binary_search_by(|term| term.slug.as_str().cmp(slug)) else {
                    continue;
                };
                if !page.terms.contains(&(t, k)) {
                    page.terms.push((t, k));
                }
            }
        }
    }
    taxonomies
}

/// The slug of a term name, from the names collected in `build`.
fn slug_of<'a>(slugs: &'a HashMap<String, String>, name: &str) -> &'a str {
    slugs.get(name).map_or("", String::as_str)
}

fn collect(config: &Config, pages: &[Page], slugs: &HashMap<String, String>) -> Vec<Taxonomy> {
    config
        .taxonomies
        .iter()
        .map(|name| {
            let tax_slug = slugify(name);
            let path = url_path(&tax_slug, "");
            let mut terms: BTreeMap<String, Term> = BTreeMap::new();
            // Taxonomies list the site's own language; translations link to them.
            for (i, page) in pages.iter().enumerate().filter(|(_, p)| p.lang.is_none()) {
                for term_name in page.meta.taxonomies.get(name).into_iter().flatten() {
                    let slug = slug_of(slugs, term_name);
                    if slug.is_empty() {
                        continue;
                    }
                    if !terms.contains_key(slug) {
                        let path = url_path(&tax_slug, slug);
                        let term = Term {
                            name: term_name.clone(),
                            permalink: format!("{}{}", config.base_url, path),
                            path,
                            slug: slug.to_string(),
                            pages: Vec::new(),
                        };
                        terms.insert(slug.to_string(), term);
                    }
                    let Some(term) = terms.get_mut(slug) else { continue };
                    if term.pages.last() != Some(&i) {
                        term.pages.push(i);
                    }
                }
            }
            let mut terms: Vec<Term> = terms.into_values().collect();
            for term in &mut terms {
                sort_pages(&mut term.pages, pages, SortBy::Date);
            }
            Taxonomy {
                name: name.clone(),
                permalink: format!("{}{}", config.base_url, path),
                path,
                terms,
            }
        })
        .collect()
}
