//! What a shortcode takes, declared at the top of its template:
//!
//! ```text
//! {#- keng shortcode
//! body = "none"            # "none", "required" or "optional"
//! [args]
//! src = "string"
//! caption = "string?"      # `?`: may be left out
//! type = "note|warning|tip?"  # one of these words
//! -#}
//! ```
//!
//! Types are `string`, `integer`, `float` (an integer is accepted too),
//! `bool`, `list` (of strings) and a choice of words `a|b|c`. A template
//! without this comment takes any arguments, unchecked.

use crate::messages::Message;
use crate::messages::msg;
use std::collections::BTreeMap;

use super::parse::{ArgValue, Call};

/// The type of one argument.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgType {
    Text,
    Integer,
    Float,
    Bool,
    List,
    OneOf(Vec<String>),
}

impl ArgType {
    fn parse(spec: &str) -> Result<ArgType, Message> {
        Ok(match spec {
            "string" => ArgType::Text,
            "integer" => ArgType::Integer,
            "float" => ArgType::Float,
            "bool" => ArgType::Bool,
            "list" => ArgType::List,
            s if s.contains('|') => ArgType::OneOf(s.split('|').map(|w| w.trim().to_string()).collect()),
            other => {
                return Err(msg!("shortcode-declaration-type-unknown", ty = other));
            }
        })
    }

    fn accepts(&self, value: &ArgValue) -> bool {
        match (self, value) {
            (ArgType::Text, ArgValue::Text(_))
            | (ArgType::Integer, ArgValue::Integer(_))
            | (ArgType::Float, ArgValue::Float(_) | ArgValue::Integer(_))
            | (ArgType::Bool, ArgValue::Bool(_))
            | (ArgType::List, ArgValue::List(_)) => true,
            (ArgType::OneOf(words), ArgValue::Text(s)) => words.contains(s),
            _ => false,
        }
    }

    fn describe(&self) -> Message {
        match self {
            ArgType::Text => msg!("shortcode-type-text"),
            ArgType::Integer => msg!("type-integer"),
            ArgType::Float => msg!("type-number"),
            ArgType::Bool => msg!("type-bool"),
            ArgType::List => msg!("type-text-list"),
            ArgType::OneOf(words) => msg!(
                "type-enum",
                values = words.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(", ")
            ),
        }
    }
}

/// Whether a shortcode has a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    None,
    Required,
    Optional,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArgSpec {
    pub ty: ArgType,
    pub required: bool,
}

/// The arguments and body a shortcode takes.
#[derive(Debug, Clone, PartialEq)]
pub struct Signature {
    pub args: BTreeMap<String, ArgSpec>,
    pub body: Body,
}

/// The first line of the comment that declares a signature.
const MARKER: &str = "keng shortcode";

impl Signature {
    /// The signature at the top of a template: `Ok(None)` when it has none,
    /// `Err((line, message))` when the declaration is wrong.
    pub fn from_template(text: &str) -> Result<Option<Signature>, (usize, Message)> {
        let trimmed = text.trim_start();
        let Some(comment) = trimmed.strip_prefix("{#") else {
            return Ok(None);
        };
        let comment = comment.strip_prefix('-').unwrap_or(comment);
        let Some(end) = comment.find("#}") else {
            return Ok(None);
        };
        let inner = comment[..end].strip_suffix('-').unwrap_or(&comment[..end]);
        let Some(decl) = inner.trim_start().strip_prefix(MARKER) else {
            return Ok(None);
        };
        // Lines are counted in the template: the marker's line is the first
        // line of the TOML text.
        let first_line = text[..text.len() - trimmed.len()].matches('\n').count() + 1;
        let table: toml::Table = toml::from_str(decl).map_err(|e| {
            let line = e
                .span()
                .map_or(0, |s| decl[..s.start.min(decl.len())].matches('\n').count());
            (
                first_line + line,
                msg!("shortcode-declaration-toml", detail = e.message()),
            )
        })?;
        let at = |key: &str| {
            let line = decl.lines().position(|l| l.trim_start().starts_with(key)).unwrap_or(0);
            first_line + line
        };
        let body = match table.get("body").map(|v| v.as_str()) {
            None | Some(Some("none")) => Body::None,
            Some(Some("required")) => Body::Required,
            Some(Some("optional")) => Body::Optional,
            _ => return Err((at("body"), msg!("shortcode-declaration-body"))),
        };
        let mut args = BTreeMap::new();
        if let Some(declared) = table.get("args") {
            let Some(declared) = declared.as_table() else {
                return Err((at("args"), msg!("shortcode-declaration-args")));
            };
            for (name, spec) in declared {
                let Some(spec) = spec.as_str() else {
                    return Err((at(name), msg!("shortcode-declaration-arg-type", name = name)));
                };
                let (spec, required) = match spec.strip_suffix('?') {
                    Some(s) => (s, false),
                    None => (spec, true),
                };
                let ty = ArgType::parse(spec.trim()).map_err(|e| (at(name), e))?;
                args.insert(name.clone(), ArgSpec { ty, required });
            }
        }
        if let Some(key) = table
            .keys()
            .find(|k| !matches!(k.as_str(), "body" | "args" | "description"))
        {
            return Err((at(key), msg!("shortcode-declaration-unknown-key", key = key)));
        }
        Ok(Some(Signature { args, body }))
    }

