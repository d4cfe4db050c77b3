//! Stage 4, emit: where rendered files go.
//!
//! Every stage writes through [`Output`]. A build writes into a
//! [`StagedDir`], a fresh folder beside the real output that replaces it only
//! when the whole build succeeded; serve (and tests) can write into a
//! [`MemoryOutput`] instead.

mod staged;
mod static_files;

use std::collections::BTreeMap;
use std::io;
use std::sync::Mutex;

pub use staged::{CommitStats, MARKER, StagedDir};
pub use static_files::{StaticSource, collect as collect_static, fingerprints};

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
