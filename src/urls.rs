//! Which addresses content may use, and which lead to other sites: one
//! home for the URL rules of the Markdown passes, the kinds' `image` fields
//! and `keng check`.

/// URL path of the search page that `keng build` writes for every site
/// (see `search`); no section, entry or alias may take it.
pub const SEARCH_PAGE: &str = "/tim-kiem/";

/// URL schemes a link or image may use; URLs without a scheme are relative.
pub const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel"];

/// The scheme of a URL (`javascript` of `JavaScript:alert(1)`), if it has one.
fn scheme(url: &str) -> Option<String> {
    // Browsers ignore leading spaces and control characters, and tabs or
    // newlines inside the scheme.
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .take_while(|c| !matches!(c, '/' | '?' | '#'))
        .collect();
    let (scheme, _) = cleaned.split_once(':')?;
    Some(scheme.to_ascii_lowercase())
}

/// Whether a URL is safe to put in `href` or `src`.
pub fn allowed_url(url: &str) -> bool {
    match scheme(url) {
        None => true,
        Some(s) => ALLOWED_SCHEMES.contains(&s.as_str()),
    }
}

/// Whether a text is an address that runs script or carries a document
/// when a browser opens it (`javascript:`, `vbscript:`, `data:`).
pub fn script_url(text: &str) -> bool {
    scheme(text).is_some_and(|s| matches!(s.as_str(), "javascript" | "vbscript" | "data"))
}

/// Resolves `.` and `..` in a `/`-separated path, without a leading `/`
/// (a trailing one is kept): `/a/./b/../c/` → `a/c/`.
pub fn normalize_path(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let trailing = if path.ends_with('/') && !parts.is_empty() {
        "/"
    } else {
        ""
    };
    format!("{}{trailing}", parts.join("/"))
}

/// A link to another site as it can be fetched: `HTTP://X.VN/a` →
/// `http://X.VN/a`, protocol-relative `//x.vn/a` → `https://x.vn/a`;
/// `None` for links inside the site (`base_url`) and anything else.
pub fn external_url(url: &str, base_url: &str) -> Option<String> {
    let absolute = if let Some(rest) = url.strip_prefix("//") {
        format!("https://{rest}")
    } else {
        let (scheme, rest) = url.split_once("://")?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return None;
        }
        format!("{scheme}://{rest}")
    };
    let inside = !base_url.is_empty() && {
        let host_part = |u: &str| {
            u.split_once("://")
                .map(|(_, r)| r.to_ascii_lowercase())
                .unwrap_or_default()
        };
        let (site, link) = (host_part(base_url), host_part(&absolute));
        link == site || link.starts_with(&format!("{site}/")) || link.starts_with(&format!("{site}#"))
    };
    (!inside).then_some(absolute)
}

/// An absolute URL for an address given in content: as it is when it
/// has a scheme, from the site root for `/x`, from the page for `x`.
pub fn absolute(base_url: &str, page_url: &str, src: &str) -> String {
    if src.contains("://") {
        src.to_string()
    } else if let Some(p) = src.strip_prefix('/') {
        format!("{base_url}/{p}")
    } else {
        format!("{page_url}{src}")
    }
}

/// What is wrong with a `base_url`, if anything: every canonical URL,
/// feed and sitemap is built on it.
pub fn base_url_problem(url: &str) -> Option<crate::messages::Message> {
    use crate::messages::msg;
    let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) else {
        return Some(msg!("base-url-scheme"));
    };
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some(msg!("base-url-spaces"));
    }
    if url.contains(['?', '#']) {
        return Some(msg!("base-url-query"));
    }
    let authority = rest.split('/').next().unwrap_or("");
    if authority.contains('@') {
        return Some(msg!("base-url-user"));
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((ip, port)) if ip.parse::<std::net::Ipv6Addr>().is_ok() => ("v6", port),
            _ => return Some(msg!("base-url-ipv6")),
        },
        None => match authority.split_once(':') {
            Some((host, port)) => (host, port),
            None => (authority, ""),
        },
    };
    if host.is_empty() {
        return Some(msg!("base-url-no-host"));
    }
    if !host.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-') {
        return Some(msg!("base-url-bad-host"));
    }
    let port = port.strip_prefix(':').unwrap_or(port);
    if !port.is_empty() && port.parse::<u16>().is_err() {
        return Some(msg!("base-url-port"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_found_the_way_browsers_find_them() {
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " \u{1}javascript:x",
            "java\tscript:x",
            "data:text/html,<b>",
            "vbscript:x",
        ] {
            assert!(!allowed_url(bad), "{bad:?}");
        }
        for good in [
            "https://a.vn",
            "HTTP://A.VN",
            "mailto:a@b.vn",
            "tel:113",
            "/tin-tuc/",
            "anh.jpg",
            "#muc",
            "@/tin-tuc/a.md",
            "?q=a:b",
            "a/b:c",
        ] {
            assert!(allowed_url(good), "{good:?}");
        }
    }

    #[test]
    fn protocol_relative_and_upper_case_links_are_external() {
        let base = "https://antt.example.vn";
        assert_eq!(
            external_url("//example.com/x", base).as_deref(),
            Some("https://example.com/x")
        );
        assert_eq!(
            external_url("HTTP://EXAMPLE.COM/", base).as_deref(),
            Some("http://EXAMPLE.COM/")
        );
        assert_eq!(external_url("https://antt.example.vn/tin-tuc/", base), None);
        assert_eq!(external_url("HTTPS://ANTT.example.vn/", base), None);
        assert!(external_url("https://antt.example.vn.evil.com/", base).is_some());
        assert_eq!(external_url("/tin-tuc/", base), None);
        assert_eq!(external_url("mailto:a@b.vn", base), None);
    }
}
