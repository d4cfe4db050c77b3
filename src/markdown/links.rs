//! Pass: rewrite links.
//!
//! - `@/tin-tuc/bai.md` and `@/tin-tuc/bai.md#muc` become the target's URL;
//!   a target that does not exist is a problem at the link's position, and
//!   the anchor is handed back to be checked once every page has headings.
//! - Links to other sites get `rel` (and optionally `target`) attributes.

use std::collections::BTreeMap;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};
use pulldown_cmark_escape::{escape_href, escape_html};

use super::Spanned;
use crate::config::MarkdownConfig;
use crate::content::Site;
use crate::urls::external_url;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkTarget {
    Page(usize),
    Section(usize),
}

/// What internal links can point at: source paths and their URLs.
pub struct Links {
    targets: BTreeMap<String, (LinkTarget, String)>,
    base_url: String,
}

impl Links {
    pub fn new(site: &Site) -> Links {
        let mut targets = BTreeMap::new();
        for (rel, &i) in &site.page_by_rel {
            targets.insert(rel.clone(), (LinkTarget::Page(i), site.pages[i].permalink.clone()));
        }
        for (rel, &i) in &site.section_by_rel {
            targets.insert(
                rel.clone(),
                (LinkTarget::Section(i), site.sections[i].permalink.clone()),
            );
        }
        Links {
            targets,
            base_url: site.config.base_url.clone(),
        }
    }

    /// No link targets, only the site's address (for a text without `@/` links).
    pub fn base_only(site: &Site) -> Links {
        Links {
            targets: BTreeMap::new(),
            base_url: site.config.base_url.clone(),
        }
    }

    pub fn empty() -> Links {
        Links {
            targets: BTreeMap::new(),
            base_url: String::new(),
        }
    }

    fn is_external(&self, url: &str) -> bool {
        external_url(url, &self.base_url).is_some()
    }
}

pub enum Problem {
    /// The message for a link to a file that does not exist.
    Missing(crate::messages::Message),
    /// A `#anchor` of a found target, to check later.
    Anchor(LinkTarget, String),
}

pub struct Found {
    pub kind: Problem,
    /// Byte offset of the link in the body.
    pub offset: usize,
}

pub struct LinkPass<'l> {
    links: &'l Links,
    config: &'l MarkdownConfig,
    pub problems: Vec<Found>,
}

impl<'l> LinkPass<'l> {
    pub fn new(links: &'l Links, config: &'l MarkdownConfig) -> Self {
        LinkPass {
            links,
            config,
            problems: Vec::new(),
        }
    }

    pub fn run<'a>(&mut self, events: Vec<Spanned<'a>>) -> Vec<Spanned<'a>> {
        // For each open link, whether it was turned into raw HTML (so its end must be too).
        let mut open: Vec<bool> = Vec::new();
        events
            .into_iter()
            .map(|(event, range)| match event {
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest_url = self.internal(dest_url, range.start);
                    if self.links.is_external(&dest_url) {
                        open.push(true);
                        (Event::InlineHtml(self.external_open(&dest_url, &title).into()), range)
                    } else {
                        open.push(false);
                        (
                            Event::Start(Tag::Link {
                                link_type,
                                dest_url,
                                title,
                                id,
                            }),
                            range,
                        )
                    }
                }
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => {
                    let dest_url = self.internal(dest_url, range.start);
                    (
                        Event::Start(Tag::Image {
                            link_type,
                            dest_url,
                            title,
                            id,
                        }),
                        range,
                    )
                }
                Event::End(TagEnd::Link) => {
                    if open.pop().unwrap_or(false) {
                        (Event::InlineHtml("</a>".into()), range)
                    } else {
                        (Event::End(TagEnd::Link), range)
                    }
                }
                other => (other, range),
            })
            .collect()
    }

    /// Resolves an `@/` URL; other URLs pass through.
    fn internal<'a>(&mut self, url: CowStr<'a>, offset: usize) -> CowStr<'a> {
        let Some(rest) = url.strip_prefix("@/") else {
            return url;
        };
        let (file, anchor) = match rest.split_once('#') {
            Some((f, a)) => (f, Some(a)),
            None => (rest, None),
        };
        match self.links.targets.get(file) {
            Some((target, permalink)) => {
                if let Some(anchor) = anchor {
                    self.problems.push(Found {
                        kind: Problem::Anchor(*target, anchor.to_string()),
                        offset,
                    });
                    CowStr::from(format!("{permalink}#{anchor}"))
                } else {
                    CowStr::from(permalink.clone())
                }
            }
            None => {
                self.problems.push(Found {
                    kind: Problem::Missing(crate::messages::msg!("markdown-internal-link-missing", file = file)),
                    offset,
                });
                url
            }
        }
    }

    fn external_open(&self, url: &str, title: &str) -> String {
        let mut html = String::from("<a href=\"");
        // Writing into a String cannot fail.
        let _ = escape_href(&mut html, url);
        html.push('"');
        if !title.is_empty() {
            html.push_str(" title=\"");
            let _ = escape_html(&mut html, title);
            html.push('"');
        }
        if !self.config.external_links_rel.is_empty() {
            html.push_str(" rel=\"");
            let _ = escape_html(&mut html, &self.config.external_links_rel);
            html.push('"');
        }
        if self.config.external_links_new_tab {
            html.push_str(" target=\"_blank\"");
        }
        html.push('>');
        html
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    fn links() -> Links {
        let mut targets = BTreeMap::new();
        targets.insert(
            "tin-tuc/bai.md".to_string(),
            (LinkTarget::Page(0), "https://e.org/tin-tuc/bai/".to_string()),
        );
        Links {
            targets,
            base_url: "https://e.org".into(),
        }
    }

    fn run(md: &str, config: &MarkdownConfig) -> (String, Vec<Found>) {
        let links = links();
        let mut pass = LinkPass::new(&links, config);
        let events = pass.run(Parser::new(md).into_offset_iter().collect());
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events.into_iter().map(|(e, _)| e));
        (html, pass.problems)
    }

    #[test]
    fn internal_links_resolve_with_anchor() {
        let (html, found) = run("[a](@/tin-tuc/bai.md#muc)", &MarkdownConfig::default());
        assert!(html.contains("href=\"https://e.org/tin-tuc/bai/#muc\""), "{html}");
        assert!(matches!(&found[0].kind, Problem::Anchor(LinkTarget::Page(0), a) if a == "muc"));
    }

    #[test]
    fn missing_internal_link_is_reported_at_its_offset() {
        let (_, found) = run("x\n\n[a](@/khong-co.md)", &MarkdownConfig::default());
        assert!(matches!(&found[0].kind, Problem::Missing(m) if m.to_string().contains("khong-co.md")));
        assert_eq!(found[0].offset, 3);
    }

    #[test]
    fn external_links_get_rel_and_escaping() {
        let config = MarkdownConfig {
            external_links_new_tab: true,
            ..Default::default()
        };
        let (html, _) = run(
            "[a](https://x.vn/?a=1&b=\"2\" \"T&C\") [b](https://e.org/x/) [c](/tin-tuc/)",
            &config,
        );
        assert!(html.contains("<a href=\"https://x.vn/?a=1&amp;b=%222%22\" title=\"T&amp;C\" rel=\"noopener noreferrer\" target=\"_blank\">a</a>"), "{html}");
        assert!(html.contains("<a href=\"https://e.org/x/\">b</a>"), "{html}");
        assert!(html.contains("<a href=\"/tin-tuc/\">c</a>"), "{html}");
    }
}
