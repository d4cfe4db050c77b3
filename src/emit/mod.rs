//! Stage 4, emit: where rendered files go.
//!
//! Every stage writes through [`Output`]. A build writes into a
//! [`StagedDir`], a fresh folder beside the real output that replaces it only
//! when the whole build succeeded; serve (and tests) can write into a
//! [`MemoryOutput`] instead.

mod record;
mod staged;
mod static_files;

use crate::messages::msg;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::diagnostic::Diagnostic;

pub use record::BuildRecord;
pub use staged::{CommitStats, MARKER, StagedDir};
pub use static_files::{
    StaticSource, collect as collect_static, fingerprinted_names, is_fingerprinted, published_paths, unfingerprinted,
};

/// A place that receives the files of a build.
pub trait Output: Sync {
    /// Writes one file; `rel` is `/`-separated, relative to the output root.
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()>;
}

/// Keeps the output in memory, keyed by path.
#[derive(Default)]
pub struct MemoryOutput {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemoryOutput {
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files.into_inner().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Output for MemoryOutput {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let mut files = self.files.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        files.insert(rel.to_string(), bytes.to_vec());
        Ok(())
    }
}

/// The file a URL path is served from: `/tin-tuc/bai/` → `tin-tuc/bai/index.html`.
pub fn output_path(url_path: &str) -> String {
    let trimmed = url_path.trim_start_matches('/');
    if trimmed.is_empty() {
        "index.html".to_string()
    } else if trimmed.ends_with('/') {
        format!("{trimmed}index.html")
    } else {
        trimmed.to_string()
    }
}

/// `path` made absolute, with what exists of it resolved (symlinks, `..`)
/// and the rest kept as written.
pub fn resolved(p: &Path) -> PathBuf {
    let p = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(p)
    };
    // Resolve what exists, keep the rest as written.
    let mut existing = p.clone();
    let mut tail = Vec::new();
    while !existing.exists() {
        match (existing.file_name().map(|n| n.to_os_string()), existing.parent()) {
            (Some(name), Some(parent)) => {
                tail.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut resolved = existing.canonicalize().unwrap_or(existing);
    for part in tail.into_iter().rev() {
        resolved.push(part);
    }
    resolved
}

/// Refuses output folders whose replacement would destroy the site itself.
pub fn check_output_location(root: &Path, output: &Path) -> Result<(), Diagnostic> {
    let (root, out) = (resolved(root), resolved(output));
    let protected = ["content", "templates", "static", "themes"].map(|d| root.join(d));
    if root.starts_with(&out) || protected.iter().any(|p| out.starts_with(p)) {
        return Err(Diagnostic::new(output, msg!("emit-output-is-site")).hint(msg!("emit-output-is-site-hint")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pretty_urls_map_to_index_files() {
        assert_eq!(output_path("/"), "index.html");
        assert_eq!(output_path("/tin-tuc/bai/"), "tin-tuc/bai/index.html");
        assert_eq!(output_path("/cu.html"), "cu.html");
    }
}
