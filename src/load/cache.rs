//! Parsed files kept between loads, for `keng serve`: a file whose size,
//! modification time and inode are unchanged, read under the same
//! settings (`Config::content_key`) and inheriting the same kind, is not
//! read and parsed again. After a new, deleted or renamed entry, or a new
//! site title, only the files that changed are read.

use std::collections::HashMap;
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
    parsed: Parsed,
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

    /// Forgets the files not seen in the load just made.
    pub(super) fn keep_only<'a>(&self, seen: impl Iterator<Item = &'a str>) {
        let seen: std::collections::HashSet<&str> = seen.collect();
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        state.files.retain(|rel, _| seen.contains(rel.as_str()));
    }

    /// The file parsed, from the cache when it is unchanged.
    pub(super) fn parse(
        &self,
        config: &Config,
        path: PathBuf,
        rel: String,
        kind: FileKind,
        inherited_kind: Option<&str>,
    ) -> Result<Parsed, Diagnostics> {
        let stamp = stamp(&path);
        if let Some(stamp) = &stamp {
            let state = self.state.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(cached) = state.files.get(&rel) {
                if cached.stamp == *stamp && cached.inherited_kind.as_deref() == inherited_kind {
                    return Ok(cached.parsed.clone());
                }
            }
        }
        let parsed = parse_file(config, path, rel.clone(), kind, inherited_kind)?;
        if let Some(stamp) = stamp {
            let cached = Cached {
                stamp,
                inherited_kind: inherited_kind.map(str::to_string),
                parsed: parsed.clone(),
            };
            let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
            state.files.insert(rel, cached);
        }
        Ok(parsed)
    }
}
