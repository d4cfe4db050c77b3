//! CAP 1.2 (OASIS Common Alerting Protocol, ITU-T X.1303): one XML file per
//! alert entry, and an Atom index of the alerts in force that links them,
//! as alert hubs poll ("CAP feeds").
//!
//! Every enumerated value (status, msgType, scope, category, responseType,
//! urgency, severity, certainty) was checked against the standard's list
//! when the entry or site.toml was loaded.

use chrono::{DateTime, FixedOffset};

use super::local;
use super::xml::Xml;
use crate::content::Site;
use crate::kinds::alert::{self, Alert};

/// The alert entries of the site: each has a CAP file.
pub fn alerts(site: &Site) -> Vec<usize> {
    (0..site.pages.len())
        .filter(|&i| site.pages[i].typed::<Alert>().is_some())
        .collect()
}

/// The sections of alerts: each has an index of its alerts in force.
pub fn alert_sections(site: &Site) -> Vec<usize> {
    (0..site.sections.len())
        .filter(|&s| site.sections[s].meta.kind.as_deref() == Some(alert::NAME))
        .collect()
}

/// Where the CAP file of alert entry `i` is: `/canh-bao/<slug>.xml`.
pub fn path(site: &Site, i: usize) -> String {
    let page = &site.pages[i];
    format!("{}{}.xml", site.sections[page.section].path, page.slug)
}

/// Where a section's index of alerts in force is.
pub fn index_path(site: &Site, section: usize) -> String {
    format!("{}cap.atom", site.sections[section].path)
}

/// Identifier of an alert, the same on every build: host, then the entry's
/// source path with `/` as `.`.
pub fn identifier(site: &Site, i: usize) -> String {
    let host = site
        .config
        .base_url
        .split("://")
        .nth(1)
        .unwrap_or(&site.config.base_url)
        .split('/')
        .next()
        .unwrap_or_default();
    let rel = &site.pages[i].source.rel;
    let stem = rel.rsplit_once('.').map_or(rel.as_str(), |(s, _)| s);
    format!("{host}.{}", stem.replace('/', "."))
}

/// CAP dates: `2002-05-24T16:49:00-07:00`, no fractions, no `Z`.
fn cap_time(site: &Site, at: DateTime<FixedOffset>) -> String {
    local(site, at).format("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

fn text<'a>(data: &'a serde_json::Value, key: &str) -> Option<&'a str> {
    data.get(key).and_then(|v| v.as_str()).filter(|s| !s.trim().is_empty())
}

/// The CAP language tag for the site's language: `vi` → `vi-VN`.
fn language(site: &Site) -> String {
    match site.config.language.as_str() {
        "vi" => "vi-VN".to_string(),
        "en" => "en-US".to_string(),
        other => other.to_string(),
    }
}

/// The alert's own `sent` time, if it gives one.
fn sent(site: &Site, i: usize) -> Option<DateTime<FixedOffset>> {
    let data = site.pages[i].data.as_ref()?;
    text(data, "sent")
        .and_then(|s| crate::date::Date::parse(s, site.config.timezone))
        .map(|d| d.instant)
}

/// When the index last changed: the newest moment an alert of the section
/// came into force (or was sent) or expired, up to the build's clock. Not
/// the clock itself: an unchanged site gives a byte-identical index.
fn index_updated(site: &Site, section: usize) -> DateTime<FixedOffset> {
    let now = site.now;
    let moments = site.sections[section]
        .pages
        .iter()
        .flat_map(|&i| match site.pages[i].typed::<Alert>() {
            Some(alert) => [
                sent(site, i),
                Some(alert.effective.instant),
                Some(alert.expires.instant),
            ]
            .into_iter()
            .flatten()
            .collect(),
            _ => Vec::new(),
        });
    moments
        .filter(|at| *at <= now)
        .max()
        .unwrap_or(DateTime::UNIX_EPOCH.fixed_offset())
}

/// Atom dates in the site's time zone, to the second.
fn feed_time(site: &Site, at: DateTime<FixedOffset>) -> String {
    local(site, at).to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
}

