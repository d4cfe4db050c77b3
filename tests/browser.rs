//! The search page in headless Chromium (Debian's `chromium`, driven by the
//! npm package playwright-core): queries typed without diacritics find the
//! reference site's pages. Runs when KENG_BROWSER_TESTS=1 (`.ci/run` sets it
//! after installing Chromium and `npm ci`); says so and passes otherwise.

use std::path::Path;

mod common;

#[test]
fn search_finds_pages_typed_without_diacritics() {
    if !common::browser_tests_enabled() {
        return;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("public");
    let port = common::serve(site.clone());
    let base = format!("http://127.0.0.1:{port}");
    let mut opts = keng::BuildOptions::new(repo);
    opts.output = Some(site);
    opts.base_url = Some(base.clone());
    keng::build(&opts).unwrap_or_else(|e| panic!("{e}"));
    common::run_browser_script("search.mjs", &[base.as_ref()]);
}
