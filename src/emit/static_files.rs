//! Static files: the theme's `static/`, then the site's `static/` (the
//! site's file wins when both have the same path).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostics;

pub enum StaticSource {
    Embedded(&'static [u8]),
    File(PathBuf),
}

impl StaticSource {
    pub fn read(&self) -> std::io::Result<std::borrow::Cow<'static, [u8]>> {
        match self {
            StaticSource::Embedded(b) => Ok(std::borrow::Cow::Borrowed(b)),
            StaticSource::File(p) => std::fs::read(p).map(std::borrow::Cow::Owned),
        }
    }
}

/// Every static file by output path.
pub fn collect(
    root: &Path,
    theme: Option<&str>,
    allow_outside_links: bool,
) -> Result<BTreeMap<String, StaticSource>, Diagnostics> {
    let mut files = BTreeMap::new();
    for f in crate::theme::files("static") {
        files.insert(f.rel, StaticSource::Embedded(f.contents));
    }
    let mut errors = Diagnostics::default();
    let walk = crate::walk::Walk {
        site_root: root,
        allow_outside_links,
        skip_hidden_folders: false,
    };
    let mut dirs = Vec::new();
    if let Some(name) = theme {
        dirs.push(root.join("themes").join(name).join("static"));
    }
    dirs.push(root.join("static"));
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        for (path, rel) in walk.files(dir, &mut errors) {
            files.insert(rel, StaticSource::File(path));
        }
    }
    errors.into_result(files)
}

/// The names stylesheets and scripts are published under: a hash of their
/// bytes in the file name (`style.css` → `style.1a2b3c4d5e6f7a8b.css`), so a
/// changed file gets a new URL and hosts can let browsers and CDNs keep
/// each version for a year (`keng deploy` marks them immutable). Keyed by
/// path: templates write `asset["style.css"]`. A query string (`?v=`) would
/// do the same for browsers, but some caches ignore it.
pub fn fingerprinted_names(files: &BTreeMap<String, StaticSource>) -> BTreeMap<String, String> {
    files
        .iter()
        .filter(|(rel, _)| rel.ends_with(".css") || rel.ends_with(".js"))
        .filter_map(|(rel, source)| {
            let bytes = source.read().ok()?;
            let hash = format!("{:016x}", fnv1a(&bytes));
            let (stem, ext) = rel.rsplit_once('.')?;
            Some((rel.clone(), format!("{stem}.{hash}.{ext}")))
        })
        .collect()
}

/// Whether `rel` is a name [`fingerprinted_names`] gives: `NAME.<16 hex>.css|js`.
pub fn is_fingerprinted(rel: &str) -> bool {
    let Some((rest, ext)) = rel.rsplit_once('.') else {
        return false;
    };
    let Some((_, hash)) = rest.rsplit_once('.') else {
        return false;
    };
    matches!(ext, "css" | "js") && hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())
}

/// The name as written of a fingerprinted name: `style.<hash>.css` → `style.css`.
pub fn unfingerprinted(rel: &str) -> Option<String> {
    if !is_fingerprinted(rel) {
        return None;
    }
    let (rest, ext) = rel.rsplit_once('.')?;
    let (stem, _) = rest.rsplit_once('.')?;
    Some(format!("{stem}.{ext}"))
}

/// The paths a static file is written to: its fingerprinted name, and for
/// the site's and a theme folder's own stylesheets and scripts also the
/// name as written, since a site's templates may link those directly.
pub fn published_paths<'a>(rel: &'a str, source: &StaticSource, names: &'a BTreeMap<String, String>) -> Vec<&'a str> {
    match (names.get(rel), source) {
        (Some(name), StaticSource::Embedded(_)) => vec![name],
        (Some(name), StaticSource::File(_)) => vec![name, rel],
        (None, _) => vec![rel],
    }
}

/// FNV-1a, 64 bits: stable across builds and platforms, enough to tell versions apart.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_in_the_name_and_change_with_the_bytes() {
        let mut files = BTreeMap::new();
        files.insert("style.css".to_string(), StaticSource::Embedded(b"a{}"));
        files.insert("js/app.min.js".to_string(), StaticSource::Embedded(b"1"));
        files.insert("logo.png".to_string(), StaticSource::Embedded(b"png"));
        let a = fingerprinted_names(&files);
        assert_eq!(a.len(), 2, "only stylesheets and scripts");
        assert!(a["style.css"].starts_with("style.") && a["style.css"].ends_with(".css"));
        assert!(a["js/app.min.js"].starts_with("js/app.min."));
        assert!(is_fingerprinted(&a["style.css"]) && is_fingerprinted(&a["js/app.min.js"]));
        assert!(!is_fingerprinted("style.css") && !is_fingerprinted("a.0123456789abcdef.png"));
        assert_eq!(unfingerprinted(&a["js/app.min.js"]).as_deref(), Some("js/app.min.js"));
        assert_eq!(unfingerprinted("style.css"), None);
        files.insert("style.css".to_string(), StaticSource::Embedded(b"b{}"));
        assert_ne!(fingerprinted_names(&files)["style.css"], a["style.css"]);
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }

    #[test]
    fn a_sites_own_scripts_keep_their_plain_name_too() {
        let names = BTreeMap::from([("a.js".to_string(), "a.0123456789abcdef.js".to_string())]);
        let embedded = StaticSource::Embedded(b"1");
        let file = StaticSource::File(PathBuf::from("static/a.js"));
        assert_eq!(published_paths("a.js", &embedded, &names), ["a.0123456789abcdef.js"]);
        assert_eq!(
            published_paths("a.js", &file, &names),
            ["a.0123456789abcdef.js", "a.js"]
        );
        assert_eq!(published_paths("b.png", &file, &names), ["b.png"]);
    }
}
