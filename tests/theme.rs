//! The default theme on the reference site: every HTML page passes the W3C
//! Nu HTML Checker (vnu-jar, needs Java), and `tests/browser/theme.mjs` checks
//! accessibility, text zoom, screenshots and printing in headless Chromium.
//! Runs when KENG_BROWSER_TESTS=1 (see `.ci/run`).

use std::path::Path;

mod common;

fn build_reference(base_url: &str, out: &Path) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut opts = keng::BuildOptions::new(repo);
    opts.output = Some(out.to_path_buf());
    opts.base_url = Some(base_url.to_string());
    opts.now = Some(chrono::DateTime::parse_from_rfc3339("2026-11-30T10:00:00+07:00").unwrap());
    keng::build(&opts).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn every_page_is_valid_html() {
    if !common::browser_tests_enabled() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_reference("https://antt-ductrong.example.vn", &out);
    let (pages, report) = common::vnu_errors(&out);
    assert!(pages > 40);
    assert!(report.is_empty(), "vnu found errors in {pages} pages:\n{report}");
}

#[test]
fn the_theme_is_accessible_zoomable_and_prints_a_guide_on_one_page() {
    if !common::browser_tests_enabled() {
        return;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let port = common::serve(out.clone());
    let base = format!("http://127.0.0.1:{port}");
    build_reference(&base, &out);
    let shots = repo.join("target/screenshots");
    common::run_browser_script("theme.mjs", &[base.as_ref(), shots.as_ref()]);
    assert!(shots.join("guide-dark.png").exists() && shots.join("guide.pdf").exists());
}
