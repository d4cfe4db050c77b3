//! Anti-fraud guides: how a scam works, its warning signs, what to do and
//! where to report it; a guide section groups them by channel and lists
//! the hotlines they name.

use crate::messages::msg;
use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Map, Value as Json, json};

use super::groups::group_by;
use super::{EntityContext, Kind, Overview};
use crate::content::{Page, Site, TypedEntry};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::schema::{FieldType::*, KindSchema, fields};

/// The channels a scam reaches people by, in the order sections show them.
pub const CHANNELS: &[&str] = &["phone", "sms", "social", "web", "in-person"];

pub fn schema() -> KindSchema {
    KindSchema {
        name: "guide".into(),
        title_field: "title".into(),
        date_field: None,
        fields: fields(&[
            ("title", Text, true),
            ("scam", Text, true),
            ("channels", EnumList(CHANNELS), true),
            ("summary", Text, false),
            ("how_it_works", Markdown, false),
            ("warning_signs", TextList, false),
            ("what_to_do", TextList, false),
            ("if_you_paid", TextList, false),
            ("how_to_report", Reports, false),
            ("hotlines", TextList, false),
            ("related", TextList, false),
        ]),
    }
}

/// The fields keng computes with.
#[derive(Debug, Clone, Deserialize)]
pub struct Guide {
    pub channels: Vec<String>,
    #[serde(default)]
    pub hotlines: Vec<String>,
    #[serde(default)]
    pub related: Vec<String>,
}

pub struct GuideKind;

impl Kind for GuideKind {
    fn read_entry(&self, values: &Map<String, Json>, _tz: chrono_tz::Tz) -> Result<Option<TypedEntry>, String> {
        super::typed::<Guide>(values)
    }

    /// Guides by channel, in the fixed channel order, and every hotline once.
    fn overview(&self, site: &Site, section: usize) -> Option<Overview> {
        let pages = &site.sections[section].pages;
        let mut groups = group_by(
            site,
            pages,
            |p| p.typed::<Guide>().map(|g| g.channels.clone()).unwrap_or_default(),
            |_| None,
        );
        groups.sort_by_key(|g| CHANNELS.iter().position(|c| *c == g.label).unwrap_or(usize::MAX));
        let mut hotlines: Vec<String> = Vec::new();
        for guide in pages.iter().filter_map(|&p| site.pages[p].typed::<Guide>()) {
            for h in &guide.hotlines {
                if !hotlines.contains(h) {
                    hotlines.push(h.clone());
                }
            }
        }
        Some(Overview {
            groups,
            hotlines,
            ..Default::default()
        })
    }

    /// A guide with steps is a schema.org `HowTo`.
    fn main_entity(&self, site: &Site, i: usize, at: &EntityContext) -> Option<Json> {
        let p = &site.pages[i];
        let steps: Vec<Json> = p
            .data
            .as_ref()
            .and_then(|d| d.get("what_to_do"))
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
            .filter_map(|s| s.as_str())
            .map(|s| json!({"@type": "HowToStep", "text": s}))
            .collect();
        if steps.is_empty() {
            return None;
        }
        Some(json!({
            "@type": "HowTo",
            "name": p.title(),
            "description": p.description(site),
            "step": steps,
            "url": at.url,
            "inLanguage": at.language,
        }))
    }

    /// A guide's `related` entries must exist (as paths under content/).
    fn check_site(&self, pages: &[Page], page_by_rel: &BTreeMap<String, usize>, errors: &mut Diagnostics) {
        for page in pages {
            let Some(guide) = page.typed::<Guide>() else { continue };
            for related in &guide.related {
                let target = related.trim_start_matches("@/");
                if page_by_rel.contains_key(target) {
                    continue;
                }
                let text = &page.source.text;
                let offset = text.find(&format!("\"{related}\"")).unwrap_or(0);
                errors.push(
                    Diagnostic::new(
                        &page.source.path,
                        msg!("guide-related-missing", related = related, target = target),
                    )
                    .at_offset(text, offset)
                    .hint(msg!("guide-related-missing-hint")),
                );
            }
        }
    }
}
