//! Links in the rendered site: collected while pages render, then resolved
//! against the files the build produced and the ids each page has.

use crate::messages::msg;
use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::PathBuf;
use std::sync::Mutex;

use crate::content::Site;
use crate::diagnostic::{Diagnostic, Diagnostics, line_col};
use crate::emit::Output;

/// What the check keeps of each output file.
#[derive(Default)]
pub struct Rendered {
    /// Every output path.
    pub files: BTreeSet<String>,
    /// Per HTML file: the ids on it and the URLs it links (href and src).
    pub pages: BTreeMap<String, (BTreeSet<String>, Vec<String>)>,
}

/// An [`Output`] that keeps links and ids instead of bytes.
#[derive(Default)]
pub struct LinkCollector {
    rendered: Mutex<Rendered>,
}

impl LinkCollector {
    pub fn finish(self) -> Rendered {
        self.rendered.into_inner().unwrap_or_else(|p| p.into_inner())
    }
}

impl Output for LinkCollector {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let parsed = rel.ends_with(".html").then(|| {
            let html = String::from_utf8_lossy(bytes);
            (
                attribute_values(&html, " id=\"").into_iter().collect(),
                [attribute_values(&html, " href=\""), attribute_values(&html, " src=\"")].concat(),
            )
        });
        let mut r = self.rendered.lock().unwrap_or_else(|p| p.into_inner());
        r.files.insert(rel.to_string());
        if let Some(page) = parsed {
            // A redirect page only points at its target.
            r.pages.insert(rel.to_string(), page);
        }
        Ok(())
    }
}

/// Every value of an attribute (`marker` is ` name="`), HTML-unescaped.
fn attribute_values(html: &str, marker: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(pos) = rest.find(marker) {
        let after = &rest[pos + marker.len()..];
        let end = after.find('"').unwrap_or(after.len());
        out.push(
            after[..end]
                .replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#x27;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">"),
        );
        rest = &after[end..];
    }
    out
}

/// Where a link points inside the site: (output file, anchor).
fn resolve(
    site: &Site,
    from_rel: &str,
    url: &str,
    files: &BTreeSet<String>,
) -> Option<Option<(String, Option<String>)>> {
    let base = &site.config.base_url;
    let lower = url.to_ascii_lowercase();
    if ["mailto:", "tel:", "sms:", "javascript:", "data:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return None;
    }
    let local = if let Some(rest) = url.strip_prefix(base.as_str()) {
        if rest.is_empty() {
            "/".to_string()
        } else {
            rest.to_string()
        }
    } else if url.contains("://") || url.starts_with("//") {
        return None; // another site
    } else {
        url.to_string()
    };
    let (path, anchor) = match local.split_once('#') {
        Some((p, a)) => (p.to_string(), Some(a.to_string())),
        None => (local, None),
    };
    let path = path.split('?').next().unwrap_or_default().to_string();
    let joined = if path.is_empty() {
        from_rel.to_string()
    } else if let Some(abs) = path.strip_prefix('/') {
        abs.to_string()
    } else {
        let dir = from_rel.rsplit_once('/').map_or("", |(d, _)| d);
        crate::urls::normalize_path(&format!("{dir}/{path}"))
    };
    let candidates = [
        joined.clone(),
        format!(
            "{}index.html",
            if joined.is_empty() || joined.ends_with('/') {
                joined.clone()
            } else {
                format!("{joined}/")
            }
        ),
    ];
    let found = candidates
        .into_iter()
        .find(|c| files.contains(c.trim_start_matches('/')));
    Some(found.map(|f| (f.trim_start_matches('/').to_string(), anchor)))
}

/// The content file a rendered page comes from, and its text.
fn source_of<'a>(site: &'a Site, rel: &str) -> Option<(&'a PathBuf, &'a str)> {
    let url = format!("/{}", rel.trim_end_matches("index.html"));
    if let Some(p) = site.pages.iter().find(|p| p.path == url) {
        return Some((&p.source.path, &p.source.text));
    }
    site.sections
        .iter()
        .find(|s| s.path == url)
        .and_then(|s| s.source.as_ref())
        .map(|s| (&s.path, s.text.as_str()))
}

