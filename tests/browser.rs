//! The search page in headless Chromium (Debian's `chromium`, driven by the
//! npm package playwright-core): queries typed without diacritics find the
//! reference site's pages. Runs when KENG_BROWSER_TESTS=1 (`.ci/run` sets it
//! after installing Chromium and `npm ci`); says so and passes otherwise.

use std::path::Path;

/// Serves `root` on 127.0.0.1 until no request comes for a while.
fn serve(root: std::path::PathBuf) -> u16 {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    std::thread::spawn(move || {
        while let Ok(Some(request)) = server.recv_timeout(std::time::Duration::from_secs(20)) {
            let path = request
                .url()
                .split('?')
                .next()
                .unwrap_or("/")
                .trim_start_matches('/')
                .to_string();
            let mut file = root.join(&path);
            if path.is_empty() || path.ends_with('/') {
                file = file.join("index.html");
            }
            let kind = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("js") => "text/javascript; charset=utf-8",
                Some("css") => "text/css; charset=utf-8",
                Some("json") => "application/json",
                _ => "application/octet-stream",
            };
            let response = match std::fs::read(&file) {
                Ok(bytes) => tiny_http::Response::from_data(bytes)
                    .with_header(tiny_http::Header::from_bytes("Content-Type", kind).unwrap())
                    .boxed(),
                Err(_) => tiny_http::Response::empty(404).boxed(),
            };
            let _ = request.respond(response);
        }
    });
    port
}

#[test]
fn search_finds_pages_typed_without_diacritics() {
    if std::env::var("KENG_BROWSER_TESTS").as_deref() != Ok("1") {
        eprintln!("skipped: set KENG_BROWSER_TESTS=1 (with Chromium and `npm ci`) to run the browser tests");
        return;
    }
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("public");
    let port = serve(site.clone());
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
