//! Pass, before the parser: shortcode calls become placeholders, and their
//! rendered HTML takes the placeholders' place after the rest of the text
//! is HTML (and cleaned, so the sanitizer never sees a template's output).
//!
//! A call alone on its line whose HTML is a block (a `<figure>`, an
//! `<aside>`) becomes a paragraph of its own and replaces that paragraph.
//! A block's body is Markdown, rendered by the same stage before the
//! template sees it as `body`.

use crate::messages::msg;
use std::ops::Range;

use pulldown_cmark::{Event, Parser, Tag};

use super::pictures::PicturePass;
use super::{Converted, Links};
use crate::config::MarkdownConfig;
use crate::content::Site;
use crate::shortcodes::{self, Library, parse::Piece};

/// Where a text is, for the shortcodes in it.
#[derive(Clone, Copy)]
pub struct ShortcodeEnv<'a> {
    pub library: &'a dyn Library,
    pub site: &'a Site,
    /// Language of the entry; `None` for the site's.
    pub lang: Option<&'a str>,
}

/// The text with placeholders, what they stand for, and how to map an
/// offset of the new text back to the written one.
pub struct Expansion {
    pub text: String,
    outputs: Vec<Output>,
    /// (range in the new text, range in the written text), in order.
    edits: Vec<(Range<usize>, Range<usize>)>,
}

struct Output {
    html: String,
    /// Where the call is written.
    at: usize,
    name: String,
    block: bool,
}

const OPEN: char = '\u{E000}';
const CLOSE: char = '\u{E001}';

fn placeholder(i: usize) -> String {
    format!("{OPEN}{i}{CLOSE}")
}

/// Expands the shortcodes of `text`; problems, and what the bodies found,
/// go to `carried`, at offsets of `text`.
pub fn expand(
    text: &str,
    config: &MarkdownConfig,
    links: &Links,
    pictures: &mut PicturePass,
    env: ShortcodeEnv,
    carried: &mut Converted,
) -> Expansion {
    let literal = literal_ranges(text, config);
    let known = |name: &str| env.library.signature(name).is_some();
    let (pieces, errors) = shortcodes::parse::find(text, &literal, &known);
    carried.problems_at.extend(errors);
    let mut expansion = Expansion {
        text: String::with_capacity(text.len()),
        outputs: Vec::new(),
        edits: Vec::new(),
    };
    let mut last = 0;
    for piece in pieces {
        let (span, replacement) = match piece {
            Piece::Literal { span, text } => (span, text),
            Piece::Call(call) => {
                let html = render_call(&call, text, config, links, pictures, env, carried).unwrap_or_default();
                let block = is_block(&html);
                // A template file ends with a newline, a sentence does not.
                let html = if block { html } else { html.trim().to_string() };
                let i = expansion.outputs.len();
                expansion.outputs.push(Output {
                    html,
                    at: call.span.start,
                    name: call.name.clone(),
                    block,
                });
                carried.shortcodes.push(call.name.clone());
                let replacement = match line_prefix(text, &call.span).filter(|_| block) {
                    // Blank lines around it: a paragraph of its own, in
                    // the same list item or quote.
                    Some(prefix) => {
                        let bare = prefix.trim_end();
                        format!("\n{bare}\n{prefix}{}\n{bare}\n", placeholder(i))
                    }
                    None => placeholder(i),
                };
                (call.span, replacement)
            }
        };
        expansion.text.push_str(&text[last..span.start]);
        let start = expansion.text.len();
        expansion.text.push_str(&replacement);
        expansion.edits.push((start..expansion.text.len(), span.clone()));
        last = span.end;
    }
    expansion.text.push_str(&text[last..]);
    expansion
}

