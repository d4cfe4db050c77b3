//! Typed entries of the built-in kinds, read from checked fields.
//!
//! Only the fields keng itself computes with are typed here (counts for
//! totals, categories and channels for groups, dates for current alerts);
//! templates see every field through `page.data`.

use serde::Deserialize;

use crate::load::fields::Date;

#[derive(Debug, Clone, Deserialize)]
pub struct Sign {
    pub category: String,
    pub count: Option<i64>,
    pub commune: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Camera {
    pub count: i64,
    pub funded_by: String,
    pub roads: Option<i64>,
    pub area: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Guide {
    pub channels: Vec<String>,
    #[serde(default)]
    pub hotlines: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
}

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
    pub fn is_current(&self, now: &chrono::DateTime<chrono::FixedOffset>) -> bool {
        self.effective.instant <= *now && *now < self.expires.instant
    }
}

/// What keng knows of an entry of a kind.
#[derive(Debug, Clone)]
pub enum Entry {
    Sign(Sign),
    Camera(Camera),
    Guide(Guide),
    Alert(Alert),
    /// Article, model and custom kinds: nothing derived from them needs types.
    Other,
}

impl Entry {
    /// Reads the typed entry of `kind` from fields that passed the schema.
    /// Dates without an offset are in time zone `tz`.
    pub fn from_values(
        kind: &str,
        values: &serde_json::Map<String, serde_json::Value>,
        tz: chrono_tz::Tz,
    ) -> Result<Entry, String> {
        let value = serde_json::Value::Object(values.clone());
        let entry = match kind {
            "sign" => Entry::Sign(serde_json::from_value(value).map_err(|e| e.to_string())?),
            "camera" => Entry::Camera(serde_json::from_value(value).map_err(|e| e.to_string())?),
            "guide" => Entry::Guide(serde_json::from_value(value).map_err(|e| e.to_string())?),
            "alert" => {
                let a: AlertFields = serde_json::from_value(value).map_err(|e| e.to_string())?;
                let date = |text: &str| Date::parse(text, tz).ok_or_else(|| format!("not a date: {text}"));
                Entry::Alert(Alert {
                    effective: date(&a.effective)?,
                    expires: date(&a.expires)?,
                    severity: a.severity,
                })
            }
            _ => Entry::Other,
        };
        Ok(entry)
    }
}
