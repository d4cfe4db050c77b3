//! The shortcode templates: `shortcodes/NAME.html` of every template layer
//! (the built-in theme's, a theme's, the site's; the site's wins), each
//! with the signature its first comment declares.
//!
//! They are loaded before the Markdown stage, so they see what is known
//! then: their arguments, `body`, `lang`, `i18n` and `site` (title,
//! base_url, language, extra), but not the functions that read rendered
//! pages (`get_page`, `image`).

use crate::messages::msg;
use std::collections::BTreeMap;
use std::path::Path;

use super::{SHORTCODES, Templates, interface_strings, sources};
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::shortcodes::{Library, Signature};

pub struct ShortcodeTemplates {
    templates: Templates,
    /// Name → its declared signature (`None`: none declared).
    signatures: BTreeMap<String, Option<Signature>>,
    /// Interface strings of each language of the site.
    strings: BTreeMap<String, serde_json::Value>,
}

impl ShortcodeTemplates {
    pub fn load(root: &Path, config: &Config) -> Result<ShortcodeTemplates, Diagnostics> {
        let mut sources = sources(root, config)?;
        sources.retain(|name, _| name.starts_with(SHORTCODES));
        let mut errors = Diagnostics::default();
        let mut signatures = BTreeMap::new();
        for (name, (text, origin)) in &sources {
            let Some(short) = name
                .strip_prefix(SHORTCODES)
                .and_then(|n| n.strip_suffix(".html"))
                .filter(|n| !n.contains('/'))
            else {
                continue;
            };
            match Signature::from_template(text) {
                Ok(signature) => {
                    signatures.insert(short.to_string(), signature);
                }
                Err((line, message)) => errors.push(
                    Diagnostic::new(origin, message)
                        .at(line, 1)
                        .hint(msg!("shortcode-declaration-hint")),
                ),
            }
        }
        let mut strings = BTreeMap::new();
        for lang in config.languages.iter().chain([&config.language]) {
            strings.insert(lang.clone(), interface_strings(lang)?);
        }
        let mut globals = tera::Context::new();
        globals.insert(
            "site",
            &serde_json::json!({
                "title": config.title,
                "base_url": config.base_url,
                "language": config.language,
                "extra": config.extra,
            }),
        );
        globals.insert("lang", &config.language);
        globals.insert("i18n", &strings[&config.language]);
        let templates = match Templates::compile(sources, &config.markdown, None, globals) {
            Ok(t) => Some(t),
            Err(e) => {
                errors.extend(e);
                None
            }
        };
        match templates {
            Some(templates) if errors.is_empty() => Ok(ShortcodeTemplates {
                templates,
                signatures,
                strings,
            }),
            _ => Err(errors),
        }
    }
}

impl Library for ShortcodeTemplates {
    fn names(&self) -> Vec<&str> {
        self.signatures.keys().map(String::as_str).collect()
    }

    fn signature(&self, name: &str) -> Option<Option<&Signature>> {
        self.signatures.get(name).map(Option::as_ref)
    }

    fn render(&self, name: &str, lang: Option<&str>, mut values: tera::Context) -> Result<String, String> {
        if let Some(lang) = lang {
            values.insert("lang", lang);
            if let Some(strings) = self.strings.get(lang) {
                values.insert("i18n", strings);
            }
        }
        let template = format!("{SHORTCODES}{name}.html");
        self.templates.tera.render(&template, &values).map_err(|e| {
            let d = self.templates.error(&e, None);
            let place = match (d.line, d.col) {
                (0, _) => d.path.display().to_string(),
                (line, 0) => format!("{}:{line}", d.path.display()),
                (line, col) => format!("{}:{line}:{col}", d.path.display()),
            };
            format!("{place}: {}", d.message.text())
        })
    }
}
