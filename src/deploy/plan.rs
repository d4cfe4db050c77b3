//! What a deploy does: the built files with their MD5, compared with what
//! the target holds, in the order readers never notice: assets, then
//! pages, then feeds and site files, then deletions.

use crate::messages::msg;
use std::collections::{BTreeSet, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};

use md5::{Digest, Md5};
use rayon::prelude::*;

use crate::diagnostic::Diagnostic;

/// One file of the build.
#[derive(Debug, Clone)]
pub struct LocalFile {
    /// `/`-separated path in the output, which is also the object's name.
    pub rel: String,
    pub path: PathBuf,
    pub size: u64,
    /// Hex MD5 of the bytes: what S3 gives as the ETag of a plain upload.
    pub md5: String,
}

/// Upload groups, in upload order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Phase {
    /// Stylesheets, scripts, photos, attachments, the search index: what
    /// pages refer to, so they go first.
    Assets,
    Pages,
    /// Feeds, CAP alerts and their index, sitemaps, robots.txt, `_redirects`,
    /// `_headers`: they point at pages, so they go after them.
    Feeds,
}

impl Phase {
    pub fn of(rel: &str) -> Phase {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        let ext = name
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "html" | "htm" => Phase::Pages,
            "xml" | "atom" | "rss" => Phase::Feeds,
            _ if name.ends_with("feed.json") => Phase::Feeds,
            _ if !rel.contains('/') && matches!(name, "robots.txt" | "_redirects" | "_headers") => Phase::Feeds,
            _ => Phase::Assets,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Phase::Assets => "assets",
            Phase::Pages => "pages",
            Phase::Feeds => "feeds",
        }
    }
}

/// The files in `dir`, keng's marker and files `skip` names left out,
/// hashed in parallel.
pub fn scan(dir: &Path, skip: impl Fn(&str) -> bool) -> Result<Vec<LocalFile>, Diagnostic> {
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Diagnostic::new(dir, msg!("deploy-build-unreadable", detail = e.to_string())))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(dir)
            .unwrap_or(entry.path())
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        if rel != crate::emit::MARKER && !skip(&rel) {
            found.push((rel, entry.into_path()));
        }
    }
    found
        .into_par_iter()
        .map(|(rel, path)| {
            let (size, md5) = md5_of(&path).map_err(|e| Diagnostic::io(&path, &e))?;
            Ok(LocalFile { rel, path, size, md5 })
        })
        .collect()
}

/// Size and hex MD5 of a file, read in blocks.
pub fn md5_of(path: &Path) -> std::io::Result<(u64, String)> {
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Md5::new();
    let mut buf = vec![0; 64 * 1024];
    let mut size = 0;
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    Ok((size, hex(&hasher.finalize())))
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One upload of the plan.
#[derive(Debug)]
pub struct Upload<'a> {
    pub phase: Phase,
    pub file: &'a LocalFile,
    /// The target has no file of this name yet.
    pub new: bool,
}

#[derive(Debug, Default)]
pub struct Plan<'a> {
    /// In upload order: by phase, then by path.
    pub uploads: Vec<Upload<'a>>,
    /// Names the target holds that the build no longer has, sorted.
    pub deletions: Vec<String>,
    /// Names the target holds that the build no longer has, kept (`--no-delete`), sorted.
    pub kept: Vec<String>,
    pub unchanged: usize,
}

impl Plan<'_> {
    pub fn upload_bytes(&self) -> u64 {
        self.uploads.iter().map(|u| u.file.size).sum()
    }
}

/// Compares the build with the target's files (name → MD5, `None` when the
/// target cannot say, which counts as changed).
pub fn plan<'a>(local: &'a [LocalFile], remote: &HashMap<String, Option<String>>, delete: bool) -> Plan<'a> {
    let mut plan = Plan::default();
    for file in local {
        match remote.get(&file.rel) {
            Some(Some(md5)) if md5.eq_ignore_ascii_case(&file.md5) => plan.unchanged += 1,
            known => plan.uploads.push(Upload {
                phase: Phase::of(&file.rel),
                file,
                new: known.is_none(),
            }),
        }
    }
    plan.uploads
        .sort_by(|a, b| (a.phase, &a.file.rel).cmp(&(b.phase, &b.file.rel)));
    let built: BTreeSet<&str> = local.iter().map(|f| f.rel.as_str()).collect();
    let mut gone: Vec<String> = remote
        .keys()
        .filter(|rel| !built.contains(rel.as_str()))
        .cloned()
        .collect();
    gone.sort();
    if delete {
        plan.deletions = gone;
    } else {
        plan.kept = gone;
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(rel: &str, md5: &str) -> LocalFile {
        LocalFile {
            rel: rel.to_string(),
            path: PathBuf::from(rel),
            size: 10,
            md5: md5.to_string(),
        }
    }

    #[test]
    fn phases() {
        for (rel, phase) in [
            ("style.0123456789abcdef.css", Phase::Assets),
            ("anh/a.640.webp", Phase::Assets),
            ("tim-kiem/index/t-an.json", Phase::Assets),
            ("tin-tuc/bai/index.html", Phase::Pages),
            ("404.html", Phase::Pages),
            ("atom.xml", Phase::Feeds),
            ("tin-tuc/rss.xml", Phase::Feeds),
            ("canh-bao/cap.atom", Phase::Feeds),
            ("tin-tuc/feed.json", Phase::Feeds),
            ("sitemap.xml", Phase::Feeds),
            ("robots.txt", Phase::Feeds),
            ("_redirects", Phase::Feeds),
            ("files/robots.txt", Phase::Assets),
        ] {
            assert_eq!(Phase::of(rel), phase, "{rel}");
        }
    }

    #[test]
    fn the_plan_uploads_new_and_changed_in_order_and_deletes_the_rest_last() {
        let local = [
            file("tin-tuc/index.html", "aa"),
            file("atom.xml", "bb"),
            file("style.css", "cc"),
            file("index.html", "dd"),
        ];
        let remote: HashMap<String, Option<String>> = [
            ("index.html", Some("DD")),
            ("tin-tuc/index.html", Some("00")),
            ("atom.xml", None),
            ("cu/index.html", Some("ee")),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
        .collect();
        let p = plan(&local, &remote, true);
        let order: Vec<(&str, bool)> = p.uploads.iter().map(|u| (u.file.rel.as_str(), u.new)).collect();
        assert_eq!(
            order,
            [("style.css", true), ("tin-tuc/index.html", false), ("atom.xml", false)]
        );
        assert_eq!(p.unchanged, 1, "MD5 compared without regard to case");
        assert_eq!(p.deletions, ["cu/index.html"]);
        assert_eq!(p.upload_bytes(), 30);
        let kept = plan(&local, &remote, false);
        assert!(kept.deletions.is_empty());
        assert_eq!(kept.kept, ["cu/index.html"]);
    }

    #[test]
    fn scan_hashes_and_leaves_out_the_marker() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("a")).unwrap();
        std::fs::write(dir.path().join("a/b.txt"), "hello").unwrap();
        std::fs::write(dir.path().join(crate::emit::MARKER), "x").unwrap();
        std::fs::write(dir.path().join("a/b.txt.gz"), "left out").unwrap();
        let files = scan(dir.path(), |rel| rel.ends_with(".gz")).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].rel, "a/b.txt");
        assert_eq!(files[0].size, 5);
        assert_eq!(files[0].md5, "5d41402abc4b2a76b9719d911017c592");
    }
}
