//! Which language keng speaks: `--lang`, else `KENG_LANG`, else the
//! locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else — when the locale says
//! nothing (unset, `C`, `POSIX`, as on servers and in CI) — the site's own
//! `language`.

/// A language keng's messages come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Vi = 0,
    En = 1,
}

impl Lang {
    /// "vi" or "en".
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// `vi`, `vi-VN`, `en`, `en_US`, … (case-insensitive); None for other languages.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// What the locale says: Vietnamese for `vi*`, English for any other real
/// locale, None for unset, `C` and `POSIX`.
pub fn lang_of_locale(env: &dyn Fn(&str) -> Option<String>) -> Option<Lang> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| env(name))
        .find(|value| !value.is_empty())?;
    let name = locale.split(['.', '@']).next().unwrap_or_default();
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    Some(Lang::parse(name).unwrap_or(Lang::En))
}

/// The `language` of `site.toml` in `root` (Vietnamese when it names
/// none, as for the site itself), if the file can be read and keng speaks it.
pub fn lang_of_site(root: &std::path::Path) -> Option<Lang> {
    let text = std::fs::read_to_string(root.join("site.toml")).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    match table.get("language") {
        None => Some(Lang::Vi),
        Some(language) => Lang::parse(language.as_str()?),
    }
}

/// The language for this run, and the `KENG_LANG` value that was ignored
/// because keng does not speak it (to warn about).
pub fn choose(
    flag: Option<Lang>,
    env: &dyn Fn(&str) -> Option<String>,
    site: &dyn Fn() -> Option<Lang>,
) -> (Lang, Option<String>) {
    if let Some(lang) = flag {
        return (lang, None);
    }
    let mut ignored = None;
    if let Some(value) = env("KENG_LANG").filter(|v| !v.is_empty()) {
        match Lang::parse(&value) {
            Some(lang) => return (lang, None),
            None => ignored = Some(value),
        }
    }
    let lang = lang_of_locale(env).or_else(site).unwrap_or(Lang::En);
    (lang, ignored)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn the_flag_wins_then_keng_lang_then_the_locale_then_the_site() {
        let vi_site = || Some(Lang::Vi);
        let en = env_of(&[("KENG_LANG", "en"), ("LANG", "vi_VN.UTF-8")]);
        assert_eq!(choose(Some(Lang::Vi), &en, &vi_site).0, Lang::Vi);
        assert_eq!(choose(None, &en, &vi_site).0, Lang::En);
        assert_eq!(choose(None, &env_of(&[("LANG", "en_US.UTF-8")]), &vi_site).0, Lang::En);
        assert_eq!(choose(None, &env_of(&[("LANG", "vi_VN.UTF-8")]), &|| None).0, Lang::Vi);
        assert_eq!(choose(None, &env_of(&[("LANG", "C.UTF-8")]), &vi_site).0, Lang::Vi);
        assert_eq!(choose(None, &env_of(&[]), &vi_site).0, Lang::Vi);
        assert_eq!(choose(None, &env_of(&[]), &|| None).0, Lang::En);
    }

    #[test]
    fn lc_all_overrides_lang_and_other_locales_mean_english() {
        let env = env_of(&[("LC_ALL", "de_DE.UTF-8"), ("LANG", "vi_VN")]);
        assert_eq!(lang_of_locale(&env), Some(Lang::En));
        let env = env_of(&[("LC_ALL", ""), ("LC_MESSAGES", "vi_VN@euro"), ("LANG", "en_US")]);
        assert_eq!(lang_of_locale(&env), Some(Lang::Vi));
        assert_eq!(lang_of_locale(&env_of(&[("LANG", "POSIX")])), None);
    }

    #[test]
    fn an_unknown_keng_lang_is_reported_and_skipped() {
        let env = env_of(&[("KENG_LANG", "fr"), ("LANG", "vi_VN.UTF-8")]);
        assert_eq!(choose(None, &env, &|| None), (Lang::Vi, Some("fr".to_string())));
    }
}
