//! The search page in headless Chromium (Debian's `chromium`, driven by the
//! npm package playwright-core): queries typed without diacritics find the
//! reference site's pages. Runs when KENG_BROWSER_TESTS=1 (`.ci/run` sets it
//! after installing Chromium and `npm ci`); says so and passes otherwise.

use std::path::Path;

mod common;

#[test]
fn search_finds_pages_typed_without_diacritics() {
    if std::env::var("KENG_BROWSER_TESTS").as_deref() != Ok("1") {
        eprintln!("skipped: set KENG_BROWSER_TESTS=1 (with Chromium and `npm ci`) to run the browser tests");
        return;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("public");
    let port = common::serve(site.clone());
    let mut opts = keng::BuildOptions::new(repo);
    opts.output = Some(site);
    opts.base_url = Some(format!("http://127.0.0.1:{port}"));
    keng::build(&opts).unwrap_or_else(|e| panic!("{e}"));
    let run = std::process::Command::new("node")
        .arg(repo.join("tests/browser/search.mjs"))
        .arg(format!("http://127.0.0.1:{port}"))
        .current_dir(repo)
        .output()
        .expect("node is needed for the browser tests");
    let stdout = String::from_utf8_lossy(&run.stdout);
    println!("{stdout}");
    assert!(
        run.status.success(),
        "browser test failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
}
