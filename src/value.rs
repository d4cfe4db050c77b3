//! Conversions of user values into the JSON-like values templates receive.

/// Converts TOML into JSON for templates; dates become their TOML text
/// (`2020-12-31`, `2020-12-31T14:00:00+07:00`), tables keep their key order.
pub fn toml_to_json(value: &toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        toml::Value::String(s) => J::String(s.clone()),
        toml::Value::Integer(i) => J::from(*i),
        toml::Value::Float(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
        toml::Value::Boolean(b) => J::Bool(*b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(items.iter().map(toml_to_json).collect()),
        toml::Value::Table(table) => J::Object(table.iter().map(|(k, v)| (k.clone(), toml_to_json(v))).collect()),
    }
}

/// The kind of a TOML value in words ("a string", "a list").
pub fn toml_type_name(value: &toml::Value) -> crate::messages::Message {
    use crate::messages::msg;
    match value {
        toml::Value::String(_) => msg!("toml-type-string"),
        toml::Value::Integer(_) => msg!("toml-type-integer"),
        toml::Value::Float(_) => msg!("toml-type-float"),
        toml::Value::Boolean(_) => msg!("toml-type-boolean"),
        toml::Value::Datetime(_) => msg!("toml-type-datetime"),
        toml::Value::Array(_) => msg!("toml-type-array"),
        toml::Value::Table(_) => msg!("toml-type-table"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_become_strings() {
        let t: toml::Table = toml::from_str("d = 2020-12-31\nn = [1, \"a\"]").unwrap();
        let j = toml_to_json(&toml::Value::Table(t));
        assert_eq!(j["d"], "2020-12-31");
        assert_eq!(j["n"][1], "a");
    }
}
