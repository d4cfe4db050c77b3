//! `[kinds.NAME]` of site.toml: a kind of the site's own, checked into a
//! [`KindSchema`].

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use crate::schema::{FieldSpec, FieldType, KindSchema};

/// `[kinds.NAME]`: a kind of the site's own.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawKind {
    /// Field name → type name.
    fields: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    required: Vec<Spanned<String>>,
    title_field: Option<Spanned<String>>,
    date_field: Option<Spanned<String>>,
}

type Span = std::ops::Range<usize>;
type Problem = (Option<Span>, crate::messages::Message, crate::messages::Message);
use crate::messages::msg;

impl RawKind {
    /// Checks a site's kind; problems come with the span they concern.
    pub(super) fn validate(self, name: &str) -> Result<KindSchema, Vec<Problem>> {
        let mut problems = Vec::new();
        if slug::slugify(name).replace('-', "_") != name.replace('-', "_") {
            problems.push((
                None,
                msg!("kind-name-invalid", name = name),
                msg!("kind-name-invalid-hint"),
            ));
        }
        let mut fields = Vec::new();
        for (field, ty) in &self.fields {
            match FieldType::from_name(ty.get_ref()) {
                Some(t) => fields.push(FieldSpec {
                    name: field.clone(),
                    ty: t,
                    required: false,
                }),
                None => problems.push((
                    Some(ty.span()),
                    msg!("kind-field-type-unknown", ty = ty.get_ref(), field = field),
                    msg!("kind-field-type-unknown-hint", types = crate::schema::CUSTOM_TYPE_NAMES),
                )),
            }
        }
        for req in &self.required {
            match fields.iter_mut().find(|f| f.name == *req.get_ref()) {
                Some(f) => f.required = true,
                None => problems.push((
                    Some(req.span()),
                    msg!("kind-required-undeclared", field = req.get_ref(), kind = name),
                    msg!("kind-required-undeclared-hint", field = req.get_ref(), kind = name),
                )),
            }
        }
        let declared = |f: &Spanned<String>, what: &str, problems: &mut Vec<Problem>| {
            if !self.fields.contains_key(f.get_ref()) {
                problems.push((
                    Some(f.span()),
                    msg!(
                        "kind-key-field-undeclared",
                        key = what,
                        field = f.get_ref(),
                        kind = name
                    ),
                    msg!("kind-key-field-undeclared-hint"),
                ));
            }
        };
        let title_field = match &self.title_field {
            Some(f) => {
                declared(f, "title_field", &mut problems);
                f.get_ref().clone()
            }
            None if self.fields.contains_key("title") => "title".to_string(),
            None => match fields.iter().find(|f| f.required && f.ty == FieldType::Text) {
                Some(f) => f.name.clone(),
                None => {
                    problems.push((None, msg!("kind-no-title", kind = name), msg!("kind-no-title-hint")));
                    String::new()
                }
            },
        };
        if let Some(f) = &self.date_field {
            declared(f, "date_field", &mut problems);
        }
        if problems.is_empty() {
            Ok(KindSchema {
                name: name.to_string(),
                title_field,
                date_field: self.date_field.map(Spanned::into_inner),
                fields,
            })
        } else {
            Err(problems)
        }
    }
}
