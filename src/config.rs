//! `site.toml`: read as a raw serde type, then validated into [`Config`].
//!
//! The raw type mirrors the file (every key optional, unknown keys refused);
//! [`Config`] is what the rest of the pipeline uses, with defaults filled in.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use std::collections::BTreeMap;

use crate::diagnostic::{Diagnostic, Diagnostics, toml_error};
use crate::schema::{FieldSpec, FieldType, KindSchema, SiteKind};

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
    pub cap: CapConfig,
    pub publisher: PublisherConfig,
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
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
    kinds: Option<BTreeMap<String, Spanned<RawKind>>>,
    feeds: Option<RawFeeds>,
    cap: Option<RawCap>,
    publisher: Option<RawPublisher>,
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

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawCap {
    sender: Option<Spanned<String>>,
    sender_name: Option<String>,
    status: Option<Spanned<String>>,
    scope: Option<Spanned<String>>,
    contact: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawPublisher {
    name: Option<String>,
    telephone: Option<String>,
    email: Option<String>,
}

/// `[kinds.NAME]`: a kind of the site's own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKind {
    /// Field name → type name.
    fields: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    required: Vec<Spanned<String>>,
    title_field: Option<Spanned<String>>,
    date_field: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMarkdown {
    external_links_rel: Option<String>,
    external_links_new_tab: Option<bool>,
    smart_punctuation: Option<bool>,
    unsafe_html: Option<bool>,
}

impl Config {
    /// Reads and validates `ROOT/site.toml`.
    pub fn load(root: &Path) -> Result<Config, Diagnostics> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read(&path) {
            Ok(bytes) => String::from_utf8(bytes).map_err(|e| {
                Diagnostic::new(&path, "site.toml is not valid UTF-8 text")
                    .at_offset("", e.utf8_error().valid_up_to())
                    .hint("save the file as UTF-8")
            })?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(Diagnostic::new(&path, "no site.toml in the site folder")
                    .hint("run keng in the folder that holds site.toml, pass --root DIR, or create a site with `keng init DIR`")
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

impl RawConfig {
    fn validate(self, path: &Path, text: &str) -> Result<Config, Diagnostics> {
        let mut errors = Diagnostics::default();
        let at = |span: std::ops::Range<usize>, msg: String| Diagnostic::new(path, msg).at_offset(text, span.start);

        let title = match self.title {
            Some(t) if !t.get_ref().trim().is_empty() => t.into_inner(),
            Some(t) => {
                errors.push(
                    at(t.span(), "`title` is empty".into())
                        .hint("give the site a name, e.g. title = \"Công an huyện Đức Trọng\""),
                );
                String::new()
            }
            None => {
                errors.push(
                    Diagnostic::new(path, "missing key `title` (string)")
                        .at(1, 1)
                        .hint("add a line like title = \"Công an huyện Đức Trọng\""),
                );
                String::new()
            }
        };

        let base_url = match self.base_url {
            Some(u) => {
                let url = u.get_ref().trim_end_matches('/').to_string();
                if let Some(problem) = base_url_problem(&url) {
                    errors.push(at(u.span(), format!("`base_url` must be an absolute http(s) URL, found \"{}\": {problem}", u.get_ref()))
                        .hint("write the address the site will be served from, e.g. base_url = \"https://conganductrong.example.vn\""));
                }
                url
            }
            None => {
                errors.push(
                    Diagnostic::new(path, "missing key `base_url` (string)")
                        .at(1, 1)
                        .hint("add a line like base_url = \"https://conganductrong.example.vn\""),
                );
                String::new()
            }
        };

        let language = match self.language {
            Some(l) => {
                let ok = !l.get_ref().is_empty() && l.get_ref().chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                if !ok {
                    errors.push(at(
                        l.span(),
                        format!(
                            "`language` must be a language code like \"vi\" or \"en\", found \"{}\"",
                            l.get_ref()
                        ),
                    ));
                }
                l.into_inner()
            }
            None => "vi".to_string(),
        };

        let timezone = match self.timezone {
            Some(tz) => match tz.get_ref().parse::<chrono_tz::Tz>() {
                Ok(zone) => zone,
                Err(_) => {
                    errors.push(
                        at(
                            tz.span(),
                            format!("`timezone` \"{}\" is not a known time zone", tz.get_ref()),
                        )
                        .hint("use an IANA name such as \"Asia/Ho_Chi_Minh\""),
                    );
                    crate::date::DEFAULT_TIMEZONE
                }
            },
            None => crate::date::DEFAULT_TIMEZONE,
        };

        let mut languages = Vec::new();
        for l in self
            .languages
            .unwrap_or_else(|| vec![Spanned::new(0..0, "en".to_string())])
        {
            let code = l.get_ref();
            let valid = (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase());
            if !valid {
                errors.push(
                    at(
                        l.span(),
                        format!("`languages` holds \"{code}\", which is not a two- or three-letter language code"),
                    )
                    .hint("for example languages = [\"en\"]"),
                );
            } else if *code == language || languages.contains(code) {
                continue;
            } else {
                languages.push(l.into_inner());
            }
        }

        let theme = match self.theme {
            Some(t) if t.get_ref().is_empty() || t.get_ref().contains(['/', '\\', '.']) => {
                errors.push(at(
                    t.span(),
                    format!("`theme` must be a folder name under themes/, found \"{}\"", t.get_ref()),
                ));
                None
            }
            Some(t) => Some(t.into_inner()),
            None => None,
        };

        let mut taxonomies: Vec<String> = Vec::new();
        for name in self.taxonomies.map(Spanned::into_inner).unwrap_or_default() {
            let valid = !name.get_ref().is_empty()
                && name
                    .get_ref()
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
            if !valid {
                errors.push(
                    at(
                        name.span(),
                        format!(
                            "taxonomy name \"{}\" must be lowercase ASCII letters, digits, - or _",
                            name.get_ref()
                        ),
                    )
                    .hint("it becomes a URL and a front matter key, e.g. taxonomies = [\"tags\", \"categories\"]"),
                );
            } else if taxonomies.contains(name.get_ref()) {
                errors.push(at(
                    name.span(),
                    format!("taxonomy \"{}\" is listed twice", name.get_ref()),
                ));
            } else {
                taxonomies.push(name.into_inner());
            }
        }

        let paginate_path = match self.paginate_path {
            Some(p) if slug::slugify(p.get_ref()) != *p.get_ref() => {
                errors.push(at(
                    p.span(),
                    format!(
                        "`paginate_path` must be a URL slug like \"trang\", found \"{}\"",
                        p.get_ref()
                    ),
                ));
                String::new()
            }
            Some(p) => p.into_inner(),
            None => "trang".to_string(),
        };

        let markdown = match self.markdown {
            Some(m) => {
                let defaults = MarkdownConfig::default();
                MarkdownConfig {
                    external_links_rel: m.external_links_rel.unwrap_or(defaults.external_links_rel),
                    external_links_new_tab: m.external_links_new_tab.unwrap_or(defaults.external_links_new_tab),
                    smart_punctuation: m.smart_punctuation.unwrap_or(defaults.smart_punctuation),
                    unsafe_html: m.unsafe_html.unwrap_or(defaults.unsafe_html),
                }
            }
            None => MarkdownConfig::default(),
        };

        let mut custom = BTreeMap::new();
        for (name, raw) in self.kinds.unwrap_or_default() {
            let kind_span = raw.span();
            match raw.into_inner().validate(&name) {
                Ok(schema) => {
                    let declared_at = crate::diagnostic::line_col(text, kind_span.start);
                    custom.insert(name, SiteKind { schema, declared_at });
                }
                Err(problems) => {
                    for (span, message, hint) in problems {
                        errors.push(at(span.unwrap_or_else(|| kind_span.clone()), message).hint(hint));
                    }
                }
            }
        }

        let raw_feeds = self.feeds.unwrap_or_default();
        let mut feed_taxonomies = Vec::new();
        for name in raw_feeds.taxonomies.unwrap_or_default() {
            if taxonomies.contains(name.get_ref()) {
                feed_taxonomies.push(name.into_inner());
            } else {
                errors.push(
                    at(
                        name.span(),
                        format!("[feeds] taxonomy \"{}\" is not one of `taxonomies`", name.get_ref()),
                    )
                    .hint("list it in taxonomies = [...] too, or remove it here"),
                );
            }
        }
        let feeds = FeedsConfig {
            atom: raw_feeds.atom.unwrap_or(true),
            rss: raw_feeds.rss.unwrap_or(true),
            json: raw_feeds.json.unwrap_or(false),
            limit: raw_feeds.limit.unwrap_or(20) as usize,
            full_content: raw_feeds.full_content.unwrap_or(false),
            taxonomies: feed_taxonomies,
        };

        let raw_cap = self.cap.unwrap_or_default();
        let host = base_url
            .split("://")
            .nth(1)
            .unwrap_or(&base_url)
            .split('/')
            .next()
            .unwrap_or_default()
            .to_string();
        let mut enumerated = |value: Option<Spanned<String>>, allowed: &[&str], key: &str| -> String {
            match value {
                Some(v) if allowed.contains(&v.get_ref().as_str()) => v.into_inner(),
                Some(v) => {
                    let list = allowed
                        .iter()
                        .map(|a| format!("\"{a}\""))
                        .collect::<Vec<_>>()
                        .join(", ");
                    errors.push(at(
                        v.span(),
                        format!(
                            "[cap] `{key}` must be one of {list} (CAP 1.2), found \"{}\"",
                            v.get_ref()
                        ),
                    ));
                    allowed[0].to_string()
                }
                None => allowed[0].to_string(),
            }
        };
        let status = enumerated(raw_cap.status, CAP_STATUSES, "status");
        let scope = enumerated(raw_cap.scope, CAP_SCOPES, "scope");
        let sender = match raw_cap.sender {
            Some(s) if s.get_ref().contains([' ', ',', '<', '&']) || s.get_ref().is_empty() => {
                errors.push(at(
                    s.span(),
                    "[cap] `sender` must not be empty or contain spaces, commas, < or & (CAP 1.2)".to_string(),
                ));
                String::new()
            }
            Some(s) => s.into_inner(),
            None => host.clone(),
        };
        let cap = CapConfig {
            sender,
            sender_name: raw_cap.sender_name.unwrap_or_else(|| title.clone()),
            status,
            scope,
            contact: raw_cap.contact.filter(|c| !c.trim().is_empty()),
        };
        let raw_publisher = self.publisher.unwrap_or_default();
        let publisher = PublisherConfig {
            name: raw_publisher.name.unwrap_or_else(|| title.clone()),
            telephone: raw_publisher.telephone.filter(|t| !t.trim().is_empty()),
            email: raw_publisher.email.filter(|t| !t.trim().is_empty()),
        };

        let config = Config {
            title,
            description: self.description,
            base_url,
            language,
            languages,
            timezone,
            theme,
            allow_outside_links: self.allow_outside_links.unwrap_or(false),
            taxonomies,
            paginate_by: self.paginate_by.unwrap_or(10) as usize,
            paginate_path,
            markdown,
            site_kinds: custom,
            feeds,
            cap,
            publisher,
            extra: crate::value::toml_to_json(&toml::Value::Table(self.extra.unwrap_or_default())),
        };
        errors.into_result(config)
    }
}

/// What is wrong with a `base_url`, if anything: every canonical URL,
/// feed and sitemap is built on it.
fn base_url_problem(url: &str) -> Option<&'static str> {
    let Some(rest) = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")) else {
        return Some("it must start with https:// or http://");
    };
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Some("it holds spaces or control characters");
    }
    if url.contains(['?', '#']) {
        return Some("a query (?) or fragment (#) would end up in the middle of every address");
    }
    let authority = rest.split('/').next().unwrap_or("");
    if authority.contains('@') {
        return Some("a user name or password (user@) must not be published in every address");
    }
    let (host, port) = match authority.strip_prefix('[') {
        Some(v6) => match v6.split_once(']') {
            Some((ip, port)) if ip.parse::<std::net::Ipv6Addr>().is_ok() => ("v6", port),
            _ => return Some("the IPv6 address in [ ] is not complete"),
        },
        None => match authority.split_once(':') {
            Some((host, port)) => (host, port),
            None => (authority, ""),
        },
    };
    if host.is_empty() {
        return Some("it has no host name");
    }
    if !host.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '-') {
        return Some("the host name holds characters a host name cannot have");
    }
    let port = port.strip_prefix(':').unwrap_or(port);
    if !port.is_empty() && port.parse::<u16>().is_err() {
        return Some("the port is not a number from 0 to 65535");
    }
    None
}

