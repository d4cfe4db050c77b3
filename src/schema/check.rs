//! Checking an entry's fields against its kind's schema: required fields,
//! types, enumerations and dates, every problem at its line and column.

use serde_json::{Map, Value as Json};

use super::{FieldType, KindSchema, MAX_COUNT};
use crate::fields::Fields;
use crate::messages::Message;
use crate::messages::msg;
use crate::value::toml_to_json;

/// Checks the fields of `schema` in `fields` and takes them out.
/// Returns the checked values (JSON for templates); problems go to `fields.errors`.
pub fn validate(schema: &KindSchema, fields: &mut Fields) -> Map<String, Json> {
    let mut values = Map::new();
    for spec in &schema.fields {
        let Some(raw) = fields.take_raw(&spec.name) else {
            if spec.required {
                fields.error_at_start(
                    msg!("field-required-missing", field = &spec.name, kind = &schema.name),
                    msg!(
                        "field-required-missing-hint",
                        field = &spec.name,
                        example = spec.ty.example(),
                        ty = spec.ty.describe()
                    ),
                );
            }
            continue;
        };
        match check(&spec.ty, raw.get_ref(), fields.tz) {
            Ok(json) => {
                values.insert(spec.name.clone(), json);
            }
            Err(problem) => {
                let message = msg!("field-invalid", field = &spec.name, problem = problem);
                let hint = msg!(
                    "field-invalid-hint",
                    field = &spec.name,
                    ty = spec.ty.describe(),
                    example = spec.ty.example()
                );
                fields.error_at(&raw, message, hint);
            }
        }
    }
    values
}

/// Checks one value against its type; the error says what was found.
fn check(ty: &FieldType, value: &toml::Value, tz: chrono_tz::Tz) -> Result<Json, Message> {
    use FieldType::*;
    match ty {
        Text | Markdown | Integer | Count | Url | Number | Bool => scalar(ty, value),
        Date => date(value, tz),
        TextList | Enum(_) | EnumList(_) => choice(ty, value),
        Figures => figures(ty, value),
        Reports => reports(ty, value),
        Coordinates | Polygon | Circle => place(ty, value),
    }
}

/// "must be a number, found \"ba\"".
fn found(ty: &FieldType, value: &toml::Value) -> Message {
    msg!("field-must-be", ty = ty.describe(), found = describe_value(value))
}

fn scalar(ty: &FieldType, value: &toml::Value) -> Result<Json, Message> {
    use toml::Value as T;
    match (ty, value) {
        (FieldType::Text | FieldType::Markdown, T::String(s)) => Ok(Json::String(s.clone())),
        (FieldType::Integer, T::Integer(i)) => Ok(Json::from(*i)),
        (FieldType::Count, T::Integer(i)) if (0..=MAX_COUNT).contains(i) => Ok(Json::from(*i)),
        (FieldType::Count, T::Integer(i)) => Err(msg!("field-must-be", ty = ty.describe(), found = i.to_string())),
        (FieldType::Url, T::String(s)) if crate::urls::allowed_url(s) => Ok(Json::String(s.clone())),
        (FieldType::Url, T::String(s)) => Err(msg!("field-url-unsafe", ty = ty.describe(), found = s)),
        (FieldType::Number, T::Integer(_) | T::Float(_)) => Ok(toml_to_json(value)),
        (FieldType::Bool, T::Boolean(b)) => Ok(Json::Bool(*b)),
        _ => Err(found(ty, value)),
    }
}

/// A TOML date or date-time (a quoted one is accepted too), as written.
fn date(value: &toml::Value, tz: chrono_tz::Tz) -> Result<Json, Message> {
    let parsed = match value {
        toml::Value::Datetime(d) => Some(*d),
        toml::Value::String(s) => s.parse::<toml::value::Datetime>().ok(),
        _ => return Err(found(&FieldType::Date, value)),
    };
    match parsed.as_ref().and_then(|d| crate::date::Date::from_toml(d, tz)) {
        Some(date) => Ok(Json::String(date.text)),
        None => Err(msg!("field-date-invalid", found = describe_value(value))),
    }
}

