//! The default theme's interface strings (`i18n` in templates), by language.

use std::path::Path;

use crate::diagnostic::{self, Diagnostics};
use crate::theme;

/// The theme's interface strings for `lang`, falling back to Vietnamese
/// for keys (or whole languages) it does not translate.
pub fn interface_strings(lang: &str) -> Result<serde_json::Value, Diagnostics> {
    let files = theme::files("i18n");
    let parse = |name: &str| -> Result<serde_json::Map<String, serde_json::Value>, Diagnostics> {
        let Some(file) = files.iter().find(|f| f.rel == format!("{name}.toml")) else {
            return Ok(Default::default());
        };
        let text = String::from_utf8_lossy(file.contents);
        let table: toml::Table = toml::from_str(&text)
            .map_err(|e| diagnostic::toml_error(Path::new(&format!("themes/default/i18n/{name}.toml")), &text, &e))?;
        match crate::value::toml_to_json(&toml::Value::Table(table)) {
            serde_json::Value::Object(map) => Ok(map),
            _ => Ok(Default::default()),
        }
    };
    let mut strings = parse("vi")?;
    let primary = lang.split('-').next().unwrap_or(lang);
    if primary != "vi" {
        strings.extend(parse(primary)?);
    }
    Ok(serde_json::Value::Object(strings))
}