type Span = std::ops::Range<usize>;

impl RawKind {
    /// Checks a site's kind; problems come with the span they concern.
    fn validate(self, name: &str) -> Result<KindSchema, Vec<(Option<Span>, String, String)>> {
        let mut problems = Vec::new();
        if slug::slugify(name).replace('-', "_") != name.replace('-', "_") {
            problems.push((
                None,
                format!("kind name `{name}` must be lowercase ASCII letters, digits, - or _"),
                "for example [kinds.diem_tiep_dan]".to_string(),
            ));
        }
        let mut fields = Vec::new();
        for (field, ty) in &self.fields {
            match FieldType::from_name(ty.get_ref()) {
                Some(t) => fields.push(FieldSpec {
                    name: field.clone(),
                    ty: t,
                    required: false,
                }),
                None => problems.push((
                    Some(ty.span()),
                    format!("unknown field type \"{}\" for `{field}`", ty.get_ref()),
                    format!("use one of {}", crate::schema::CUSTOM_TYPE_NAMES),
                )),
            }
        }
        for req in &self.required {
            match fields.iter_mut().find(|f| f.name == *req.get_ref()) {
                Some(f) => f.required = true,
                None => problems.push((
                    Some(req.span()),
                    format!(
                        "required field `{}` is not declared in [kinds.{name}.fields]",
                        req.get_ref()
                    ),
                    format!(
                        "add {} = \"text\" (or another type) under [kinds.{name}.fields]",
                        req.get_ref()
                    ),
                )),
            }
        }
        let declared = |f: &Spanned<String>, what: &str, problems: &mut Vec<(Option<Span>, String, String)>| {
            if !self.fields.contains_key(f.get_ref()) {
                problems.push((
                    Some(f.span()),
                    format!("{what} `{}` is not declared in [kinds.{name}.fields]", f.get_ref()),
                    "name one of the kind's fields".to_string(),
                ));
            }
        };
        let title_field = match &self.title_field {
            Some(f) => {
                declared(f, "title_field", &mut problems);
                f.get_ref().clone()
            }
            None if self.fields.contains_key("title") => "title".to_string(),
            None => match fields.iter().find(|f| f.required && f.ty == FieldType::Text) {
                Some(f) => f.name.clone(),
                None => {
                    problems.push((None, format!("kind `{name}` needs a title: a `title` field, a required text field, or title_field = \"...\""), "add title_field = \"name\" naming a text field".to_string()));
                    String::new()
                }
            },
        };
        if let Some(f) = &self.date_field {
            declared(f, "date_field", &mut problems);
        }
        if problems.is_empty() {
            Ok(KindSchema {
                name: name.to_string(),
                title_field,
                date_field: self.date_field.map(Spanned::into_inner),
                fields,
            })
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert!(d.message.contains("titel"), "{}", d.message);
    }

    #[test]
    fn wrong_type_names_expected_type() {
        let err = parse("title = \"T\"\nbase_url = \"https://e.org\"\npaginate_by = \"ten\"\n").unwrap_err();
        let d = &err.0[0];
        assert_eq!(d.line, 3);
        assert!(
            d.message.contains("u32") || d.message.contains("integer"),
            "{}",
            d.message
        );
    }

    #[test]
    fn all_validation_errors_are_reported() {
        let err = parse("title = \"\"\nbase_url = \"example.org\"\ntaxonomies = [\"Tags\"]\n").unwrap_err();
        assert_eq!(err.len(), 3, "{err}");
    }
}
