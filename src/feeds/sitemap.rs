//! sitemap.xml (sitemaps.org 0.9): every HTML page once, with `lastmod`.
//! Past 50,000 URLs it becomes a sitemap index of numbered sitemaps.

use chrono::{DateTime, FixedOffset};

use super::local;
use super::xml::Xml;
use crate::content::Site;

pub const FILE: &str = "sitemap.xml";
/// The protocol's limit of URLs per sitemap file.
pub const MAX_URLS: usize = 50_000;

/// The sitemap files: `(path, bytes)`, `sitemap.xml` first.
pub fn write(site: &Site, pages: &[(String, Option<DateTime<FixedOffset>>)]) -> Vec<(String, Vec<u8>)> {
    write_chunked(site, pages, MAX_URLS)
}

/// As [`write`], with at most `max_urls` URLs per sitemap file.
pub fn write_chunked(
    site: &Site,
    pages: &[(String, Option<DateTime<FixedOffset>>)],
    max_urls: usize,
) -> Vec<(String, Vec<u8>)> {
    let max_urls = max_urls.max(1);
    let base = &site.config.base_url;
    let urlset = |chunk: &[(String, Option<DateTime<FixedOffset>>)]| {
        let mut x = Xml::new();
        x.open("urlset", &[("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")]);
        for (path, lastmod) in chunk {
            x.open("url", &[]);
            x.text("loc", &[], &format!("{base}{path}"));
            if let Some(at) = lastmod {
                x.text("lastmod", &[], &local(site, *at).to_rfc3339());
            }
            x.close("url");
        }
        x.close("urlset");
        x.finish()
    };
    if pages.len() <= max_urls {
        return vec![(FILE.to_string(), urlset(pages))];
    }
    let chunks: Vec<_> = pages.chunks(max_urls).collect();
    let mut files = Vec::new();
    let mut index = Xml::new();
    index.open(
        "sitemapindex",
        &[("xmlns", "http://www.sitemaps.org/schemas/sitemap/0.9")],
    );
    for (n, chunk) in chunks.iter().enumerate() {
        let name = format!("sitemap-{}.xml", n + 1);
        index.open("sitemap", &[]);
        index.text("loc", &[], &format!("{base}/{name}"));
        if let Some(at) = chunk.iter().filter_map(|(_, d)| *d).max() {
            index.text("lastmod", &[], &local(site, at).to_rfc3339());
        }
        index.close("sitemap");
        files.push((name, urlset(chunk)));
    }
    index.close("sitemapindex");
    files.insert(0, (FILE.to_string(), index.finish()));
    files
}
