//! Warnings about content that builds but will disappoint a reader:
//! duplicate titles, news without a summary, images without alt text,
//! dates in the future, alerts that expired but still say they are urgent.
//! `keng build` counts them; `keng check` lists them.

use crate::messages::msg;
use rayon::prelude::*;

use crate::content::{Page, Site, SourceFile};
use crate::diagnostic::{Diagnostic, line_col};
use crate::kinds;

/// Every content warning of the site, in file order.
pub fn content_warnings(site: &Site) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    duplicate_titles(site, &mut out);
    for section in &site.sections {
        out.extend(section.content.warnings.iter().cloned());
    }
    // In parallel: at the end of a build the other core is idle.
    let per_page: Vec<Diagnostic> = site
        .pages
        .par_iter()
        .flat_map_iter(|page| {
            let mut out: Vec<Diagnostic> = page.content(site).warnings.to_vec();
            missing_summary(site, page, &mut out);
            image_field_without_alt(page, &mut out);
            future_date(site, page, &mut out);
            crate::kinds::lint(site, page, &mut out);
            out
        })
        .collect();
    out.extend(per_page);
    out.sort_by(|a, b| (&a.path, a.line, a.col).cmp(&(&b.path, b.line, b.col)));
    out
}

fn warn(page: &Page, key: &str, message: crate::messages::Message, hint: crate::messages::Message) -> Diagnostic {
    let (line, col) = page.source.key_position(key);
    Diagnostic::new(&page.source.path, message)
        .at(line, col)
        .hint(hint)
        .warning()
}

/// What `keng new` writes where only the editor knows the value.
pub const PLACEHOLDER: &str = "ĐIỀN VÀO";

/// The warnings found in an entry's whole text. The Markdown stage asks for
/// them (into the entry's converted content) while it has the body at hand:
/// `keng build` does not keep bodies in memory after that.
pub fn text_warnings(source: &SourceFile, out: &mut Vec<Diagnostic>) {
    placeholders_left(source, out);
    images_without_alt(source, out);
}

/// One warning per line that still holds [`PLACEHOLDER`], unless the line
/// is a comment (`# ...`, as `keng new` writes its help).
fn placeholders_left(source: &SourceFile, out: &mut Vec<Diagnostic>) {
    let text = source.text.as_str();
    let mut next_line = 0;
    for at in memchr::memmem::find_iter(text.as_bytes(), PLACEHOLDER) {
        if at < next_line {
            continue;
        }
        let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        next_line = text[at..].find('\n').map_or(text.len(), |n| at + n + 1);
        if text[start..].trim_start().starts_with('#') {
            continue;
        }
        let (l, c) = line_col(text, at);
        out.push(
            Diagnostic::new(&source.path, msg!("lint-placeholder", placeholder = PLACEHOLDER))
                .at(l, c)
                .hint(msg!("lint-placeholder-hint"))
                .warning(),
        );
    }
}

fn duplicate_titles(site: &Site, out: &mut Vec<Diagnostic>) {
    let keys: Vec<Option<String>> = site
        .pages
        .par_iter()
        .map(|page| page.meta.title.is_some().then(|| page.title().trim().to_lowercase()))
        .collect();
    let mut seen: rustc_hash::FxHashMap<&str, &Page> =
        rustc_hash::FxHashMap::with_capacity_and_hasher(site.pages.len(), Default::default());
    for (page, key) in site.pages.iter().zip(&keys) {
        let Some(key) = key else {
            continue;
        };
        match seen.get(key.as_str()) {
            Some(first) => {
                let field = title_key(site, page);
                out.push(warn(
                    page,
                    field,
                    msg!("lint-duplicate-title", title = page.title(), other = &first.source.rel),
                    msg!("lint-duplicate-title-hint"),
                ));
            }
            None => {
                seen.insert(key, page);
            }
        }
    }
}

/// The key that holds an entry's title: its kind's title field.
fn title_key<'a>(site: &'a Site, page: &Page) -> &'a str {
    kinds::of_page(&site.config, page).map_or("title", |k| k.schema.title_field.as_str())
}

fn missing_summary(site: &Site, page: &Page, out: &mut Vec<Diagnostic>) {
    if kinds::is_news(&site.config, page) && page.meta.summary.is_none() && page.content(site).summary_html.is_none() {
        out.push(warn(
            page,
            "title",
            msg!("lint-no-summary"),
            msg!("lint-no-summary-hint"),
        ));
    }
}

fn images_without_alt(source: &SourceFile, out: &mut Vec<Diagnostic>) {
    let text = source.text.as_str();
    for found in memchr::memmem::find_iter(&text.as_bytes()[source.body_start..], "![](") {
        let (line, col) = line_col(text, source.body_start + found);
        out.push(
            Diagnostic::new(&source.path, msg!("lint-image-without-alt"))
                .at(line, col)
                .hint(msg!("lint-image-without-alt-hint"))
                .warning(),
        );
    }
}

fn image_field_without_alt(page: &Page, out: &mut Vec<Diagnostic>) {
    let data = page.data.as_ref();
    let has = |k: &str| {
        data.and_then(|d| d.get(k))
            .and_then(|v| v.as_str())
            .is_some_and(|s| !s.trim().is_empty())
    };
    if has("image") && !has("image_alt") {
        out.push(warn(
            page,
            "image",
            msg!("lint-image-alt-missing"),
            msg!("lint-image-alt-missing-hint"),
        ));
    }
}

fn future_date(site: &Site, page: &Page, out: &mut Vec<Diagnostic>) {
    let Some(date) = &page.meta.date else { return };
    let kind = kinds::of_page(&site.config, page);
    if date.instant <= site.now || kind.is_some_and(|k| k.dated_ahead()) {
        return;
    }
    // The field the kind dates its entries by.
    let key = kind.and_then(|k| k.schema.date_field.as_deref()).unwrap_or("date");
    out.push(warn(
        page,
        key,
        msg!("lint-future-date", date = &date.text),
        msg!("lint-future-date-hint"),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn warnings(text: &str) -> Vec<(usize, usize, &'static str)> {
        let source = SourceFile {
            path: "bai.md".into(),
            rel: "bai.md".into(),
            text: std::sync::Arc::new(text.to_string()),
            body_start: text.find("+++\n\n").map_or(0, |n| n + 5),
            body_on_disk: false,
        };
        let mut out = Vec::new();
        text_warnings(&source, &mut out);
        out.iter().map(|d| (d.line, d.col, d.message.id)).collect()
    }

    #[test]
    fn one_placeholder_warning_per_line_and_none_in_comments() {
        let text =
            "+++\ntitle = \"ĐIỀN VÀO\"\n# ĐIỀN VÀO: tên bài\n+++\n\nĐIỀN VÀO và ĐIỀN VÀO\n  # ĐIỀN VÀO\ncuối ĐIỀN VÀO";
        let found = warnings(text);
        assert_eq!(
            found,
            vec![
                (2, 10, "lint-placeholder"),
                (6, 1, "lint-placeholder"),
                (8, 6, "lint-placeholder")
            ]
        );
    }

    #[test]
    fn images_without_alt_in_the_body_only() {
        let found = warnings("+++\ntitle = \"![](x)\"\n+++\n\n![](a.jpg) ![ảnh](b.jpg)\n![](c.jpg)");
        assert_eq!(
            found,
            vec![(5, 1, "lint-image-without-alt"), (6, 1, "lint-image-without-alt")]
        );
    }
}
