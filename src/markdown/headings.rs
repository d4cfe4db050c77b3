//! Pass: give every heading an id (slug of its text, unique on the page,
//! or the `{#id}` the author wrote) and collect the table of contents.
//! Headings with no text stay out of the table of contents; a `#` heading
//! becomes `##`, since the page title is the page's one `h1`.

use std::collections::{HashMap, HashSet};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Tag, TagEnd};

use super::Spanned;
use crate::content::Heading;
use crate::slugs::slugify;

/// Returns the events, the table of contents and the offsets of the `#`
/// headings that were demoted.
pub fn assign_ids(mut events: Vec<Spanned>) -> (Vec<Spanned>, Vec<Heading>, Vec<usize>) {
    let mut toc = Vec::new();
    let mut ids = UniqueIds::default();
    let mut demoted = Vec::new();
    let mut i = 0;
    while i < events.len() {
        if let (Event::Start(Tag::Heading { level, id, .. }), range) = &events[i] {
            if *level == HeadingLevel::H1 {
                demoted.push(range.start);
            }
            let level = (*level as u8).max(2);
            let given = id.as_ref().map(|s| s.to_string());
            let mut title = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j].0 {
                    title.push_str(t);
                }
                j += 1;
            }
            let id = match given {
                Some(id) => id,
                None => ids.unique(slug_or_default(&title)),
            };
            ids.used.insert(id.clone());
            if let Event::Start(Tag::Heading { id: slot, level: l, .. }) = &mut events[i].0 {
                *slot = Some(CowStr::from(id.clone()));
                *l = demote(*l);
            }
            if let Some((Event::End(TagEnd::Heading(l)), _)) = events.get_mut(j) {
                *l = demote(*l);
            }
            if !title.trim().is_empty() {
                toc.push(Heading {
                    level,
                    id,
                    title: title.trim().to_string(),
                });
            }
            i = j;
        }
        i += 1;
    }
    (events, toc, demoted)
}

/// `#` becomes `##`: the page title is the page's one `h1`.
fn demote(level: HeadingLevel) -> HeadingLevel {
    if level == HeadingLevel::H1 {
        HeadingLevel::H2
    } else {
        level
    }
}

fn slug_or_default(title: &str) -> String {
    // A shortcode's placeholder is not part of the heading's words.
    let s = slugify(&super::shortcodes::strip_placeholders(title));
    if s.is_empty() { "muc".to_string() } else { s }
}

/// The ids given so far on a page.
#[derive(Default)]
struct UniqueIds {
    used: HashSet<String>,
    /// For each base id, the next suffix to try: 20,000 equal headings take
    /// linear time, not quadratic.
    next_suffix: HashMap<String, usize>,
}

impl UniqueIds {
    /// `id`, or `id-1`, `id-2`, … when an earlier heading took it.
    fn unique(&mut self, id: String) -> String {
        if !self.used.contains(&id) {
            return id;
        }
        let n = self.next_suffix.entry(id.clone()).or_insert(1);
        loop {
            let candidate = format!("{id}-{n}");
            *n += 1;
            if !self.used.contains(&candidate) {
                return candidate;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn run(md: &str) -> (String, Vec<Heading>) {
        let events: Vec<Spanned> = Parser::new_ext(md, Options::ENABLE_HEADING_ATTRIBUTES)
            .into_offset_iter()
            .collect();
        let (events, toc, _) = assign_ids(events);
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, events.into_iter().map(|(e, _)| e));
        (html, toc)
    }

    #[test]
    fn ids_are_vietnamese_slugs_and_unique() {
        let (html, toc) = run("## Kết quả năm 2020\n\n## Kết quả năm 2020\n\n### `Mã` số\n");
        assert!(html.contains("<h2 id=\"ket-qua-nam-2020\">"));
        assert!(html.contains("<h2 id=\"ket-qua-nam-2020-1\">"));
        assert_eq!(
            toc[2],
            Heading {
                level: 3,
                id: "ma-so".into(),
                title: "Mã số".into()
            }
        );
    }

    #[test]
    fn many_equal_headings_take_linear_time() {
        let md = "## Trùng\n\n".repeat(20_000);
        let started = std::time::Instant::now();
        let (html, toc) = run(&md);
        assert_eq!(toc.len(), 20_000);
        assert_eq!(toc[19_999].id, "trung-19999");
        assert!(html.contains("id=\"trung-1\""));
        // Not a benchmark: quadratic search took 26 s here, linear well under one.
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
    }

    #[test]
    fn empty_headings_stay_out_of_the_toc_and_h1_becomes_h2() {
        let (html, toc) = run("# Tiêu đề\n\n##\n\n## Mục\n");
        assert!(html.contains("<h2 id=\"tieu-de\">Tiêu đề</h2>"), "{html}");
        assert_eq!(
            toc.iter().map(|h| h.title.as_str()).collect::<Vec<_>>(),
            ["Tiêu đề", "Mục"]
        );
    }

    #[test]
    fn custom_ids_are_kept() {
        let (html, toc) = run("## Liên hệ {#lien-he-khan}\n");
        assert!(html.contains("id=\"lien-he-khan\""));
        assert_eq!(toc[0].id, "lien-he-khan");
    }
}
