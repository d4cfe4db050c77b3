//! The photos of `content/`: found among the files of page bundles and the
//! loose files of `content/`, measured from their headers (the right way
//! up), and published only as resized versions without metadata.
//!
//! [`scan`] runs after `resolve`: it takes image files out of the files
//! copied as they are, so no original (with its GPS position) is ever
//! published. The Markdown stage turns `![alt](anh.jpg)` into [`html`];
//! the `pictures` row of `outputs` writes the versions through the cache.

use crate::messages::msg;
use rayon::prelude::*;

use crate::content::{Asset, Picture, Site};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::images::Format;
pub use versions::{
    Files, OUTPUT_NAME, SOCIAL_SIZE, height_at, problem_at_file, social_url, version_url, widths, write_versions,
};

mod versions;

/// File extensions keng treats as photos.
pub const EXTENSIONS: &[&str] = &["jpg", "jpeg", "png", "webp"];

/// Photo formats keng does not publish: browsers cannot show most of
/// them, and they carry the camera's metadata (GPS position included).
/// HEIC and AVIF decoders would need C libraries (libheif, dav1d) for a
/// format phones convert to JPEG when they share a photo anyway.
pub const REFUSED: &[&str] = &["heic", "heif", "avif", "tif", "tiff", "dng", "cr2", "nef", "arw"];

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

/// Whether a file name is a photo keng processes.
pub fn is_picture(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()))
}

/// Moves the photos of page bundles and of `content/` out of the files
/// copied as they are, into `site.pictures`, with their sizes. Photos in
/// formats keng does not publish are errors.
pub fn scan(site: &mut Site) -> Diagnostics {
    let mut errors = Diagnostics::default();
    let refused = |a: &Asset| REFUSED.contains(&extension(&a.rel).as_str());
    for asset in site
        .assets
        .iter()
        .chain(site.pages.iter().flat_map(|p| p.assets.iter()))
        .filter(|a| refused(a))
    {
        errors.push(
            Diagnostic::new(
                &asset.source,
                msg!("image-refused-format", extension = extension(&asset.rel)),
            )
            .hint(msg!("image-refused-format-hint")),
        );
    }
    let mut found: Vec<(std::path::PathBuf, String, Option<String>)> = Vec::new();
    for page in site.pages.iter_mut() {
        if !page.assets.iter().any(|a| is_picture(&a.rel)) {
            continue;
        }
        let page = std::sync::Arc::make_mut(page);
        let (pictures, others): (Vec<Asset>, Vec<Asset>) = std::mem::take(&mut page.assets)
            .into_iter()
            .partition(|a| is_picture(&a.rel));
        page.assets = others;
        let bundle = page.source.rel.clone();
        found.extend(
            pictures
                .into_iter()
                .map(|a| (a.source, format!("{}{}", page.path, a.rel), Some(bundle.clone()))),
        );
    }
    let (pictures, others): (Vec<Asset>, Vec<Asset>) = std::mem::take(&mut site.assets)
        .into_iter()
        .partition(|a| is_picture(&a.rel));
    site.assets = others;
    found.extend(pictures.into_iter().map(|a| (a.source, format!("/{}", a.rel), None)));

    let max_megapixels = site.config.images.max_megapixels;
    site.pictures = found
        .into_par_iter()
        .map(|(source, url, bundle)| {
            let mut picture = measure(source, url, max_megapixels);
            picture.bundle = bundle;
            picture
        })
        .collect();
    site.picture_by_url = site
        .pictures
        .iter()
        .enumerate()
        .map(|(i, p)| (p.url.clone(), i))
        .collect();
    // An entry's `image` also gets a card for link previews.
    let social: Vec<usize> = site
        .pages
        .iter()
        .filter_map(|page| {
            let image = page.data.as_ref()?.get("image")?.as_str()?;
            find(site, &page.path, image)
        })
        .collect();
    for i in social {
        site.pictures[i].social = true;
    }
    errors
}

/// Reads a photo's header: its size the right way up, whether it has an
/// alpha channel, or why it cannot be used.
pub fn measure(source: std::path::PathBuf, url: String, max_megapixels: u32) -> Picture {
    let mut picture = Picture {
        source,
        url,
        width: 0,
        height: 0,
        fallback: Format::Jpeg,
        problem: None,
        social: false,
        bundle: None,
    };
    match crate::images::process::read_header(&picture.source, max_megapixels) {
        Ok(header) => {
            picture.width = header.width;
            picture.height = header.height;
            picture.fallback = if header.alpha { Format::Png } else { Format::Jpeg };
        }
        Err(problem) => picture.problem = Some(problem.message()),
    }
    picture
}

