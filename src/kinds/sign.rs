//! Warning signs: where they stand and what they say; a sign section
//! totals them by category (each category gets a page of its own) and by
//! commune.

use serde::Deserialize;
use serde_json::{Map, Value as Json};

use super::groups::{Group, grand_total, group_by};
use super::{Kind, Overview};
use crate::content::{Page, Site, TypedEntry};
use crate::schema::{FieldType::*, KindSchema, fields};

pub fn schema() -> KindSchema {
    KindSchema {
        name: "sign".into(),
        title_field: "title".into(),
        date_field: Some("installed".into()),
        fields: fields(&[
            ("title", Text, true),
            ("category", Text, true),
            ("message", Markdown, true),
            ("count", Count, false),
            ("commune", Text, false),
            ("location", Text, false),
            ("coordinates", Coordinates, false),
            ("installed", Date, false),
        ]),
    }
}

/// The fields keng computes with.
#[derive(Debug, Clone, Deserialize)]
pub struct Sign {
    pub category: String,
    pub count: Option<i64>,
    pub commune: Option<String>,
}

fn count(page: &Page) -> Option<i64> {
    page.typed::<Sign>()?.count
}

/// Signs of a section by category.
fn by_category(site: &Site, section: usize) -> Vec<Group> {
    group_by(
        site,
        &site.sections[section].pages,
        |p| p.typed::<Sign>().map(|s| s.category.clone()).into_iter().collect(),
        count,
    )
}

pub struct SignKind;

impl Kind for SignKind {
    fn read_entry(&self, values: &Map<String, Json>, _tz: chrono_tz::Tz) -> Result<Option<TypedEntry>, String> {
        super::typed::<Sign>(values)
    }

    fn overview(&self, site: &Site, section: usize) -> Option<Overview> {
        let by_category = by_category(site, section);
        let communes = group_by(
            site,
            &site.sections[section].pages,
            |p| p.typed::<Sign>().and_then(|s| s.commune.clone()).into_iter().collect(),
            count,
        );
        Some(Overview {
            total: Some(grand_total(&by_category)),
            groups: by_category,
            groups_have_pages: true,
            communes,
            ..Default::default()
        })
    }

    fn group_pages(&self, site: &Site, section: usize) -> Vec<Group> {
        by_category(site, section)
    }

    fn group_template(&self) -> &'static str {
        "sign_category.html"
    }
}
