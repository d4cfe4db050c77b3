//! Alerts: a danger in an area for a time (CAP 1.2 fields). Alerts in
//! force are shown on every page, most severe first; each alert also gets
//! a CAP file (see `feeds::cap`).

use crate::messages::msg;
use chrono::{DateTime, FixedOffset};
use serde::Deserialize;
use serde_json::{Map, Value as Json, json};

use super::{EntityContext, Kind, Overview};
use crate::content::{Page, Site, TypedEntry};
use crate::date::Date;
use crate::diagnostic::Diagnostic;
use crate::schema::{FieldType::*, KindSchema, fields};

pub const NAME: &str = "alert";

pub const SEVERITIES: &[&str] = &["Extreme", "Severe", "Moderate", "Minor", "Unknown"];
pub const URGENCIES: &[&str] = &["Immediate", "Expected", "Future", "Past", "Unknown"];
pub const CERTAINTIES: &[&str] = &["Observed", "Likely", "Possible", "Unlikely", "Unknown"];
/// CAP 1.2 `category` values.
pub const CAP_CATEGORIES: &[&str] = &[
    "Geo",
    "Met",
    "Safety",
    "Security",
    "Rescue",
    "Fire",
    "Health",
    "Env",
    "Transport",
    "Infra",
    "CBRNE",
    "Other",
];
/// CAP 1.2 `responseType` values.
pub const CAP_RESPONSE_TYPES: &[&str] = &[
    "Shelter", "Evacuate", "Prepare", "Execute", "Avoid", "Monitor", "Assess", "AllClear", "None",
];
/// CAP 1.2 `msgType` values an alert file can carry (Ack and Error answer other messages).
pub const CAP_MSG_TYPES: &[&str] = &["Alert", "Update", "Cancel"];

pub fn schema() -> KindSchema {
    KindSchema {
        name: NAME.into(),
        title_field: "headline".into(),
        date_field: Some("effective".into()),
        fields: fields(&[
            ("headline", Text, true),
            ("severity", Enum(SEVERITIES), true),
            ("urgency", Enum(URGENCIES), true),
            ("certainty", Enum(CERTAINTIES), true),
            ("effective", Date, true),
            ("expires", Date, true),
            ("area", Text, true),
            ("description", Markdown, false),
            ("instruction", Markdown, false),
            ("category", Enum(CAP_CATEGORIES), false),
            ("event", Text, false),
            ("response_type", EnumList(CAP_RESPONSE_TYPES), false),
            ("msg_type", Enum(CAP_MSG_TYPES), false),
            ("sent", Date, false),
            ("polygon", Polygon, false),
            ("circle", Circle, false),
        ]),
    }
}

/// The fields keng computes with.
#[derive(Debug, Clone)]
pub struct Alert {
    pub severity: String,
    pub effective: Date,
    pub expires: Date,
}

/// An alert as checked fields have it: dates still text.
#[derive(Deserialize)]
struct AlertFields {
    severity: String,
    effective: String,
    expires: String,
}

impl Alert {
    /// In force at `now`: effective ≤ now < expires.
    pub fn is_current(&self, now: &DateTime<FixedOffset>) -> bool {
        self.effective.instant <= *now && *now < self.expires.instant
    }
}

/// Alerts among `pages` in force at `now`, and the other alerts.
pub fn split(site: &Site, pages: &[usize], now: &DateTime<FixedOffset>) -> (Vec<usize>, Vec<usize>) {
    pages
        .iter()
        .filter(|&&p| site.pages[p].typed::<Alert>().is_some())
        .partition(|&&p| site.pages[p].typed::<Alert>().is_some_and(|a| a.is_current(now)))
}

/// Every alert of the site in force at the build's clock, most severe first.
pub fn current_alerts(site: &Site) -> Vec<usize> {
    let all: Vec<usize> = (0..site.pages.len()).collect();
    let (mut current, _) = split(site, &all, &site.now);
    let rank = |p: usize| {
        site.pages[p]
            .typed::<Alert>()
            .and_then(|a| SEVERITIES.iter().position(|s| *s == a.severity))
            .unwrap_or(9)
    };
    current.sort_by_key(|&p| {
        (
            rank(p),
            std::cmp::Reverse(site.pages[p].meta.date.as_ref().map(|d| d.instant)),
        )
    });
    current
}

pub struct AlertKind;

impl Kind for AlertKind {
    fn read_entry(&self, values: &Map<String, Json>, tz: chrono_tz::Tz) -> Result<Option<TypedEntry>, String> {
        let a: AlertFields = serde_json::from_value(Json::Object(values.clone())).map_err(|e| e.to_string())?;
        let date = |text: &str| Date::parse(text, tz).ok_or_else(|| format!("not a date: {text}"));
        Ok(Some(std::sync::Arc::new(Alert {
            effective: date(&a.effective)?,
            expires: date(&a.expires)?,
            severity: a.severity,
        })))
    }

    fn in_force(&self, page: &Page, now: &DateTime<FixedOffset>) -> Option<bool> {
        page.typed::<Alert>().map(|a| a.is_current(now))
    }

    fn dated_ahead(&self) -> bool {
        true
    }

    fn overview(&self, site: &Site, section: usize) -> Option<Overview> {
        let (current, past) = split(site, &site.sections[section].pages, &site.now);
        Some(Overview {
            current,
            past,
            ..Default::default()
        })
    }

    /// An alert is a schema.org `SpecialAnnouncement`.
    fn main_entity(&self, site: &Site, i: usize, at: &EntityContext) -> Option<Json> {
        let p = &site.pages[i];
        let a = p.typed::<Alert>()?;
        let text = |key: &str| super::text(p, key).map(str::to_string);
        Some(json!({
            "@type": "SpecialAnnouncement",
            "name": p.title(),
            "text": text("description").map(|d| crate::text::plain_text(&d)).unwrap_or_else(|| p.title().to_string()),
            "datePosted": a.effective.instant.to_rfc3339(),
            "expires": a.expires.instant.to_rfc3339(),
            "spatialCoverage": {"@type": "Place", "name": text("area")},
            "url": at.url,
            "inLanguage": at.language,
            "publisher": {"@id": at.publisher_id},
        }))
    }

    /// An alert that expired but still says it is urgent.
    fn lint(&self, site: &Site, page: &Page, out: &mut Vec<Diagnostic>) {
        let Some(alert) = page.typed::<Alert>() else { return };
        if alert.expires.instant > site.now {
            return;
        }
        let urgency = super::text(page, "urgency").unwrap_or("");
        if matches!(urgency, "Immediate" | "Expected") {
            let (line, col) = page.source.key_position("urgency");
            out.push(
                Diagnostic::new(
                    &page.source.path,
                    msg!("alert-expired-urgent", expired = &alert.expires.text, urgency = urgency),
                )
                .at(line, col)
                .hint(msg!("alert-expired-urgent-hint"))
                .warning(),
            );
        }
    }
}
