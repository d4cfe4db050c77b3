//! Writing a build so that the output changes only when it all succeeded.
//!
//! Nothing under the output's file names changes until the whole build has
//! succeeded; if it fails, what was written is removed and the previous
//! output is byte-for-byte what it was.
//!
//! - With no previous output, everything goes into a staging folder beside
//!   the output (same file system), renamed into place at the end.
//! - Otherwise each file is compared with its previous version. A file whose
//!   bytes are the same is not written at all, so it keeps its modification
//!   time (static hosts and rsync see it as unchanged). A changed file is
//!   written next to the old one under a hidden temporary name (rsync's
//!   way: no new folders to create, which is the slow part on a big site),
//!   or into the staging folder when its folder is new. At the end they are
//!   renamed over the old versions, and files no longer produced are removed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use walkdir::WalkDir;

use super::Output;
use crate::diagnostic::Diagnostic;

/// Marks a folder as keng's output, so keng never empties a folder it did not make.
pub const MARKER: &str = ".keng-output";

pub struct StagedDir {
    output: PathBuf,
    staging: PathBuf,
    /// There is no previous output to compare with.
    fresh: bool,
    state: Mutex<State>,
    committed: bool,
}

#[derive(Default)]
struct State {
    produced: BTreeSet<String>,
    /// Files that differ from the previous output, and where they wait.
    changed: BTreeMap<String, Waiting>,
}

/// Where a changed file waits for the commit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Waiting {
    /// In the staging folder, under its own path.
    Staged,
    /// Beside its previous version, under a hidden temporary name.
    Beside,
}

/// What a commit did.
#[derive(Debug, Default, Clone, Copy)]
pub struct CommitStats {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
}

impl StagedDir {
    /// Prepares an empty staging folder for `output`.
    pub fn create(output: &Path) -> Result<StagedDir, Diagnostic> {
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                Diagnostic::new(output, "the output path must name a folder")
                    .hint("pass --output public or another folder name")
            })?;
        let parent = match output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut fresh = true;
        if output.exists() {
            if !output.is_dir() {
                return Err(Diagnostic::new(output, "the output path exists and is not a folder")
                    .hint("remove it or choose another --output"));
            }
            let empty = fs::read_dir(output)
                .map(|mut d| d.next().is_none())
                .map_err(|e| Diagnostic::io(output, &e))?;
            if !empty && !output.join(MARKER).exists() {
                return Err(Diagnostic::new(output, "the output folder already holds files that keng did not write; keng removes files it no longer produces")
                    .hint("empty the folder yourself or choose another --output"));
            }
            fresh = empty;
        }
        fs::create_dir_all(&parent).map_err(|e| Diagnostic::io(&parent, &e))?;
        let staging = parent.join(format!(".{name}.keng-staging"));
        if staging.exists() {
            fs::remove_dir_all(&staging).map_err(|e| Diagnostic::io(&staging, &e))?;
        }
        fs::create_dir_all(&staging).map_err(|e| Diagnostic::io(&staging, &e))?;
        let staged = StagedDir {
            output: output.to_path_buf(),
            staging,
            fresh,
            state: Mutex::new(State::default()),
            committed: false,
        };
        staged
            .write(
                MARKER,
                b"This folder is written by keng build, which removes files it no longer produces.\n",
            )
            .map_err(|e| Diagnostic::io(&staged.staging, &e))?;
        Ok(staged)
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Moves the build into the output folder.
    pub fn commit(mut self) -> Result<CommitStats, Diagnostic> {
        let state = std::mem::take(&mut *self.state());
        let mut stats = CommitStats {
            written: state.changed.len(),
            unchanged: state.produced.len() - state.changed.len(),
            removed: 0,
        };
        if self.fresh {
            if self.output.exists() {
                fs::remove_dir(&self.output).map_err(|e| Diagnostic::io(&self.output, &e))?;
            }
            fs::rename(&self.staging, &self.output).map_err(|e| Diagnostic::io(&self.output, &e))?;
            self.committed = true;
            return Ok(stats);
        }
        // Files live in different folders, so their moves can run side by side.
        state.changed.par_iter().try_for_each(|(rel, waiting)| match waiting {
            Waiting::Staged => self.move_into_output(rel),
            Waiting::Beside => {
                let target = self.output.join(rel);
                fs::rename(temporary_beside(&target), &target).map_err(|e| Diagnostic::io(&target, &e))
            }
        })?;
        self.committed = true;
        stats.removed = remove_stale(&self.output, &state.produced)?;
        fs::remove_dir_all(&self.staging).map_err(|e| Diagnostic::io(&self.staging, &e))?;
        Ok(stats)
    }
}