/// Renders one call: checks, body, built-in values, template. `None`
/// (the problem recorded) when it cannot be rendered.
fn render_call(
    call: &shortcodes::Call,
    text: &str,
    config: &MarkdownConfig,
    links: &Links,
    pictures: &mut PicturePass,
    env: ShortcodeEnv,
    carried: &mut Converted,
) -> Option<String> {
    let body = call.body.clone().map(|r| (r.start, &text[r]));
    let problems = shortcodes::check_call(env.library, call, body.map(|b| b.1));
    if !problems.is_empty() {
        carried.problems_at.extend(problems);
        return None;
    }
    let mut values = shortcodes::arguments(call);
    // Written inside a sentence, not on a line of its own.
    values.insert("inline", &line_prefix(text, &call.span).is_none());
    if let Some((start, body)) = body {
        let mut c = super::convert(body, config, links, pictures, env);
        values.insert_value("body", tera::Value::safe_string(&c.html));
        c.shift(start);
        carried.absorb(c);
    }
    let problem_at = |carried: &mut Converted, (message, hint): shortcodes::builtin::Problem| {
        carried.problems_at.push((call.span.start, message, hint));
    };
    if let Err(problem) = shortcodes::builtin::prepare(env.site, env.lang, call, &mut values) {
        problem_at(carried, problem);
        return None;
    }
    if call.name == "figure" {
        let src = call.text_arg("src").unwrap_or("");
        let alt = call.text_arg("alt").unwrap_or("");
        let found = pictures.figure(src, alt, call.span.start);
        // A missing or unreadable photo, recorded at the call.
        carried.problems_at.append(&mut pictures.problems);
        match found {
            Ok(Some(html)) => values.insert_value("image", tera::Value::safe_string(&html)),
            Ok(None) => values.insert_value("image", tera::Value::safe_string(&plain_image(src, alt))),
            Err(()) => return None,
        }
    }
    match env.library.render(&call.name, env.lang, values) {
        Ok(html) => Some(html),
        Err(message) => {
            problem_at(
                carried,
                (
                    msg!("shortcode-failed", name = &call.name, detail = message),
                    msg!("shortcode-failed-hint"),
                ),
            );
            None
        }
    }
}

/// `<img>` for an image that is not one of the site's photos.
fn plain_image(src: &str, alt: &str) -> String {
    let mut html = String::from("<img src=\"");
    let _ = pulldown_cmark_escape::escape_href(&mut html, src);
    html.push_str("\" alt=\"");
    let _ = pulldown_cmark_escape::escape_html(&mut html, alt);
    html.push_str("\" loading=\"lazy\" decoding=\"async\">");
    html
}

/// What comes before a call on its line, when nothing but spaces and quote
/// markers do and nothing but spaces follows it.
fn line_prefix<'t>(text: &'t str, span: &Range<usize>) -> Option<&'t str> {
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let prefix = &text[line_start..span.start];
    let rest = &text[span.end..];
    let after = &rest[..rest.find('\n').unwrap_or(rest.len())];
    (prefix.chars().all(|c| c == ' ' || c == '\t' || c == '>') && after.trim().is_empty()).then_some(prefix)
}

/// Whether HTML starts with an element that cannot sit inside a paragraph.
fn is_block(html: &str) -> bool {
    const BLOCKS: &[&str] = &[
        "address",
        "article",
        "aside",
        "blockquote",
        "details",
        "div",
        "dl",
        "fieldset",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
    ];
    let Some(tag) = html.trim_start().strip_prefix('<') else {
        return false;
    };
    let name: String = tag
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    BLOCKS.contains(&name.as_str())
}

/// Code and raw HTML (comments included): shortcodes there are text.
fn literal_ranges(text: &str, config: &MarkdownConfig) -> Vec<Range<usize>> {
    // Without backticks, tildes, `<`, tabs or four spaces there is no code
    // or HTML, and no need to parse the text twice.
    let code_or_html = memchr::memchr3(b'`', b'~', b'<', text.as_bytes()).is_some();
    if !code_or_html && memchr::memchr(b'\t', text.as_bytes()).is_none() && !text.contains("    ") {
        return Vec::new();
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut events = Parser::new_ext(text, super::parser_options(config)).into_offset_iter();
    while let Some((event, range)) = events.next() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock) => {
                ranges.push(range);
                // The block's own events are inside its range.
                for (e, _) in events.by_ref() {
                    if matches!(e, Event::End(_)) {
                        break;
                    }
                }
            }
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => ranges.push(range),
            _ => {}
        }
    }
    ranges.sort_by_key(|r| r.start);
    ranges
}

