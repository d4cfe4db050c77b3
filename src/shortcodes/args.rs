//! Shortcode arguments: their values, and reading the inside of a tag
//! (names, `key=value` pairs, strings, numbers and lists).

use crate::messages::msg;
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

/// A syntax problem at a byte offset: (offset, message, hint).
pub type SyntaxError = (usize, crate::messages::Message, crate::messages::Message);

/// Reads the inside of a tag.
pub(super) struct Cursor<'a> {
    pub text: &'a str,
    pub pos: usize,
}

impl Cursor<'_> {
    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    pub fn skip_space(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    pub fn peek(&self, s: &str) -> bool {
        self.rest().starts_with(s)
    }

    pub fn eat(&mut self, s: &str) -> bool {
        let found = self.peek(s);
        if found {
            self.pos += s.len();
        }
        found
    }

    pub fn ident(&mut self) -> String {
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
    pub fn args(&mut self) -> Result<Vec<Arg>, SyntaxError> {
        let mut args: Vec<Arg> = Vec::new();
        loop {
            self.skip_space();
            if self.eat(")") {
                return Ok(args);
            }
            let at = self.pos;
            let key = self.ident();
            if key.is_empty() {
                return Err(self.error(msg!("shortcode-syntax-name-expected")));
            }
            self.skip_space();
            if !self.eat("=") {
                return Err(self.error(msg!("shortcode-syntax-equals-expected", key = &key)));
            }
            self.skip_space();
            let value = self.value()?;
            if args.iter().any(|a| a.key == key) {
                return Err((
                    at,
                    msg!("shortcode-argument-twice", key = &key),
                    msg!("shortcode-argument-twice-hint"),
                ));
            }
            args.push(Arg { key, value, at });
            self.skip_space();
            if !self.eat(",") && !self.peek(")") {
                return Err(self.error(msg!("shortcode-syntax-comma-expected")));
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
                    return Err(self.error(msg!("shortcode-syntax-list-strings")));
                }
                items.push(self.string()?);
                self.skip_space();
                if !self.eat(",") && !self.peek("]") {
                    return Err(self.error(msg!("shortcode-syntax-list-comma")));
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
                    return Err(self.error(msg!("shortcode-syntax-value")));
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
        Err(self.error(msg!("shortcode-syntax-unclosed-string", quote = quote.to_string())))
    }

    fn error(&self, message: crate::messages::Message) -> SyntaxError {
        (self.pos, message, msg!("shortcode-syntax-hint"))
    }
}
