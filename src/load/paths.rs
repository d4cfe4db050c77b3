//! Names of files in `content/`: sections, bundles, translations.

pub const SECTION_FILE: &str = "_index.md";
pub const BUNDLE_FILE: &str = "index.md";

/// `bai.en.md` → (`bai.md`, Some("en")) when `en` is one of the site's
/// translation languages; other names are returned as they are.
pub fn split_language<'a>(name: &'a str, languages: &'a [String]) -> (String, Option<&'a str>) {
    if let Some((stem, ext)) = name.rsplit_once('.') {
        if let Some((base, lang)) = stem.rsplit_once('.') {
            if let Some(l) = languages.iter().find(|l| l.as_str() == lang) {
                return (format!("{base}.{ext}"), Some(l.as_str()));
            }
        }
    }
    (name.to_string(), None)
}

pub(super) fn file_name(rel: &str) -> &str {
    rel.rsplit('/').next().unwrap_or(rel)
}

pub(super) fn parent_dir(rel: &str) -> &str {
    rel.rsplit_once('/').map_or("", |(dir, _)| dir)
}