    /// The problems of one call: (offset, message, hint), at the argument
    /// when there is one to point at.
    pub fn check(&self, call: &Call, body: Option<&str>) -> Vec<(usize, Message, Message)> {
        let mut problems = Vec::new();
        let name = &call.name;
        let takes = || {
            if self.args.is_empty() {
                msg!("shortcode-takes-nothing", name = name)
            } else {
                let args: Vec<String> = self
                    .args
                    .iter()
                    .map(|(k, s)| {
                        if s.required {
                            k.clone()
                        } else {
                            msg!("shortcode-arg-optional", key = k).text()
                        }
                    })
                    .collect();
                msg!("shortcode-takes", name = name, args = args.join(", "))
            }
        };
        for arg in &call.args {
            match self.args.get(&arg.key) {
                None => {
                    let known: Vec<&str> = self.args.keys().map(String::as_str).collect();
                    let hint = match crate::fields::suggest(&arg.key, &known) {
                        Some(k) => msg!("shortcode-argument-suggest-hint", suggestion = k, takes = takes()),
                        None => takes(),
                    };
                    problems.push((
                        arg.at,
                        msg!("shortcode-argument-unknown", name = name, key = &arg.key),
                        hint,
                    ));
                }
                Some(spec) if !spec.ty.accepts(&arg.value) => problems.push((
                    arg.at,
                    msg!(
                        "shortcode-argument-type",
                        key = &arg.key,
                        name = name,
                        ty = spec.ty.describe(),
                        given = shown(&arg.value)
                    ),
                    msg!(
                        "shortcode-argument-type-hint",
                        key = &arg.key,
                        example = example(&spec.ty)
                    ),
                )),
                Some(_) => {}
            }
        }
        for (key, spec) in &self.args {
            if spec.required && call.arg(key).is_none() {
                problems.push((
                    call.span.start,
                    msg!("shortcode-argument-missing", name = name, key = key),
                    msg!(
                        "shortcode-argument-missing-hint",
                        key = key,
                        example = example(&spec.ty),
                        takes = takes()
                    ),
                ));
            }
        }
        match (self.body, body) {
            (Body::None, Some(_)) => problems.push((
                call.span.start,
                msg!("shortcode-body-unexpected", name = name),
                msg!("shortcode-body-unexpected-hint", name = name),
            )),
            (Body::Required, None) => problems.push((
                call.span.start,
                msg!("shortcode-body-missing", name = name),
                msg!("shortcode-body-missing-hint", name = name),
            )),
            _ => {}
        }
        problems
    }
}

fn shown(value: &ArgValue) -> String {
    match value {
        ArgValue::Text(s) => format!("\"{s}\""),
        ArgValue::Integer(n) => n.to_string(),
        ArgValue::Float(f) => f.to_string(),
        ArgValue::Bool(b) => b.to_string(),
        ArgValue::List(_) => "a list".into(),
    }
}

fn example(ty: &ArgType) -> String {
    match ty {
        ArgType::Text => "\"…\"".into(),
        ArgType::Integer => "3".into(),
        ArgType::Float => "1.5".into(),
        ArgType::Bool => "true".into(),
        ArgType::List => "[\"…\", \"…\"]".into(),
        ArgType::OneOf(words) => format!("\"{}\"", words.first().map(String::as_str).unwrap_or("")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::shortcodes::parse::{Piece, find};

    const FIGURE: &str = "{#- keng shortcode\nbody = \"none\"\n[args]\nsrc = \"string\"\nwidth = \"integer?\"\nkind = \"a|b?\"\n-#}\n<figure></figure>";

    fn problems(sig: &Signature, text: &str) -> Vec<String> {
        let (pieces, _) = find(text, &[], &|_| true);
        let Some(Piece::Call(call)) = pieces.into_iter().next() else {
            panic!("no call")
        };
        let body = call.body.clone().map(|r| text[r].to_string());
        sig.check(&call, body.as_deref())
            .into_iter()
            .map(|p| p.1.to_string())
            .collect()
    }

    #[test]
    fn declaration_is_read() {
        let sig = Signature::from_template(FIGURE).unwrap().unwrap();
        assert_eq!(sig.body, Body::None);
        assert!(sig.args["src"].required);
        assert_eq!(sig.args["kind"].ty, ArgType::OneOf(vec!["a".into(), "b".into()]));
        assert_eq!(Signature::from_template("<p>{{ x }}</p>").unwrap(), None);
        assert_eq!(Signature::from_template("{# a comment #}<p></p>").unwrap(), None);
    }

    #[test]
    fn wrong_declarations_name_their_line() {
        let e = Signature::from_template("{# keng shortcode\n[args]\nsrc = \"text\"\n#}").unwrap_err();
        assert_eq!(e.0, 3);
        assert!(e.1.to_string().contains("unknown argument type `text`"));
    }

    #[test]
    fn calls_are_checked_against_it() {
        let sig = Signature::from_template(FIGURE).unwrap().unwrap();
        assert!(problems(&sig, "{{ f(src=\"a.jpg\", width=3, kind=\"b\") }}").is_empty());
        assert_eq!(problems(&sig, "{{ f() }}"), ["shortcode `f` needs the argument `src`"]);
        assert_eq!(
            problems(&sig, "{{ f(src=\"a\", widht=3) }}"),
            ["shortcode `f` has no argument `widht`"]
        );
        assert_eq!(
            problems(&sig, "{{ f(src=3) }}"),
            ["argument `src` of `f` is a quoted string, given 3"]
        );
        assert_eq!(
            problems(&sig, "{{ f(src=\"a\", kind=\"c\") }}"),
            ["argument `kind` of `f` is one of \"a\", \"b\", given \"c\""]
        );
        assert_eq!(
            problems(&sig, "{% f(src=\"a\") %}x{% end %}"),
            ["shortcode `f` takes no body"]
        );
    }
}
