//! The catalogues agree with each other and with the code: every id in
//! both languages with the same placeables, every id the code uses
//! present, every code explained, and no user-facing text outside them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::{EN_EXPLAIN_FTL, EN_FTL, Lang, VI_EXPLAIN_FTL, VI_FTL, codes};

/// id → the placeables its text uses, from a catalogue's source.
fn entries(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in source.lines() {
        let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
        if starts_entry {
            let id = line.split(" =").next().unwrap_or_default().trim().to_string();
            assert!(!out.contains_key(&id), "{id} is defined twice");
            out.insert(id.clone(), BTreeSet::new());
            current = Some(id);
        } else if line.starts_with('#') || line.is_empty() {
            current = None;
            continue;
        }
        if let Some(id) = &current {
            let rest = if starts_entry {
                line.split_once('=').map_or("", |(_, r)| r)
            } else {
                line
            };
            for part in rest.split('$').skip(1) {
                let name: String = part
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect();
                out.get_mut(id).map(|set| set.insert(name));
            }
        }
    }
    out
}

/// Both files of a language: one catalogue, no id defined twice.
fn vi_entries() -> BTreeMap<String, BTreeSet<String>> {
    entries(&format!("{VI_FTL}\n{VI_EXPLAIN_FTL}"))
}

fn en_entries() -> BTreeMap<String, BTreeSet<String>> {
    entries(&format!("{EN_FTL}\n{EN_EXPLAIN_FTL}"))
}

#[test]
fn both_catalogues_parse_cleanly() {
    for (name, source) in [
        ("vi.ftl", VI_FTL),
        ("en.ftl", EN_FTL),
        ("explain.vi.ftl", VI_EXPLAIN_FTL),
        ("explain.en.ftl", EN_EXPLAIN_FTL),
    ] {
        if let Err((_, errors)) = fluent_bundle::FluentResource::try_new(source.to_string()) {
            panic!("{name} has syntax errors: {errors:?}");
        }
    }
}

#[test]
fn every_id_is_in_both_languages_with_the_same_placeables() {
    let (vi, en) = (vi_entries(), en_entries());
    let only_en: Vec<&String> = en.keys().filter(|k| !vi.contains_key(*k)).collect();
    let only_vi: Vec<&String> = vi.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "missing from vi.ftl: {only_en:?}");
    assert!(only_vi.is_empty(), "missing from en.ftl: {only_vi:?}");
    let differ: Vec<String> = en
        .iter()
        .filter(|(id, args)| vi.get(*id) != Some(args))
        .map(|(id, args)| format!("{id}: en {args:?}, vi {:?}", vi.get(id)))
        .collect();
    assert!(differ.is_empty(), "placeables differ:\n{}", differ.join("\n"));
    assert!(en.len() > 300, "{}", en.len());
}

/// Every `.rs` file under `src/`, with its text.
fn sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    walkdir::WalkDir::new(&root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "rs"))
        .map(|e| {
            let rel = e.path().strip_prefix(&root).unwrap_or(e.path()).display().to_string();
            (rel, std::fs::read_to_string(e.path()).unwrap_or_default())
        })
        .collect()
}

/// The ids the code names: `msg!("id"`, `tr("id")`, progress labels.
fn ids_in_code() -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for (_, text) in sources() {
        // Code, not comments (the docs show `msg!("id", …)`).
        let text: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for marker in ["msg!(", " tr(", "(tr(", "progress_bar(out,"] {
            for part in text.split(marker).skip(1) {
                let Some(quoted) = part.trim_start().strip_prefix('"') else {
                    continue;
                };
                let id: String = quoted.chars().take_while(|c| *c != '"').collect();
                if !id.is_empty() && !id.contains(' ') {
                    ids.insert(id);
                }
            }
        }
    }
    ids
}

#[test]
fn every_id_the_code_uses_is_in_the_catalogue() {
    let en = en_entries();
    let missing: Vec<String> = ids_in_code().into_iter().filter(|id| !en.contains_key(id)).collect();
    assert!(missing.is_empty(), "used in the code but not in en.ftl: {missing:?}");
}

