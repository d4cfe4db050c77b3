//! Template filters: `date` (Vietnamese long dates by default), `slugify`,
//! `markdown`.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime};
use tera::{Error, Kwargs, State, Tera, TeraResult, Value};

use crate::config::MarkdownConfig;

pub fn register(tera: &mut Tera, markdown: &MarkdownConfig) {
    tera.register_filter("date", date);
    tera.register_filter("slugify", |s: &str, _: Kwargs, _: &State| crate::slugs::slugify(s));
    // `{{ 1022 | num }}` → `1.022` (`num(lang="en")` → `1,022`).
    tera.register_filter("num", |n: &Value, kwargs: Kwargs, _: &State| -> TeraResult<String> {
        let value = n
            .as_f64()
            .or_else(|| n.as_i64().map(|i| i as f64))
            .ok_or_else(|| Error::message("`num` filter: the value is not a number"))?;
        Ok(crate::chart::format_number(
            value,
            kwargs.get::<&str>("lang")?.unwrap_or("vi"),
        ))
    });
    let config = markdown.clone();
    tera.register_filter("markdown", move |s: &str, _: Kwargs, _: &State| {
        Value::safe_string(&crate::markdown::render_snippet(s, &config))
    });
}

/// `{{ page.date | date }}` → `31 tháng 12, 2020`;
/// `date(lang="en")` → `31 December 2020`;
/// `date(format="%d/%m/%Y")` → `31/12/2020` (chrono's strftime syntax).
fn date(value: &str, kwargs: Kwargs, _: &State) -> TeraResult<String> {
    let when = parse_date(value)
        .ok_or_else(|| Error::message(format!("`date` filter: \"{value}\" is not a date like 2020-12-31")))?;
    if let Some(format) = kwargs.get::<&str>("format")? {
        let items = chrono::format::StrftimeItems::new(format).parse().map_err(|_| {
            Error::message(format!(
                "`date` filter: \"{format}\" is not a valid date format (see chrono's strftime)"
            ))
        })?;
        return Ok(when.format_with_items(items.iter()).to_string());
    }
    let lang = kwargs.get::<&str>("lang")?.unwrap_or("vi");
    Ok(long_date(when, lang))
}

fn parse_date(value: &str) -> Option<NaiveDateTime> {
    if let Ok(dt) = DateTime::<FixedOffset>::parse_from_rfc3339(value) {
        return Some(dt.naive_local());
    }
    if let Ok(dt) = NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M:%S") {
        return Some(dt);
    }
    NaiveDate::parse_from_str(value.get(..10)?, "%Y-%m-%d")
        .ok()
        .map(|d| d.and_time(chrono::NaiveTime::MIN))
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn long_date(when: NaiveDateTime, lang: &str) -> String {
    use chrono::Datelike;
    let (d, m, y) = (when.day(), when.month(), when.year());
    match lang {
        "en" => format!("{d} {} {y}", MONTHS_EN[(m - 1) as usize]),
        _ => format!("{d} tháng {m}, {y}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_and_english_long_dates() {
        let d = parse_date("2020-12-31").unwrap();
        assert_eq!(long_date(d, "vi"), "31 tháng 12, 2020");
        assert_eq!(long_date(d, "en"), "31 December 2020");
        let d = parse_date("2021-03-04T08:30:00+07:00").unwrap();
        assert_eq!(long_date(d, "vi"), "4 tháng 3, 2021");
    }

    #[test]
    fn filters_through_tera() {
        let mut tera = Tera::default();
        register(&mut tera, &MarkdownConfig::default());
        tera.add_raw_template(
            "t",
            "{{ d | date }}|{{ d | date(format='%d/%m/%Y') }}|{{ 'Đức Trọng' | slugify }}|{{ '*a*' | markdown }}",
        )
        .unwrap();
        let mut ctx = tera::Context::new();
        ctx.insert("d", "2020-12-31");
        assert_eq!(
            tera.render("t", &ctx).unwrap(),
            "31 tháng 12, 2020|31/12/2020|duc-trong|<p><em>a</em></p>\n"
        );
    }

    #[test]
    fn bad_input_is_an_error_not_a_panic() {
        let mut tera = Tera::default();
        register(&mut tera, &MarkdownConfig::default());
        tera.add_raw_template("a", "{{ 'hôm qua' | date }}").unwrap();
        tera.add_raw_template("b", "{{ '2020-12-31' | date(format='%Q') }}")
            .unwrap();
        assert!(tera.render("a", &tera::Context::new()).is_err());
        assert!(tera.render("b", &tera::Context::new()).is_err());
    }
}
