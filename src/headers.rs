//! The HTTP headers of published files: `Content-Type`, `Cache-Control`
//! (the defaults below, then `[[deploy.headers]]` rules), and the security
//! headers static hosts read from `_headers` (Netlify, Cloudflare Pages).
//!
//! `keng deploy` sets the same values as object metadata, so a bucket
//! behind a CDN serves what `_headers` gives on those hosts.

use crate::config::HeaderRule;

/// Fingerprinted stylesheets and scripts never change under their name.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Pages, feeds, CAP alerts, the search index: a new alert reaches readers
/// (and CDNs ask again) within a minute.
pub const SHORT_LIVED: &str = "public, max-age=60";
/// Photos and other files: a day.
pub const DEFAULT_CACHE: &str = "public, max-age=86400";

/// What the default theme needs and nothing more: its own scripts and
/// styles (no inline script or `style` attribute anywhere), photos from the
/// site or an `https://` address (`figure`), the players of `video` once a
/// reader asks. JSON-LD is a data block, which CSP does not govern.
pub fn content_security_policy() -> String {
    let frames = crate::shortcodes::builtin::VIDEO_PLAYER_ORIGINS.join(" ");
    format!(
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; \
         font-src 'self'; connect-src 'self'; media-src 'self' https:; frame-src {frames}; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
    )
}

/// Headers every response gets (the CSP first).
pub fn security_headers() -> Vec<(&'static str, String)> {
    vec![
        ("Content-Security-Policy", content_security_policy()),
        ("X-Content-Type-Options", "nosniff".to_string()),
        ("Referrer-Policy", "strict-origin-when-cross-origin".to_string()),
        (
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()".to_string(),
        ),
    ]
}

/// `Content-Type` by extension, with `charset=utf-8` for text.
pub fn content_type(rel: &str) -> String {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let mime = match name.rsplit_once('.').map(|(_, ext)| ext.to_ascii_lowercase()) {
        None => "text/plain".to_string(), // robots.txt-like files without extension: _redirects, _headers
        Some(ext) => match ext.as_str() {
            "atom" => "application/atom+xml".to_string(),
            "xml" => "application/xml".to_string(),
            "webmanifest" => "application/manifest+json".to_string(),
            "js" | "mjs" => "text/javascript".to_string(),
            _ => mime_guess::from_ext(&ext)
                .first_or_octet_stream()
                .essence_str()
                .to_string(),
        },
    };
    let text = mime.starts_with("text/")
        || mime.ends_with("+xml")
        || mime.ends_with("+json")
        || matches!(mime.as_str(), "application/xml" | "application/json");
    if text { format!("{mime}; charset=utf-8") } else { mime }
}

/// The default `Cache-Control` of a file.
pub fn default_cache_control(rel: &str) -> &'static str {
    if crate::emit::is_fingerprinted(rel) {
        return IMMUTABLE;
    }
    let ext = rel
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "xml" | "atom" | "rss" | "json" | "txt" | "" | "css" | "js" => SHORT_LIVED,
        _ => DEFAULT_CACHE,
    }
}

/// The headers of one published file: the first matching rule's value for
/// each header, then the defaults for `Content-Type` and `Cache-Control`.
pub fn for_file(rel: &str, rules: &[HeaderRule]) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for rule in rules.iter().filter(|r| r.matcher.is_match(rel)) {
        for (name, value) in &rule.headers {
            if !headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name)) {
                headers.push((name.clone(), value.clone()));
            }
        }
    }
    let has = |headers: &[(String, String)], name: &str| headers.iter().any(|(n, _)| n.eq_ignore_ascii_case(name));
    if !has(&headers, "Content-Type") {
        headers.push(("Content-Type".to_string(), content_type(rel)));
    }
    if !has(&headers, "Cache-Control") {
        headers.push(("Cache-Control".to_string(), default_cache_control(rel).to_string()));
    }
    headers
}

