//! `[cap]` and `[publisher]` of site.toml: who issues the site's alerts
//! (CAP 1.2) and publishes its pages (schema.org).

use crate::messages::msg;
use serde::Deserialize;
use toml::Spanned;

use super::problems::Problems;
use super::{CAP_SCOPES, CAP_STATUSES, CapConfig, PublisherConfig};

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCap {
    sender: Option<Spanned<String>>,
    sender_name: Option<String>,
    status: Option<Spanned<String>>,
    scope: Option<Spanned<String>>,
    contact: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPublisher {
    name: Option<String>,
    telephone: Option<String>,
    email: Option<String>,
}

/// A CAP value that must be one of the standard's list; its first item by default.
fn cap_choice(p: &mut Problems, value: Option<Spanned<String>>, allowed: &[&str], key: &str) -> String {
    match value {
        Some(v) if allowed.contains(&v.get_ref().as_str()) => v.into_inner(),
        Some(v) => {
            let list = crate::schema::quoted(allowed);
            p.error(
                v.span(),
                msg!("cap-value-invalid", key = key, allowed = list, found = v.get_ref()),
                msg!("cap-value-invalid-hint", key = key),
            );
            allowed[0].to_string()
        }
        None => allowed[0].to_string(),
    }
}

pub(super) fn cap(p: &mut Problems, raw: RawCap, base_url: &str, title: &str) -> CapConfig {
    let host = base_url
        .split("://")
        .nth(1)
        .unwrap_or(base_url)
        .split('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let status = cap_choice(p, raw.status, CAP_STATUSES, "status");
    let scope = cap_choice(p, raw.scope, CAP_SCOPES, "scope");
    let sender = match raw.sender {
        Some(s) if s.get_ref().contains([' ', ',', '<', '&']) || s.get_ref().is_empty() => {
            p.error(s.span(), msg!("cap-sender-invalid"), msg!("cap-sender-invalid-hint"));
            String::new()
        }
        Some(s) => s.into_inner(),
        None => host,
    };
    CapConfig {
        sender,
        sender_name: raw.sender_name.unwrap_or_else(|| title.to_string()),
        status,
        scope,
        contact: raw.contact.filter(|c| !c.trim().is_empty()),
    }
}

pub(super) fn publisher(raw: RawPublisher, title: &str) -> PublisherConfig {
    PublisherConfig {
        name: raw.name.unwrap_or_else(|| title.to_string()),
        telephone: raw.telephone.filter(|t| !t.trim().is_empty()),
        email: raw.email.filter(|t| !t.trim().is_empty()),
    }
}
