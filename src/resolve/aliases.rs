//! Every URL from one file only, and aliases (old addresses of an entry)
//! that stay inside the site.

use crate::messages::{Arg, msg};
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

use crate::content::{Page, Section};
use crate::diagnostic::{Diagnostic, Diagnostics};

/// Who claims a URL first. Its label is only written when another file
/// claims the same URL.
#[derive(Clone, Copy)]
enum Owner {
    /// The search page keng writes itself.
    Search,
    Section(usize),
    Taxonomy(usize),
    Page(usize),
    Alias(usize),
}

/// Every URL must come from one file only.
pub(super) fn check_url_conflicts<'a>(
    sections: &'a [Section],
    pages: &'a [Page],
    taxonomies: &'a [crate::content::Taxonomy],
    errors: &mut Diagnostics,
) {
    let label = |owner: Owner| -> Arg {
        match owner {
            Owner::Search => msg!("resolve-owner-search").into(),
            Owner::Section(i) => sections[i].file_label().into(),
            Owner::Taxonomy(i) => msg!("resolve-owner-taxonomy", name = &taxonomies[i].name).into(),
            Owner::Page(i) => pages[i].source.path.display().to_string().into(),
            Owner::Alias(i) => msg!("resolve-owner-alias", file = pages[i].source.path.display().to_string()).into(),
        }
    };
    let aliases: usize = pages.iter().map(|p| p.meta.aliases.len()).sum();
    let urls = 1 + sections.len() + taxonomies.len() + pages.len() + aliases;
    let mut owners: HashMap<Cow<'a, str>, Owner> = HashMap::with_capacity_and_hasher(urls, Default::default());
    owners.insert(Cow::Borrowed(crate::urls::SEARCH_PAGE), Owner::Search);
    let mut claim = |url: Cow<'a, str>, owner: Owner, errors: &mut Diagnostics, path: &std::path::Path| {
        if let Some(&first) = owners.get(&url) {
            errors.push(
                Diagnostic::new(
                    path,
                    msg!(
                        "resolve-url-twice",
                        url = url.as_ref(),
                        first = label(first),
                        second = label(owner)
                    ),
                )
                .hint(msg!("resolve-url-twice-hint")),
            );
        } else {
            owners.insert(url, owner);
        }
    };
    for (i, s) in sections.iter().enumerate() {
        let file = s.file_label();
        claim(
            Cow::Borrowed(&s.path),
            Owner::Section(i),
            errors,
            std::path::Path::new(&file),
        );
    }
    for (i, t) in taxonomies.iter().enumerate() {
        claim(
            Cow::Borrowed(&t.path),
            Owner::Taxonomy(i),
            errors,
            std::path::Path::new("site.toml"),
        );
    }
    for (i, p) in pages.iter().enumerate() {
        claim(Cow::Borrowed(&p.path), Owner::Page(i), errors, &p.source.path);
        for alias in &p.meta.aliases {
            if !alias_is_safe(alias) {
                let (line, col) = p.source.key_position("aliases");
                errors.push(
                    Diagnostic::new(
                        &p.source.path,
                        msg!("resolve-alias-unsafe", alias = format!("{alias:?}")),
                    )
                    .at(line, col)
                    .hint(msg!("resolve-alias-unsafe-hint")),
                );
                continue;
            }
            claim(Cow::Owned(alias_path(alias)), Owner::Alias(i), errors, &p.source.path);
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
