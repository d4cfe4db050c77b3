//! Folding Vietnamese text for search: what residents type without
//! diacritics must meet what editors wrote with them.
//!
//! NFD (tone and vowel marks become separate combining marks; NFC and NFD
//! input give the same result),
//! drop the marks, `đ` → `d` and `Đ` → `D` (they have no decomposition),
//! lowercase. The theme's search script does exactly the same in the browser.

use std::sync::OnceLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// [`fold`], appending to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    let latin = latin_table();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        // Vietnamese letters (Latin-1 to Latin Extended Additional) fold to
        // one ASCII letter: looked up instead of decomposed, which was 8%
        // of a 10,000-article build.
        let folded = (c as usize)
            .checked_sub(LATIN_FIRST as usize)
            .and_then(|i| latin.get(i))
            .copied()
            .unwrap_or(0);
        if folded != 0 {
            out.push(char::from(folded));
        } else {
            fold_char(c, out);
        }
    }
}

/// The folding of one character, by the rules above.
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if c == 'đ' || c == 'Đ' {
        out.push('d');
    } else {
        // Canonical decomposition of one character is its NFD; a mark
        // given on its own (NFD input) is dropped the same way.
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        });
    }
}

const LATIN_FIRST: char = '\u{00C0}';
const LATIN_LAST: char = '\u{1EFF}';

/// For every character from À to the end of Latin Extended Additional, the
/// ASCII letter it folds to, or 0 when it folds to something else (made
/// from `fold_char`, so the two cannot disagree).
fn latin_table() -> &'static [u8] {
    static TABLE: OnceLock<Vec<u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        (LATIN_FIRST..=LATIN_LAST)
            .map(|c| {
                let mut folded = String::new();
                fold_char(c, &mut folded);
                match folded.as_bytes() {
                    [b] if b.is_ascii_alphabetic() => *b,
                    _ => 0,
                }
            })
            .collect()
    })
}

/// Words of already folded text: runs of letters and digits. Folded text
/// is mostly ASCII, so bytes are looked at first; a character is decoded
/// only where one starts outside ASCII.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    let bytes = folded.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while at < bytes.len() {
            let (letter, len) = match bytes[at] {
                b if b.is_ascii() => (b.is_ascii_alphanumeric(), 1),
                _ => match folded[at..].chars().next() {
                    Some(c) => (c.is_alphanumeric(), c.len_utf8()),
                    None => (false, 1),
                },
            };
            match (letter, start) {
                (true, None) => start = Some(at),
                (false, Some(s)) => {
                    let word = &folded[s..at];
                    at += len;
                    return Some(word);
                }
                _ => {}
            }
            at += len;
        }
        start.map(|s| &folded[s..])
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn every_vowel_with_every_tone() {
        let table = [
            ("a", "aàáảãạ"),
            ("a", "ăằắẳẵặ"),
            ("a", "âầấẩẫậ"),
            ("e", "eèéẻẽẹ"),
            ("e", "êềếểễệ"),
            ("i", "iìíỉĩị"),
            ("o", "oòóỏõọ"),
            ("o", "ôồốổỗộ"),
            ("o", "ơờớởỡợ"),
            ("u", "uùúủũụ"),
            ("u", "ưừứửữự"),
            ("y", "yỳýỷỹỵ"),
        ];
        for (plain, vowels) in table {
            for v in vowels.chars() {
                assert_eq!(fold(&v.to_string()), plain, "{v}");
                assert_eq!(fold(&v.to_uppercase().to_string()), plain, "{v} upper");
            }
        }
    }

    #[test]
    fn the_table_folds_as_the_rules_do() {
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let mut slow = String::new();
            fold_char(c, &mut slow);
            assert_eq!(fold(&c.to_string()), slow, "{c:?}");
        }
    }

    #[test]
    fn d_with_stroke_and_both_normal_forms() {
        assert_eq!(fold("Đường dây nóng"), "duong day nong");
        assert_eq!(fold("đ Đ"), "d d");
        let nfc = "Tiếng kẻng";
        let nfd: String = nfc.nfd().collect();
        assert_ne!(nfc, nfd);
        assert_eq!(fold(nfc), "tieng keng");
        assert_eq!(fold(&nfd), "tieng keng");
        assert_eq!(fold("LỪA ĐẢO"), "lua dao");
    }

    #[test]
    fn words_are_runs_of_letters_and_digits_of_any_script() {
        let chars: Vec<char> = (0..0x3100u32)
            .chain(0x1F600..0x1F610)
            .filter_map(char::from_u32)
            .collect();
        for window in chars.chunks(7) {
            let text: String = window
                .iter()
                .chain(['a', ' ', '9'].iter())
                .chain(window.iter().rev())
                .collect();
            let slow: Vec<&str> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(words(&text).collect::<Vec<_>>(), slow, "{text:?}");
        }
    }

    #[test]
    fn words_split_on_punctuation() {
        let folded = fold("Lừa đảo: 1.022 camera, \"Đức Trọng\"!");
        assert_eq!(
            words(&folded).collect::<Vec<_>>(),
            ["lua", "dao", "1", "022", "camera", "duc", "trong"]
        );
    }
}
