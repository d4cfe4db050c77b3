//! Stage 3a, Markdown: turn entry bodies into HTML.
//!
//! pulldown-cmark's options are set here and nowhere else. The event stream
//! then goes through small passes, one file each: heading ids and the table
//! of contents (`headings`), `@/` internal links and external link attributes
//! (`links`), and the `<!-- more -->` summary split (`summary`).

mod anchors;
mod converted;
mod findings;
mod headings;
mod html;
mod late;
mod links;
mod pictures;
mod reuse;
pub mod safety;
mod shortcodes;
mod summary;

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser};
use rayon::prelude::*;

use crate::config::MarkdownConfig;
use crate::content::{Rendered, Site, SourceFile};
use crate::diagnostic::Diagnostics;
pub use crate::text::plain_text;
use anchors::AnchorRef;
use converted::Converted;
use findings::{notices, problems_at, sort_problems};
use html::to_html;
pub use late::render_sections_only;
pub use links::{LinkTarget, Links};
pub use shortcodes::ShortcodeEnv;

/// An event with its byte range in the body.
pub type Spanned<'a> = (Event<'a>, Range<usize>);

/// The one place where keng's Markdown dialect is defined.
pub fn parser_options(config: &MarkdownConfig) -> Options {
    let mut options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES;
    if config.smart_punctuation {
        options |= Options::ENABLE_SMART_PUNCTUATION;
    }
    options
}

/// Renders every entry and section body of the site (and the Markdown
/// fields of kind entries), then checks `#anchor`s of internal links against
/// the headings of their targets. Entries of `previous` that convert the
/// same keep their body (see [`reuse`]).
pub fn render_site(
    site: &mut Site,
    library: &dyn crate::shortcodes::Library,
    previous: Option<&Site>,
    config_change: crate::load::ConfigChange,
) -> Result<(), Diagnostics> {
    let site_ref: &Site = site;
    // Made when a text is converted: not at all when every body is reused.
    let links = std::sync::OnceLock::new();
    let links = || links.get_or_init(|| Links::new(site_ref));
    let config = &site_ref.config;
    let page_results: Vec<_> = site_ref
        .pages
        .par_iter()
        .enumerate()
        .map(|(i, p)| {
            if let Some(rendered) = previous.and_then(|old| reuse::reused(old, i, p, config_change)) {
                return (rendered, Diagnostics::default(), Vec::new());
            }
            let source = match p.source.with_body() {
                Ok(source) => source,
                Err(e) => return (Default::default(), e.into(), Vec::new()),
            };
            let mut pictures = pictures::PicturePass::new(Some(site_ref), &p.path, true);
            let env = ShortcodeEnv {
                library,
                site: site_ref,
                lang: p.lang.as_deref(),
            };
            let result = render_entry_file(p, &source, config, links(), &mut pictures, env);
            (std::sync::Arc::new(result.rendered), result.errors, result.anchors)
        })
        .collect();
    let section_results = render_sections(site_ref, library, links);

    let mut errors = Diagnostics::default();
    let mut anchors = Vec::new();
    for (page, (rendered, page_errors, page_anchors)) in site.pages.iter_mut().zip(page_results) {
        std::sync::Arc::make_mut(page).content = crate::content::Body::new(rendered);
        errors.extend(page_errors);
        anchors.extend(page_anchors);
    }
    errors.extend(keep_sections(site, section_results, &mut anchors));
    errors.extend(anchors::check(site, &anchors));
    errors.into_result(())
}

fn render_sections<'a>(
    site: &Site,
    library: &dyn crate::shortcodes::Library,
    links: impl Fn() -> &'a Links + Sync,
) -> Vec<Option<FileResult>> {
    site.sections
        .par_iter()
        .map(|s| {
            let mut pictures = pictures::PicturePass::new(Some(site), &s.path, true);
            let env = ShortcodeEnv {
                library,
                site,
                lang: s.lang.as_deref(),
            };
            s.source
                .as_ref()
                .map(|src| render_file(src, &site.config.markdown, links(), &mut pictures, env))
        })
        .collect()
}

/// Stores each section's converted body; returns their errors.
fn keep_sections(site: &mut Site, results: Vec<Option<FileResult>>, anchors: &mut Vec<AnchorRef>) -> Diagnostics {
    let mut errors = Diagnostics::default();
    for (section, result) in site.sections.iter_mut().zip(results) {
        if let Some(result) = result {
            section.content = result.rendered.into();
            errors.extend(result.errors);
            anchors.extend(result.anchors);
        }
    }
    errors
}

