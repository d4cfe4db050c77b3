//! `site.toml` as written (every key optional, unknown keys refused), and
//! its validation into [`Config`], one function per part of the file.
//! Every problem is collected with its position before the load gives up.

use crate::messages::msg;
use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::problems::Problems;
use super::{Config, FeedsConfig, ImagesConfig, MarkdownConfig};
use crate::diagnostic::Diagnostics;
use crate::schema::SiteKind;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConfig {
    title: Option<Spanned<String>>,
    description: Option<String>,
    base_url: Option<Spanned<String>>,
    language: Option<Spanned<String>>,
    timezone: Option<Spanned<String>>,
    languages: Option<Vec<Spanned<String>>>,
    theme: Option<Spanned<String>>,
    allow_outside_links: Option<bool>,
    taxonomies: Option<Spanned<Vec<Spanned<String>>>>,
    paginate_by: Option<u32>,
    paginate_path: Option<Spanned<String>>,
    markdown: Option<RawMarkdown>,
    images: Option<RawImages>,
    kinds: Option<BTreeMap<String, Spanned<super::kinds::RawKind>>>,
    feeds: Option<RawFeeds>,
    cap: Option<super::cap::RawCap>,
    publisher: Option<super::cap::RawPublisher>,
    deploy: Option<super::deploy::RawDeploy>,
    extra: Option<toml::Table>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFeeds {
    atom: Option<bool>,
    rss: Option<bool>,
    json: Option<bool>,
    limit: Option<u32>,
    full_content: Option<bool>,
    taxonomies: Option<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawImages {
    widths: Option<Spanned<Vec<u32>>>,
    quality: Option<Spanned<u32>>,
    max_megapixels: Option<Spanned<u32>>,
    publish_originals: Option<bool>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkdown {
    external_links_rel: Option<String>,
    external_links_new_tab: Option<bool>,
    smart_punctuation: Option<bool>,
    unsafe_html: Option<bool>,
}

impl RawConfig {
    pub(super) fn validate(self, path: &Path, text: &str) -> Result<Config, Diagnostics> {
        let mut p = Problems::new(path, text);
        // In file order, so that problems are reported top to bottom.
        let title = title(&mut p, self.title);
        let base_url = base_url(&mut p, self.base_url);
        let language = language(&mut p, self.language);
        let timezone = timezone(&mut p, self.timezone);
        let languages = languages(&mut p, self.languages, &language);
        let theme = theme(&mut p, self.theme);
        let taxonomies = taxonomies(&mut p, self.taxonomies);
        let paginate_path = paginate_path(&mut p, self.paginate_path);
        let site_kinds = site_kinds(&mut p, self.kinds.unwrap_or_default());
        let feeds = feeds(&mut p, self.feeds.unwrap_or_default(), &taxonomies);
        let images = images(&mut p, self.images);
        let cap = super::cap::cap(&mut p, self.cap.unwrap_or_default(), &base_url, &title);
        let deploy = super::deploy::deploy(&mut p, self.deploy.unwrap_or_default());
        let config = Config {
            description: self.description,
            timezone,
            theme,
            allow_outside_links: self.allow_outside_links.unwrap_or(false),
            paginate_by: self.paginate_by.unwrap_or(10) as usize,
            paginate_path,
            markdown: markdown(self.markdown),
            site_kinds,
            feeds,
            images,
            cap,
            publisher: super::cap::publisher(self.publisher.unwrap_or_default(), &title),
            deploy,
            extra: crate::value::toml_to_json(&toml::Value::Table(self.extra.unwrap_or_default())),
            title,
            base_url,
            language,
            languages,
            taxonomies,
        };
        p.errors.into_result(config)
    }
}

fn title(p: &mut Problems, raw: Option<Spanned<String>>) -> String {
    match raw {
        Some(t) if !t.get_ref().trim().is_empty() => t.into_inner(),
        Some(t) => {
            p.error(t.span(), msg!("config-title-empty"), msg!("config-title-empty-hint"));
            String::new()
        }
        None => {
            p.missing("title", "\"Công an huyện Đức Trọng\"");
            String::new()
        }
    }
}

fn base_url(p: &mut Problems, raw: Option<Spanned<String>>) -> String {
    let Some(u) = raw else {
        p.missing("base_url", "\"https://conganductrong.example.vn\"");
        return String::new();
    };
    let url = u.get_ref().trim_end_matches('/').to_string();
    if let Some(problem) = crate::urls::base_url_problem(&url) {
        p.error(
            u.span(),
            msg!("config-base-url-invalid", found = u.get_ref(), problem = problem),
            msg!("config-base-url-invalid-hint"),
        );
    }
    url
}

fn language(p: &mut Problems, raw: Option<Spanned<String>>) -> String {
    let Some(l) = raw else { return "vi".to_string() };
    let ok = !l.get_ref().is_empty() && l.get_ref().chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !ok {
        p.error(
            l.span(),
            msg!("config-language-invalid", found = l.get_ref()),
            msg!("config-language-invalid-hint"),
        );
    }
    l.into_inner()
}

fn timezone(p: &mut Problems, raw: Option<Spanned<String>>) -> chrono_tz::Tz {
    let Some(tz) = raw else {
        return crate::date::DEFAULT_TIMEZONE;
    };
    match tz.get_ref().parse::<chrono_tz::Tz>() {
        Ok(zone) => zone,
        Err(_) => {
            p.error(
                tz.span(),
                msg!("config-timezone-unknown", found = tz.get_ref()),
                msg!("config-timezone-unknown-hint"),
            );
            crate::date::DEFAULT_TIMEZONE
        }
    }
}

/// Translation languages: two- or three-letter codes, each once, not the site's own.
fn languages(p: &mut Problems, raw: Option<Vec<Spanned<String>>>, language: &str) -> Vec<String> {
    let mut languages: Vec<String> = Vec::new();
    for l in raw.unwrap_or_else(|| vec![Spanned::new(0..0, "en".to_string())]) {
        let code = l.get_ref();
        let valid = (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase());
        if !valid {
            p.error(
                l.span(),
                msg!("config-languages-invalid", found = code),
                msg!("config-languages-invalid-hint"),
            );
        } else if code != language && !languages.contains(code) {
            languages.push(l.into_inner());
        }
    }
    languages
}

fn theme(p: &mut Problems, raw: Option<Spanned<String>>) -> Option<String> {
    let t = raw?;
    if t.get_ref().is_empty() || t.get_ref().contains(['/', '\\', '.']) {
        p.error(
            t.span(),
            msg!("config-theme-invalid", found = t.get_ref()),
            msg!("config-theme-invalid-hint"),
        );
        return None;
    }
    Some(t.into_inner())
}

fn taxonomies(p: &mut Problems, raw: Option<Spanned<Vec<Spanned<String>>>>) -> Vec<String> {
    let mut taxonomies: Vec<String> = Vec::new();
    for name in raw.map(Spanned::into_inner).unwrap_or_default() {
        let valid = !name.get_ref().is_empty()
            && name
                .get_ref()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
        if !valid {
            p.error(
                name.span(),
                msg!("config-taxonomy-invalid", found = name.get_ref()),
                msg!("config-taxonomy-invalid-hint"),
            );
        } else if taxonomies.contains(name.get_ref()) {
            p.error(
                name.span(),
                msg!("config-taxonomy-twice", found = name.get_ref()),
                msg!("config-taxonomy-twice-hint"),
            );
        } else {
            taxonomies.push(name.into_inner());
        }
    }
    taxonomies
}

fn paginate_path(p: &mut Problems, raw: Option<Spanned<String>>) -> String {
    match raw {
        Some(s) if slug::slugify(s.get_ref()) != *s.get_ref() => {
            p.error(
                s.span(),
                msg!("config-paginate-path-invalid", found = s.get_ref()),
                msg!("config-paginate-path-invalid-hint"),
            );
            String::new()
        }
        Some(s) => s.into_inner(),
        None => "trang".to_string(),
    }
}

fn markdown(raw: Option<RawMarkdown>) -> MarkdownConfig {
    let defaults = MarkdownConfig::default();
    let Some(m) = raw else { return defaults };
    MarkdownConfig {
        external_links_rel: m.external_links_rel.unwrap_or(defaults.external_links_rel),
        external_links_new_tab: m.external_links_new_tab.unwrap_or(defaults.external_links_new_tab),
        smart_punctuation: m.smart_punctuation.unwrap_or(defaults.smart_punctuation),
        unsafe_html: m.unsafe_html.unwrap_or(defaults.unsafe_html),
    }
}

fn images(p: &mut Problems, raw: Option<RawImages>) -> ImagesConfig {
    let defaults = ImagesConfig::default();
    let Some(raw) = raw else { return defaults };
    let mut widths = defaults.widths.clone();
    if let Some(w) = raw.widths {
        let span = w.span();
        let mut list = w.into_inner();
        list.sort_unstable();
        list.dedup();
        if list.is_empty() || list.iter().any(|w| !(16..=8192).contains(w)) {
            p.error(
                span,
                msg!("config-image-widths-invalid"),
                msg!("config-image-widths-invalid-hint"),
            );
        } else {
            widths = list;
        }
    }
    let mut bounded = |value: Option<Spanned<u32>>, key: &str, range: std::ops::RangeInclusive<u32>, default: u32| {
        let Some(v) = value else { return default };
        if range.contains(v.get_ref()) {
            return *v.get_ref();
        }
        p.error(
            v.span(),
            msg!(
                "config-image-value-out-of-range",
                key = key,
                min = range.start().to_string(),
                max = range.end().to_string(),
                found = v.get_ref().to_string()
            ),
            msg!("config-image-value-out-of-range-hint", key = key),
        );
        default
    };
    let quality = bounded(raw.quality, "quality", 1..=100, u32::from(defaults.quality)) as u8;
    let max_megapixels = bounded(raw.max_megapixels, "max_megapixels", 1..=1000, defaults.max_megapixels);
    ImagesConfig {
        widths,
        quality,
        max_megapixels,
        publish_originals: raw.publish_originals.unwrap_or(false),
    }
}

fn site_kinds(p: &mut Problems, raw: BTreeMap<String, Spanned<super::kinds::RawKind>>) -> BTreeMap<String, SiteKind> {
    let mut kinds = BTreeMap::new();
    for (name, raw) in raw {
        let kind_span = raw.span();
        match raw.into_inner().validate(&name) {
            Ok(schema) => {
                let declared_at = crate::diagnostic::line_col(p.text, kind_span.start);
                kinds.insert(name, SiteKind { schema, declared_at });
            }
            Err(problems) => {
                for (span, message, hint) in problems {
                    p.error(span.unwrap_or_else(|| kind_span.clone()), message, hint);
                }
            }
        }
    }
    kinds
}

fn feeds(p: &mut Problems, raw: RawFeeds, taxonomies: &[String]) -> FeedsConfig {
    let mut feed_taxonomies = Vec::new();
    for name in raw.taxonomies.unwrap_or_default() {
        if taxonomies.contains(name.get_ref()) {
            feed_taxonomies.push(name.into_inner());
        } else {
            p.error(
                name.span(),
                msg!("config-feed-taxonomy-unknown", found = name.get_ref()),
                msg!("config-feed-taxonomy-unknown-hint"),
            );
        }
    }
    FeedsConfig {
        atom: raw.atom.unwrap_or(true),
        rss: raw.rss.unwrap_or(true),
        json: raw.json.unwrap_or(false),
        limit: raw.limit.unwrap_or(20) as usize,
        full_content: raw.full_content.unwrap_or(false),
        taxonomies: feed_taxonomies,
    }
}
