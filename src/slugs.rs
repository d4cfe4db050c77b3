//! Vietnamese-aware URL slugs, from the `slug` crate (deunicode underneath):
//! tone marks are dropped and `đ`/`Đ` become `d`.

/// "Tiếng kẻng an ninh" → `tieng-keng-an-ninh`.
pub fn slugify(text: &str) -> String {
    // Most file names already are slugs: they come back as they are.
    if is_slug(text) {
        return text.to_string();
    }
    slug::slugify(text)
}

/// Lowercase ASCII letters and digits in runs joined by single dashes:
/// what `slug::slugify` gives back unchanged.
fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text
            .split('-')
            .all(|run| !run.is_empty() && run.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}

/// Slugs each `/`-separated part of a folder path: `Tin tức/2020` → `tin-tuc/2020`.
pub fn slugify_dir(dir: &str) -> String {
    dir.split('/')
        .filter(|p| !p.is_empty())
        .map(slugify)
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_titles() {
        assert_eq!(slugify("Tiếng kẻng an ninh"), "tieng-keng-an-ninh");
        assert_eq!(slugify("Đức Trọng"), "duc-trong");
        assert_eq!(slugify("Đổi gạo lấy vũ khí"), "doi-gao-lay-vu-khi");
        assert_eq!(
            slugify("Tổ tuần tra tự quản \"dân cử, dân nuôi\""),
            "to-tuan-tra-tu-quan-dan-cu-dan-nuoi"
        );
        assert_eq!(slugify("  Lừa đảo: 1.022 camera!  "), "lua-dao-1-022-camera");
    }

    #[test]
    fn decomposed_input_gives_the_same_slug() {
        // "ế" written as e + circumflex + acute (NFD).
        assert_eq!(slugify("Tie\u{302}\u{301}ng"), "tieng");
    }

    #[test]
    fn a_slug_stays_as_it_is_and_the_fast_path_agrees_with_the_crate() {
        for text in [
            "tieng-keng-an-ninh",
            "a",
            "2020",
            "bai-1",
            "-a",
            "a-",
            "a--b",
            "A-b",
            "a_b",
            "",
            "-",
            "a b",
        ] {
            assert_eq!(slugify(text), slug::slugify(text), "{text:?}");
        }
        assert!(is_slug("so-dien-thoai-007682"));
        assert!(!is_slug("a--b") && !is_slug("-a") && !is_slug("Ab") && !is_slug(""));
    }

    #[test]
    fn folders() {
        assert_eq!(slugify_dir("Tin tức/Năm 2020"), "tin-tuc/nam-2020");
        assert_eq!(slugify_dir(""), "");
    }
}
