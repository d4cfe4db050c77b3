//! Markdown as plain text, for places that cannot hold markup (CAP
//! descriptions, JSON-LD, meta tags).

use pulldown_cmark::{Event, Options, Parser};

/// The text of a Markdown snippet without its markup, for formats that
/// carry plain text (CAP descriptions). Paragraphs are separated by a blank line.
pub fn plain_text(text: &str) -> String {
    use pulldown_cmark::{Tag, TagEnd};
    let mut out = String::new();
    for event in Parser::new_ext(text, Options::empty()) {
        match event {
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::Start(Tag::Item) => out.push_str("- "),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push('\n'),
            Event::End(TagEnd::List(_)) => out.push('\n'),
            _ => {}
        }
    }
    out.trim().replace("\n\n\n", "\n\n")
}

/// Words of a text, as `text.split_whitespace().count()` counts them, but
/// without decoding characters: white space outside ASCII is a few known
/// byte sequences, and a text without their lead bytes (most) is counted
/// in one branch-free pass. Counting char by char was 4.6% of a build of
/// Vietnamese text.
pub fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    if memchr::memchr3(0xC2, 0xE2, 0xE3, bytes).is_none()
        && memchr::memmem::find(bytes, "\u{1680}".as_bytes()).is_none()
    {
        // A word starts at a byte that is not white space after one that
        // is (or at the start).
        let space = |b: u8| (b == b' ') | (b.wrapping_sub(b'\t') < 5);
        let Some((&first, rest)) = bytes.split_first() else {
            return 0;
        };
        // Neighbours are compared in blocks of 255, whose count fits a `u8`:
        // summing bytes is what the compiler turns into vector code.
        let mut count = usize::from(!space(first));
        for (a, b) in bytes.chunks(255).zip(rest.chunks(255)) {
            let starts = a
                .iter()
                .zip(b)
                .fold(0u8, |n, (&x, &y)| n + u8::from(space(x) & !space(y)));
            count += usize::from(starts);
        }
        return count;
    }
    let (mut count, mut in_word, mut i) = (0, false, 0);
    while i < bytes.len() {
        let space = match bytes[i] {
            b if b.is_ascii() => usize::from(matches!(b, b' ' | b'\t'..=b'\r')),
            0xC2 | 0xE1 | 0xE2 | 0xE3 => wide_space(&bytes[i..]),
            _ => 0,
        };
        if space > 0 {
            in_word = false;
            i += space;
        } else {
            if !in_word {
                in_word = true;
                count += 1;
            }
            i += 1;
        }
    }
    count
}

/// Length of the white space character outside ASCII that `bytes` starts
/// with (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
/// U+205F, U+3000), or 0.
fn wide_space(bytes: &[u8]) -> usize {
    match bytes {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..] => 3,
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] => 3,
        [0xE2, 0x81, 0x9F, ..] => 3,
        [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

#[cfg(test)]
mod word_tests {
    use super::count_words;

    #[test]
    fn counts_words_as_split_whitespace_does() {
        let spaces = [
            " ", "\t", "\n", "\r\n", "\u{0b}", "\u{0c}", "\u{85}", "\u{a0}", "\u{1680}", "\u{2003}", "\u{200a}",
            "\u{2028}", "\u{2029}", "\u{202f}", "\u{205f}", "\u{3000}",
        ];
        let words = [
            "Kẻng",
            "an",
            "ninh",
            "ĐIỀN",
            "1.000",
            "x\u{200b}y",
            "\u{1ea0}",
            "\u{2010}",
            "\u{e000}",
            "\u{1c}",
            "😀",
        ];
        let mut cases = vec![String::new(), " ".to_string(), "một".to_string()];
        for (n, space) in spaces.iter().enumerate() {
            for (m, word) in words.iter().enumerate() {
                cases.push(format!(
                    "{word}{space}{}{space}{space}{word}",
                    words[(n + m) % words.len()]
                ));
                cases.push(format!("{space}{word}{space}"));
            }
        }
        // Texts longer than a block, with a boundary at every offset.
        for n in 250..520 {
            let text: String = (0..n).map(|i| if i % 7 == 3 { ' ' } else { 'a' }).collect();
            cases.push(text.clone());
            cases.push(format!(" {text}  "));
        }
        cases.push(" ".repeat(600));
        for text in &cases {
            assert_eq!(count_words(text), text.split_whitespace().count(), "{text:?}");
        }
    }

    #[test]
    fn every_character_is_a_space_or_not_as_char_is_whitespace_says() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = format!("a{c}b");
            assert_eq!(count_words(&text), text.split_whitespace().count(), "{:X}", c as u32);
        }
    }
}
