//! Folding Vietnamese text for search: what residents type without
//! diacritics must meet what editors wrote with them.
//!
//! NFD (tone and vowel marks become separate combining marks; NFC and NFD
//! input give the same result),
//! drop the marks, `đ` → `d` and `Đ` → `D` (they have no decomposition),
//! lowercase. The theme's search script does exactly the same in the browser.

use std::sync::OnceLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The rules above, one character at a time: the definition the browser
/// follows, which [`fold_words`] (fast, through the table) must agree with.
#[cfg(test)]
pub fn fold(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The folding of one character, by the rules above, as UTF-8 bytes.
fn fold_char(c: char, out: &mut Vec<u8>) {
    let mut push = |c: char| out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
    if c.is_ascii() {
        push(c.to_ascii_lowercase());
    } else if c == 'đ' || c == 'Đ' {
        push('d');
    } else {
        // Canonical decomposition of one character is its NFD; a mark
        // given on its own (NFD input) is dropped the same way.
        decompose_canonical(c, |d| {
            if !is_combining_mark(d) {
                d.to_lowercase().for_each(&mut push);
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
                let mut folded = Vec::new();
                fold_char(c, &mut folded);
                match folded.as_slice() {
                    [b] if b.is_ascii_alphabetic() => *b,
                    _ => 0,
                }
            })
            .collect()
    })
}

/// A folded word. Words of up to 8 bytes (nearly every folded Vietnamese
/// syllable) come packed in a `u64`, so counting and gathering hash and
/// compare one number, not a string.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Word<'a> {
    Packed(u64),
    Long(&'a str),
}

/// A word of at most 8 bytes as a number. Words hold no NUL byte, so the
/// zero padding keeps packings distinct.
pub fn pack(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    let mut b = [0u8; 8];
    b.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u64::from_le_bytes(b))
}

/// The word [`pack`] made.
pub fn unpack(packed: u64) -> String {
    let b = packed.to_le_bytes();
    let len = b.iter().position(|&x| x == 0).unwrap_or(8);
    String::from_utf8_lossy(&b[..len]).into_owned()
}

/// The word being read: its first 8 bytes packed as they come, and all its
/// bytes only once it grows longer (so a short word is never copied).
struct WordBuf {
    packed: u64,
    len: usize,
    long: Vec<u8>,
}

impl WordBuf {
    fn push(&mut self, b: u8) {
        if self.len < 8 {
            self.packed |= u64::from(b) << (8 * self.len);
        } else {
            if self.len == 8 {
                self.long.clear();
                self.long.extend_from_slice(&self.packed.to_le_bytes());
            }
            self.long.push(b);
        }
        self.len += 1;
    }

    fn end(&mut self, word: &mut impl FnMut(Word)) {
        match self.len {
            0 => return,
            1..=8 => word(Word::Packed(self.packed)),
            _ => {
                if let Ok(w) = std::str::from_utf8(&self.long) {
                    word(Word::Long(w));
                }
            }
        }
        self.packed = 0;
        self.len = 0;
    }
}

/// What an ASCII byte is in a word: its lowercase form for a letter or
/// digit, 0 for a separator; `NOT_ASCII` for the lead and continuation
/// bytes of other characters.
const NOT_ASCII: u8 = 0xFF;
const ASCII_WORD: [u8; 256] = {
    let mut table = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        table[b] = if c.is_ascii_alphanumeric() {
            c.to_ascii_lowercase()
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The words of `text` as folded: runs of letters and digits of
/// `fold(text)`, handed to `word` one by one, without folding the whole
/// text first. ASCII is one table lookup a byte; a character is decoded
/// only where one starts outside ASCII, and a Vietnamese letter is one
/// more table lookup.
pub fn fold_words(text: &str, mut word: impl FnMut(Word)) {
    let latin = latin_table();
    let bytes = text.as_bytes();
    let mut current = WordBuf {
        packed: 0,
        len: 0,
        long: Vec::new(),
    };
    let mut spill = Vec::new();
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        match ASCII_WORD[usize::from(b)] {
            0 => {
                current.end(&mut word);
                at += 1;
                continue;
            }
            NOT_ASCII => {}
            letter => {
                current.push(letter);
                at += 1;
                continue;
            }
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        // The table holds only ASCII letters.
        let folded = (c as usize)
            .checked_sub(LATIN_FIRST as usize)
            .and_then(|i| latin.get(i))
            .copied()
            .unwrap_or(0);
        if folded != 0 {
            current.push(folded);
            continue;
        }
        spill.clear();
        fold_char(c, &mut spill);
        for d in std::str::from_utf8(&spill).unwrap_or_default().chars() {
            if d.is_alphanumeric() {
                d.encode_utf8(&mut [0; 4]).bytes().for_each(|b| current.push(b));
            } else {
                current.end(&mut word);
            }
        }
    }
    current.end(&mut word);
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
        let table = latin_table();
        for c in LATIN_FIRST..=LATIN_LAST {
            let mut slow = Vec::new();
            fold_char(c, &mut slow);
            let entry = table[c as usize - LATIN_FIRST as usize];
            match slow.as_slice() {
                [b] if b.is_ascii_alphabetic() => assert_eq!(entry, *b, "{c:?}"),
                _ => assert_eq!(entry, 0, "{c:?}"),
            }
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

    /// Words as the browser finds them: the folded text split at every
    /// character that is not a letter or digit.
    fn slow_words(text: &str) -> Vec<String> {
        fold(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }

    fn fast_words(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        fold_words(text, |w| {
            found.push(match w {
                Word::Packed(p) => unpack(p),
                Word::Long(w) => w.to_string(),
            })
        });
        found
    }

    #[test]
    fn short_words_come_packed_and_long_ones_as_text() {
        let mut found = Vec::new();
        fold_words(
            "Kẻng phòng-chống tổ_chức 12345678 123456789 Kẻngkẻngkẻng",
            |w| found.push(format!("{w:?}")),
        );
        let packed = |w: &str| format!("{:?}", Word::Packed(pack(w).unwrap_or_default()));
        assert_eq!(
            found,
            [
                packed("keng"),
                packed("phong"),
                packed("chong"),
                packed("to"),
                packed("chuc"),
                packed("12345678"),
                format!("{:?}", Word::Long("123456789")),
                format!("{:?}", Word::Long("kengkengkeng")),
            ]
        );
        for w in ["a", "keng", "12345678", "中文", "😀x"] {
            assert_eq!(pack(w).map(unpack).as_deref(), Some(w));
        }
        assert_eq!(pack("123456789"), None);
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
            assert_eq!(fast_words(&text), slow_words(&text), "{text:?}");
        }
        let nfd: String = "Tiếng kẻng, Đức Trọng".nfd().collect();
        assert_eq!(fast_words(&nfd), ["tieng", "keng", "duc", "trong"]);
    }

    #[test]
    fn words_of_any_length() {
        for n in [1, 7, 8, 9, 63, 64, 65, 200] {
            for unit in ["a", "ấ", "中", "Đ"] {
                let text = format!("x {} y{}", unit.repeat(n), unit.repeat(n));
                assert_eq!(fast_words(&text), slow_words(&text), "{n} {unit}");
            }
        }
    }

    #[test]
    fn words_split_on_punctuation() {
        let text = "Lừa đảo: 1.022 camera, \"Đức Trọng\"! İstanbul ǅ ﬁ";
        assert_eq!(fast_words(text), slow_words(text));
        assert_eq!(
            fast_words("Lừa đảo: 1.022 camera, \"Đức Trọng\"!"),
            ["lua", "dao", "1", "022", "camera", "duc", "trong"]
        );
    }
}
