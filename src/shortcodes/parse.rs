//! Finding shortcodes in a Markdown text.
//!
//! The syntax is Zola's: `{{ name(key="value", n=3, on=true) }}` inline, and
//! `{% name(args) %}Markdown{% end %}` around a body. Text the Markdown
//! stage marks as literal (code spans, fenced and indented code, HTML
//! comments) is skipped. `{{/* … */}}` and `{%/* … */%}` write the
//! shortcode itself as text.

use std::ops::Range;

/// A value given to a shortcode argument.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Text(String),
    Integer(i64),
    Float(f64),
    Bool(bool),
    List(Vec<String>),
}

impl ArgValue {
    /// The type's name, as signatures and messages spell it.
    pub fn type_name(&self) -> &'static str {
        match self {
            ArgValue::Text(_) => "string",
            ArgValue::Integer(_) => "integer",
            ArgValue::Float(_) => "float",
            ArgValue::Bool(_) => "bool",
            ArgValue::List(_) => "list",
        }
    }

    pub fn to_json(&self) -> serde_json::Value {
        match self {
            ArgValue::Text(s) => s.clone().into(),
            ArgValue::Integer(n) => (*n).into(),
            ArgValue::Float(f) => (*f).into(),
            ArgValue::Bool(b) => (*b).into(),
            ArgValue::List(items) => items.clone().into(),
        }
    }
}

/// One `key=value` of a call; `at` is the key's byte offset in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    pub key: String,
    pub value: ArgValue,
    pub at: usize,
}

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

/// A syntax problem at a byte offset: (offset, message, hint).
pub type SyntaxError = (usize, String, String);

