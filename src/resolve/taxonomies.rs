//! Taxonomies (tags, categories, …): collect the terms entries use.

use std::collections::BTreeMap;

use crate::config::Config;
use crate::content::{Page, SortBy, Taxonomy, Term};
use crate::slugs::slugify;

use super::{sort_pages, url_path};

/// Builds every taxonomy and records on each page the terms it belongs to.
pub fn build(config: &Config, pages: &mut [Page]) -> Vec<Taxonomy> {
    let taxonomies = collect(config, pages);
    for (t, tax) in taxonomies.iter().enumerate() {
        for (k, term) in tax.terms.iter().enumerate() {
            for &p in &term.pages {
                pages[p].terms.push((t, k));
            }
        }
    }
    for page in pages.iter_mut() {
        // Front matter order within each taxonomy.
        let order = |(t, k): (usize, usize)| {
            let name = &taxonomies[t].name;
            let slug = &taxonomies[t].terms[k].slug;
            let pos = page
                .meta
                .taxonomies
                .get(name)
                .and_then(|terms| terms.iter().position(|n| slugify(n) == *slug));
            (t, pos.unwrap_or(usize::MAX))
        };
        page.terms.sort_by_cached_key(|&tk| order(tk));
    }
    taxonomies
}

fn collect(config: &Config, pages: &[Page]) -> Vec<Taxonomy> {
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
                    let slug = slugify(term_name);
                    if slug.is_empty() {
                        continue;
                    }
                    let term = terms.entry(slug.clone()).or_insert_with(|| {
                        let path = url_path(&tax_slug, &slug);
                        Term {
                            name: term_name.clone(),
                            permalink: format!("{}{}", config.base_url, path),
                            path,
                            slug,
                            pages: Vec::new(),
                        }
                    });
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