/// The CAP file of alert entry `i`; `None` for other entries.
pub fn write(site: &Site, i: usize) -> Option<Vec<u8>> {
    let page = &site.pages[i];
    let alert = page.typed::<Alert>()?;
    let data = page.data.as_ref()?;
    let cap = &site.config.cap;
    let sent = sent(site, i).unwrap_or(alert.effective.instant);

    let mut x = Xml::new();
    x.open("alert", &[("xmlns", "urn:oasis:names:tc:emergency:cap:1.2")]);
    x.text("identifier", &[], &identifier(site, i));
    x.text("sender", &[], &cap.sender);
    x.text("sent", &[], &cap_time(site, sent));
    x.text("status", &[], &cap.status);
    x.text("msgType", &[], text(data, "msg_type").unwrap_or("Alert"));
    x.text("scope", &[], &cap.scope);
    x.open("info", &[]);
    x.text("language", &[], &language(site));
    x.text("category", &[], text(data, "category").unwrap_or("Security"));
    x.text("event", &[], text(data, "event").unwrap_or(page.title()));
    for response in data
        .get("response_type")
        .and_then(|v| v.as_array())
        .into_iter()
        .flatten()
    {
        if let Some(r) = response.as_str() {
            x.text("responseType", &[], r);
        }
    }
    for key in ["urgency", "severity", "certainty"] {
        let element = key;
        x.text(element, &[], text(data, key).unwrap_or("Unknown"));
    }
    x.text("effective", &[], &cap_time(site, alert.effective.instant));
    x.text("expires", &[], &cap_time(site, alert.expires.instant));
    x.text("senderName", &[], &cap.sender_name);
    x.text("headline", &[], page.title());
    if let Some(d) = text(data, "description") {
        x.text("description", &[], &crate::markdown::plain_text(d));
    }
    if let Some(d) = text(data, "instruction") {
        x.text("instruction", &[], &crate::markdown::plain_text(d));
    }
    x.text("web", &[], &page.permalink);
    if let Some(contact) = &cap.contact {
        x.text("contact", &[], contact);
    }
    x.open("area", &[]);
    x.text("areaDesc", &[], text(data, "area").unwrap_or(""));
    if let Some(p) = text(data, "polygon") {
        x.text("polygon", &[], p);
    }
    if let Some(c) = text(data, "circle") {
        x.text("circle", &[], c);
    }
    x.close("area");
    x.close("info");
    x.close("alert");
    Some(x.finish())
}

/// Atom index of a section's alerts in force, each entry linking its CAP file.
pub fn write_index(site: &Site, section: usize) -> Vec<u8> {
    let base = &site.config.base_url;
    let s = &site.sections[section];
    let self_url = format!("{base}{}", index_path(site, section));
    let (current, _) = alert::split(site, &s.pages, &site.now);

    let mut x = Xml::new();
    x.open(
        "feed",
        &[
            ("xmlns", "http://www.w3.org/2005/Atom"),
            ("xml:lang", &site.config.language),
        ],
    );
    x.text(
        "title",
        &[],
        &format!("{} · {}", s.title(&site.config), site.config.title),
    );
    x.empty(
        "link",
        &[("href", &self_url), ("rel", "self"), ("type", "application/atom+xml")],
    );
    x.empty(
        "link",
        &[("href", &s.permalink), ("rel", "alternate"), ("type", "text/html")],
    );
    x.text("id", &[], &self_url);
    x.text("updated", &[], &feed_time(site, index_updated(site, section)));
    x.open("author", &[]);
    x.text("name", &[], &site.config.cap.sender_name);
    x.close("author");
    for &i in &current {
        let page = &site.pages[i];
        let Some(alert) = page.typed::<Alert>() else {
            continue;
        };
        x.open("entry", &[]);
        x.text("title", &[], page.title());
        x.text("id", &[], &identifier(site, i));
        x.text(
            "updated",
            &[],
            &feed_time(site, sent(site, i).unwrap_or(alert.effective.instant)),
        );
        x.empty(
            "link",
            &[
                ("href", &format!("{base}{}", path(site, i))),
                ("rel", "alternate"),
                ("type", "application/cap+xml"),
            ],
        );
        x.empty(
            "link",
            &[("href", &page.permalink), ("rel", "related"), ("type", "text/html")],
        );
        if let Some(area) = page.data.as_ref().and_then(|d| text(d, "area")) {
            x.text("summary", &[], &format!("{} · {}", alert.severity, area));
        }
        x.close("entry");
    }
    x.close("feed");
    x.finish()
}