/// Text lists, and values from a fixed list.
fn choice(ty: &FieldType, value: &toml::Value) -> Result<Json, Message> {
    use toml::Value as T;
    match (ty, value) {
        (FieldType::TextList, T::Array(items)) if items.iter().all(|i| i.is_str()) => Ok(toml_to_json(value)),
        (FieldType::Enum(allowed), T::String(s)) if allowed.contains(&s.as_str()) => Ok(Json::String(s.clone())),
        (FieldType::Enum(_), T::String(s)) => {
            Err(msg!("field-must-be", ty = ty.describe(), found = format!("\"{s}\"")))
        }
        (FieldType::EnumList(allowed), T::Array(items)) => {
            let mut out = Vec::new();
            for item in items {
                match item.as_str() {
                    Some(s) if allowed.contains(&s) => out.push(Json::String(s.to_string())),
                    Some(s) => return Err(msg!("field-enum-item-invalid", found = s)),
                    None => return Err(found(ty, value)),
                }
            }
            Ok(Json::Array(out))
        }
        _ => Err(found(ty, value)),
    }
}

/// `[figures]`: label = number, as `[{label, value}]` in file order.
fn figures(ty: &FieldType, value: &toml::Value) -> Result<Json, Message> {
    use toml::Value as T;
    let T::Table(table) = value else {
        return Err(found(ty, value));
    };
    let mut out = Vec::new();
    for (label, v) in table {
        match v {
            T::Integer(_) | T::Float(_) => {
                let mut item = Map::new();
                item.insert("label".into(), Json::String(label.clone()));
                item.insert("value".into(), toml_to_json(v));
                out.push(Json::Object(item));
            }
            other => {
                return Err(msg!(
                    "field-figure-not-number",
                    label = label,
                    found = describe_value(other)
                ));
            }
        }
    }
    Ok(Json::Array(out))
}

/// `how_to_report`: a list of `{ channel, contact }` tables.
fn reports(ty: &FieldType, value: &toml::Value) -> Result<Json, Message> {
    use toml::Value as T;
    let T::Array(items) = value else {
        return Err(found(ty, value));
    };
    for (n, item) in items.iter().enumerate() {
        let Some(table) = item.as_table() else {
            return Err(msg!(
                "field-report-not-table",
                item = n + 1,
                found = describe_value(item)
            ));
        };
        for key in ["channel", "contact"] {
            if !table.get(key).is_some_and(T::is_str) {
                return Err(msg!("field-report-key-missing", item = n + 1, key = key));
            }
        }
        if let Some(other) = table.keys().find(|k| *k != "channel" && *k != "contact") {
            return Err(msg!("field-report-key-unknown", item = n + 1, key = other));
        }
    }
    Ok(toml_to_json(value))
}

/// Places: coordinates, and CAP polygons and circles.
fn place(ty: &FieldType, value: &toml::Value) -> Result<Json, Message> {
    use toml::Value as T;
    let ok = match (ty, value) {
        (FieldType::Coordinates, T::Array(items)) => {
            let nums: Vec<f64> = items
                .iter()
                .filter_map(|i| i.as_float().or_else(|| i.as_integer().map(|n| n as f64)))
                .collect();
            nums.len() == 2
                && items.len() == 2
                && (-90.0..=90.0).contains(&nums[0])
                && (-180.0..=180.0).contains(&nums[1])
        }
        (FieldType::Polygon, T::String(s)) => {
            let points: Option<Vec<(f64, f64)>> = s.split_whitespace().map(point).collect();
            matches!(points, Some(p) if p.len() >= 4 && p.first() == p.last())
        }
        (FieldType::Circle, T::String(s)) => {
            let mut parts = s.split_whitespace();
            parts.next().and_then(point).is_some()
                && parts
                    .next()
                    .and_then(|r| r.parse::<f64>().ok())
                    .is_some_and(|r| r >= 0.0)
                && parts.next().is_none()
        }
        _ => false,
    };
    if ok {
        Ok(toml_to_json(value))
    } else {
        Err(found(ty, value))
    }
}

/// A WGS 84 `lat,lon` pair.
fn point(text: &str) -> Option<(f64, f64)> {
    let (lat, lon) = text.split_once(',')?;
    let (lat, lon) = (lat.trim().parse::<f64>().ok()?, lon.trim().parse::<f64>().ok()?);
    ((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)).then_some((lat, lon))
}

fn describe_value(value: &toml::Value) -> Message {
    match value {
        toml::Value::String(s) => msg!("value-as-written", value = format!("\"{s}\"")),
        toml::Value::Table(_) => msg!("toml-type-table"),
        other => msg!(
            "value-of-type",
            ty = crate::value::toml_type_name(other),
            value = other.to_string()
        ),
    }
}