/// Internal links whose file or `#anchor` does not exist. A broken link
/// that templates put on many pages is reported once, with the count.
pub fn check_internal(site: &Site, rendered: &Rendered, out: &mut Diagnostics) {
    let mut from_templates: BTreeMap<(String, crate::messages::Message), (String, usize)> = BTreeMap::new();
    for (rel, (_, links)) in &rendered.pages {
        for url in links {
            let Some(target) = resolve(site, rel, url, &rendered.files) else {
                continue;
            };
            let problem = match &target {
                None => msg!("check-link-missing", url = url),
                Some((file, Some(anchor))) if !anchor.is_empty() => {
                    let ids = rendered.pages.get(file).map(|(ids, _)| ids);
                    if ids.is_some_and(|ids| ids.contains(anchor)) || !file.ends_with(".html") {
                        continue;
                    }
                    msg!("check-link-anchor-missing", url = url, anchor = anchor)
                }
                Some(_) => continue,
            };
            let written =
                source_of(site, rel).and_then(|(path, text)| text.find(url.as_str()).map(|at| (path, text, at)));
            match written {
                Some((path, text, at)) => {
                    let (line, col) = line_col(text, at);
                    out.push(
                        Diagnostic::new(path, problem)
                            .at(line, col)
                            .hint(msg!("check-link-missing-hint")),
                    );
                }
                None => {
                    let entry = from_templates
                        .entry((url.clone(), problem))
                        .or_insert_with(|| (rel.clone(), 0));
                    entry.1 += 1;
                }
            }
        }
    }
    for ((_, problem), (first, count)) in from_templates {
        let message = if count > 1 {
            msg!("check-link-on-many-pages", problem = problem, others = count - 1)
        } else {
            problem
        };
        out.push(Diagnostic::new(format!("public/{first}"), message).hint(msg!("check-link-from-template-hint")));
    }
}

/// Files of page bundles that no page links to.
pub fn unlinked_bundle_files(site: &Site, rendered: &Rendered, out: &mut Diagnostics) {
    let mut linked: BTreeSet<String> = BTreeSet::new();
    for (rel, (_, links)) in &rendered.pages {
        for url in links {
            if let Some(Some((file, _))) = resolve(site, rel, url, &rendered.files) {
                linked.insert(file);
            }
        }
    }
    for page in &site.pages {
        for asset in &page.assets {
            let rel = format!(
                "{}{}",
                crate::emit::output_path(&page.path).trim_end_matches("index.html"),
                asset.rel
            );
            if !linked.contains(&rel) {
                out.push(
                    Diagnostic::new(
                        &asset.source,
                        msg!("check-bundle-file-unlinked", bundle = &page.source.rel),
                    )
                    .hint(msg!("check-bundle-file-unlinked-hint", file = &asset.rel))
                    .warning(),
                );
            }
        }
    }
    // A photo is linked when one of its versions is.
    for picture in site.pictures.iter().filter(|p| p.problem.is_none()) {
        let Some(bundle) = &picture.bundle else { continue };
        let widths = crate::pictures::widths(picture, &site.config.images);
        let linked_version = widths.iter().any(|&w| {
            [crate::images::Format::Webp, picture.fallback]
                .iter()
                .any(|&f| linked.contains(&crate::emit::output_path(&crate::pictures::version_url(picture, w, f))))
        });
        if !linked_version {
            let name = picture.url.rsplit('/').next().unwrap_or(&picture.url);
            out.push(
                Diagnostic::new(&picture.source, msg!("check-bundle-file-unlinked", bundle = bundle))
                    .hint(msg!("check-bundle-photo-unlinked-hint", file = name))
                    .warning(),
            );
        }
    }
}

/// Links to other sites, each with the first content file (or page) using it.
pub fn external_links(site: &Site, rendered: &Rendered) -> BTreeMap<String, (PathBuf, usize, usize)> {
    let mut out = BTreeMap::new();
    for (rel, (_, links)) in &rendered.pages {
        for raw in links {
            let Some(url) = crate::urls::external_url(raw, &site.config.base_url) else {
                continue;
            };
            if out.contains_key(&url) {
                continue;
            }
            let place = source_of(site, rel)
                .and_then(|(path, text)| text.find(raw.as_str()).map(|at| (path.clone(), line_col(text, at))))
                .map(|(p, (l, c))| (p, l, c))
                .unwrap_or_else(|| (PathBuf::from(format!("public/{rel}")), 0, 0));
            out.insert(url.clone(), place);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn attributes_are_found_and_unescaped() {
        let html = r#"<a href="/a?b=1&amp;c=2">x</a><img src="anh.jpg" alt=""><h2 id="muc">"#;
        assert_eq!(attribute_values(html, " href=\""), ["/a?b=1&c=2"]);
        assert_eq!(attribute_values(html, " src=\""), ["anh.jpg"]);
        assert_eq!(attribute_values(html, " id=\""), ["muc"]);
    }

    #[test]
    fn paths_normalize() {
        assert_eq!(crate::urls::normalize_path("tin-tuc/bai/../khac/"), "tin-tuc/khac/");
        assert_eq!(crate::urls::normalize_path("a/./b"), "a/b");
    }
}
