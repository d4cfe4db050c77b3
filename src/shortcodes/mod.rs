//! Shortcodes: small templates an editor calls from Markdown, such as
//! `{{ hotline() }}` or `{% callout(type="warning") %}…{% end %}`.
//!
//! This module knows the syntax ([`parse`]), what each shortcode takes
//! ([`signature`]) and the values the built-in ones need from the site
//! ([`builtin`]). The Markdown stage finds and expands calls
//! (`markdown::shortcodes`); the templates stage renders them through a
//! [`Library`], so this module needs neither.

use crate::messages::Message;
use crate::messages::msg;
mod args;
pub mod builtin;
pub mod parse;
pub mod signature;

pub use parse::{ArgValue, Call};
pub use signature::Signature;

/// The shortcode templates of a site, as the Markdown stage sees them.
pub trait Library: Sync {
    /// Every shortcode's name, sorted.
    fn names(&self) -> Vec<&str>;

    /// `None` for an unknown shortcode; `Some(None)` for one whose template
    /// declares no signature (its arguments are not checked).
    fn signature(&self, name: &str) -> Option<Option<&Signature>>;

    /// Renders shortcode `name` with `values` (its arguments, `body` and
    /// what a built-in prepares) in language `lang` (`None`: the site's).
    /// An error names the template's file and line.
    fn render(&self, name: &str, lang: Option<&str>, values: tera::Context) -> Result<String, String>;
}

/// Problems of a call that do not depend on its template: unknown name,
/// arguments against the signature, and text arguments that are script
/// addresses (a template might print them into `href`).
pub fn check_call(library: &dyn Library, call: &Call, body: Option<&str>) -> Vec<(usize, Message, Message)> {
    let Some(signature) = library.signature(&call.name) else {
        let names = library.names();
        let list = names.join(", ");
        let hint = match crate::fields::suggest(&call.name, &names) {
            Some(near) => msg!("shortcode-unknown-suggest-hint", suggestion = near, list = &list),
            None => msg!("shortcode-unknown-hint", list = &list),
        };
        return vec![(call.span.start, msg!("shortcode-unknown", name = &call.name), hint)];
    };
    let mut problems = signature.map(|s| s.check(call, body)).unwrap_or_default();
    for arg in &call.args {
        let texts: Vec<&str> = match &arg.value {
            ArgValue::Text(s) => vec![s],
            ArgValue::List(items) => items.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        if texts.iter().any(|t| crate::urls::script_url(t)) {
            problems.push((
                arg.at,
                msg!("shortcode-script-address", key = &arg.key, name = &call.name),
                msg!("shortcode-script-address-hint"),
            ));
        }
    }
    problems
}

/// The values a call's template sees: its arguments, by name.
pub fn arguments(call: &Call) -> tera::Context {
    let mut values = tera::Context::new();
    for arg in &call.args {
        values.insert(arg.key.clone(), &arg.value.to_json());
    }
    values
}