/// Renders one entry of a resolved site again (for `keng serve`), checking
/// the `#anchors` of its internal links against the site.
pub fn render_entry(
    site: &Site,
    page: &crate::content::Page,
    library: &dyn crate::shortcodes::Library,
) -> Result<Rendered, Diagnostics> {
    let source = page.source.with_body()?;
    // The map of every entry's address is only needed for `@/` links.
    let links = if source.names_entries() {
        Links::new(site)
    } else {
        Links::base_only(site)
    };
    let mut pictures = pictures::PicturePass::new(Some(site), &page.path, true);
    let env = ShortcodeEnv {
        library,
        site,
        lang: page.lang.as_deref(),
    };
    let result = render_entry_file(page, &source, &site.config, &links, &mut pictures, env);
    let mut errors = result.errors;
    errors.extend(anchors::check(site, &result.anchors));
    errors.into_result(result.rendered)
}

/// An entry's body and Markdown fields, and the warnings of its text.
fn render_entry_file(
    page: &crate::content::Page,
    source: &SourceFile,
    config: &crate::config::Config,
    links: &Links,
    pictures: &mut pictures::PicturePass,
    env: ShortcodeEnv,
) -> FileResult {
    let mut result = render_file(source, &config.markdown, links, pictures, env);
    render_fields(page, source, config, links, pictures, env, &mut result);
    crate::lint::text_warnings(source, &mut result.rendered.warnings);
    result
}

struct FileResult {
    rendered: Rendered,
    errors: Diagnostics,
    anchors: Vec<AnchorRef>,
}

fn convert(
    text: &str,
    config: &MarkdownConfig,
    links: &Links,
    pictures: &mut pictures::PicturePass,
    env: ShortcodeEnv,
) -> Converted {
    let mut carried = Converted::default();
    let expansion = crate::shortcodes::parse::may_contain(text)
        .then(|| shortcodes::expand(text, config, links, pictures, env, &mut carried));
    let source = expansion.as_ref().map_or(text, |e| e.text.as_str());
    let mut events: Vec<Spanned> = Parser::new_ext(source, parser_options(config))
        .into_offset_iter()
        .collect();
    let mut findings = safety::Findings::default();
    if !config.unsafe_html {
        events = safety::run(events, &mut findings);
    }
    let (events, toc, demoted_h1) = headings::assign_ids(events);
    let mut link_pass = links::LinkPass::new(links, config);
    let events = link_pass.run(events);
    let word_count = count_words(&events);
    let events = pictures.run(events);
    let clean = |html: String| {
        if findings.has_raw_html {
            safety::clean(&html)
        } else {
            html
        }
    };
    let summary_prefix = summary::split_at_more(&events);
    let summary_text = summary_prefix.map(summary::plain_words);
    let summary_html = summary_prefix.map(|prefix| clean(to_html(prefix.iter().cloned())));
    let html = clean(to_html(events.into_iter()));
    let mut c = Converted {
        html,
        summary_html,
        summary_text,
        toc,
        word_count,
        problems: link_pass.problems,
        problems_at: std::mem::take(&mut pictures.problems),
        pictures: std::mem::take(&mut pictures.used),
        safety: findings,
        demoted_h1,
        shortcodes: Vec::new(),
    };
    if let Some(e) = &expansion {
        c.map_offsets(|o| e.original(o));
        c.html = e.substitute(&c.html, &mut c.problems_at);
        // The summary's problems are the text's, reported once.
        c.summary_html = c.summary_html.map(|h| e.substitute(&h, &mut Vec::new()));
        c.summary_text = c.summary_text.map(|t| shortcodes::strip_placeholders(&t));
        for heading in &mut c.toc {
            heading.title = shortcodes::strip_placeholders(&heading.title);
        }
        c.word_count = c.word_count.saturating_sub(e.calls());
    }
    c.absorb(carried);
    c
}

