//! Atom 1.0 (RFC 4287) feeds: the site's news, a section's or a term's.

use super::xml::Xml;
use super::{FeedBasics, FeedScope, basics, entry_html, local, title};
use crate::content::Site;

pub const FILE: &str = "atom.xml";

pub fn write(site: &Site, scope: FeedScope) -> Vec<u8> {
    let base = &site.config.base_url;
    let FeedBasics { list_url, ids, newest } = basics(site, scope);
    let self_url = format!("{list_url}{FILE}");

    let mut x = Xml::new();
    x.open(
        "feed",
        &[
            ("xmlns", "http://www.w3.org/2005/Atom"),
            ("xml:lang", &site.config.language),
        ],
    );
    x.text("title", &[], &title(site, scope));
    if let Some(d) = &site.config.description {
        x.text("subtitle", &[], d);
    }
    x.empty(
        "link",
        &[("href", &self_url), ("rel", "self"), ("type", "application/atom+xml")],
    );
    x.empty(
        "link",
        &[("href", &list_url), ("rel", "alternate"), ("type", "text/html")],
    );
    x.text("id", &[], &list_url);
    x.text("updated", &[], &local(site, newest).to_rfc3339());
    x.open("author", &[]);
    x.text("name", &[], &site.config.publisher.name);
    x.text("uri", &[], &format!("{base}/"));
    x.close("author");
    x.text("generator", &[("version", env!("CARGO_PKG_VERSION"))], "keng");
    for &i in &ids {
        let page = &site.pages[i];
        x.open("entry", &[]);
        x.text("title", &[("type", "text")], page.title());
        x.empty(
            "link",
            &[("href", &page.permalink), ("rel", "alternate"), ("type", "text/html")],
        );
        x.text("id", &[], &page.permalink);
        if let Some(date) = &page.meta.date {
            x.text("published", &[], &local(site, date.instant).to_rfc3339());
        }
        if let Some(at) = page.updated() {
            x.text("updated", &[], &local(site, at).to_rfc3339());
        }
        if let Some(author) = page
            .data
            .as_ref()
            .and_then(|d| d.get("author"))
            .and_then(|a| a.as_str())
        {
            x.open("author", &[]);
            x.text("name", &[], author);
            x.close("author");
        }
        for &(t, k) in &page.terms {
            let term = &site.taxonomies[t].terms[k];
            x.empty(
                "category",
                &[
                    ("term", &term.slug),
                    ("label", &term.name),
                    ("scheme", &site.taxonomies[t].permalink),
                ],
            );
        }
        let html = entry_html(site, i);
        let element = if site.config.feeds.full_content {
            "content"
        } else {
            "summary"
        };
        x.text(element, &[("type", "html")], &html);
        x.close("entry");
    }
    x.close("feed");
    x.finish()
}
