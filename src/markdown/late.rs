//! Bodies converted late, for `keng build`: an entry's body is converted
//! when a page first needs it, normally its own page. What every page
//! needs of it (summary, word count, headings, fields) is kept; its HTML
//! is dropped once that page is written. A build then holds the HTML of
//! the pages being rendered, not of every entry at once.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, OnceLock};

use rayon::prelude::*;

use super::anchors::{self, AnchorRef};
use super::{Links, ShortcodeEnv, keep_sections, pictures, render_entry_file, render_sections};
use crate::content::{LateBodies, Page, Rendered, Site};
use crate::diagnostic::Diagnostics;
use crate::shortcodes::Library;

/// As [`super::render_site`] for section bodies, but entry bodies are
/// converted later, when pages need them (see this module). The errors
/// returned are the sections'; the entries' come from
/// [`crate::content::LateBodies::problems`].
pub fn render_sections_only(site: &mut Site, library: Arc<dyn Library + Send + Sync>) -> Diagnostics {
    // Every entry's address, made once for sections and entries alike.
    let links = OnceLock::new();
    let site_ref: &Site = site;
    let section_results = render_sections(site_ref, &*library, || links.get_or_init(|| Links::new(site_ref)));
    let mut anchors = Vec::new();
    let errors = keep_sections(site, section_results, &mut anchors);
    site.late_bodies = Some(Arc::new(Late {
        library,
        links,
        found: Mutex::default(),
        section_anchors: anchors,
    }));
    errors
}

/// What [`LateBodies`] needs to convert an entry, and what it found.
pub struct Late {
    library: Arc<dyn Library + Send + Sync>,
    /// Every entry's address, for `@/` links: made at the first conversion.
    links: OnceLock<Links>,
    /// Errors and `#anchor` links of each entry that has any, by source path.
    found: Mutex<BTreeMap<String, (Diagnostics, Vec<AnchorRef>)>>,
    /// `#anchor` links of section bodies, checked with the entries'.
    section_anchors: Vec<AnchorRef>,
}

impl Late {
    /// Keeps what a conversion found. Most find nothing: they take no
    /// lock, and a body converted again leaves what it found before.
    fn keep(&self, rel: &str, errors: Diagnostics, anchors: Vec<AnchorRef>) {
        if errors.is_empty() && anchors.is_empty() {
            return;
        }
        let mut found = self.found.lock().unwrap_or_else(|e| e.into_inner());
        found.insert(rel.to_string(), (errors, anchors));
    }
}

impl std::fmt::Debug for Late {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Late")
    }
}

impl LateBodies for Late {
    fn convert(&self, site: &Site, page: &Page) -> Rendered {
        let source = match page.source.with_body() {
            Ok(source) => source,
            Err(e) => {
                self.keep(&page.source.rel, e.into(), Vec::new());
                return Rendered::default();
            }
        };
        let mut pictures = pictures::PicturePass::new(Some(site), &page.path, true);
        let env = ShortcodeEnv {
            library: &*self.library,
            site,
            lang: page.lang.as_deref(),
        };
        let links = self.links.get_or_init(|| Links::new(site));
        let result = render_entry_file(page, &source, &site.config, links, &mut pictures, env);
        self.keep(&page.source.rel, result.errors, result.anchors);
        result.rendered
    }

    fn problems(&self, site: &Site) -> Diagnostics {
        // Entries that no page showed (a static file replaces their page).
        site.pages.par_iter().for_each(|p| {
            p.content(site);
        });
        let found = std::mem::take(&mut *self.found.lock().unwrap_or_else(|e| e.into_inner()));
        let mut errors = Diagnostics::default();
        let mut anchors = Vec::new();
        for (_, (page_errors, page_anchors)) in found {
            errors.extend(page_errors);
            anchors.extend(page_anchors);
        }
        anchors.extend(self.section_anchors.iter().cloned());
        errors.extend(anchors::check(site, &anchors));
        errors
    }
}
