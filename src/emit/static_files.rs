//! Static files: the theme's `static/`, then the site's `static/` (the
//! site's file wins when both have the same path).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::diagnostic::{Diagnostic, Diagnostics};

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
pub fn collect(root: &Path, theme: Option<&str>) -> Result<BTreeMap<String, StaticSource>, Diagnostics> {
    let mut files = BTreeMap::new();
    for f in crate::theme::files("static") {
        files.insert(f.rel, StaticSource::Embedded(f.contents));
    }
    let mut errors = Diagnostics::default();
    let mut dirs = Vec::new();
    if let Some(name) = theme {
        dirs.push(root.join("themes").join(name).join("static"));
    }
    dirs.push(root.join("static"));
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        for entry in WalkDir::new(dir).follow_links(true).sort_by_file_name() {
            match entry {
                Ok(e) if e.file_type().is_file() && !crate::load::is_ignored(&e.file_name().to_string_lossy()) => {
                    let rel = e.path().strip_prefix(dir).unwrap_or(e.path());
                    let rel = rel
                        .components()
                        .map(|c| c.as_os_str().to_string_lossy())
                        .collect::<Vec<_>>()
                        .join("/");
                    files.insert(rel, StaticSource::File(e.path().to_path_buf()));
                }
                Ok(_) => {}
                Err(e) => errors.push(Diagnostic::new(
                    e.path().unwrap_or(dir),
                    format!("cannot read this static file: {e}"),
                )),
            }
        }
    }
    errors.into_result(files)
}