/// The `_headers` file: security headers for every path, a year's cache
/// for each fingerprinted file, and the site's rules (`**` becomes the
/// hosts' `*`).
pub fn headers_file<'a>(rules: &[HeaderRule], fingerprinted: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::from(
        "# HTTP headers for hosts that read this file (Netlify, Cloudflare Pages), written by keng.\n/*\n",
    );
    for (name, value) in security_headers() {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    for rel in fingerprinted {
        out.push_str(&format!("/{rel}\n  Cache-Control: {IMMUTABLE}\n"));
    }
    for rule in rules {
        let path = rule
            .pattern
            .trim_start_matches('/')
            .replace("**", "*")
            .replace("*/*", "*");
        out.push_str(&format!("/{path}\n"));
        for (name, value) in &rule.headers {
            out.push_str(&format!("  {name}: {value}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(pattern: &str, headers: &[(&str, &str)]) -> HeaderRule {
        HeaderRule {
            pattern: pattern.to_string(),
            matcher: globset::GlobBuilder::new(pattern)
                .literal_separator(true)
                .build()
                .unwrap()
                .compile_matcher(),
            headers: headers.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
        }
    }

    #[test]
    fn content_types_say_utf_8_for_text() {
        assert_eq!(content_type("tin-tuc/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("style.0123456789abcdef.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("search.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("atom.xml"), "application/xml; charset=utf-8");
        assert_eq!(content_type("canh-bao/cap.atom"), "application/atom+xml; charset=utf-8");
        assert_eq!(
            content_type("tim-kiem/index/t-an.json"),
            "application/json; charset=utf-8"
        );
        assert_eq!(content_type("favicon.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(content_type("_redirects"), "text/plain; charset=utf-8");
        assert_eq!(content_type("anh/a.640.webp"), "image/webp");
        assert_eq!(content_type("files/don.pdf"), "application/pdf");
        assert_eq!(content_type("x.unknownext"), "application/octet-stream");
    }

    #[test]
    fn rules_come_first_then_defaults() {
        let rules = [
            rule("anh/**", &[("Cache-Control", "public, max-age=604800")]),
            rule(
                "**/*.pdf",
                &[("Content-Disposition", "attachment"), ("cache-control", "no-store")],
            ),
        ];
        let get = |rel: &str, name: &str| {
            for_file(rel, &rules)
                .into_iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v)
        };
        assert_eq!(
            get("anh/a.webp", "Cache-Control").as_deref(),
            Some("public, max-age=604800")
        );
        assert_eq!(get("anh/a.webp", "Content-Type").as_deref(), Some("image/webp"));
        assert_eq!(get("files/a.pdf", "Cache-Control").as_deref(), Some("no-store"));
        assert_eq!(get("files/a.pdf", "Content-Disposition").as_deref(), Some("attachment"));
        assert_eq!(
            get("style.0123456789abcdef.css", "Cache-Control").as_deref(),
            Some(IMMUTABLE)
        );
        assert_eq!(get("index.html", "Cache-Control").as_deref(), Some(SHORT_LIVED));
        assert_eq!(get("favicon.ico", "Cache-Control").as_deref(), Some(DEFAULT_CACHE));
        assert_eq!(for_file("a.html", &rules).len(), 2);
    }

    #[test]
    fn the_headers_file_has_the_policy_the_fingerprints_and_the_rules() {
        let rules = [rule("anh/**", &[("Cache-Control", "public, max-age=604800")])];
        let text = headers_file(&rules, ["style.0123456789abcdef.css"].into_iter());
        assert!(text.contains("/*\n  Content-Security-Policy: default-src 'self'; script-src 'self';"));
        assert!(!text.contains("unsafe-inline"));
        assert!(text.contains("  X-Content-Type-Options: nosniff\n"));
        assert!(text.contains(&format!("/style.0123456789abcdef.css\n  Cache-Control: {IMMUTABLE}\n")));
        assert!(text.contains("/anh/*\n  Cache-Control: public, max-age=604800\n"));
    }
}
