//! Community-safety models ("Security gong", "Youth against crime", …):
//! what each is, how it works and how to join, with its figures.

use super::Kind;
use crate::schema::{FieldType::*, KindSchema, fields};

pub fn schema() -> KindSchema {
    KindSchema {
        name: "model".into(),
        title_field: "name".into(),
        date_field: Some("started".into()),
        fields: fields(&[
            ("name", Text, true),
            ("summary", Text, true),
            ("name_en", Text, false),
            ("started", Date, false),
            ("communes", TextList, false),
            ("how_it_works", Markdown, false),
            ("how_to_join", Markdown, false),
            ("contact", Text, false),
            ("figures", Figures, false),
            ("image", Url, false),
            ("image_alt", Text, false),
        ]),
    }
}

/// Models have nothing derived: their pages show their own fields.
pub struct ModelKind;

impl Kind for ModelKind {}
