//! Walking a folder of the site (`content/`, `static/`, `templates/`): its
//! files in a stable order with `/`-separated paths, hidden files and editor
//! leftovers skipped. A symbolic link that loops, or that leads outside the
//! site folder (`content/x.txt -> /etc/passwd` would be published), is an
//! error at the link, unless site.toml sets `allow_outside_links = true`.

use crate::messages::msg;
use std::path::{Path, PathBuf};

use walkdir::{DirEntry, WalkDir};

use crate::diagnostic::{Diagnostic, Diagnostics};

/// How one folder is walked.
pub struct Walk<'a> {
    /// The site folder, which links must not leave.
    pub site_root: &'a Path,
    pub allow_outside_links: bool,
    /// Also skip hidden folders (content), not just hidden files; `static/`
    /// keeps `.well-known/`.
    pub skip_hidden_folders: bool,
}

impl Walk<'_> {
    /// The files under `dir` as (path on disk, `/`-separated path inside
    /// `dir`); problems go to `errors`.
    pub fn files(&self, dir: &Path, errors: &mut Diagnostics) -> Vec<(PathBuf, String)> {
        self.files_and_links(dir, errors).0
    }

    /// As [`Walk::files`], also telling whether a symbolic link was met.
    pub fn files_and_links(&self, dir: &Path, errors: &mut Diagnostics) -> (Vec<(PathBuf, String)>, bool) {
        let mut files = Vec::new();
        let mut links = false;
        let mut problems = Vec::new();
        let skip_folders = self.skip_hidden_folders;
        // Sorted once at the end, by `walk_order`: walkdir's sorting by file
        // name parsed both paths again for every comparison, most of the
        // walk's time.
        let mut walker = WalkDir::new(dir)
            .follow_links(true)
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !(skip_folders && is_ignored(&e.file_name().to_string_lossy())));
        while let Some(entry) = walker.next() {
            let entry = match entry {
                Ok(e) => e,
                Err(err) => {
                    problems.push(unreadable(dir, &err));
                    continue;
                }
            };
            links |= entry.path_is_symlink();
            if let Some(d) = self.link_leaving_site(&entry) {
                problems.push(d);
                if entry.file_type().is_dir() {
                    walker.skip_current_dir();
                }
                continue;
            }
            if entry.file_type().is_file() && !is_ignored(&entry.file_name().to_string_lossy()) {
                files.push((entry.path().to_path_buf(), slash_path(dir, entry.path())));
            }
        }
        files.sort_unstable_by(|a, b| walk_order(&a.1, &b.1));
        // By path, as the files: not in the order the file system lists them.
        problems.sort_by(|a, b| a.path.cmp(&b.path));
        problems.into_iter().for_each(|problem| errors.push(problem));
        (files, links)
    }

    fn link_leaving_site(&self, entry: &DirEntry) -> Option<Diagnostic> {
        if self.allow_outside_links || !entry.path_is_symlink() {
            return None;
        }
        let root = self.site_root.canonicalize().ok()?;
        let target = entry.path().canonicalize().ok()?;
        if target.starts_with(&root) {
            return None;
        }
        Some(
            Diagnostic::new(entry.path(), msg!("walk-link-outside", target = &target))
                .hint(msg!("walk-link-outside-hint")),
        )
    }
}

fn unreadable(dir: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err.path().unwrap_or(dir);
    if err.loop_ancestor().is_some() {
        Diagnostic::new(path, msg!("walk-link-loop")).hint(msg!("walk-link-loop-hint"))
    } else {
        Diagnostic::new(path, msg!("walk-unreadable", detail = err.to_string())).hint(msg!("walk-unreadable-hint"))
    }
}

/// `dir/a/b.md` → `a/b.md`, with `/` on every system.
fn slash_path(dir: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(dir).unwrap_or(path);
    // What the walk gives on Unix is already `/`-separated and clean.
    if cfg!(unix)
        && let Some(text) = rel.to_str()
        && text
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
    {
        return text.to_string();
    }
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// The order a walk gives: by path components, each by its bytes (so
/// `a/b.md` comes before `a.md`, as the folder `a` sorts before `a.md`).
pub fn walk_order(a: &str, b: &str) -> std::cmp::Ordering {
    // The same as comparing `a.split('/')` with `b.split('/')`: at the
    // first byte that differs, the end of a path sorts first, then `/`,
    // then every other byte.
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let rank = |path: &[u8]| path.get(same).map(|&c| if c == b'/' { 0 } else { u16::from(c) + 1 });
    rank(a).cmp(&rank(b))
}

/// Hidden files and the temporary files editors leave beside the ones they save.
pub fn is_ignored(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_files_are_ignored() {
        for name in [
            ".bai.md.swp",
            "bai.md~",
            "#bai.md#",
            ".#bai.md",
            "4913",
            ".git",
            "bai.swx",
            "x.tmp",
        ] {
            assert!(is_ignored(name), "{name}");
        }
        assert!(!is_ignored("bai.md"));
    }

    #[test]
    fn walk_order_compares_folder_by_folder() {
        let paths = [
            "a", "a/b", "a/b.md", "a.b/x", "a-c.md", "a/z/w.md", "a/z.md", "b", "ab/c", "a b/c", "đ/x", "d/x", "",
        ];
        for a in paths {
            for b in paths {
                assert_eq!(walk_order(a, b), a.split('/').cmp(b.split('/')), "{a} {b}");
            }
        }
    }

    #[test]
    fn files_come_in_walk_order() {
        let dir = tempfile::tempdir().unwrap();
        for rel in ["b.md", "a.b/x.md", "a-c.md", "a/y.md", "a/z/w.md", "a/z.md"] {
            let path = dir.path().join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "x").unwrap();
        }
        let mut errors = Diagnostics::default();
        let walk = Walk {
            site_root: dir.path(),
            allow_outside_links: false,
            skip_hidden_folders: true,
        };
        let rels: Vec<String> = walk
            .files(dir.path(), &mut errors)
            .into_iter()
            .map(|(_, rel)| rel)
            .collect();
        // A folder's files come where its name sorts among its siblings.
        assert_eq!(rels, ["a/y.md", "a/z/w.md", "a/z.md", "a-c.md", "a.b/x.md", "b.md"]);
        assert!(errors.is_empty());
    }

    #[test]
    fn hidden_folders_are_kept_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(".well-known")).unwrap();
        std::fs::write(dir.path().join(".well-known/security.txt"), "x").unwrap();
        std::fs::write(dir.path().join("a.css"), "x").unwrap();
        std::fs::write(dir.path().join(".a.css.swp"), "x").unwrap();
        let walk = |skip| {
            let mut errors = Diagnostics::default();
            let w = Walk {
                site_root: dir.path(),
                allow_outside_links: false,
                skip_hidden_folders: skip,
            };
            w.files(dir.path(), &mut errors)
                .into_iter()
                .map(|(_, rel)| rel)
                .collect::<Vec<_>>()
        };
        assert_eq!(walk(false), [".well-known/security.txt", "a.css"]);
        assert_eq!(walk(true), ["a.css"]);
    }
}
