//! Writing a build into a staging folder and swapping it in.
//!
//! The staging folder sits beside the output folder (same file system, so
//! the swap is two renames). A file whose bytes equal the previous build's
//! is hard-linked from it, so it keeps its modification time and static
//! hosts and rsync see it as unchanged. Files the build no longer produces
//! are gone after the swap. If the build fails, the staging folder is
//! removed and the previous output is untouched.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use super::Output;
use crate::diagnostic::Diagnostic;

/// Marks a folder as keng's output, so keng never replaces a folder it did not make.
pub const MARKER: &str = ".keng-output";

pub struct StagedDir {
    output: PathBuf,
    staging: PathBuf,
    old: PathBuf,
    pub written: AtomicUsize,
    pub unchanged: AtomicUsize,
    committed: bool,
}

impl StagedDir {
    /// Prepares an empty staging folder for `output`.
    pub fn create(output: &Path) -> Result<StagedDir, Diagnostic> {
        let name = output.file_name().map(|n| n.to_string_lossy().into_owned()).ok_or_else(|| {
            Diagnostic::new(output, "the output path must name a folder").hint("pass --output public or another folder name")
        })?;
        let parent = output.parent().map(Path::to_path_buf).unwrap_or_default();
        let parent = if parent.as_os_str().is_empty() { PathBuf::from(".") } else { parent };
        if output.exists() {
            if !output.is_dir() {
                return Err(Diagnostic::new(output, "the output path exists and is not a folder").hint("remove it or choose another --output"));
            }
            let empty = fs::read_dir(output).map(|mut d| d.next().is_none()).unwrap_or(false);
            if !empty && !output.join(MARKER).exists() {
                return Err(Diagnostic::new(output, "the output folder already holds files that keng did not write; keng replaces its output folder as a whole")
                    .hint("remove the folder's contents yourself or choose another --output"));
            }
        }
        fs::create_dir_all(&parent).map_err(|e| Diagnostic::io(&parent, &e))?;
        let staging = parent.join(format!(".{name}.keng-staging"));
        let old = parent.join(format!(".{name}.keng-old"));
        for leftover in [&staging, &old] {
            if leftover.exists() {
                fs::remove_dir_all(leftover).map_err(|e| Diagnostic::io(leftover, &e))?;
            }
        }
        fs::create_dir_all(&staging).map_err(|e| Diagnostic::io(&staging, &e))?;
        fs::write(staging.join(MARKER), b"This folder is written by keng build. It is replaced as a whole on each build.\n")
            .map_err(|e| Diagnostic::io(&staging, &e))?;
        Ok(StagedDir { output: output.to_path_buf(), staging, old, written: AtomicUsize::new(0), unchanged: AtomicUsize::new(0), committed: false })
    }

    /// Replaces the output folder with the staging folder.
    pub fn commit(mut self) -> Result<(), Diagnostic> {
        if self.output.exists() {
            fs::rename(&self.output, &self.old).map_err(|e| Diagnostic::io(&self.output, &e))?;
            if let Err(e) = fs::rename(&self.staging, &self.output) {
                // Put the previous output back before reporting.
                let _ = fs::rename(&self.old, &self.output);
                return Err(Diagnostic::io(&self.output, &e));
            }
            self.committed = true;
            fs::remove_dir_all(&self.old).map_err(|e| Diagnostic::io(&self.old, &e))?;
        } else {
            fs::rename(&self.staging, &self.output).map_err(|e| Diagnostic::io(&self.output, &e))?;
            self.committed = true;
        }
        Ok(())
    }
}

impl Drop for StagedDir {
    /// A build that did not commit leaves nothing behind.
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

impl Output for StagedDir {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let target = self.staging.join(rel);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir)?;
        }
        let previous = self.output.join(rel);
        if same_bytes(&previous, bytes) && fs::hard_link(&previous, &target).is_ok() {
            self.unchanged.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        if target.exists() {
            // A later writer of the same path wins (pages over static files).
            fs::remove_file(&target)?;
        }
        fs::write(&target, bytes)?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => fs::read(path).is_ok_and(|old| old == bytes),
        _ => false,
    }
}
