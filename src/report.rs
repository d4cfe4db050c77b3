//! Printing findings for people: one `path:line:col: error|warning: message`
//! line each (what tools and editors parse), then the offending source line
//! marked (annotate-snippets) and the hint. Colour only when asked.

use std::path::Path;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Severity};
use crate::messages::msg;
use crate::messages::{Lang, language};

/// How findings are printed.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// Show the source line under each finding.
    pub snippets: bool,
}

/// One finding in the run's language, ready to print (ends with a newline).
pub fn render(d: &Diagnostic, style: Style) -> String {
    render_in(d, style, language())
}

/// One finding in `lang`, ready to print (ends with a newline).
pub fn render_in(d: &Diagnostic, style: Style, lang: Lang) -> String {
    let mut out = first_line(d, style.color, lang);
    out.push('\n');
    let snippet = if style.snippets {
        source_line(&d.path, d.line)
    } else {
        None
    };
    match snippet {
        Some(line_text) => {
            let level = match d.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
            };
            let (start, end) = marked_span(&line_text, d.col);
            let mut group = Group::with_level(level.clone()).element(
                Snippet::source(line_text.as_str())
                    .line_start(d.line)
                    .annotation(AnnotationKind::Primary.span(start..end)),
            );
            if let Some(hint) = &d.hint {
                group = group.element(
                    Level::HELP
                        .with_name(msg!("label-help").text_in(lang))
                        .message(hint.text_in(lang)),
                );
            }
            let renderer = if style.color {
                Renderer::styled()
            } else {
                Renderer::plain()
            };
            out.push_str(&renderer.render(&[group]));
            out.push('\n');
        }
        None => {
            if let Some(hint) = &d.hint {
                out.push_str(&format!(
                    "  {}: {}\n",
                    msg!("label-hint").text_in(lang),
                    hint.text_in(lang)
                ));
            }
        }
    }
    out
}

/// `path:line:col: error[K0204]: message`, the label in colour when asked.
fn first_line(d: &Diagnostic, color: bool, lang: Lang) -> String {
    let (place, label, message) = (d.place(), d.label_in(lang), d.message.text_in(lang));
    if !color {
        return format!("{place}: {label}: {message}");
    }
    let code = match d.severity {
        Severity::Error => "\x1b[1;31m",
        Severity::Warning => "\x1b[1;33m",
    };
    format!("\x1b[1m{place}\x1b[0m: {code}{label}\x1b[0m: {message}")
}

/// Line `line` (1-based) of the file at `path`, if it can be read.
fn source_line(path: &Path, line: usize) -> Option<String> {
    if line == 0 {
        return None;
    }
    let text = std::fs::read_to_string(path).ok()?;
    text.lines().nth(line - 1).map(|l| l.trim_end_matches('\r').to_string())
}

/// Byte span to mark: from column `col` to the end of the token there,
/// always on character boundaries inside the line.
fn marked_span(line: &str, col: usize) -> (usize, usize) {
    let Some(start) = line.char_indices().nth(col.saturating_sub(1)).map(|(i, _)| i) else {
        // Past the end of the line: mark its last character.
        let last = line.char_indices().last().map_or(0, |(i, _)| i);
        return (last, line.len());
    };
    let rest = &line[start..];
    // A quoted value is marked to its closing quote, a list or inline
    // table to its closing bracket (its strings may hold spaces: "điện
    // thoại"), anything else to the next space.
    let len = match rest.chars().next() {
        Some('"') => rest[1..].find('"').map_or(rest.len(), |q| q + 2),
        Some('[' | '{') => bracketed_len(rest),
        _ => rest.find(char::is_whitespace).unwrap_or(rest.len()),
    };
    let mut end = (start + len).min(line.len());
    if end == start {
        end = start + rest.chars().next().map_or(0, char::len_utf8);
    }
    while !line.is_char_boundary(end) {
        end += 1;
    }
    (start, end)
}

/// Bytes of `text` up to the bracket that closes its first one, skipping
/// brackets inside strings; all of it when the line ends first.
fn bracketed_len(text: &str) -> usize {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            '[' | '{' if !in_string => depth += 1,
            ']' | '}' if !in_string => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// The closing count: "2 errors, 1 warning".
pub fn counts(errors: usize, warnings: usize) -> crate::messages::Message {
    msg!("count-findings", errors = errors, warnings = warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_report_has_the_line_the_snippet_and_the_hint() {
        let dir = std::env::temp_dir().join(format!("keng-report-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("bai.md");
        std::fs::write(&file, "+++\ntitle = \"Bài\"\ndate = 3\n+++\n").unwrap();
        let d = Diagnostic::new(&file, msg!("field-date-not-valid", key = "date", found = "3"))
            .at(3, 8)
            .hint(msg!("field-date-not-valid-hint", key = "date"));
        let style = Style {
            color: false,
            snippets: true,
        };
        let out = render_in(&d, style, Lang::En);
        let mut lines = out.lines();
        assert_eq!(
            lines.next().unwrap(),
            format!(
                "{}:3:8: error[{}]: `date` is not a valid date: 3",
                file.display(),
                d.code()
            )
        );
        assert!(out.contains("3 | date = 3"), "{out}");
        assert!(out.contains('^'), "{out}");
        assert!(out.contains("help: write a date like date = 2020-12-31"), "{out}");
        assert!(!out.contains('\x1b'), "no colour codes");
        let vi = render_in(&d, style, Lang::Vi);
        assert!(vi.contains(":3:8: lỗi["), "{vi}");
        assert!(vi.contains("gợi ý: "), "{vi}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn marked_spans_stay_on_character_boundaries() {
        for (line, col) in [("���", 3), ("���", 9), ("", 1), ("đ", 5), ("a = \"đ", 5), ("\u{0}x", 1)] {
            let (start, end) = marked_span(line, col);
            assert!(
                line.is_char_boundary(start) && line.is_char_boundary(end) && start <= end,
                "{line:?} {col}"
            );
        }
        assert_eq!(marked_span("date = \"31/12\" x", 8), (7, 14));
        // A list with spaces and diacritics in its strings is marked whole.
        let line = "channels = [\"điện thoại\", \"s]ms\"] # x";
        let (start, end) = marked_span(line, 12);
        assert_eq!(&line[start..end], "[\"điện thoại\", \"s]ms\"]");
    }

    #[test]
    fn counts_read_naturally() {
        assert_eq!(counts(1, 0).text_in(Lang::En), "1 error, 0 warnings");
        assert_eq!(counts(2, 1).text_in(Lang::En), "2 errors, 1 warning");
        assert_eq!(counts(1022, 1).text_in(Lang::En), "1,022 errors, 1 warning");
        assert_eq!(counts(1022, 1).text_in(Lang::Vi), "1.022 lỗi, 1 cảnh báo");
    }
}
