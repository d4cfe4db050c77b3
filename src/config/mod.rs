//! `site.toml`: read as a raw serde type, then validated into [`Config`]
//! (`validate`, and `kinds` for a site's own kinds).
//!
//! The raw type mirrors the file (every key optional, unknown keys refused);
//! [`Config`] is what the rest of the pipeline uses, with defaults filled in.

mod cap;
mod deploy;
mod kinds;
mod problems;
mod validate;

use crate::messages::msg;
use std::collections::BTreeMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics, toml_error};
use crate::schema::SiteKind;
use validate::RawConfig;

pub use deploy::{DeployConfig, DeployTarget, HeaderRule, TargetPlace, parse_place};

pub const CONFIG_FILE: &str = "site.toml";

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub title: String,
    pub description: Option<String>,
    /// Absolute URL without a trailing slash, e.g. `https://example.org`.
    pub base_url: String,
    /// BCP 47 language of the site's content, `vi` by default.
    pub language: String,
    /// Languages of translations (`bai.en.md` beside `bai.md`), built under `/<lang>/`.
    pub languages: Vec<String>,
    /// Time zone of dates written without an offset (`Asia/Ho_Chi_Minh` by default).
    pub timezone: chrono_tz::Tz,
    /// A theme under `themes/<name>/` layered over the built-in default.
    pub theme: Option<String>,
    /// Follow symbolic links that lead outside the site folder (off: such
    /// a link is an error, so nothing outside the site is published).
    pub allow_outside_links: bool,
    /// Taxonomy names, in the order the config gives them.
    pub taxonomies: Vec<String>,
    /// Entries per list page; 0 turns pagination off.
    pub paginate_by: usize,
    /// URL segment before the page number: `/tin-tuc/trang/2/`.
    pub paginate_path: String,
    pub markdown: MarkdownConfig,
    /// The site's own entry kinds (`[kinds.NAME]`); `kinds::get` finds
    /// these and the built-in ones.
    pub site_kinds: BTreeMap<String, SiteKind>,
    pub feeds: FeedsConfig,
    pub images: ImagesConfig,
    pub cap: CapConfig,
    pub publisher: PublisherConfig,
    /// `[deploy]`: where `keng deploy` publishes, and with which headers.
    pub deploy: DeployConfig,
    /// The free `[extra]` table, handed to templates untouched.
    pub extra: serde_json::Value,
}

/// `[markdown]`: the options of the Markdown stage.
#[derive(Debug, Clone)]
pub struct MarkdownConfig {
    /// `rel` of links to other sites; empty to add none.
    pub external_links_rel: String,
    /// Open links to other sites in a new tab.
    pub external_links_new_tab: bool,
    /// Turn straight quotes and `--` into typographic ones.
    pub smart_punctuation: bool,
    /// Keep raw HTML and every URL scheme as editors wrote them (trusted editors only).
    pub unsafe_html: bool,
}

/// `[images]`: how photos are resized and re-encoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImagesConfig {
    /// Widths in pixels of the versions of every photo, smallest first;
    /// a photo is never made wider than it is.
    pub widths: Vec<u32>,
    /// Quality of WebP and JPEG versions, 1–100.
    pub quality: u8,
    /// Photos larger than this are refused (decompression bombs, scans).
    pub max_megapixels: u32,
    /// Publish the original file too (stripped of its metadata like every
    /// version): for sites that offer photos for download.
    pub publish_originals: bool,
}

impl Default for ImagesConfig {
    fn default() -> Self {
        ImagesConfig {
            // A phone at 360–414 px (×1–3) to a 1,280 px laptop column.
            widths: vec![360, 640, 960, 1280],
            quality: 78,
            max_megapixels: 100,
            publish_originals: false,
        }
    }
}

/// `[feeds]`: Atom, RSS and JSON feeds of the news.
#[derive(Debug, Clone)]
pub struct FeedsConfig {
    /// `/atom.xml` (and `atom.xml` beside every list that has a feed).
    pub atom: bool,
    /// `/rss.xml` (and `rss.xml` beside every list that has a feed).
    pub rss: bool,
    /// `/feed.json` (JSON Feed 1.1) beside every list that has a feed; off by default.
    pub json: bool,
    /// Newest entries per feed.
    pub limit: usize,
    /// Whole articles instead of their summaries.
    pub full_content: bool,
    /// Taxonomies whose terms get feeds (`/tags/an-ninh/atom.xml`).
    pub taxonomies: Vec<String>,
}

/// `[cap]`: the Common Alerting Protocol files made from alerts.
#[derive(Debug, Clone)]
pub struct CapConfig {
    /// CAP `sender`: who issues the alerts, e.g. an e-mail address.
    pub sender: String,
    /// CAP `senderName`: the issuing office in words.
    pub sender_name: String,
    pub status: String,
    pub scope: String,
    /// CAP `contact`.
    pub contact: Option<String>,
}

