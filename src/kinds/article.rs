//! News articles: the office's reports, written as Markdown. An entry
//! without a kind is an article too.

use serde_json::{Value as Json, json};

use super::{EntityContext, Kind};
use crate::content::Site;
use crate::schema::{FieldType::*, KindSchema, fields};

pub const NAME: &str = "article";

pub fn schema() -> KindSchema {
    KindSchema {
        name: NAME.into(),
        title_field: "title".into(),
        date_field: Some("date".into()),
        fields: fields(&[
            ("title", Text, true),
            ("date", Date, true),
            ("summary", Text, false),
            ("author", Text, false),
            ("image", Url, false),
            ("image_alt", Text, false),
        ]),
    }
}

pub struct ArticleKind;

impl Kind for ArticleKind {
    fn is_news(&self) -> bool {
        true
    }

    fn is_markdown(&self) -> bool {
        true
    }

    /// A dated article is a schema.org `NewsArticle`.
    fn main_entity(&self, site: &Site, i: usize, at: &EntityContext) -> Option<Json> {
        let p = &site.pages[i];
        let date = p.meta.date.as_ref()?;
        let text = |key: &str| super::text(p, key).map(str::to_string);
        let mut article = json!({
            "@type": "NewsArticle",
            "headline": p.title(),
            "datePublished": Some(date.instant.to_rfc3339()),
            "dateModified": p.updated().map(|d| d.to_rfc3339()),
            "mainEntityOfPage": at.url,
            "url": at.url,
            "inLanguage": at.language,
            "publisher": {"@id": at.publisher_id},
            "author": {"@type": "Organization", "name": text("author").unwrap_or_else(|| site.config.publisher.name.clone())},
        });
        if let Some(s) = p.description(site) {
            article["description"] = json!(s);
        }
        if let Some(img) = text("image") {
            article["image"] = json!(crate::urls::absolute(&site.config.base_url, &p.permalink, &img));
        }
        Some(article)
    }
}
