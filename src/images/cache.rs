//! Processed images kept between builds, in `.keng-cache/images/` of the
//! site: keyed by the source bytes and every parameter, so a rebuild with
//! no changed photo processes none. Entries a build did not use are
//! pruned at its end.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The cache folder, relative to the site root (`keng init` ignores it in git).
pub const DIR: &str = ".keng-cache/images";

pub struct Cache {
    dir: PathBuf,
    /// File names used by this build.
    used: Mutex<BTreeSet<String>>,
    processed: std::sync::atomic::AtomicUsize,
}

/// The digest of a source's bytes, computed once per source.
pub fn digest(source: &[u8]) -> String {
    blake3::hash(source).to_hex().to_string()
}

/// A cache key: the source's digest and what was made of it.
pub fn key(digest: &str, recipe: &str) -> String {
    let mut hasher = blake3::Hasher::new();
    hasher.update(recipe.as_bytes());
    hasher.update(&[0]);
    hasher.update(digest.as_bytes());
    hasher.finalize().to_hex()[..32].to_string()
}

impl Cache {
    pub fn new(site_root: &Path) -> Cache {
        Cache {
            dir: site_root.join(DIR),
            used: Mutex::new(BTreeSet::new()),
            processed: Default::default(),
        }
    }

    /// The bytes of `name` (a key and an extension), made by `make` when
    /// the cache does not have them. A cache that cannot be written to
    /// costs time, never the build.
    pub fn get_or_make<E>(&self, name: &str, make: impl FnOnce() -> Result<Vec<u8>, E>) -> Result<Vec<u8>, E> {
        self.used
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(name.to_string());
        let path = self.dir.join(name);
        if let Ok(bytes) = std::fs::read(&path) {
            return Ok(bytes);
        }
        let bytes = make()?;
        self.processed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let _ = self.store(&path, &bytes);
        Ok(bytes)
    }

    /// Writes beside, then renames: a killed build never leaves half a file.
    fn store(&self, path: &Path, bytes: &[u8]) -> std::io::Result<()> {
        std::fs::create_dir_all(&self.dir)?;
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, path)
    }

    /// How many images this build had to process (not found in the cache).
    pub fn processed(&self) -> usize {
        self.processed.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Removes every cached file this build did not use; returns how many.
    pub fn prune(&self) -> usize {
        let used = self.used.lock().unwrap_or_else(|p| p.into_inner());
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return 0;
        };
        let mut removed = 0;
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if !used.contains(&name) && std::fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
        removed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn made_once_then_read_and_unused_entries_pruned() {
        let root = tempfile::tempdir().unwrap();
        let cache = Cache::new(root.path());
        let name = format!("{}.webp", key(&digest(b"photo"), "w=360"));
        let made = cache.get_or_make(&name, || Ok::<_, ()>(b"pixels".to_vec())).unwrap();
        assert_eq!(made, b"pixels");
        assert_eq!(cache.processed(), 1);

        let again = Cache::new(root.path());
        let read = again.get_or_make(&name, || Err("must not be made again")).unwrap();
        assert_eq!(read, b"pixels");
        assert_eq!(again.processed(), 0);

        std::fs::write(root.path().join(DIR).join("old.webp"), b"x").unwrap();
        assert_eq!(again.prune(), 1);
        assert!(root.path().join(DIR).join(&name).exists());
        assert_ne!(key(&digest(b"photo"), "w=360"), key(&digest(b"photo"), "w=720"));
        assert_ne!(key(&digest(b"photo"), "w=360"), key(&digest(b"photo!"), "w=360"));
    }
}
