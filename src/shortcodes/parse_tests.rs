//! Tests of the shortcode scanner.
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
    assert!(error("{{ hotline }}").1.to_string().contains("needs parentheses"));
    let e = error("{{ hotline(number=156x) }}");
    assert_eq!(e.0, 18);
    let e = error("{{ hotline(number=\"156) }}");
    assert!(e.1.to_string().contains("no closing"), "{e:?}");
    assert!(error("{{ hotline(a=1 b=2) }}").1.to_string().contains("`,` or `)`"));
    assert!(error("{{ hotline() }").1.to_string().contains("not closed"));
    assert!(error("{{ hotline(a=1, a=2) }}").1.to_string().contains("twice"));
    assert!(
        error("{% hotline %}x{% end %}")
            .1
            .to_string()
            .contains("needs parentheses")
    );
    let e = error("x\n{% callout() %}\nbody");
    assert_eq!(
        (e.0, e.1.to_string().as_str()),
        (2, "block shortcode `callout` is not closed")
    );
    let e = error("text {% end %}");
    assert_eq!(e.0, 5);
    assert!(e.1.to_string().contains("without a block"));
}

#[test]
fn any_text_is_scanned_without_panicking() {
    const PARTS: &[&str] = &[
        "{{", "}}", "{%", "%}", "(", ")", "=", ",", "\"", "'", "\\", "[", "]", " ", "\n", "end", "x", "đ", "ệ", "/*",
        "*/", "1", ".5", "-", "true", "hotline", "{{/*", "*/}}", "{{/*/}}", "/", "😀",
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

#[test]
fn an_escape_whose_end_overlaps_its_start_is_text() {
    for text in ["{{/*/}}", "{%/*/%}", "a {{/*/}} b {{/**/}}"] {
        let (pieces, _) = find(text, &[], &|_| true);
        for piece in pieces {
            if let Piece::Literal { span, .. } = piece {
                assert!(text.get(span).is_some(), "{text:?}");
            }
        }
    }
}
