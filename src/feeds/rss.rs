//! RSS 2.0 feeds, the same entries as the Atom ones.

use super::xml::Xml;
use super::{FeedBasics, FeedScope, basics, entry_html, local, title};
use crate::content::Site;

pub const FILE: &str = "rss.xml";

pub fn write(site: &Site, scope: FeedScope) -> Vec<u8> {
    let FeedBasics { list_url, ids, newest } = basics(site, scope);

    let mut x = Xml::new();
    x.open(
        "rss",
        &[("version", "2.0"), ("xmlns:atom", "http://www.w3.org/2005/Atom")],
    );
    x.open("channel", &[]);
    x.text("title", &[], &title(site, scope));
    x.text("link", &[], &list_url);
    x.text(
        "description",
        &[],
        site.config.description.as_deref().unwrap_or(&site.config.title),
    );
    x.text("language", &[], &site.config.language);
    x.text("lastBuildDate", &[], &local(site, newest).to_rfc2822());
    x.text("generator", &[], "keng");
    x.empty(
        "atom:link",
        &[
            ("href", &format!("{list_url}{FILE}")),
            ("rel", "self"),
            ("type", "application/rss+xml"),
        ],
    );
    for &i in &ids {
        let page = &site.pages[i];
        x.open("item", &[]);
        x.text("title", &[], page.title());
        x.text("link", &[], &page.permalink);
        x.text("guid", &[("isPermaLink", "true")], &page.permalink);
        if let Some(date) = &page.meta.date {
            x.text("pubDate", &[], &local(site, date.instant).to_rfc2822());
        }
        for &(t, k) in &page.terms {
            x.text("category", &[], &site.taxonomies[t].terms[k].name);
        }
        x.text("description", &[], &entry_html(site, i));
        x.close("item");
    }
    x.close("channel");
    x.close("rss");
    x.finish()
}
