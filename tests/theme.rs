//! The default theme on the reference site: every HTML page passes the W3C
//! Nu HTML Checker (vnu-jar, needs Java), and `tests/browser/theme.mjs` checks
//! accessibility, text zoom, screenshots and printing in headless Chromium.
//! Runs when KENG_BROWSER_TESTS=1 (see `.ci/run`).

use std::path::Path;

mod common;

fn enabled() -> bool {
    let on = std::env::var("KENG_BROWSER_TESTS").as_deref() == Ok("1");
    if !on {
        eprintln!("skipped: set KENG_BROWSER_TESTS=1 (with Chromium, Java and `npm ci`) to run the theme tests");
    }
    on
}

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
    if !enabled() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    build_reference("https://antt-ductrong.example.vn", &out);
    let pages: Vec<std::path::PathBuf> = walkdir::WalkDir::new(&out)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .map(|e| e.path().to_path_buf())
        .collect();
    assert!(pages.len() > 40);
    let jar = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/vnu-jar/build/dist/vnu.jar");
    let run = std::process::Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "gnu"])
        .args(&pages)
        .output()
        .expect("java");
    let report = String::from_utf8_lossy(&run.stderr);
    assert!(
        run.status.success() && report.trim().is_empty(),
        "vnu found errors in {} pages:\n{report}",
        pages.len()
    );
}

#[test]
fn the_theme_is_accessible_zoomable_and_prints_a_guide_on_one_page() {
    if !enabled() {
        return;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("public");
    let port = common::serve(out.clone());
    build_reference(&format!("http://127.0.0.1:{port}"), &out);
    let shots = repo.join("target/screenshots");
    let run = std::process::Command::new("node")
        .arg(repo.join("tests/browser/theme.mjs"))
        .arg(format!("http://127.0.0.1:{port}"))
        .arg(&shots)
        .current_dir(repo)
        .output()
        .expect("node");
    let stdout = String::from_utf8_lossy(&run.stdout);
    println!("{stdout}");
    assert!(
        run.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    assert!(shots.join("guide-dark.png").exists() && shots.join("guide.pdf").exists());
}
