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

/// URLs of the stylesheets and scripts with a hash of their bytes
/// (`…/style.css?v=1a2b3c4d5e6f7a8b`), so hosts can let browsers cache them
/// for long: a changed file gets a new URL. Keyed by path: `asset["style.css"]`.
pub fn fingerprints(base_url: &str, files: &BTreeMap<String, StaticSource>) -> BTreeMap<String, String> {
    files
        .iter()
        .filter(|(rel, _)| rel.ends_with(".css") || rel.ends_with(".js"))
        .filter_map(|(rel, source)| {
            let bytes = source.read().ok()?;
            Some((rel.clone(), format!("{base_url}/{rel}?v={:016x}", fnv1a(&bytes))))
        })
        .collect()
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
    fn fingerprints_change_with_the_bytes() {
        let mut files = BTreeMap::new();
        files.insert("style.css".to_string(), StaticSource::Embedded(b"a{}"));
        files.insert("logo.png".to_string(), StaticSource::Embedded(b"png"));
        let a = fingerprints("https://e.vn", &files);
        assert_eq!(a.len(), 1, "only stylesheets and scripts");
        assert!(a["style.css"].starts_with("https://e.vn/style.css?v="));
        files.insert("style.css".to_string(), StaticSource::Embedded(b"b{}"));
        assert_ne!(fingerprints("https://e.vn", &files)["style.css"], a["style.css"]);
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
    }
}