/// The picture an address in the content of the page at `page_path`
/// names, if it is one of the site's photos.
pub fn find(site: &Site, page_path: &str, address: &str) -> Option<usize> {
    site.picture_by_url.get(&url_path(page_path, address)?).copied()
}

/// The URL path an address of content resolves to: `/x` from the site
/// root, `x` and `./x` from the page; `None` for other sites and schemes.
pub fn url_path(page_path: &str, address: &str) -> Option<String> {
    let address = address.split(['#', '?']).next().unwrap_or("");
    if address.is_empty() || address.contains(':') || address.starts_with("//") {
        return None;
    }
    let joined = if address.starts_with('/') {
        address.to_string()
    } else {
        format!("{page_path}{address}")
    };
    Some(format!("/{}", crate::urls::normalize_path(&joined)))
}

/// Whether an address that names no photo of the site looks like it meant one.
pub fn looks_local_picture(address: &str) -> bool {
    !address.contains(':') && !address.starts_with("//") && is_picture(address.split(['#', '?']).next().unwrap_or(""))
}

/// Layout width the default theme gives a photo: the text column.
const SIZES: &str = "(max-width: 46rem) 100vw, 46rem";

/// `<picture>` for photo `i`: WebP versions first, the fallback format
/// after, with its size (no layout shift) and lazy loading unless it is
/// likely the page's largest paint (`eager`).
pub fn html(site: &Site, i: usize, alt: &str, title: &str, eager: bool) -> String {
    let picture = &site.pictures[i];
    let base = &site.config.base_url;
    let widths = widths(picture, &site.config.images);
    let srcset = |format: Format| {
        widths
            .iter()
            .map(|&w| format!("{base}{} {w}w", version_url(picture, w, format)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let largest = widths.last().copied().unwrap_or(picture.width);
    let mut out = String::new();
    out.push_str("<picture><source type=\"image/webp\" srcset=\"");
    escape(&mut out, &srcset(Format::Webp));
    out.push_str(&format!("\" sizes=\"{SIZES}\"><img src=\""));
    escape(
        &mut out,
        &format!("{base}{}", version_url(picture, largest, picture.fallback)),
    );
    out.push_str("\" srcset=\"");
    escape(&mut out, &srcset(picture.fallback));
    out.push_str(&format!(
        "\" sizes=\"{SIZES}\" width=\"{}\" height=\"{}\" alt=\"",
        largest,
        height_at(picture, largest)
    ));
    escape(&mut out, alt);
    out.push('"');
    if !title.is_empty() {
        out.push_str(" title=\"");
        escape(&mut out, title);
        out.push('"');
    }
    if !eager {
        out.push_str(" loading=\"lazy\"");
    }
    out.push_str(" decoding=\"async\"></picture>");
    out
}

fn escape(out: &mut String, text: &str) {
    let _ = pulldown_cmark_escape::escape_html(&mut *out, text);
}

/// Photos no text links to that cannot be read: an error at the file.
/// (Those that are linked are reported where they are linked.)
pub fn unused_problems(site: &Site) -> Diagnostics {
    let mut used = vec![false; site.pictures.len()];
    for rendered in site
        .pages
        .iter()
        .map(|p| p.content(site))
        .chain(site.sections.iter().map(|s| &*s.content))
    {
        for &i in &rendered.pictures {
            used[i] = true;
        }
    }
    let mut errors = Diagnostics::default();
    for (i, picture) in site.pictures.iter().enumerate() {
        if let (Some(problem), false) = (&picture.problem, used[i]) {
            errors.push(problem_at_file(&picture.source, problem.clone()));
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_resolve_from_the_page_or_the_root() {
        assert_eq!(
            url_path("/tin-tuc/bai/", "anh.jpg").as_deref(),
            Some("/tin-tuc/bai/anh.jpg")
        );
        assert_eq!(
            url_path("/tin-tuc/bai/", "./hinh/a.png").as_deref(),
            Some("/tin-tuc/bai/hinh/a.png")
        );
        assert_eq!(
            url_path("/tin-tuc/bai/", "../a.webp").as_deref(),
            Some("/tin-tuc/a.webp")
        );
        assert_eq!(
            url_path("/tin-tuc/bai/", "/anh/x.jpg?v=1").as_deref(),
            Some("/anh/x.jpg")
        );
        assert_eq!(url_path("/a/", "https://x.vn/a.jpg"), None);
        assert!(looks_local_picture("anh.JPG") && !looks_local_picture("https://x.vn/a.jpg"));
    }
}
