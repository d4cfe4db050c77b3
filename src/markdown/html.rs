//! Events to HTML: the one place pulldown-cmark's HTML writer is called.

use super::Spanned;

/// HTML of the events, in a string of exactly its length: it is written
/// into a buffer each thread reuses, then copied out. Growing a fresh
/// string by doubling instead left a third of 260 MB of bodies (50,000
/// articles) as unused capacity, which the allocator does not give back.
pub(super) fn to_html<'a>(events: impl Iterator<Item = Spanned<'a>>) -> String {
    thread_local! {
        static BUFFER: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    // Only a table has cells to align.
    let mut table = false;
    let events = events.map(|(e, _)| {
        table |= matches!(e, pulldown_cmark::Event::Start(pulldown_cmark::Tag::Table(_)));
        e
    });
    let html = BUFFER.with(|buffer| {
        let Ok(mut html) = buffer.try_borrow_mut() else {
            // A shortcode's body converted inside a conversion: its own buffer.
            let mut html = String::new();
            pulldown_cmark::html::push_html(&mut html, events);
            return html;
        };
        html.clear();
        pulldown_cmark::html::push_html(&mut html, events);
        html.as_str().to_owned()
    });
    if table { align_by_class(html) } else { html }
}

/// Table cells aligned by a class (`align-center`) instead of the
/// `style` attribute pulldown-cmark writes, so pages satisfy a
/// Content-Security-Policy without `'unsafe-inline'` styles (see `headers`).
fn align_by_class(html: String) -> String {
    const STYLE: &str = " style=\"text-align: ";
    if memchr::memmem::find(html.as_bytes(), STYLE.as_bytes()).is_none() {
        return html;
    }
    html.replace(" style=\"text-align: left\">", " class=\"align-left\">")
        .replace(" style=\"text-align: center\">", " class=\"align-center\">")
        .replace(" style=\"text-align: right\">", " class=\"align-right\">")
}
