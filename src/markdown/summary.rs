//! Pass: find the `<!-- more -->` marker that ends an entry's summary.

use pulldown_cmark::{Event, Tag};

use super::Spanned;

const MARKER: &str = "<!-- more -->";

/// The events before the marker, when the body has one on a line of its own.
pub fn split_at_more<'e, 'a>(events: &'e [Spanned<'a>]) -> Option<&'e [Spanned<'a>]> {
    events.iter().enumerate().find_map(|(i, (event, _))| match event {
        Event::Start(Tag::HtmlBlock) => match events.get(i + 1) {
            Some((Event::Html(html), _)) if html.trim() == MARKER => Some(&events[..i]),
            _ => None,
        },
        _ => None,
    })
}

/// The words of some events as one line of plain text (a summary for
/// `<meta name="description">`): text and code, no markup, spaces collapsed.
pub fn plain_words(events: &[Spanned]) -> String {
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use pulldown_cmark::Parser;

    #[test]
    fn finds_the_marker_between_blocks() {
        let events: Vec<Spanned> = Parser::new("Đầu bài.\n\n<!-- more -->\n\nPhần sau.")
            .into_offset_iter()
            .collect();
        let prefix = split_at_more(&events).unwrap();
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, prefix.iter().map(|(e, _)| e.clone()));
        assert_eq!(html, "<p>Đầu bài.</p>\n");
    }

    #[test]
    fn no_marker_no_summary() {
        let events: Vec<Spanned> = Parser::new("Một đoạn.").into_offset_iter().collect();
        assert!(split_at_more(&events).is_none());
    }
}