impl StagedDir {
    /// Where a changed file is written while the build runs.
    fn waiting_path(&self, rel: &str, waiting: Waiting) -> PathBuf {
        match waiting {
            Waiting::Staged => self.staging.join(rel),
            Waiting::Beside => temporary_beside(&self.output.join(rel)),
        }
    }

    /// Moves one changed file from staging over its previous version.
    fn move_into_output(&self, rel: &String) -> Result<(), Diagnostic> {
        let target = self.output.join(rel);
        if let Some(dir) = target.parent() {
            // A folder may stand where a file was, or the other way round.
            if dir.is_file() {
                fs::remove_file(dir).map_err(|e| Diagnostic::io(dir, &e))?;
            }
            fs::create_dir_all(dir).map_err(|e| Diagnostic::io(dir, &e))?;
        }
        if target.is_dir() {
            fs::remove_dir_all(&target).map_err(|e| Diagnostic::io(&target, &e))?;
        }
        fs::rename(self.staging.join(rel), &target).map_err(|e| Diagnostic::io(&target, &e))
    }
}

/// Removes files of `output` that are not in `produced`, then the folders
/// that left empty.
fn remove_stale(output: &Path, produced: &BTreeSet<String>) -> Result<usize, Diagnostic> {
    let mut removed = 0;
    let mut dirs = Vec::new();
    for entry in WalkDir::new(output).min_depth(1) {
        let entry = entry.map_err(|e| Diagnostic::new(output, format!("cannot clean the output folder: {e}")))?;
        let path = entry.path();
        if entry.file_type().is_dir() {
            dirs.push(path.to_path_buf());
            continue;
        }
        let rel = path.strip_prefix(output).unwrap_or(path);
        let rel = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if !produced.contains(&rel) {
            fs::remove_file(path).map_err(|e| Diagnostic::io(path, &e))?;
            removed += 1;
        }
    }
    if removed > 0 {
        // Deepest first, so a parent is emptied before it is looked at.
        for dir in dirs.iter().rev() {
            if fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none()) {
                fs::remove_dir(dir).map_err(|e| Diagnostic::io(dir, &e))?;
            }
        }
    }
    Ok(removed)
}

/// `dir/.name.keng-tmp` for `dir/name`.
fn temporary_beside(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.keng-tmp"))
}

impl Drop for StagedDir {
    /// A build that did not commit leaves nothing behind.
    fn drop(&mut self) {
        if !self.committed {
            let state = std::mem::take(&mut *self.state());
            for (rel, waiting) in state.changed {
                if waiting == Waiting::Beside {
                    let _ = fs::remove_file(self.waiting_path(&rel, waiting));
                }
            }
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

impl Output for StagedDir {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let previous = self.output.join(rel);
        let unchanged = !self.fresh && same_bytes(&previous, bytes);
        let beside_possible = !self.fresh && previous.parent().is_some_and(Path::is_dir) && !previous.is_dir();
        let waiting = if beside_possible {
            Waiting::Beside
        } else {
            Waiting::Staged
        };
        {
            let mut state = self.state();
            state.produced.insert(rel.to_string());
            if unchanged {
                // A later write of the same path (a page over a static file) wins.
                if let Some(earlier) = state.changed.remove(rel) {
                    fs::remove_file(self.waiting_path(rel, earlier))?;
                }
                return Ok(());
            }
            state.changed.insert(rel.to_string(), waiting);
        }
        let target = self.waiting_path(rel, waiting);
        if waiting == Waiting::Staged {
            if let Some(dir) = target.parent() {
                fs::create_dir_all(dir)?;
            }
        }
        fs::write(&target, bytes)
    }
}

fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => fs::read(path).is_ok_and(|old| old == bytes),
        _ => false,
    }
}
