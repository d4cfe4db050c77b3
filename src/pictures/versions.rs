//! The versions of a photo: their widths, names and bytes (made through
//! the cache, from the photo decoded at most once).

use crate::messages::msg;
use std::path::Path;

use crate::config::ImagesConfig;
use crate::content::{Picture, Site};
use crate::diagnostic::Diagnostic;
use crate::images::Format;

/// The name of the output row that writes photo versions.
pub const OUTPUT_NAME: &str = "photo versions";

/// The widths a photo is published at: the configured ones narrower than
/// the photo, and the photo's own width when a configured one is wider.
pub fn widths(picture: &Picture, config: &ImagesConfig) -> Vec<u32> {
    let mut out: Vec<u32> = config.widths.iter().copied().filter(|&w| w < picture.width).collect();
    if out.len() < config.widths.len() {
        out.push(picture.width);
    }
    out
}

/// Height of a version `width` pixels wide.
pub fn height_at(picture: &Picture, width: u32) -> u32 {
    ((u64::from(picture.height) * u64::from(width)).div_ceil(u64::from(picture.width.max(1))) as u32).max(1)
}

/// URL path of a version: `/tin-tuc/bai/anh-640.webp`.
pub fn version_url(picture: &Picture, width: u32, format: Format) -> String {
    format!("{}-{width}.{}", stem(&picture.url), format.extension())
}

/// URL path of the link-preview card: `/tin-tuc/bai/anh-chia-se.jpg`.
pub fn social_url(picture: &Picture) -> String {
    format!("{}-chia-se.jpg", stem(&picture.url))
}

/// Size of the link-preview card (Open Graph's recommended 1.91:1).
pub const SOCIAL_SIZE: (u32, u32) = (1200, 630);

fn stem(url: &str) -> &str {
    url.rsplit_once('.').map_or(url, |(s, _)| s)
}

pub fn problem_at_file(path: &Path, problem: crate::messages::Message) -> Diagnostic {
    Diagnostic::new(path, msg!("image-unusable", problem = problem)).hint(msg!("image-unusable-hint"))
}

/// Files written as (output path, bytes).
pub type Files = Vec<(String, Vec<u8>)>;

/// Every version of photo `i`: each width in WebP and the fallback
/// format, the link-preview card of an entry's `image`, and the original
/// (re-encoded, without metadata) when the site publishes originals. The
/// photo is decoded only when the cache lacks a version.
pub fn write_versions(site: &Site, i: usize, cache: &crate::images::cache::Cache) -> Result<Files, Diagnostic> {
    use crate::images::cache::{digest, key};
    let picture = &site.pictures[i];
    let config = &site.config.images;
    let bytes = std::fs::read(&picture.source).map_err(|e| Diagnostic::io(&picture.source, &e))?;
    let digest = digest(&bytes);
    let decoded = std::cell::OnceCell::new();
    let decode = || -> Result<&crate::images::Picture, Diagnostic> {
        decoded
            .get_or_init(|| crate::images::Picture::decode(&bytes, config.max_megapixels))
            .as_ref()
            .map_err(|problem| problem_at_file(&picture.source, problem.message()))
    };
    let q = config.quality;
    let mut files = Files::new();
    for w in widths(picture, config) {
        for format in [Format::Webp, picture.fallback] {
            let name = format!(
                "{}.{}",
                key(&digest, &format!("{w}w q{q} {format:?}")),
                format.extension()
            );
            let out = cache.get_or_make(&name, || {
                decode()?
                    .encode(w, format, q)
                    .map_err(|p| problem_at_file(&picture.source, p.message()))
            })?;
            files.push((crate::emit::output_path(&version_url(picture, w, format)), out));
        }
    }
    if picture.social {
        let (w, h) = SOCIAL_SIZE;
        let name = format!("{}.jpg", key(&digest, &format!("card {w}x{h} q{q}")));
        let out = cache.get_or_make(&name, || {
            decode()?
                .encode_cover(w, h, Format::Jpeg, q)
                .map_err(|p| problem_at_file(&picture.source, p.message()))
        })?;
        files.push((crate::emit::output_path(&social_url(picture)), out));
    }
    if config.publish_originals {
        let format = match picture.url.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()) {
            Some(e) if e == "png" => Format::Png,
            Some(e) if e == "webp" => Format::Webp,
            _ => Format::Jpeg,
        };
        let name = format!(
            "{}.{}",
            key(&digest, &format!("original q{q} {format:?}")),
            format.extension()
        );
        let out = cache.get_or_make(&name, || {
            let decoded = decode()?;
            decoded
                .encode(decoded.width(), format, q)
                .map_err(|p| problem_at_file(&picture.source, p.message()))
        })?;
        files.push((crate::emit::output_path(&picture.url), out));
    }
    Ok(files)
}
