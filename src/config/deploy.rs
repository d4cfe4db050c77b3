//! `[deploy]` of site.toml: where `keng deploy` publishes the built site
//! (`[[deploy.targets]]`) and which HTTP headers files get
//! (`[[deploy.headers]]`).
//!
//! Credentials never belong here: site.toml is kept with the site's sources
//! and often published with them. A key or URL part that looks like one is
//! an error that says where credentials go instead.

use crate::messages::Message;
use crate::messages::msg;
use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

use super::problems::Problems;

/// `[deploy]`, validated.
#[derive(Debug, Clone, Default)]
pub struct DeployConfig {
    /// In the order site.toml gives them; the first is the default.
    pub targets: Vec<DeployTarget>,
    /// In the order site.toml gives them; the first rule that matches a
    /// file sets each header.
    pub headers: Vec<HeaderRule>,
}

#[derive(Debug, Clone)]
pub struct DeployTarget {
    pub name: String,
    pub place: TargetPlace,
    /// File targets only: write `.gz` and `.br` copies of text files beside
    /// them (nginx `gzip_static` / `brotli_static`).
    pub precompress: bool,
}

/// Where a target's files go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetPlace {
    /// `s3://bucket/prefix?endpoint=…&region=…`: any S3-compatible storage.
    S3 {
        bucket: String,
        /// Folder inside the bucket, without slashes at either end; may be empty.
        prefix: String,
        /// The storage's address for non-AWS storage (`https://…`).
        endpoint: Option<String>,
        region: Option<String>,
    },
    /// `file:///srv/www/site`: a web root on this machine or a mounted share.
    File(PathBuf),
}

/// `[[deploy.headers]]`: files matching `for` get `headers`.
#[derive(Debug, Clone)]
pub struct HeaderRule {
    /// The glob as written, relative to the site root (`anh/**`, `**/*.pdf`).
    pub pattern: String,
    pub matcher: globset::GlobMatcher,
    pub headers: Vec<(String, String)>,
}

type RawTable = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDeploy {
    targets: Option<Vec<RawTable>>,
    headers: Option<Vec<RawTable>>,
}

/// Key names and URL parameters that hold credentials.
const SECRET_WORDS: &[&str] = &[
    "secret",
    "password",
    "token",
    "access_key",
    "accesskey",
    "credential",
    "key_id",
];

fn credentials_hint() -> Message {
    msg!("deploy-credentials-hint")
}

fn looks_secret(name: &str) -> bool {
    let name = name.to_ascii_lowercase().replace('-', "_");
    SECRET_WORDS.iter().any(|w| name.contains(w))
}

pub(super) fn deploy(p: &mut Problems, raw: RawDeploy) -> DeployConfig {
    let mut config = DeployConfig::default();
    for table in raw.targets.unwrap_or_default() {
        if let Some(target) = target(p, table, &config.targets) {
            config.targets.push(target);
        }
    }
    for table in raw.headers.unwrap_or_default() {
        if let Some(rule) = header_rule(p, table) {
            config.headers.push(rule);
        }
    }
    config
}

/// A string value of `table`, or an error at the value when it is not a string.
fn string(p: &mut Problems, table: &RawTable, key: &str) -> Option<Spanned<String>> {
    let (_, value) = table.iter().find(|(k, _)| k.get_ref() == key)?;
    match value.get_ref() {
        toml::Value::String(s) => Some(Spanned::new(value.span(), s.clone())),
        other => {
            p.error(
                value.span(),
                msg!(
                    "deploy-not-string",
                    key = key,
                    found = crate::value::toml_type_name(other)
                ),
                msg!("deploy-not-string-hint", key = key),
            );
            None
        }
    }
}

/// Reports keys other than `known`; credentials get their own message.
fn unknown_keys(p: &mut Problems, table: &RawTable, section: &str, known: &[&str]) -> bool {
    let mut ok = true;
    for key in table.keys().filter(|k| !known.contains(&k.get_ref().as_str())) {
        ok = false;
        if looks_secret(key.get_ref()) {
            p.error(
                key.span(),
                msg!("deploy-credential-key", key = key.get_ref()),
                credentials_hint(),
            );
        } else {
            let list = known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
            p.error(
                key.span(),
                msg!("deploy-unknown-key", key = key.get_ref(), section = section),
                msg!("deploy-unknown-key-hint", section = section, keys = list),
            );
        }
    }
    ok
}

/// Where a table's first key is written, for problems of the whole table.
fn table_start(table: &RawTable) -> std::ops::Range<usize> {
    table
        .keys()
        .map(|k| k.span())
        .min_by_key(|span| span.start)
        .unwrap_or(0..0)
}

