//! Findings of the Markdown stage as diagnostics at their file's lines.

use super::anchors::AnchorRef;
use super::{Converted, FileResult, links};
use crate::content::SourceFile;
use crate::diagnostic::Diagnostic;

/// Warnings about what the safety pass removed and the headings it demoted.
pub(super) fn notices(
    source: &SourceFile,
    c: &Converted,
    position: impl Fn(usize) -> (usize, usize),
    result: &mut FileResult,
) {
    let mut warn = |offset: usize, message: String, hint: &str| {
        let (line, col) = position(offset);
        result.rendered.warnings.push(
            Diagnostic::new(&source.path, message)
                .at(line, col)
                .hint(hint)
                .warning(),
        );
    };
    for d in &c.safety.dropped {
        let what = if d.image { "image" } else { "link" };
        warn(
            d.offset,
            format!(
                "this {what} was removed: its address `{}` is not a web, mail or phone address",
                d.url
            ),
            "links and images may use http:, https:, mailto:, tel: or a path on this site",
        );
    }
    if let Some(offset) = c.safety.unsafe_html_at {
        warn(
            offset,
            "raw HTML here holds script, a frame, a form or an unsafe address; it is removed from the page".into(),
            "write Markdown instead; a site whose editors are all trusted may set [markdown] unsafe_html = true",
        );
    }
    for &offset in &c.demoted_h1 {
        warn(
            offset,
            "a `#` heading in the text is shown as a `##` heading: the page title is its only top-level heading".into(),
            "start the text's headings at ##",
        );
    }
}

/// Turns link problems into diagnostics (missing targets) and anchors to check.
pub(super) fn sort_problems(
    source: &SourceFile,
    problems: Vec<links::Found>,
    position: impl Fn(usize) -> (usize, usize),
    result: &mut FileResult,
) {
    for problem in problems {
        let (line, col) = position(problem.offset);
        match problem.kind {
            links::Problem::Missing(msg) => result
                .errors
                .push(Diagnostic::new(&source.path, msg).at(line, col).hint(
                "internal links name a file under content/, e.g. [bài](@/tin-tuc/ten-bai.md) or @/tin-tuc/_index.md",
            )),
            links::Problem::Anchor(target, anchor) => result.anchors.push(AnchorRef {
                target,
                anchor,
                path: source.path.clone(),
                line,
                col,
            }),
        }
    }
}

/// Missing and unreadable photos and shortcode problems: errors where they are.
pub(super) fn problems_at(
    source: &SourceFile,
    c: &mut Converted,
    position: impl Fn(usize) -> (usize, usize),
    result: &mut FileResult,
) {
    for (offset, message, hint) in c.problems_at.drain(..) {
        let (line, col) = position(offset);
        result
            .errors
            .push(Diagnostic::new(&source.path, message).at(line, col).hint(hint));
    }
}
