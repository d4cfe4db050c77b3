//! keng speaks the editor's language: the same findings in Vietnamese and
//! English, chosen by `--lang`, `KENG_LANG`, the locale or the site's own
//! `language`, compared with golden files in tests/golden/ (rewrite them
//! with KENG_BLESS=1 after a deliberate change, and read the diff).

mod common;

use common::TestSite;
use keng::messages::codes::CODES;

/// The output with the site's temporary path and timings made stable.
fn normalised(site: &TestSite, text: &str) -> String {
    let root = site.root().display().to_string();
    let text = text.replace(&root, "SITE");
    // "trong 41 ms" / "in 41 ms" → "N ms".
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find(" ms") {
        let before = &rest[..at];
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        out.push_str(&before[..before.len() - digits]);
        out.push_str(if digits > 0 { "N ms" } else { " ms" });
        rest = &rest[at + 3..];
    }
    out.push_str(rest);
    out
}

fn golden(name: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var("KENG_BLESS").as_deref() == Ok("1") {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    if want != actual {
        let first = want
            .lines()
            .zip(actual.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(want.lines().count().min(actual.lines().count()));
        panic!(
            "{name} differs from line {}:\n--- want\n{}\n--- got\n{}\n(KENG_BLESS=1 rewrites the golden file)",
            first + 1,
            want.lines().skip(first).take(4).collect::<Vec<_>>().join("\n"),
            actual.lines().skip(first).take(4).collect::<Vec<_>>().join("\n"),
        );
    }
}

/// `keng ARGS` with only the given language settings (none of the machine's).
fn run(site: &TestSite, args: &[&str], env: &[(&str, &str)]) -> common::Run {
    let mut all = vec![("KENG_LANG", ""), ("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "")];
    all.extend_from_slice(env);
    site.keng_with_env(args, &all)
}

/// Every way of choosing a language gives the same text for the same language.
fn check_choices(fixture: &str, args: &[&str], golden_name: &str) {
    let site = TestSite::fixture(fixture);
    let vi_flag = {
        let mut a = args.to_vec();
        a.extend(["--lang", "vi"]);
        run(&site, &a, &[("LANG", "en_US.UTF-8")])
    };
    let vi_locale = run(&site, args, &[("LANG", "vi_VN.UTF-8")]);
    let en_locale = run(&site, args, &[("LANG", "en_US.UTF-8")]);
    let site_language = run(&site, args, &[("LANG", "C")]);
    let en_keng_lang = run(&site, args, &[("KENG_LANG", "en"), ("LANG", "vi_VN.UTF-8")]);
    assert_eq!(vi_flag.code, 1, "{}", vi_flag.stderr_raw);
    golden(
        &format!("{golden_name}.vi.txt"),
        &normalised(&site, &vi_flag.stderr_raw),
    );
    golden(
        &format!("{golden_name}.en.txt"),
        &normalised(&site, &en_locale.stderr_raw),
    );
    let same = |a: &common::Run, b: &common::Run| normalised(&site, &a.stderr_raw) == normalised(&site, &b.stderr_raw);
    assert!(same(&vi_locale, &vi_flag), "LANG=vi_VN.UTF-8 speaks Vietnamese");
    assert!(same(&site_language, &vi_flag), "LANG=C: the site's language (vi)");
    assert!(same(&en_keng_lang, &en_locale), "KENG_LANG wins over the locale");
    // A site whose language is English speaks English when the locale says nothing.
    let toml = site.read("site.toml");
    site.write("site.toml", format!("language = \"en\"\n{toml}"));
    let english_site = run(&site, args, &[("LANG", "POSIX")]);
    assert!(
        english_site.stderr_raw.contains(": error[K"),
        "{}",
        english_site.stderr_raw
    );
    assert!(
        !english_site.stderr_raw.contains(": lỗi["),
        "{}",
        english_site.stderr_raw
    );
}

#[test]
fn kinds_invalid_in_vietnamese_and_english() {
    check_choices("kinds-invalid", &["build"], "kinds-invalid");
}

#[test]
fn check_in_vietnamese_and_english() {
    check_choices("check", &["check"], "check");
}

#[test]
fn check_json_carries_the_code_the_english_and_the_chosen_language() {
    let site = TestSite::fixture("kinds-invalid");
    let out = run(&site, &["check", "--format", "json", "--lang", "vi"], &[]);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["lang"], "vi");
    let findings = doc["findings"].as_array().unwrap();
    assert!(!findings.is_empty());
    for f in findings {
        let code = f["code"].as_str().unwrap();
        assert!(code.starts_with('K') && code.len() == 5 && code != "K0000", "{f}");
        assert!(f["message_en"].is_string() && f["message"].is_string(), "{f}");
    }
    let date = findings
        .iter()
        .find(|f| f["code"] == "K0204")
        .unwrap_or_else(|| panic!("no date finding in {findings:?}"));
    assert_eq!(date["message_en"], "`date` is not a valid date: \"31/12/2020\"");
    assert_eq!(date["message"], "`date` không phải ngày hợp lệ: \"31/12/2020\"");
    assert!(
        date["hint"]
            .as_str()
            .unwrap()
            .starts_with("`date` phải là một ngày như 2020-12-31"),
        "{date}"
    );
    assert!(
        date["hint_en"]
            .as_str()
            .unwrap()
            .starts_with("`date` must be a date like"),
        "{date}"
    );
}

/// `keng ARGS` without --root (explain takes none), in `lang`.
fn keng_bare(args: &[&str]) -> common::Run {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_keng"))
        .args(args)
        .env_remove("KENG_LANG")
        .env("LANG", "C")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: stderr.clone(),
        stderr_raw: stderr,
    }
}

#[test]
fn explain_knows_every_code_in_both_languages() {
    for (code, _) in CODES {
        for lang in ["vi", "en"] {
            let out = keng_bare(&["explain", code, "--lang", lang]);
            assert_eq!(out.code, 0, "{code} {lang}: {}", out.stderr);
            let first = out.stdout.lines().next().unwrap_or_default();
            assert!(
                first.starts_with(&format!("{code}: ")) && first.len() > 10,
                "{code} {lang}: {first}"
            );
            assert!(
                out.stdout.contains('│'),
                "{code} {lang} has an example:\n{}",
                out.stdout
            );
        }
    }
    let vi = keng_bare(&["explain", "k204", "--lang", "vi"]);
    assert!(vi.stdout.starts_with("K0204: Không đọc được ngày"), "{}", vi.stdout);
    let list = keng_bare(&["explain", "--lang", "en"]);
    assert_eq!(
        list.stdout.lines().filter(|l| l.starts_with("  K")).count(),
        CODES.len()
    );
    let unknown = keng_bare(&["explain", "K9999", "--lang", "en"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("K9999 is not a code of keng's"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn help_and_usage_errors_speak_the_chosen_language() {
    let site = TestSite::fixture("minimal");
    let help = run(&site, &["build", "--help"], &[("LANG", "vi_VN.UTF-8")]);
    assert_eq!(help.code, 0);
    assert!(
        help.stdout.contains("Cách dùng: keng build [TÙY_CHỌN]"),
        "{}",
        help.stdout
    );
    assert!(
        help.stdout.contains("Dựng cả các bài có draft = true"),
        "{}",
        help.stdout
    );
    assert!(
        !help.stdout.contains("Usage:") && !help.stdout.contains("Print help"),
        "{}",
        help.stdout
    );
    let en = run(&site, &["build", "--help"], &[("LANG", "en_US.UTF-8")]);
    assert!(en.stdout.contains("Usage: keng build [OPTIONS]"), "{}", en.stdout);
    let wrong = run(&site, &["buidl"], &[("LANG", "vi_VN.UTF-8")]);
    assert_eq!(wrong.code, 2);
    assert!(
        wrong
            .stderr
            .starts_with("lỗi: không có lệnh buidl; có phải ý bạn là build?"),
        "{}",
        wrong.stderr
    );
    let value = run(&site, &["check", "--format", "xml"], &[("KENG_LANG", "vi")]);
    assert!(
        value.stderr.contains("\"xml\" không phải giá trị hợp lệ của --format"),
        "{}",
        value.stderr
    );
    assert!(value.stderr.contains("Cách dùng: keng check"), "{}", value.stderr);
    let version = run(&site, &["--version"], &[]);
    assert!(version.stdout.starts_with("keng "), "{}", version.stdout);
    // An unknown KENG_LANG is said, in the language chosen instead.
    let french = run(
        &site,
        &["build", "--help"],
        &[("KENG_LANG", "fr"), ("LANG", "en_US.UTF-8")],
    );
    assert!(
        french.stderr.contains("KENG_LANG=fr is not a language keng speaks"),
        "{}",
        french.stderr
    );
}

#[test]
fn no_finding_of_any_fixture_is_without_a_code() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for entry in std::fs::read_dir(fixtures).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let site = TestSite::fixture(&name);
        for args in [vec!["build"], vec!["check"]] {
            let out = run(&site, &args, &[("KENG_LANG", "en")]);
            assert!(
                !out.stderr_raw.contains("[K0000]"),
                "{name} {args:?}:\n{}",
                out.stderr_raw
            );
            for line in out
                .stderr_raw
                .lines()
                .filter(|l| l.contains(": error") || l.contains(": warning"))
            {
                assert!(line.contains("error[K") || line.contains("warning[K"), "{name}: {line}");
            }
        }
    }
}