fn render_file(
    source: &SourceFile,
    config: &MarkdownConfig,
    links: &Links,
    pictures: &mut pictures::PicturePass,
    env: ShortcodeEnv,
) -> FileResult {
    let mut c = convert(source.body(), config, links, pictures, env);
    let mut result = FileResult {
        rendered: Rendered {
            html: std::mem::take(&mut c.html),
            summary_html: c.summary_html.take(),
            summary_text: c.summary_text.take(),
            toc: std::mem::take(&mut c.toc),
            word_count: c.word_count,
            fields: Default::default(),
            pictures: std::mem::take(&mut c.pictures),
            shortcodes: std::mem::take(&mut c.shortcodes),
            warnings: Vec::new(),
            names_entries: source.names_entries(),
        },
        errors: Diagnostics::default(),
        anchors: Vec::new(),
    };
    let position = |offset: usize| crate::diagnostic::line_col(&source.text, source.body_start + offset);
    notices(source, &c, position, &mut result);
    problems_at(source, &mut c, position, &mut result);
    sort_problems(source, c.problems, position, &mut result);
    result
}

/// Renders the Markdown-typed fields of a kind entry into `rendered.fields`.
fn render_fields(
    page: &crate::content::Page,
    source: &SourceFile,
    config: &crate::config::Config,
    links: &Links,
    pictures: &mut pictures::PicturePass,
    env: ShortcodeEnv,
    result: &mut FileResult,
) {
    let (Some(kind), Some(data)) = (page.kind.as_deref(), page.data.as_ref()) else {
        return;
    };
    let Some(kind) = crate::kinds::get(config, kind) else {
        return;
    };
    for spec in kind
        .schema
        .fields
        .iter()
        .filter(|f| f.ty == crate::schema::FieldType::Markdown)
    {
        let Some(text) = data.get(&spec.name).and_then(|v| v.as_str()) else {
            continue;
        };
        let mut c = convert(text, &config.markdown, links, pictures, env);
        result.rendered.word_count += c.word_count;
        result.rendered.pictures.append(&mut c.pictures);
        result.rendered.shortcodes.append(&mut c.shortcodes);
        result
            .rendered
            .fields
            .insert(spec.name.clone(), std::mem::take(&mut c.html));
        // Positions inside a field: the link's text is found in the file.
        let position = |offset: usize| {
            let needle = text[offset..].split([')', '\n']).next().unwrap_or("");
            let at = source.text.find(needle).unwrap_or(0);
            crate::diagnostic::line_col(&source.text, at)
        };
        notices(source, &c, position, result);
        problems_at(source, &mut c, position, result);
        sort_problems(source, c.problems, position, result);
    }
}

fn count_words(events: &[Spanned]) -> usize {
    events
        .iter()
        .map(|(e, _)| match e {
            Event::Text(t) => crate::text::count_words(t),
            _ => 0,
        })
        .sum()
}

/// Renders a snippet for the `markdown` filter:
/// same dialect and external-link handling, no internal links.
pub fn render_snippet(text: &str, config: &MarkdownConfig) -> String {
    let events: Vec<Spanned> = Parser::new_ext(text, parser_options(config))
        .into_offset_iter()
        .collect();
    let mut findings = safety::Findings::default();
    let events = if config.unsafe_html {
        events
    } else {
        safety::run(events, &mut findings)
    };
    let links = Links::empty();
    let events = links::LinkPass::new(&links, config).run(events);
    let html = to_html(events.into_iter());
    if findings.has_raw_html {
        safety::clean(&html)
    } else {
        html
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(
            super::plain_text("Gọi **113** ngay.\n\n- một\n- hai\n"),
            "Gọi 113 ngay.\n- một\n- hai"
        );
    }

    use super::*;

    #[test]
    fn tables_footnotes_strikethrough_tasklists() {
        let c = MarkdownConfig::default();
        let html = render_snippet("| a |\n|---|\n| b |\n\n~~x~~ [^1]\n\n- [x] done\n\n[^1]: note\n", &c);
        assert!(html.contains("<table>"));
        assert!(html.contains("<del>x</del>"));
        assert!(html.contains("checkbox"));
        assert!(html.contains("footnote-definition"));
    }

    #[test]
    fn column_alignment_is_a_class_not_a_style() {
        let c = MarkdownConfig::default();
        let html = render_snippet("| a | b | c | d |\n|:--|:-:|--:|---|\n| 1 | 2 | 3 | 4 |\n", &c);
        assert!(html.contains("<th class=\"align-left\">a</th>"), "{html}");
        assert!(html.contains("<td class=\"align-center\">2</td>"), "{html}");
        assert!(html.contains("<td class=\"align-right\">3</td>"), "{html}");
        assert!(html.contains("<td>4</td>") && !html.contains("style="), "{html}");
    }
}
