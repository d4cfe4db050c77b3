//! JSON Feed 1.1 (jsonfeed.org/version/1.1): the same entries as the Atom
//! feeds, for readers and apps that prefer JSON. Built with serde_json,
//! never by string pasting.

use serde_json::{Map, Value, json};

use super::{FeedBasics, FeedScope, basics, entry_html, local, title};
use crate::content::Site;

pub const FILE: &str = "feed.json";
pub const VERSION: &str = "https://jsonfeed.org/version/1.1";

pub fn write(site: &Site, scope: FeedScope) -> Vec<u8> {
    let FeedBasics { list_url, ids, .. } = basics(site, scope);
    let mut feed = Map::new();
    feed.insert("version".into(), json!(VERSION));
    feed.insert("title".into(), json!(title(site, scope)));
    feed.insert("home_page_url".into(), json!(list_url));
    feed.insert("feed_url".into(), json!(format!("{list_url}{FILE}")));
    if let Some(d) = &site.config.description {
        feed.insert("description".into(), json!(d));
    }
    feed.insert("language".into(), json!(site.config.language));
    feed.insert(
        "authors".into(),
        json!([{ "name": site.config.publisher.name, "url": format!("{}/", site.config.base_url) }]),
    );
    let items: Vec<Value> = ids.iter().map(|&i| item(site, i)).collect();
    feed.insert("items".into(), Value::Array(items));
    let mut bytes = serde_json::to_vec_pretty(&Value::Object(feed)).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}

fn item(site: &Site, i: usize) -> Value {
    let page = &site.pages[i];
    let mut item = Map::new();
    item.insert("id".into(), json!(page.permalink));
    item.insert("url".into(), json!(page.permalink));
    item.insert("title".into(), json!(page.title()));
    item.insert("content_html".into(), json!(entry_html(site, i)));
    if let Some(summary) = page.description(site) {
        item.insert("summary".into(), json!(summary));
    }
    if let Some(date) = &page.meta.date {
        item.insert("date_published".into(), json!(local(site, date.instant).to_rfc3339()));
    }
    if let Some(at) = page.updated() {
        item.insert("date_modified".into(), json!(local(site, at).to_rfc3339()));
    }
    if let Some(author) = page
        .data
        .as_ref()
        .and_then(|d| d.get("author"))
        .and_then(|a| a.as_str())
    {
        item.insert("authors".into(), json!([{ "name": author }]));
    }
    if let Some(image) = page.data.as_ref().and_then(|d| d.get("image")).and_then(|a| a.as_str()) {
        item.insert(
            "image".into(),
            json!(crate::urls::absolute(&site.config.base_url, &page.permalink, image)),
        );
    }
    let tags: Vec<&str> = page
        .terms
        .iter()
        .map(|&(t, k)| site.taxonomies[t].terms[k].name.as_str())
        .collect();
    if !tags.is_empty() {
        item.insert("tags".into(), json!(tags));
    }
    if let Some(lang) = &page.lang {
        item.insert("language".into(), json!(lang));
    }
    Value::Object(item)
}