/// Whether the text may hold a shortcode at all (a cheap test first).
pub fn may_contain(text: &str) -> bool {
    text.contains("{{") || text.contains("{%")
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
                            "`{% end %}` without a block shortcode to close".into(),
                            "remove it, or open the block before it, e.g. {% callout(type=\"note\") %}".into(),
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
                format!("block shortcode `{}` is not closed", call.name),
                "end its body with {% end %} on a line of its own".into(),
            ));
        }
    }

    /// The next `{{` or `{%` outside literal text, handling escapes.
    fn next_brace(&mut self) -> Option<usize> {
        loop {
            let rest = &self.text[self.pos..];
            let found = rest.find("{{").into_iter().chain(rest.find("{%")).min()?;
            let at = self.pos + found;
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
        let Some(end) = rest.find(close) else { return false };
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
                    format!("shortcode `{name}` needs parentheses"),
                    format!("write {example}"),
                ));
            }
            return Ok(None);
        }
        let args = cur.args()?;
        cur.skip_space();
        if !cur.eat(close) {
            return Err((
                cur.pos,
                format!("shortcode `{name}` is not closed: `{close}` expected here"),
                format!(
                    "a shortcode ends with `) {close}`; to write `{}` as text, use {}",
                    if block { "{%" } else { "{{" },
                    if block { "{%/* … */%}" } else { "{{/* … */}}" }
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

/// Reads the inside of a tag.
struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    fn skip_space(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn peek(&self, s: &str) -> bool {
        self.rest().starts_with(s)
    }

    fn eat(&mut self, s: &str) -> bool {
        let found = self.peek(s);
        if found {
            self.pos += s.len();
        }
        found
    }

    fn ident(&mut self) -> String {
        let rest = self.rest();
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return String::new();
        }
        let ident = rest[..len].to_string();
        self.pos += len;
        ident
    }

    /// `key=value, …` up to and including `)`.
    fn args(&mut self) -> Result<Vec<Arg>, SyntaxError> {
        let mut args: Vec<Arg> = Vec::new();
        loop {
            self.skip_space();
            if self.eat(")") {
                return Ok(args);
            }
            let at = self.pos;
            let key = self.ident();
            if key.is_empty() {
                return Err(self.error("an argument name (like `title`) or `)` expected here"));
            }
            self.skip_space();
            if !self.eat("=") {
                return Err(self.error(&format!("`=` expected after the argument name `{key}`")));
            }
            self.skip_space();
            let value = self.value()?;
            if args.iter().any(|a| a.key == key) {
                return Err((
                    at,
                    format!("argument `{key}` is given twice"),
                    "give each argument once".into(),
                ));
            }
            args.push(Arg { key, value, at });
            self.skip_space();
            if !self.eat(",") && !self.peek(")") {
                return Err(self.error("`,` or `)` expected after the argument's value"));
            }
        }
    }

    fn value(&mut self) -> Result<ArgValue, SyntaxError> {
        if self.peek("\"") || self.peek("'") {
            return self.string().map(ArgValue::Text);
        }
        if self.eat("[") {
            let mut items = Vec::new();
            loop {
                self.skip_space();
                if self.eat("]") {
                    return Ok(ArgValue::List(items));
                }
                if !(self.peek("\"") || self.peek("'")) {
                    return Err(self.error("a list holds quoted strings: [\"a\", \"b\"]"));
                }
                items.push(self.string()?);
                self.skip_space();
                if !self.eat(",") && !self.peek("]") {
                    return Err(self.error("`,` or `]` expected in the list"));
                }
            }
        }
        let rest = self.rest();
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '+' | '_')))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let value = match word {
            "true" => ArgValue::Bool(true),
            "false" => ArgValue::Bool(false),
            _ => {
                if let Ok(n) = word.parse::<i64>() {
                    ArgValue::Integer(n)
                } else if let (true, Ok(f)) = (word.contains('.'), word.parse::<f64>()) {
                    ArgValue::Float(f)
                } else {
                    return Err(self
                        .error("a value is a quoted string, a number, true, false or a list: title=\"Họp dân\", n=3"));
                }
            }
        };
        self.pos += len;
        Ok(value)
    }

    /// A string in `"` or `'`, with `\"`, `\'`, `\\`, `\n` and `\t` escapes.
    fn string(&mut self) -> Result<String, SyntaxError> {
        let start = self.pos;
        let quote = self.rest().chars().next().unwrap_or('"');
        let mut out = String::new();
        let mut chars = self.rest()[1..].char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                c if c == quote => {
                    self.pos += 1 + i + 1;
                    return Ok(out);
                }
                '\\' => match chars.next() {
                    Some((_, 'n')) => out.push('\n'),
                    Some((_, 't')) => out.push('\t'),
                    Some((_, c)) => out.push(c),
                    None => break,
                },
                c => out.push(c),
            }
        }
        self.pos = start;
        Err(self.error(&format!("this string has no closing {quote}")))
    }

    fn error(&self, message: &str) -> SyntaxError {
        (
            self.pos,
            message.to_string(),
            "shortcode arguments look like name(key=\"text\", n=3, on=true, items=[\"a\", \"b\"])".into(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn calls(text: &str) -> Vec<Call> {
        let (pieces, errors) = find(text, &[], &|n| n == "hotline");
        assert!(errors.is_empty(), "{errors:?}");
        pieces
            .into_iter()
            .filter_map(|p| match p {
                Piece::Call(c) => Some(c),
                Piece::Literal { .. } => None,
            })
            .collect()
    }

    fn error(text: &str) -> SyntaxError {
        let (_, errors) = find(text, &[], &|n| n == "hotline");
        errors.into_iter().next().expect("an error")
    }

    #[test]
    fn inline_call_with_typed_arguments() {
        let text = r#"Gọi {{ hotline(number="156", n=3, x=1.5, on=true, tags=["a", 'b']) }} ngay."#;
        let c = &calls(text)[0];
        assert_eq!(c.name, "hotline");
        assert_eq!(&text[c.span.clone()], &text[text.find("{{").unwrap()..text.len() - 6]);
        assert_eq!(c.arg("number"), Some(&ArgValue::Text("156".into())));
        assert_eq!(c.arg("n"), Some(&ArgValue::Integer(3)));
        assert_eq!(c.arg("x"), Some(&ArgValue::Float(1.5)));
        assert_eq!(c.arg("on"), Some(&ArgValue::Bool(true)));
        assert_eq!(c.arg("tags"), Some(&ArgValue::List(vec!["a".into(), "b".into()])));
        assert_eq!(c.args[0].at, text.find("number").unwrap());
    }

    #[test]
    fn block_call_has_its_body_and_nested_calls_stay_inside() {
        let text = "{% callout(type=\"note\") %}\nA {{ hotline() }}\n{% callout() %}x{% end %}\n{% end %}\nsau";
        let found = calls(text);
        assert_eq!(found.len(), 1);
        let body = found[0].body.clone().unwrap();
        assert_eq!(&text[body], "\nA {{ hotline() }}\n{% callout() %}x{% end %}\n");
        assert_eq!(&text[found[0].span.clone()], &text[..text.len() - 4]);
    }

    #[test]
    fn literal_ranges_and_escapes_are_text() {
        let text = "`{{ hotline() }}` and {{/* hotline() */}}";
        let code = [std::ops::Range { start: 0, end: 17 }];
        let (pieces, errors) = find(text, &code, &|_| true);
        assert!(errors.is_empty());
        assert_eq!(
            pieces,
            vec![Piece::Literal {
                span: 22..text.len(),
                text: "{{ hotline() }}".into()
            }]
        );
    }

    #[test]
    fn other_braces_are_text() {
        assert!(calls("{{ page.title }} and {{ x }} and {%raw%}").is_empty());
    }

    #[test]
    fn syntax_errors_point_at_the_problem() {
        assert!(error("{{ hotline }}").1.contains("needs parentheses"));
        let e = error("{{ hotline(number=156x) }}");
        assert_eq!(e.0, 18);
        let e = error("{{ hotline(number=\"156) }}");
        assert!(e.1.contains("no closing"), "{e:?}");
        assert!(error("{{ hotline(a=1 b=2) }}").1.contains("`,` or `)`"));
        assert!(error("{{ hotline() }").1.contains("not closed"));
        assert!(error("{{ hotline(a=1, a=2) }}").1.contains("twice"));
        assert!(error("{% hotline %}x{% end %}").1.contains("needs parentheses"));
        let e = error("x\n{% callout() %}\nbody");
        assert_eq!((e.0, e.1.as_str()), (2, "block shortcode `callout` is not closed"));
        let e = error("text {% end %}");
        assert_eq!(e.0, 5);
        assert!(e.1.contains("without a block"));
    }

    #[test]
    fn any_text_is_scanned_without_panicking() {
        const PARTS: &[&str] = &[
            "{{", "}}", "{%", "%}", "(", ")", "=", ",", "\"", "'", "\\", "[", "]", " ", "\n", "end", "x", "đ", "ệ",
            "/*", "*/", "1", ".5", "-", "true", "hotline", "{{/*", "*/}}", "😀",
        ];
        let mut state: u64 = 2026;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..(state % 24) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(PARTS[(state % PARTS.len() as u64) as usize]);
            }
            let literal: Vec<Range<usize>> = if text.len() > 4 {
                std::iter::once(1..3).collect()
            } else {
                Vec::new()
            };
            let (pieces, errors) = find(&text, &literal, &|n| n == "hotline");
            for piece in pieces {
                let span = match piece {
                    Piece::Call(c) => c.span,
                    Piece::Literal { span, .. } => span,
                };
                assert!(text.get(span).is_some(), "{text:?}");
            }
            for (at, _, _) in errors {
                assert!(text.is_char_boundary(at), "{text:?}");
            }
        }
    }
}
