//! The `file://` target: a web root on this machine or a mounted share,
//! replaced the way a build replaces `public/` (see `emit::staged`): a new
//! tree beside it, unchanged files hard-linked from the old one (they keep
//! their modification time, so web servers' ETags stay), one atomic swap.
//! A server reading the folder sees the old site or the new one, never a mix.

use crate::messages::msg;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;

use super::plan::{self, LocalFile};
use super::{DeployOptions, Outcome};
use crate::diagnostic::Diagnostic;
use crate::emit::{MARKER, StagedDir};

/// Compressed copies, for nginx `gzip_static` and `brotli_static`.
const COMPRESSED: [&str; 2] = ["gz", "br"];
/// Smaller files are not worth compressing (nginx's own default is 20 bytes;
/// below a few hundred bytes the headers dominate).
const MIN_COMPRESS: u64 = 256;

pub fn deploy(dir: &Path, local: &[LocalFile], precompress: bool, opts: &DeployOptions) -> Result<Outcome, Diagnostic> {
    check_place(dir)?;
    let remote = current(dir, local, precompress)?;
    let plan = plan::plan(local, &remote, opts.delete);
    if opts.dry_run {
        return Ok(Outcome::from_plan(&plan));
    }
    let staged = StagedDir::create(dir)?;
    let done = AtomicUsize::new(0);
    local.par_iter().try_for_each(|file| {
        let bytes = std::fs::read(&file.path).map_err(|e| Diagnostic::io(&file.path, &e))?;
        let written = |e: std::io::Error| Diagnostic::io(dir, &e).hint(msg!("deploy-file-write-hint"));
        let changed = staged.put(&file.rel, &bytes).map_err(written)?;
        if precompress && compressible(file) {
            for ext in COMPRESSED {
                let copy = format!("{}.{ext}", file.rel);
                if changed || !staged.keep_previous(&copy).map_err(written)? {
                    staged.put(&copy, &compress(ext, &bytes)).map_err(written)?;
                }
            }
        }
        if let Some(progress) = &opts.progress {
            (progress.0)(done.fetch_add(1, Ordering::Relaxed) + 1, local.len());
        }
        Ok::<(), Diagnostic>(())
    })?;
    for rel in &plan.kept {
        for name in std::iter::once(rel.clone()).chain(COMPRESSED.map(|ext| format!("{rel}.{ext}"))) {
            staged.keep_previous(&name).map_err(|e| Diagnostic::io(dir, &e))?;
        }
    }
    let stats = staged.commit()?;
    let mut outcome = Outcome::from_plan(&plan);
    outcome.left_behind = stats.left_behind;
    Ok(outcome)
}

/// The folder that holds the target must exist: a share that is not mounted
/// must not turn into a folder on the local disk.
fn check_place(dir: &Path) -> Result<(), Diagnostic> {
    match dir.parent() {
        Some(parent) if parent.is_dir() => Ok(()),
        _ => {
            Err(Diagnostic::new(dir, msg!("deploy-file-parent-missing")).hint(msg!("deploy-file-parent-missing-hint")))
        }
    }
}

/// What the target holds now, by name and MD5; compressed copies keng made
/// are left out (they follow their file).
fn current(dir: &Path, local: &[LocalFile], precompress: bool) -> Result<HashMap<String, Option<String>>, Diagnostic> {
    if !dir.exists() {
        return Ok(HashMap::new());
    }
    if !dir.join(MARKER).exists() && std::fs::read_dir(dir).map(|mut d| d.next().is_some()).unwrap_or(true) {
        return Err(Diagnostic::new(dir, msg!("deploy-file-foreign")).hint(msg!("deploy-file-foreign-hint")));
    }
    let built: HashSet<&str> = local.iter().map(|f| f.rel.as_str()).collect();
    let is_copy = |rel: &str| {
        precompress
            && COMPRESSED.iter().any(|ext| {
                rel.strip_suffix(ext)
                    .and_then(|r| r.strip_suffix('.'))
                    .is_some_and(|original| built.contains(original))
            })
    };
    Ok(plan::scan(dir, is_copy)?
        .into_iter()
        .map(|f| (f.rel, Some(f.md5)))
        .collect())
}

fn compressible(file: &LocalFile) -> bool {
    file.size >= MIN_COMPRESS && crate::headers::content_type(&file.rel).ends_with("charset=utf-8")
}

/// gzip at level 9 and Brotli at quality 9: compressed once per changed
/// file, served many times.
fn compress(ext: &str, bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    if ext == "gz" {
        let mut encoder = flate2::write::GzEncoder::new(&mut out, flate2::Compression::best());
        // Writing into a Vec cannot fail.
        let _ = encoder.write_all(bytes).and_then(|()| encoder.finish().map(drop));
    } else {
        let params = brotli::enc::BrotliEncoderParams {
            quality: 9,
            ..Default::default()
        };
        let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    #[test]
    fn compressed_copies_decompress_to_the_file() {
        let text = "Cảnh báo lừa đảo qua điện thoại. ".repeat(50);
        let gz = super::compress("gz", text.as_bytes());
        let mut back = String::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_string(&mut back).unwrap();
        assert_eq!(back, text);
        let br = super::compress("br", text.as_bytes());
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text.as_bytes());
        assert!(br.len() < text.len() / 5 && gz.len() < text.len() / 5);
    }
}
