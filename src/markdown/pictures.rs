//! Pass: photos of the site become `<picture>` elements.
//!
//! `![alt](anh.jpg)` naming one of the site's photos (see `pictures`)
//! becomes its WebP and fallback versions with `srcset`, `sizes`, width
//! and height; the first photo of an entry's text loads at once, the
//! others lazily. An address that looks like a photo of the site but
//! names none, or a photo that cannot be read, is a problem at the image.

use crate::messages::msg;
use pulldown_cmark::{Event, Tag, TagEnd};

use super::Spanned;
use crate::content::Site;

/// Where the text is, and what the pass found.
pub struct PicturePass<'a> {
    site: Option<&'a Site>,
    /// URL path of the page the text belongs to (relative addresses start there).
    page_path: &'a str,
    /// The next photo is the text's first: no lazy loading.
    eager_next: bool,
    /// Photos shown (indexes into `Site::pictures`).
    pub used: Vec<usize>,
    /// (offset, message, hint).
    pub problems: Vec<(usize, crate::messages::Message, crate::messages::Message)>,
}

impl<'a> PicturePass<'a> {
    pub fn new(site: Option<&'a Site>, page_path: &'a str, first_is_eager: bool) -> Self {
        PicturePass {
            site,
            page_path,
            eager_next: first_is_eager,
            used: Vec::new(),
            problems: Vec::new(),
        }
    }

    pub fn run<'e>(&mut self, events: Vec<Spanned<'e>>) -> Vec<Spanned<'e>> {
        let Some(site) = self.site else { return events };
        if !events.iter().any(|(e, _)| matches!(e, Event::Start(Tag::Image { .. }))) {
            return events;
        }
        let mut out = Vec::with_capacity(events.len());
        let mut events = events.into_iter();
        while let Some((event, range)) = events.next() {
            let Event::Start(Tag::Image { dest_url, title, .. }) = &event else {
                out.push((event, range));
                continue;
            };
            let i = match self.lookup(site, dest_url, range.start) {
                Lookup::Other => {
                    out.push((event, range));
                    continue;
                }
                Lookup::Missing => {
                    // Reported once, here: the page keeps no broken image.
                    for (inner, _) in events.by_ref() {
                        if matches!(inner, Event::End(TagEnd::Image)) {
                            break;
                        }
                    }
                    continue;
                }
                Lookup::Photo(i) => i,
            };
            // The alt text: every text up to the image's end.
            let mut alt = String::new();
            for (inner, _) in events.by_ref() {
                match inner {
                    Event::End(TagEnd::Image) => break,
                    Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                    Event::SoftBreak | Event::HardBreak => alt.push(' '),
                    _ => {}
                }
            }
            let html = self.show(site, i, &alt, title);
            out.push((Event::InlineHtml(html.into()), range));
        }
        out
    }

    /// The `<picture>` of photo `address` for the `figure` shortcode at
    /// `offset`: `Ok(None)` for an address that is not one of the site's
    /// photos (another site's image, a static file), `Err(())` when it
    /// looks like one but is missing (the problem is recorded).
    pub fn figure(&mut self, address: &str, alt: &str, offset: usize) -> Result<Option<String>, ()> {
        let Some(site) = self.site else { return Ok(None) };
        match self.lookup(site, address, offset) {
            Lookup::Other => Ok(None),
            Lookup::Missing => Err(()),
            Lookup::Photo(i) => Ok(Some(self.show(site, i, alt, ""))),
        }
    }

    /// Which photo `address` names, recording a problem at `offset` when
    /// it is missing or unreadable.
    fn lookup(&mut self, site: &Site, address: &str, offset: usize) -> Lookup {
        let Some(i) = crate::pictures::find(site, self.page_path, address) else {
            if !crate::pictures::looks_local_picture(address) {
                return Lookup::Other;
            }
            self.problems.push((
                offset,
                msg!("markdown-image-missing", address = address),
                msg!("markdown-image-missing-hint"),
            ));
            return Lookup::Missing;
        };
        if let Some(problem) = &site.pictures[i].problem {
            self.problems.push((
                offset,
                msg!("markdown-image-unusable", address = address, problem = problem.clone()),
                msg!("markdown-image-unusable-hint"),
            ));
        }
        Lookup::Photo(i)
    }

    fn show(&mut self, site: &Site, i: usize, alt: &str, title: &str) -> String {
        self.used.push(i);
        crate::pictures::html(site, i, alt, title, std::mem::take(&mut self.eager_next))
    }
}

enum Lookup {
    /// Not an address of the site's photos.
    Other,
    /// Looks like one, but there is no such photo.
    Missing,
    Photo(usize),
}