#[test]
fn every_code_is_explained_and_names_real_messages_once() {
    let (vi, en) = (vi_entries(), en_entries());
    let mut seen = BTreeSet::new();
    let mut previous = "";
    for (code, ids) in codes::CODES {
        assert!(code.len() == 5 && code.starts_with('K'), "{code}");
        assert!(*code > previous, "{code} is out of order or repeated");
        previous = code;
        for lang in [&vi, &en] {
            assert!(lang.contains_key(&format!("explain-{code}")), "no explain-{code}");
        }
        for id in *ids {
            assert!(en.contains_key(*id), "{code} names {id}, which en.ftl lacks");
            assert!(seen.insert(*id), "{id} has two codes");
        }
    }
    assert_eq!(codes::find("k204"), Some("K0204"));
    assert_eq!(codes::find("K9999"), None);
}

#[test]
fn explanations_are_plain_text_with_an_example() {
    for (code, _) in codes::CODES {
        for lang in [Lang::Vi, Lang::En] {
            let text = super::text_of(&format!("explain-{code}"), lang);
            assert!(
                text.lines().count() >= 3,
                "{code} ({}) is too short:\n{text}",
                lang.tag()
            );
            assert!(text.contains('│'), "{code} ({}) has no example lines (│ …)", lang.tag());
        }
    }
}

/// User-facing text goes through the catalogue: no `println!`,
/// `eprintln!`, `print!` or `eprint!` with words of its own, and no
/// `Diagnostic` message built from a string (the type takes a `Message`).
#[test]
fn no_user_facing_text_outside_the_catalogue() {
    let mut found = Vec::new();
    for (rel, text) in sources() {
        // Test code may print what it likes.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        if rel.ends_with("_tests.rs") || rel.contains("testdata") {
            continue;
        }
        for (n, line) in text.lines().enumerate() {
            for mac in ["println!(\"", "eprintln!(\"", "print!(\"", "eprint!(\""] {
                let Some(rest) = line.split(mac).nth(1) else { continue };
                let literal: String = rest.chars().take_while(|c| *c != '"').collect();
                let literal = literal.replace("\\n", " ");
                // Placeholders, spaces and punctuation only.
                let mut words = literal.clone();
                while let (Some(a), Some(b)) = (words.find('{'), words.find('}')) {
                    if b < a {
                        break;
                    }
                    words.replace_range(a..=b, "");
                }
                if words.chars().any(|c| c.is_alphabetic()) {
                    found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "text printed without the catalogue:\n{}",
        found.join("\n")
    );
}

#[test]
fn numbers_are_grouped_the_language_s_way() {
    let m = crate::messages::msg!("count-findings", errors = 1022usize, warnings = 1usize);
    assert_eq!(m.text_in(Lang::Vi), "1.022 lỗi, 1 cảnh báo");
    assert_eq!(m.text_in(Lang::En), "1,022 errors, 1 warning");
    let one = crate::messages::msg!("count-findings", errors = 1usize, warnings = 0usize);
    assert_eq!(one.text_in(Lang::En), "1 error, 0 warnings");
}

/// Each entry parses on its own (the catalogue parses them one by one) and
/// formats without a Fluent error, every placeable given.
#[test]
fn every_message_formats_on_its_own_without_errors() {
    for (lang, entries) in [(Lang::Vi, vi_entries()), (Lang::En, en_entries())] {
        for (id, placeables) in &entries {
            let mut args = fluent_bundle::FluentArgs::new();
            for name in placeables {
                args.set(name.as_str(), 2);
            }
            let formatted = super::catalogue::of(lang).format_counting_errors(id, Some(&args));
            let Some((text, errors)) = formatted else {
                panic!("{id} ({}) does not parse on its own", lang.tag());
            };
            assert_eq!(errors, 0, "{id} ({}): {text}", lang.tag());
            assert!(!text.trim().is_empty() || id.starts_with("summary-no"), "{id} is empty");
        }
    }
}
