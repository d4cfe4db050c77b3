//! Dates of content: kept as written (for templates and feeds) and as an
//! instant (for ordering, current alerts and `updated` times).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};
use serde::Serialize;

/// Time zone of dates written without an offset, unless site.toml sets `timezone`.
pub const DEFAULT_TIMEZONE: chrono_tz::Tz = chrono_tz::Asia::Ho_Chi_Minh;

/// A date or date-time from content, kept as written and as an instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Date {
    /// As written in TOML: `2020-12-31` or `2020-12-31T14:00:00+07:00`.
    pub text: String,
    pub instant: DateTime<FixedOffset>,
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.text)
    }
}

impl Date {
    /// A TOML date or date-time; one without an offset is in time zone `tz`.
    pub fn from_toml(d: &toml::value::Datetime, tz: chrono_tz::Tz) -> Option<Date> {
        let date = d.date?;
        let day = NaiveDate::from_ymd_opt(date.year.into(), date.month.into(), date.day.into())?;
        let time = match d.time {
            Some(t) => NaiveTime::from_hms_nano_opt(
                t.hour.into(),
                t.minute.into(),
                t.second.unwrap_or(0).into(),
                t.nanosecond.unwrap_or(0),
            )?,
            None => NaiveTime::MIN,
        };
        let local = day.and_time(time);
        let instant = match d.offset {
            Some(toml::value::Offset::Z) => FixedOffset::east_opt(0)?.from_local_datetime(&local).single()?,
            Some(toml::value::Offset::Custom { minutes }) => FixedOffset::east_opt(i32::from(minutes) * 60)?
                .from_local_datetime(&local)
                .single()?,
            None => tz.from_local_datetime(&local).earliest()?.fixed_offset(),
        };
        Some(Date {
            text: d.to_string(),
            instant,
        })
    }

    /// Parses the TOML text of a date (`2020-12-31`, `2020-12-31T14:00:00+07:00`).
    pub fn parse(text: &str, tz: chrono_tz::Tz) -> Option<Date> {
        Date::from_toml(&text.parse::<toml::value::Datetime>().ok()?, tz)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_without_offset_are_vietnam_time() {
        let d: toml::value::Datetime = "2020-12-31".parse().unwrap();
        let date = Date::from_toml(&d, DEFAULT_TIMEZONE).unwrap();
        assert_eq!(date.text, "2020-12-31");
        assert_eq!(date.instant.to_rfc3339(), "2020-12-31T00:00:00+07:00");
    }
}
