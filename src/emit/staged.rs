//! Writing a build so that readers and crashes see the old output or the
//! new one, never a mix.
//!
//! The build writes a whole new tree into a folder beside the output
//! (`.NAME.keng-next`, same file system). A file whose bytes equal its
//! previous version is not written but hard-linked from the previous tree, so
//! it keeps its modification time (static hosts, rsync and `keng deploy` see
//! it as unchanged) and costs no copy. When everything succeeded, the two
//! folders are swapped in one atomic step (`renameat2(RENAME_EXCHANGE)` on
//! Linux) and the previous tree, now under the `keng-next` name, is deleted.
//!
//! So at every instant the output path names a complete tree; no temporary
//! file name ever appears inside it; a failed or killed build leaves the
//! previous output byte- and mtime-identical, and what it left beside the
//! output is removed by the next build.

use crate::messages::msg;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use super::Output;
use crate::diagnostic::Diagnostic;

/// Marks a folder as keng's output, so keng never empties a folder it did not make.
pub const MARKER: &str = ".keng-output";

type Produced = rustc_hash::FxHashMap<String, bool>;

pub struct StagedDir {
    output: PathBuf,
    /// The new tree while it is written; the previous one after the swap.
    next: PathBuf,
    /// The output holds a previous build to compare with and link from.
    previous: bool,
    /// Every file written, and whether its bytes differ from the previous
    /// output (hashed: ordered string keys that share long prefixes were
    /// slower to find, once or twice for each of 80,000 files).
    produced: Mutex<Produced>,
    committed: bool,
}

/// What a commit did.
#[derive(Debug, Default, Clone)]
pub struct CommitStats {
    pub written: usize,
    pub unchanged: usize,
    pub removed: usize,
    /// The previous tree could not be deleted after the swap; it waits here
    /// (the output itself is complete and new).
    pub left_behind: Option<Diagnostic>,
}

impl StagedDir {
    /// Prepares an empty folder for the new tree of `output`.
    pub fn create(output: &Path) -> Result<StagedDir, Diagnostic> {
        // A symlinked output is replaced where it points, not the link itself.
        let output = match fs::symlink_metadata(output) {
            Ok(m) if m.file_type().is_symlink() => fs::canonicalize(output).map_err(|e| Diagnostic::io(output, &e))?,
            _ => output.to_path_buf(),
        };
        let name = output
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .ok_or_else(|| {
                Diagnostic::new(&output, msg!("emit-output-not-named")).hint(msg!("emit-output-not-named-hint"))
            })?;
        let parent = match output.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut previous = false;
        if output.exists() {
            if !output.is_dir() {
                return Err(
                    Diagnostic::new(&output, msg!("emit-output-not-folder")).hint(msg!("emit-output-not-folder-hint"))
                );
            }
            let empty = is_empty(&output).map_err(|e| Diagnostic::io(&output, &e))?;
            if !empty && !output.join(MARKER).exists() {
                return Err(
                    Diagnostic::new(&output, msg!("emit-output-foreign")).hint(msg!("emit-output-foreign-hint"))
                );
            }
            previous = !empty;
        }
        fs::create_dir_all(&parent).map_err(|e| Diagnostic::io(&parent, &e))?;
        let next = parent.join(format!(".{name}.keng-next"));
        remove_leftover(&next)?;
        fs::create_dir(&next).map_err(|e| Diagnostic::io(&next, &e))?;
        let staged = StagedDir {
            output,
            next,
            previous,
            produced: Mutex::new(Produced::default()),
            committed: false,
        };
        staged
            .write(
                MARKER,
                b"This folder is written by keng build, which removes files it no longer produces.\n",
            )
            .map_err(|e| Diagnostic::io(&staged.next, &e))?;
        Ok(staged)
    }

    /// Puts the new tree in place of the output in one step, then deletes
    /// the previous tree.
    pub fn commit(mut self) -> Result<CommitStats, Diagnostic> {
        let produced = std::mem::take(&mut *self.produced());
        let written = produced.values().filter(|changed| **changed).count();
        let mut stats = CommitStats {
            written,
            unchanged: produced.len() - written,
            ..CommitStats::default()
        };
        if !self.output.exists() {
            fs::rename(&self.next, &self.output).map_err(|e| Diagnostic::io(&self.output, &e))?;
            self.committed = true;
            return Ok(stats);
        }
        swap(&self.next, &self.output)?;
        self.committed = true;
        // `next` now holds the previous tree.
        match remove_tree(&self.next, &produced) {
            Ok(stale) if self.previous => stats.removed = stale,
            Ok(_) => {}
            Err(e) => {
                stats.left_behind = Some(
                    Diagnostic::new(
                        &self.next,
                        msg!("emit-previous-not-deleted", reason = crate::diagnostic::io_reason(&e)),
                    )
                    .hint(msg!("emit-previous-not-deleted-hint")),
                );
            }
        }
        Ok(stats)
    }

    fn produced(&self) -> std::sync::MutexGuard<'_, Produced> {
        self.produced.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Exchanges two folders atomically.
#[cfg(target_os = "linux")]
fn swap(next: &Path, output: &Path) -> Result<(), Diagnostic> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    match renameat_with(CWD, next, CWD, output, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(()),
        // File systems without the exchange (some network ones) get the
        // two-rename fallback below.
        Err(rustix::io::Errno::INVAL | rustix::io::Errno::NOSYS) => swap_by_renames(next, output),
        Err(e) => Err(swap_error(output, &io::Error::from(e))),
    }
}

#[cfg(not(target_os = "linux"))]
fn swap(next: &Path, output: &Path) -> Result<(), Diagnostic> {
    swap_by_renames(next, output)
}