fn target(p: &mut Problems, table: RawTable, earlier: &[DeployTarget]) -> Option<DeployTarget> {
    let section = "[[deploy.targets]]";
    let known_keys = unknown_keys(p, &table, section, &["name", "url", "precompress"]);
    let name = string(p, &table, "name");
    let url = string(p, &table, "url");
    let precompress = match table.iter().find(|(k, _)| k.get_ref() == "precompress") {
        None => false,
        Some((_, v)) => match v.get_ref() {
            toml::Value::Boolean(b) => *b,
            other => {
                p.error(
                    v.span(),
                    msg!(
                        "deploy-precompress-not-bool",
                        found = crate::value::toml_type_name(other)
                    ),
                    msg!("deploy-precompress-not-bool-hint"),
                );
                false
            }
        },
    };
    let (Some(name), Some(url)) = (name, url) else {
        p.error(
            table_start(&table),
            msg!("deploy-target-incomplete", section = section),
            msg!("deploy-target-incomplete-hint"),
        );
        return None;
    };
    if name.get_ref().trim().is_empty() {
        p.error(
            name.span(),
            msg!("deploy-target-name-empty"),
            msg!("deploy-target-name-empty-hint"),
        );
    } else if earlier.iter().any(|t| &t.name == name.get_ref()) {
        p.error(
            name.span(),
            msg!("deploy-target-name-twice", section = section, name = name.get_ref()),
            msg!("deploy-target-name-twice-hint"),
        );
    }
    let place = match parse_place(url.get_ref()) {
        Ok(place) => place,
        Err((message, hint)) => {
            p.error(
                url.span(),
                msg!("deploy-target-url-invalid", name = name.get_ref(), problem = message),
                hint,
            );
            return None;
        }
    };
    if precompress && !matches!(place, TargetPlace::File(_)) {
        p.error(
            url.span(),
            msg!("deploy-precompress-not-file"),
            msg!("deploy-precompress-not-file-hint"),
        );
    }
    known_keys.then(|| DeployTarget {
        name: name.into_inner(),
        place,
        precompress,
    })
}

/// Reads a target's URL. The error is a message and a hint.
pub fn parse_place(text: &str) -> Result<TargetPlace, (Message, Message)> {
    let hint = || msg!("deploy-url-hint");
    let url =
        url::Url::parse(text).map_err(|e| (msg!("deploy-url-not-url", url = text, detail = e.to_string()), hint()))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err((msg!("deploy-url-user"), credentials_hint()));
    }
    let mut endpoint = None;
    let mut region = None;
    for (key, value) in url.query_pairs() {
        match key.as_ref() {
            "endpoint" => endpoint = Some(value.into_owned()),
            "region" => region = Some(value.into_owned()),
            other if looks_secret(other) => {
                return Err((msg!("deploy-url-credential", key = other), credentials_hint()));
            }
            other => {
                return Err((
                    msg!("deploy-url-unknown-parameter", key = other),
                    msg!("deploy-url-unknown-parameter-hint"),
                ));
            }
        }
    }
    match url.scheme() {
        "s3" => {
            let bucket = url.host_str().unwrap_or_default().to_string();
            if bucket.is_empty() {
                return Err((msg!("deploy-url-no-bucket"), hint()));
            }
            if let Some(e) = &endpoint {
                let valid =
                    url::Url::parse(e).is_ok_and(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some());
                if !valid {
                    return Err((
                        msg!("deploy-url-bad-endpoint", endpoint = e),
                        msg!("deploy-url-bad-endpoint-hint"),
                    ));
                }
            }
            let prefix = url.path().trim_matches('/').to_string();
            Ok(TargetPlace::S3 {
                bucket,
                prefix,
                endpoint,
                region,
            })
        }
        "file" => {
            if endpoint.is_some() || region.is_some() {
                return Err((msg!("deploy-url-file-parameters"), hint()));
            }
            let path = url
                .to_file_path()
                .map_err(|()| (msg!("deploy-url-not-folder", url = text), msg!("deploy-url-file-hint")))?;
            if path.parent().is_none() {
                return Err((msg!("deploy-url-root-folder"), msg!("deploy-url-file-hint")));
            }
            Ok(TargetPlace::File(path))
        }
        other => Err((msg!("deploy-url-scheme", scheme = other), hint())),
    }
}

fn header_rule(p: &mut Problems, table: RawTable) -> Option<HeaderRule> {
    let section = "[[deploy.headers]]";
    let known_keys = unknown_keys(p, &table, section, &["for", "headers"]);
    let pattern = string(p, &table, "for");
    let headers = table.iter().find(|(k, _)| k.get_ref() == "headers").map(|(_, v)| v);
    let (Some(pattern), Some(headers)) = (pattern, headers) else {
        p.error(
            table_start(&table),
            msg!("deploy-header-incomplete", section = section),
            msg!("deploy-header-incomplete-hint"),
        );
        return None;
    };
    let matcher = match globset::GlobBuilder::new(pattern.get_ref().trim_start_matches('/'))
        .literal_separator(true)
        .build()
    {
        Ok(glob) => glob.compile_matcher(),
        Err(e) => {
            p.error(
                pattern.span(),
                msg!("deploy-header-pattern-invalid", detail = e.kind().to_string()),
                msg!("deploy-header-pattern-invalid-hint"),
            );
            return None;
        }
    };
    let toml::Value::Table(values) = headers.get_ref() else {
        p.error(
            headers.span(),
            msg!("deploy-headers-not-table"),
            msg!("deploy-headers-not-table-hint"),
        );
        return None;
    };
    let mut list = Vec::new();
    for (name, value) in values {
        let valid_name = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
        match value {
            toml::Value::String(v) if valid_name && !v.contains(['\r', '\n']) => list.push((name.clone(), v.clone())),
            _ => {
                p.error(
                    headers.span(),
                    msg!("deploy-header-invalid", name = name),
                    msg!("deploy-header-invalid-hint"),
                );
            }
        }
    }
    known_keys.then(|| HeaderRule {
        pattern: pattern.into_inner(),
        matcher,
        headers: list,
    })
}

#[cfg(test)]
#[path = "deploy_tests.rs"]
mod tests;
