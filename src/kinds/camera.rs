//! Camera networks: how many cameras, who funded them, how many roads
//! they watch; a camera section totals them by funder.

use serde::Deserialize;
use serde_json::{Map, Value as Json};

use super::groups::{grand_total, group_by};
use super::{Kind, Overview};
use crate::content::{Site, TypedEntry};
use crate::schema::{FieldType::*, KindSchema, fields};

pub fn schema() -> KindSchema {
    KindSchema {
        name: "camera".into(),
        title_field: "title".into(),
        date_field: Some("installed".into()),
        fields: fields(&[
            ("title", Text, true),
            ("count", Count, true),
            ("funded_by", Text, true),
            ("area", Text, false),
            ("roads", Count, false),
            ("installed", Date, false),
        ]),
    }
}

/// The fields keng computes with.
#[derive(Debug, Clone, Deserialize)]
pub struct Camera {
    pub count: i64,
    pub funded_by: String,
    pub roads: Option<i64>,
    pub area: Option<String>,
}

pub struct CameraKind;

impl Kind for CameraKind {
    fn read_entry(&self, values: &Map<String, Json>, _tz: chrono_tz::Tz) -> Result<Option<TypedEntry>, String> {
        super::typed::<Camera>(values)
    }

    /// Cameras by funder, the total count and the roads covered.
    fn overview(&self, site: &Site, section: usize) -> Option<Overview> {
        let pages = &site.sections[section].pages;
        let by_funding = group_by(
            site,
            pages,
            |p| p.typed::<Camera>().map(|c| c.funded_by.clone()).into_iter().collect(),
            |p| p.typed::<Camera>().map(|c| c.count),
        );
        let roads = pages
            .iter()
            .filter_map(|&p| site.pages[p].typed::<Camera>()?.roads)
            .fold(0, i64::saturating_add);
        Some(Overview {
            total: Some(grand_total(&by_funding)),
            roads: Some(roads),
            groups: by_funding,
            ..Default::default()
        })
    }
}
