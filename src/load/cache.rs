//! Parsed files kept between loads, for `keng serve`: a file whose size,
//! modification time and inode are unchanged, read under the same
//! settings (`Config::content_key`) and inheriting the same kind, is not
//! read and parsed again. After a new, deleted or renamed entry, or a new
//! site title, only the files that changed are read.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use super::entry::{FileKind, Parsed, parse_file};
use crate::config::Config;
use crate::diagnostic::Diagnostics;

/// How the config changed since the last load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigChange {
    None,
    /// Only settings that no file is read or converted with (the title…).
    Presentation,
    /// Settings files are read or converted with (or this is the first load).
    Content,
}

#[derive(Default)]
pub struct LoadCache {
    state: Mutex<State>,
    listing: Mutex<super::listing::Listing>,
}

#[derive(Default)]
struct State {
    /// The config the cached files were read under: its `content_key`, and
    /// all of it (`Debug`).
    config_key: String,
    config_whole: String,
    files: HashMap<String, Cached>,
}

struct Cached {
    stamp: Stamp,
    inherited_kind: Option<String>,
    /// Shared, so that it is copied out after the lock is let go.
    parsed: std::sync::Arc<Parsed>,
}

/// What tells that a file changed without reading it.
#[derive(PartialEq, Eq)]
struct Stamp {
    modified: Option<SystemTime>,
    len: u64,
    inode: u64,
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some(Stamp {
        modified: meta.modified().ok(),
        len: meta.len(),
        inode,
    })
}

impl LoadCache {
    /// Starts a load under `config`: forgets every file when the settings
    /// files are read with changed since the last load.
    pub fn begin(&self, config: &Config) -> ConfigChange {
        let key = config.content_key();
        let whole = format!("{config:?}");
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        let change = if state.config_key != key {
            ConfigChange::Content
        } else if state.config_whole != whole {
            ConfigChange::Presentation
        } else {
            ConfigChange::None
        };
        if change == ConfigChange::Content {
            state.files.clear();
        }
        state.config_key = key;
        state.config_whole = whole;
        change
    }

    /// Tells the cache which paths of the site changed (the watcher's
    /// events), so that the next load can list `content/` without a walk.
    pub fn note_changed(&self, paths: impl IntoIterator<Item = PathBuf>) {
        self.listing
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .note_changed(paths);
    }

    /// Makes the next load walk `content/` (the watcher may have lost events).
    pub fn forget_listing(&self) {
        self.listing.lock().unwrap_or_else(|p| p.into_inner()).forget();
    }

    /// The files of `content/`: from the last walk and the changes noted
    /// since, with the paths that changed (every other file is unchanged:
    /// the watcher would have said); or from `walk` (then kept for the next
    /// load), with `None`: any file may have changed.
    pub(super) fn list(
        &self,
        content_dir: &Path,
        walk: &crate::walk::Walk,
        errors: &mut Diagnostics,
    ) -> (std::sync::Arc<super::listing::Files>, Option<HashSet<String>>) {
        let mut listing = self.listing.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((files, changed)) = listing.current(content_dir) {
            return (files, Some(changed));
        }
        let before = errors.len();
        let (files, links) = walk.files_and_links(content_dir, errors);
        let files = std::sync::Arc::new(files);
        listing.keep(&files, !links && errors.len() == before);
        (files, None)
    }

    /// Forgets the files not seen in the load just made.
    pub(super) fn keep_only<'a>(&self, seen: impl Iterator<Item = &'a str>) {
        let seen: std::collections::HashSet<&str> = seen.collect();
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.files.retain(|rel, _| seen.contains(rel.as_str()));
    }

    /// The cached file, when read with the same inherited kind (and with
    /// the same stamp, when one is given).
    fn cached(&self, rel: &str, stamp: Option<&Stamp>, inherited_kind: Option<&str>) -> Option<std::sync::Arc<Parsed>> {
        let state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state
            .files
            .get(rel)
            .filter(|c| stamp.is_none_or(|s| c.stamp == *s) && c.inherited_kind.as_deref() == inherited_kind)
            .map(|c| std::sync::Arc::clone(&c.parsed))
    }

    /// The file parsed, from the cache when it is unchanged: known to be
    /// (`known_unchanged`, from the watcher's events), or with the same stamp.
    pub(super) fn parse(
        &self,
        config: &Config,
        path: &Path,
        rel: &str,
        kind: FileKind,
        inherited_kind: Option<&str>,
        known_unchanged: bool,
    ) -> Result<Parsed, Diagnostics> {
        if known_unchanged {
            if let Some(parsed) = self.cached(rel, None, inherited_kind) {
                return Ok((*parsed).clone());
            }
        }
        let stamp = stamp(path);
        if let Some(stamp) = &stamp {
            if let Some(parsed) = self.cached(rel, Some(stamp), inherited_kind) {
                return Ok((*parsed).clone());
            }
        }
        let parsed = parse_file(config, path.to_path_buf(), rel.to_string(), kind, inherited_kind)?;
        if let Some(stamp) = stamp {
            let cached = Cached {
                stamp,
                inherited_kind: inherited_kind.map(str::to_string),
                parsed: std::sync::Arc::new(parsed.clone()),
            };
            let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
            state.files.insert(rel.to_string(), cached);
        }
        Ok(parsed)
    }
}
