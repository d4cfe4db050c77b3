//! Markdown as plain text, for places that cannot hold markup (CAP
//! descriptions, JSON-LD, meta tags).

use pulldown_cmark::{Event, Options, Parser};

/// The text of a Markdown snippet without its markup, for formats that
/// carry plain text (CAP descriptions). Paragraphs are separated by a blank line.
pub fn plain_text(text: &str) -> String {
    use pulldown_cmark::{Tag, TagEnd};
    let mut out = String::new();
    for event in Parser::new_ext(text, Options::empty()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Item) => out.push_str("- "),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push('\n'),
            Event::End(TagEnd::List(_)) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().replace("\n\n\n", "\n\n")
}
