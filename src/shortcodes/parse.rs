//! Finding shortcodes in a Markdown text.
//!
//! The syntax is Zola's: `{{ name(key="value", n=3, on=true) }}` inline, and
//! `{% name(args) %}Markdown{% end %}` around a body. Text the Markdown
//! stage marks as literal (code spans, fenced and indented code, HTML
//! comments) is skipped. `{{/* … */}}` and `{%/* … */%}` write the
//! shortcode itself as text.

use crate::messages::msg;
use std::ops::Range;

use super::args::Cursor;
pub use super::args::{Arg, ArgValue, SyntaxError};

/// One shortcode call at the top level of a text (calls inside a body are
/// found when the body is expanded).
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub name: String,
    pub args: Vec<Arg>,
    /// The whole call, from `{{`/`{%` to `}}`/`{% end %}`.
    pub span: Range<usize>,
    /// The body of a block call, between its `%}` and its `{% end %}`.
    pub body: Option<Range<usize>>,
}

impl Call {
    pub fn arg(&self, key: &str) -> Option<&ArgValue> {
        self.args.iter().find(|a| a.key == key).map(|a| &a.value)
    }

    pub fn text_arg(&self, key: &str) -> Option<&str> {
        match self.arg(key) {
            Some(ArgValue::Text(s)) => Some(s),
            _ => None,
        }
    }
}

/// A piece of the text: as it is, written literally (an escape), or a call.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Literal { span: Range<usize>, text: String },
    Call(Call),
}

/// Whether the text may hold a shortcode at all (a cheap test first).
pub fn may_contain(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'{', bytes).any(|i| matches!(bytes.get(i + 1), Some(b'{' | b'%')))
}

/// The calls and escapes of `text`, in order, skipping `literal` ranges
/// (sorted, not overlapping). `known` names the shortcodes that exist, so
/// that `{{ hotline }}` (a call without parentheses) is reported while
/// other `{{ … }}` text stays as it is.
pub fn find(text: &str, literal: &[Range<usize>], known: &dyn Fn(&str) -> bool) -> (Vec<Piece>, Vec<SyntaxError>) {
    let mut scanner = Scanner {
        text,
        literal,
        known,
        pos: 0,
        open: Vec::new(),
        pieces: Vec::new(),
        errors: Vec::new(),
    };
    scanner.run();
    (scanner.pieces, scanner.errors)
}

struct Scanner<'a> {
    text: &'a str,
    literal: &'a [Range<usize>],
    known: &'a dyn Fn(&str) -> bool,
    pos: usize,
    /// Open block calls, innermost last: what is inside them is their body.
    open: Vec<Call>,
    pieces: Vec<Piece>,
    errors: Vec<SyntaxError>,
}

/// An opening tag found by the scanner.
enum Tag {
    Inline(Call),
    Open(Call),
    End(Range<usize>),
}

impl Scanner<'_> {
    fn run(&mut self) {
        while let Some(at) = self.next_brace() {
            match self.tag_at(at) {
                Ok(None) => self.pos = at + 2,
                Ok(Some(Tag::Inline(call))) => {
                    self.pos = call.span.end;
                    if self.open.is_empty() {
                        self.pieces.push(Piece::Call(call));
                    }
                }
                Ok(Some(Tag::Open(call))) => {
                    self.pos = call.span.end;
                    self.open.push(call);
                }
                Ok(Some(Tag::End(span))) => {
                    self.pos = span.end;
                    match self.open.pop() {
                        None => self.errors.push((
                            span.start,
                            msg!("shortcode-end-without-block"),
                            msg!("shortcode-end-without-block-hint"),
                        )),
                        Some(mut call) => {
                            call.body = Some(call.span.end..span.start);
                            call.span.end = span.end;
                            if self.open.is_empty() {
                                self.pieces.push(Piece::Call(call));
                            }
                        }
                    }
                }
                Err(e) => {
                    self.pos = at + 2;
                    self.errors.push(e);
                }
            }
        }
        for call in std::mem::take(&mut self.open).into_iter().rev() {
            self.errors.push((
                call.span.start,
                msg!("shortcode-block-unclosed", name = &call.name),
                msg!("shortcode-block-unclosed-hint"),
            ));
        }
    }

    /// The next `{{` or `{%` outside literal text, handling escapes.
    fn next_brace(&mut self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        loop {
            let found = self.text[self.pos..].find('{')?;
            let at = self.pos + found;
            if !matches!(bytes.get(at + 1), Some(b'{' | b'%')) {
                self.pos = at + 1;
                continue;
            }
            if let Some(r) = self.literal.iter().find(|r| r.contains(&at)) {
                self.pos = r.end.max(at + 1);
                continue;
            }
            if self.escape_at(at) {
                continue;
            }
            return Some(at);
        }
    }

    /// `{{/* x */}}` is written as `{{ x }}` (and `{%/* x */%}` as `{% x %}`).
    fn escape_at(&mut self, at: usize) -> bool {
        let rest = &self.text[at..];
        let (open, close) = if rest.starts_with("{{/*") {
            ("{{", "*/}}")
        } else if rest.starts_with("{%/*") {
            ("{%", "*/%}")
        } else {
            return false;
        };
        // The end is looked for after the opening `{{/*`, not inside it.
        let Some(end) = rest[4..].find(close).map(|i| i + 4) else {
            return false;
        };
        let inner = &rest[4..end];
        let closing = if open == "{{" { "}}" } else { "%}" };
        // Inside a block, the body's own expansion writes it.
        if self.open.is_empty() {
            self.pieces.push(Piece::Literal {
                span: at..at + end + 4,
                text: format!("{open}{inner}{closing}"),
            });
        }
        self.pos = at + end + 4;
        true
    }

    /// The tag starting at `at` (a `{{` or `{%`), `None` when it is not a
    /// shortcode at all.
    fn tag_at(&self, at: usize) -> Result<Option<Tag>, SyntaxError> {
        let block = self.text[at..].starts_with("{%");
        let mut cur = Cursor {
            text: self.text,
            pos: at + 2,
        };
        cur.skip_space();
        let name_at = cur.pos;
        let name = cur.ident();
        if name.is_empty() {
            return Ok(None);
        }
        cur.skip_space();
        let close = if block { "%}" } else { "}}" };
        if block && name == "end" && cur.eat(close) {
            return Ok(Some(Tag::End(at..cur.pos)));
        }
        if !cur.eat("(") {
            if cur.peek(close) && (self.known)(&name) {
                let example = if block {
                    format!("{{% {name}() %}}…{{% end %}}")
                } else {
                    format!("{{{{ {name}() }}}}")
                };
                return Err((
                    name_at,
                    msg!("shortcode-no-parentheses", name = &name),
                    msg!("shortcode-no-parentheses-hint", example = example),
                ));
            }
            return Ok(None);
        }
        let args = cur.args()?;
        cur.skip_space();
        if !cur.eat(close) {
            return Err((
                cur.pos,
                msg!("shortcode-tag-unclosed", name = &name, close = close),
                msg!(
                    "shortcode-tag-unclosed-hint",
                    close = close,
                    open = if block { "{%" } else { "{{" },
                    escaped = if block { "{%/* … */%}" } else { "{{/* … */}}" }
                ),
            ));
        }
        let call = Call {
            name,
            args,
            span: at..cur.pos,
            body: None,
        };
        Ok(Some(if block { Tag::Open(call) } else { Tag::Inline(call) }))
    }
}

#[cfg(test)]
#[path = "parse_tests.rs"]
mod tests;
