//! Taxonomies (tags, categories, …): collect the terms entries use.

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

use crate::config::Config;
use crate::content::{Page, Taxonomy, Term};
use crate::slugs::slugify;

use super::url_path;

/// Builds every taxonomy and records on each page the terms it belongs to.
/// `ranks`: each page's place newest first (see `resolve::date_ranks`).
pub fn build(config: &Config, pages: &mut [Page], ranks: &[u32]) -> Vec<Taxonomy> {
    // Entries share few term names: each is made a slug once (10,000
    // articles name a term 50,000 times).
    let mut slugs: HashMap<String, String> = HashMap::default();
    for page in pages.iter() {
        for name in page.meta.taxonomies.values().flatten() {
            if !slugs.contains_key(name) {
                slugs.insert(name.clone(), slugify(name));
            }
        }
    }
    let taxonomies = collect(config, pages, &slugs, ranks);
    // Each page's terms by taxonomy, then in front matter order.
    pages.par_iter_mut().filter(|p| p.lang.is_none()).for_each(|page| {
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
    });
    taxonomies
}

/// The slug of a term name, from the names collected in `build`.
fn slug_of<'a>(slugs: &'a HashMap<String, String>, name: &str) -> &'a str {
    slugs.get(name).map_or("", String::as_str)
}

fn collect(config: &Config, pages: &[Page], slugs: &HashMap<String, String>, ranks: &[u32]) -> Vec<Taxonomy> {
    config
        .taxonomies
        .par_iter()
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
                term.pages.sort_unstable_by_key(|&i| ranks[i]);
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
