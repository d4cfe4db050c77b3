//! Findings of the Markdown stage as diagnostics at their file's lines.

use super::anchors::AnchorRef;
use super::{Converted, FileResult, links};
use crate::content::SourceFile;
use crate::diagnostic::Diagnostic;
use crate::messages::msg;

/// Warnings about what the safety pass removed and the headings it demoted.
pub(super) fn notices(
    source: &SourceFile,
    c: &Converted,
    position: impl Fn(usize) -> (usize, usize),
    result: &mut FileResult,
) {
    let mut warn = |offset: usize, message: crate::messages::Message, hint: crate::messages::Message| {
        let (line, col) = position(offset);
        result.rendered.warnings.push(
            Diagnostic::new(&source.path, message)
                .at(line, col)
                .hint(hint)
                .warning(),
        );
    };
    for d in &c.safety.dropped {
        let message = if d.image {
            msg!("markdown-image-removed", url = &d.url)
        } else {
            msg!("markdown-link-removed", url = &d.url)
        };
        warn(d.offset, message, msg!("markdown-address-removed-hint"));
    }
    if let Some(offset) = c.safety.unsafe_html_at {
        warn(offset, msg!("markdown-unsafe-html"), msg!("markdown-unsafe-html-hint"));
    }
    for &offset in &c.demoted_h1 {
        warn(offset, msg!("markdown-h1-demoted"), msg!("markdown-h1-demoted-hint"));
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
            links::Problem::Missing(msg) => result.errors.push(
                Diagnostic::new(&source.path, msg)
                    .at(line, col)
                    .hint(msg!("markdown-internal-link-missing-hint")),
            ),
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