impl Expansion {
    /// Where an offset of the expanded text was written.
    pub fn original(&self, offset: usize) -> usize {
        let mut shift: isize = 0;
        for (new, old) in &self.edits {
            if offset < new.start {
                break;
            }
            if offset < new.end {
                return old.start;
            }
            shift = old.end as isize - new.end as isize;
        }
        (offset as isize + shift).max(0) as usize
    }

    /// How many placeholders the text holds (each counted as a word).
    pub fn calls(&self) -> usize {
        self.outputs.len()
    }

    /// Puts the shortcodes' HTML in place of their placeholders. A block
    /// shortcode written inside a sentence is a problem: its HTML would
    /// break the paragraph.
    pub fn substitute(
        &self,
        html: &str,
        problems: &mut Vec<(usize, crate::messages::Message, crate::messages::Message)>,
    ) -> String {
        if !html.contains(OPEN) {
            return html.to_string();
        }
        let mut out = String::with_capacity(html.len() + self.outputs.iter().map(|o| o.html.len()).sum::<usize>());
        let mut rest = html;
        while let Some(open) = rest.find(OPEN) {
            let after = &rest[open + OPEN.len_utf8()..];
            let Some(close) = after.find(CLOSE) else { break };
            let Some(output) = after[..close].parse::<usize>().ok().and_then(|i| self.outputs.get(i)) else {
                out.push_str(&rest[..open + OPEN.len_utf8()]);
                rest = after;
                continue;
            };
            let before = &rest[..open];
            let following = &after[close + CLOSE.len_utf8()..];
            if before.ends_with("<p>") && following.starts_with("</p>") {
                // A paragraph of its own: the HTML replaces the paragraph.
                out.push_str(&before[..before.len() - 3]);
                out.push_str(&output.html);
                rest = &following[4..];
                continue;
            }
            // A link inside a link is not HTML: browsers split them. The
            // HTML so far is `out` then `before`.
            let last = |tag: &str| before.rfind(tag).map(|i| out.len() + i).or_else(|| out.rfind(tag));
            if output.html.contains("<a ") && last("<a ") > last("</a>") {
                problems.push((
                    output.at,
                    msg!("shortcode-link-in-link", name = &output.name),
                    msg!("shortcode-link-in-link-hint"),
                ));
            }
            if output.block && !(before.ends_with('>') && following.starts_with('<')) {
                problems.push((
                    output.at,
                    msg!("shortcode-block-in-sentence", name = &output.name),
                    msg!("shortcode-block-in-sentence-hint"),
                ));
            }
            out.push_str(before);
            out.push_str(&output.html);
            rest = following;
        }
        out.push_str(rest);
        out
    }
}

/// Removes placeholders from plain text (summaries, headings).
pub fn strip_placeholders(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut inside = false;
    for c in text.chars() {
        match c {
            OPEN => inside = true,
            CLOSE => inside = false,
            c if !inside => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_back_through_edits() {
        let e = Expansion {
            text: String::new(),
            outputs: Vec::new(),
            // "ab{{ x() }}cd" → "abPHcd" (PH 4 bytes, call 10 bytes)
            edits: vec![(2..6, 2..12)],
        };
        assert_eq!(e.original(1), 1);
        assert_eq!(e.original(3), 2);
        assert_eq!(e.original(6), 12);
        assert_eq!(e.original(7), 13);
    }

    #[test]
    fn block_html_is_recognised() {
        assert!(is_block("\n<figure class=\"x\">"));
        assert!(is_block("<ASIDE>"));
        assert!(!is_block("<a href=\"tel:113\">113</a>"));
        assert!(!is_block("text"));
    }

    #[test]
    fn alone_on_its_line() {
        let t = "a\n  > {{ x() }}  \nb";
        let start = t.find("{{").unwrap();
        let end = t.find("}}").unwrap() + 2;
        assert_eq!(line_prefix(t, &(start..end)), Some("  > "));
        let t = "- {{ x() }}";
        assert_eq!(line_prefix(t, &(2..t.len())), None);
    }
}
