//! Values the built-in shortcodes need from the site, ready for their
//! templates. A site's own template with a built-in's name gets the same
//! values, so it can restyle `figure` or `hotline` without losing them.
//!
//! | shortcode    | adds      | from |
//! |--------------|-----------|------|
//! | `hotline`    | `hotlines` | site.toml `[extra] hotline`, `district_police_phone`, the guides' `hotlines` |
//! | `guide`      | `guide`   | the entry at `path` |
//! | `alert_list` | `alerts`  | alerts in force at the build's clock |
//! | `video`      | `video`   | the `url` argument |
//!
//! (`figure` gets `image` from the photo pipeline, in the Markdown stage.)

use crate::messages::msg;
use serde::Serialize;
use serde_json::{Value as Json, json};

use super::Call;
use crate::content::Site;

/// Built-ins whose HTML shows other entries of the site.
pub const SHOWS_OTHER_ENTRIES: &[&str] = &["hotline", "guide", "alert_list"];

/// A problem with a call's values: (message, hint), at the call.
pub type Problem = (crate::messages::Message, crate::messages::Message);

/// The values shortcode `call` needs, added to `values`; for an entry of
/// language `lang`.
pub fn prepare(site: &Site, lang: Option<&str>, call: &Call, values: &mut tera::Context) -> Result<(), Problem> {
    match call.name.as_str() {
        "hotline" => values.insert("hotlines", &hotlines(site, lang, call.text_arg("number"))?),
        "guide" => values.insert("guide", &entry_card(site, lang, call.text_arg("path").unwrap_or(""))?),
        "alert_list" => values.insert("alerts", &alerts_in_force(site)),
        "video" => values.insert("video", &Video::from_url(call.text_arg("url").unwrap_or(""))?),
        _ => {}
    }
    Ok(())
}

/// A number to call, with what it is for.
#[derive(Debug, Serialize, PartialEq)]
pub struct Hotline {
    /// As written: `113`, `0263 3843 113`.
    pub number: String,
    /// For `tel:` links: digits and `+` only.
    pub tel: String,
    /// What the number is for; empty for site.toml's numbers, whose
    /// label the template takes from `role`.
    pub label: String,
    /// `emergency` (`[extra] hotline`), `district_police`
    /// (`[extra] district_police_phone`) or `guide`.
    pub role: &'static str,
}

fn tel(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// The site's numbers, then every number its guides (of the same language)
/// name, each once. With `only`, just that number, or a problem listing
/// the known ones.
pub fn hotlines(site: &Site, lang: Option<&str>, only: Option<&str>) -> Result<Vec<Hotline>, Problem> {
    let mut all: Vec<Hotline> = Vec::new();
    let mut add = |number: &str, label: &str, role: &'static str| {
        let number = number.trim();
        if !number.is_empty() && !all.iter().any(|h| h.tel == tel(number)) {
            all.push(Hotline {
                number: number.to_string(),
                tel: tel(number),
                label: label.trim().to_string(),
                role,
            });
        }
    };
    let extra = |key: &str| site.config.extra.get(key).and_then(|v| v.as_str());
    if let Some(n) = extra("hotline") {
        add(n, "", "emergency");
    }
    if let Some(n) = extra("district_police_phone") {
        add(n, "", "district_police");
    }
    for page in site.pages.iter().filter(|p| p.lang.as_deref() == lang) {
        if let Some(guide) = page.typed::<crate::kinds::guide::Guide>() {
            for h in &guide.hotlines {
                let (number, label) = h.trim().split_once(' ').unwrap_or((h, ""));
                add(number, label, "guide");
            }
        }
    }
    let Some(only) = only else { return Ok(all) };
    let known: Vec<String> = all.iter().map(|h| h.number.clone()).collect();
    let found: Vec<Hotline> = all.into_iter().filter(|h| h.tel == tel(only)).collect();
    if found.is_empty() {
        return Err((
            msg!("shortcode-hotline-unknown", number = only),
            if known.is_empty() {
                msg!("shortcode-hotline-none-hint")
            } else {
                msg!("shortcode-hotline-unknown-hint", numbers = known.join(", "))
            },
        ));
    }
    Ok(found)
}

/// Title, summary and address of the entry at `path` (`@/x/y.toml`), in
/// language `lang` when the entry has a translation in it.
pub fn entry_card(site: &Site, lang: Option<&str>, path: &str) -> Result<Json, Problem> {
    let rel = path.trim_start_matches("@/");
    let Some(&named) = site.page_by_rel.get(rel) else {
        return Err((
            msg!("shortcode-guide-missing", file = rel),
            msg!("shortcode-guide-missing-hint"),
        ));
    };
    let i = std::iter::once(named)
        .chain(site.pages[named].translations.iter().copied())
        .find(|&t| site.pages[t].lang.as_deref() == lang)
        .unwrap_or(named);
    let page = &site.pages[i];
    let summary = page
        .data
        .as_ref()
        .and_then(|d| d.get("summary"))
        .and_then(|v| v.as_str())
        .or(page.meta.summary.as_deref());
    Ok(json!({
        "title": page.title(),
        "summary": summary,
        "permalink": page.permalink,
        "kind": page.kind,
        "scam": page.data.as_ref().and_then(|d| d.get("scam")),
    }))
}

