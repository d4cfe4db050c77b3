//! Pass: give every heading an id (slug of its text, unique on the page,
//! or the `{#id}` the author wrote) and collect the table of contents.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, Tag, TagEnd};

use super::Spanned;
use crate::content::Heading;
use crate::slugs::slugify;

pub fn assign_ids(mut events: Vec<Spanned>) -> (Vec<Spanned>, Vec<Heading>) {
    let mut toc = Vec::new();
    let mut used: HashSet<String> = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i].0 {
            let level = *level as u8;
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
                None => unique(&mut used, slug_or_default(&title)),
            };
            used.insert(id.clone());
            if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i].0 {
                *slot = Some(CowStr::from(id.clone()));
            }
            toc.push(Heading {
                level,
                id,
                title: title.trim().to_string(),
            });
            i = j;
        }
        i += 1;
    }
    (events, toc)
}

fn slug_or_default(title: &str) -> String {
    let s = slugify(title);
    if s.is_empty() { "muc".to_string() } else { s }
}

/// `id`, or `id-1`, `id-2`, … when an earlier heading took it.
fn unique(used: &mut HashSet<String>, id: String) -> String {
    if !used.contains(&id) {
        return id;
    }
    (1..)
        .map(|n| format!("{id}-{n}"))
        .find(|c| !used.contains(c))
        .unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::{Options, Parser};

    fn run(md: &str) -> (String, Vec<Heading>) {
        let events: Vec<Spanned> = Parser::new_ext(md, Options::ENABLE_HEADING_ATTRIBUTES)
            .into_offset_iter()
            .collect();
        let (events, toc) = assign_ids(events);
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
    fn custom_ids_are_kept() {
        let (html, toc) = run("## Liên hệ {#lien-he-khan}\n");
        assert!(html.contains("id=\"lien-he-khan\""));
        assert_eq!(toc[0].id, "lien-he-khan");
    }
}