/// Two renames: for an instant the output path is missing (never mixed).
fn swap_by_renames(next: &Path, output: &Path) -> Result<(), Diagnostic> {
    let aside = next.with_extension("keng-prev");
    remove_leftover(&aside)?;
    fs::rename(output, &aside).map_err(|e| swap_error(output, &e))?;
    if let Err(e) = fs::rename(next, output) {
        let _ = fs::rename(&aside, output);
        return Err(swap_error(output, &e));
    }
    fs::rename(&aside, next).map_err(|e| Diagnostic::io(&aside, &e))
}

fn swap_error(output: &Path, e: &io::Error) -> Diagnostic {
    let diagnostic = Diagnostic::new(
        output,
        msg!("emit-swap-failed", reason = crate::diagnostic::io_reason(e)),
    );
    match e.kind() {
        io::ErrorKind::CrossesDevices | io::ErrorKind::ResourceBusy => diagnostic.hint(msg!("emit-swap-mount-hint")),
        _ => diagnostic.hint(msg!("emit-swap-failed-hint")),
    }
}

/// Removes a folder a killed or failed build left beside the output, if
/// it is keng's (marked, or empty).
fn remove_leftover(path: &Path) -> Result<(), Diagnostic> {
    if fs::symlink_metadata(path).is_err() {
        return Ok(());
    }
    let ours = path.is_dir() && (path.join(MARKER).exists() || is_empty(path).unwrap_or(false));
    if !ours {
        return Err(Diagnostic::new(path, msg!("emit-next-foreign")).hint(msg!("emit-next-foreign-hint")));
    }
    remove_tree(path, &Produced::default()).map(drop).map_err(|e| {
        Diagnostic::new(
            path,
            msg!("emit-leftover-not-removed", reason = crate::diagnostic::io_reason(&e)),
        )
        .hint(msg!("emit-leftover-not-removed-hint"))
    })
}

/// Deletes one of keng's folders with its marker last, so that a kill
/// halfway leaves a folder still recognisable as keng's. Returns how many
/// of its files are not in `produced` (the files the new tree dropped).
fn remove_tree(dir: &Path, produced: &Produced) -> io::Result<usize> {
    let stale = remove_contents(dir, "", produced)?;
    match fs::remove_file(dir.join(MARKER)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    fs::remove_dir(dir)?;
    Ok(stale)
}

/// Removes everything in `dir` (at `rel` in the tree) but the top marker,
/// folders side by side.
fn remove_contents(dir: &Path, rel: &str, produced: &Produced) -> io::Result<usize> {
    let entries = fs::read_dir(dir)?.collect::<io::Result<Vec<_>>>()?;
    entries
        .par_iter()
        .map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = if rel.is_empty() { name } else { format!("{rel}/{name}") };
            if path == MARKER {
                Ok(0)
            } else if entry.file_type()?.is_dir() {
                let stale = remove_contents(&entry.path(), &path, produced)?;
                fs::remove_dir(entry.path())?;
                Ok(stale)
            } else {
                fs::remove_file(entry.path())?;
                Ok(usize::from(!produced.contains_key(&path)))
            }
        })
        .sum()
}

fn is_empty(dir: &Path) -> io::Result<bool> {
    Ok(fs::read_dir(dir)?.next().is_none())
}

impl Drop for StagedDir {
    /// A build that did not commit leaves nothing behind.
    fn drop(&mut self) {
        if !self.committed {
            let _ = remove_tree(&self.next, &Produced::default());
        }
    }
}

impl Output for StagedDir {
    fn write(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.put(rel, bytes).map(drop)
    }
}

impl StagedDir {
    /// Writes one file into the new tree; true when its bytes differ from
    /// the previous output's (an unchanged file is linked, not written).
    pub fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<bool> {
        let target = self.next.join(rel);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir)?;
        }
        // A later write of the same path (a page over a static file) wins;
        // the earlier file may be a link to the previous tree, which must
        // not be written through.
        if self.produced().contains_key(rel) {
            fs::remove_file(&target)?;
        }
        let previous = self.output.join(rel);
        let unchanged = self.previous && same_bytes(&previous, bytes) && carry_over(&previous, &target).is_ok();
        if !unchanged {
            fs::write(&target, bytes)?;
        }
        self.produced().insert(rel.to_string(), !unchanged);
        Ok(!unchanged)
    }

    /// Puts the previous output's `rel` into the new tree as it is (for
    /// files derived from unchanged ones, and files kept on purpose).
    /// False when the previous output has no such file.
    pub fn keep_previous(&self, rel: &str) -> io::Result<bool> {
        let previous = self.output.join(rel);
        if !self.previous || !previous.is_file() || self.produced().contains_key(rel) {
            return Ok(false);
        }
        let target = self.next.join(rel);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir)?;
        }
        carry_over(&previous, &target)?;
        self.produced().insert(rel.to_string(), false);
        Ok(true)
    }
}

/// Puts the previous version of an unchanged file into the new tree: a hard
/// link, or a copy that keeps its modification time where links fail.
fn carry_over(previous: &Path, target: &Path) -> io::Result<()> {
    if fs::hard_link(previous, target).is_ok() {
        return Ok(());
    }
    fs::copy(previous, target)?;
    let modified = fs::metadata(previous)?.modified()?;
    fs::File::options().write(true).open(target)?.set_modified(modified)
}

fn same_bytes(path: &Path, bytes: &[u8]) -> bool {
    match fs::metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => fs::read(path).is_ok_and(|old| old == bytes),
        _ => false,
    }
}

#[cfg(test)]
#[path = "staged_tests.rs"]
mod tests;