/// The alerts in force, most severe first: what `alert_list` shows.
pub fn alerts_in_force(site: &Site) -> Vec<Json> {
    crate::kinds::alert::current_alerts(site)
        .into_iter()
        .map(|i| {
            let page = &site.pages[i];
            let field = |k: &str| page.data.as_ref().and_then(|d| d.get(k)).cloned();
            let alert = page.typed::<crate::kinds::alert::Alert>();
            json!({
                "title": page.title(),
                "permalink": page.permalink,
                "headline": field("headline"),
                "severity": alert.map(|a| a.severity.as_str()),
                "area": field("area"),
                "expires": alert.map(|a| a.expires.text.as_str()),
            })
        })
        .collect()
}

/// The origins `video` players load from once a reader asks (the
/// Content-Security-Policy's `frame-src`, see `headers`).
pub const VIDEO_PLAYER_ORIGINS: &[&str] = &[
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.facebook.com",
];

/// A video on a host keng knows, and how to embed it once the reader asks.
#[derive(Debug, Serialize, PartialEq)]
pub struct Video {
    /// The host's name as readers know it.
    pub host: &'static str,
    /// The video's page on the host (the link without JavaScript).
    pub url: String,
    /// The player to load after a click.
    pub embed_url: String,
}

impl Video {
    pub fn from_url(url: &str) -> Result<Video, Problem> {
        let unknown = || {
            (
                msg!("shortcode-video-unknown", url = url),
                msg!("shortcode-video-unknown-hint"),
            )
        };
        let rest = url
            .strip_prefix("https://")
            .or_else(|| url.strip_prefix("http://"))
            .ok_or_else(unknown)?;
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        let host = host.to_ascii_lowercase();
        let host = host.strip_prefix("www.").unwrap_or(&host);
        let host = host.strip_prefix("m.").unwrap_or(host);
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let param = |name: &str| {
            query
                .split('&')
                .find_map(|kv| kv.strip_prefix(name).and_then(|v| v.strip_prefix('=')))
        };
        let youtube = |id: &str| -> Result<Video, Problem> {
            let id_ok = id.len() == 11 && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if !id_ok {
                return Err(unknown());
            }
            Ok(Video {
                host: "YouTube",
                url: format!("https://www.youtube.com/watch?v={id}"),
                embed_url: format!("https://www.youtube-nocookie.com/embed/{id}?autoplay=1"),
            })
        };
        match host {
            "youtube.com" => match path.split('/').collect::<Vec<_>>().as_slice() {
                ["watch"] => youtube(param("v").unwrap_or("")),
                ["shorts" | "embed" | "live", id, ..] => youtube(id),
                _ => Err(unknown()),
            },
            "youtu.be" => youtube(path.split('/').next().unwrap_or("")),
            "vimeo.com" => {
                let id = path.split('/').next().unwrap_or("");
                if id.is_empty() || !id.chars().all(|c| c.is_ascii_digit()) {
                    return Err(unknown());
                }
                Ok(Video {
                    host: "Vimeo",
                    url: format!("https://vimeo.com/{id}"),
                    embed_url: format!("https://player.vimeo.com/video/{id}?autoplay=1&dnt=1"),
                })
            }
            "facebook.com" | "fb.watch" => {
                let is_video = host == "fb.watch" || path.contains("/videos/") || path == "watch" || path == "watch/";
                if !is_video || (path == "watch" || path == "watch/") && param("v").is_none() {
                    return Err(unknown());
                }
                let canonical = format!(
                    "https://{}/{path}{}",
                    if host == "fb.watch" {
                        "fb.watch"
                    } else {
                        "www.facebook.com"
                    },
                    if query.is_empty() {
                        String::new()
                    } else {
                        format!("?{query}")
                    }
                );
                let encoded = percent_encoding::utf8_percent_encode(&canonical, percent_encoding::NON_ALPHANUMERIC);
                Ok(Video {
                    host: "Facebook",
                    embed_url: format!(
                        "https://www.facebook.com/plugins/video.php?href={encoded}&show_text=false&autoplay=true"
                    ),
                    url: canonical,
                })
            }
            _ => Err(unknown()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn video_addresses_of_known_hosts() {
        let v = Video::from_url("https://youtu.be/dQw4w9WgXcQ?t=3").unwrap();
        assert_eq!(v.host, "YouTube");
        assert_eq!(v.url, "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assert!(
            v.embed_url
                .starts_with("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")
        );
        for url in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=x",
            "https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
            "https://youtube.com/shorts/dQw4w9WgXcQ",
        ] {
            assert_eq!(Video::from_url(url).unwrap().url, v.url, "{url}");
        }
        let v = Video::from_url("https://vimeo.com/76979871").unwrap();
        assert_eq!(v.embed_url, "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1");
        let v = Video::from_url("https://www.facebook.com/congan/videos/123456/").unwrap();
        assert_eq!(v.host, "Facebook");
        assert!(
            v.embed_url
                .contains("href=https%3A%2F%2Fwww%2Efacebook%2Ecom%2Fcongan%2Fvideos%2F123456%2F")
        );
    }

    #[test]
    fn other_addresses_are_refused_with_the_list() {
        for url in [
            "https://example.vn/video.mp4",
            "javascript:alert(1)",
            "https://www.youtube.com/watch?v=short",
            "https://www.facebook.com/congan/posts/1",
            "https://vimeo.com/channels/x",
        ] {
            let (message, hint) = Video::from_url(url).unwrap_err();
            let (message, hint) = (message.to_string(), hint.to_string());
            assert!(message.contains(url), "{message}");
            assert!(hint.contains("YouTube") && hint.contains("Vimeo") && hint.contains("Facebook"));
        }
    }
}