/// `[publisher]`: the office publishing the site (schema.org GovernmentOrganization).
#[derive(Debug, Clone)]
pub struct PublisherConfig {
    pub name: String,
    pub telephone: Option<String>,
    pub email: Option<String>,
}

pub const CAP_STATUSES: &[&str] = &["Actual", "Exercise", "System", "Test", "Draft"];
pub const CAP_SCOPES: &[&str] = &["Public", "Restricted", "Private"];

impl Default for MarkdownConfig {
    fn default() -> Self {
        MarkdownConfig {
            external_links_rel: "noopener noreferrer".to_string(),
            external_links_new_tab: false,
            smart_punctuation: false,
            unsafe_html: false,
        }
    }
}

impl Config {
    /// The settings that reading an entry and converting its body depend
    /// on, as one text: two configs with the same key read and convert
    /// every file alike, but for shortcodes (whose templates see the whole
    /// config). Left out: the title and description, pagination, feeds,
    /// deploy targets and `[extra]`.
    pub fn content_key(&self) -> String {
        format!(
            "{:?}",
            (
                &self.base_url,
                &self.language,
                &self.languages,
                &self.timezone,
                &self.theme,
                self.allow_outside_links,
                &self.taxonomies,
                &self.markdown,
                &self.site_kinds,
                &self.images,
                &self.cap,
                &self.publisher,
            )
        )
    }

    /// Reads and validates `ROOT/site.toml`.
    pub fn load(root: &Path) -> Result<Config, Diagnostics> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|e| {
                Diagnostic::new(&path, msg!("config-not-utf8"))
                    .at_offset("", e.utf8_error().valid_up_to())
                    .hint(msg!("not-utf8-hint"))
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Diagnostic::new(&path, msg!("config-missing"))
                    .hint(msg!("config-missing-hint"))
                    .into());
            }
            Err(e) => return Err(Diagnostic::io(&path, &e).into()),
        };
        Config::parse(&path, &text)
    }

    /// Validates the text of a `site.toml`; `path` is only used in messages.
    pub fn parse(path: &Path, text: &str) -> Result<Config, Diagnostics> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
        raw.validate(path, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::urls::base_url_problem;

    fn parse(text: &str) -> Result<Config, Diagnostics> {
        Config::parse(Path::new("site.toml"), text)
    }

    #[test]
    fn defaults_are_filled_in() {
        for bad in [
            "https://e.org/#x",
            "https://e.org/?a=1",
            "https://user:pw@e.org",
            "http://[::1",
            "https://",
            "https://e.org:http",
            "ftp://e.org",
            "https://e .org",
        ] {
            assert!(base_url_problem(bad).is_some(), "{bad}");
        }
        for good in [
            "https://e.org",
            "http://[::1]:1111",
            "http://127.0.0.1:1111/sub",
            "https://công-an.vn",
        ] {
            assert_eq!(base_url_problem(good), None, "{good}");
        }
        let c = parse("title = \"T\"\nbase_url = \"https://example.org/\"\n").unwrap();
        assert_eq!(c.base_url, "https://example.org");
        assert_eq!(c.language, "vi");
        assert_eq!(c.paginate_by, 10);
        assert_eq!(c.paginate_path, "trang");
        assert_eq!(c.markdown.external_links_rel, "noopener noreferrer");
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let err = parse("title = \"T\"\nbase_url = \"https://e.org\"\ntitel = 3\n").unwrap_err();
        let d = &err.0[0];
        assert_eq!(d.line, 3);
        assert_eq!(d.message.id, "toml-unknown-key-expected");
        assert!(d.to_string().contains("titel"), "{d}");
    }

    #[test]
    fn wrong_type_names_expected_type() {
        let err = parse("title = \"T\"\nbase_url = \"https://e.org\"\npaginate_by = \"ten\"\n").unwrap_err();
        let d = &err.0[0];
        assert_eq!(d.line, 3);
        assert!(
            d.message.to_string().contains("u32") || d.message.to_string().contains("integer"),
            "{}",
            d.message
        );
    }

    #[test]
    fn all_validation_errors_are_reported() {
        let err = parse("title = \"\"\nbase_url = \"example.org\"\ntaxonomies = [\"Tags\"]\n").unwrap_err();
        assert_eq!(err.len(), 3, "{err}");
    }

    #[test]
    fn image_settings_are_checked() {
        let c =
            parse("title = \"T\"\nbase_url = \"https://e.org\"\n[images]\nwidths = [960, 360, 360]\nquality = 80\n")
                .unwrap();
        assert_eq!(c.images.widths, [360, 960]);
        assert_eq!(c.images.quality, 80);
        let err =
            parse("title = \"T\"\nbase_url = \"https://e.org\"\n[images]\nwidths = [4]\nquality = 0\n").unwrap_err();
        assert_eq!(err.len(), 2, "{err}");
        assert_eq!(err.0[0].line, 4);
        assert_eq!(err.0[1].line, 5);
    }
}
